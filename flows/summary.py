"""What a run did, file by file: the one line a person reads for each file, the run's
headline, and the markdown table the flow publishes as a Prefect artifact."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field

# Where flows announce each file's outcome as it happens; the CLI listens here for its
# progress bar, deployments ship it to the Prefect API (PREFECT_LOGGING_EXTRA_LOGGERS=vfm).
events = logging.getLogger("vfm.ingest")
events.setLevel(logging.INFO)

# Outcomes in the order the headline lists them.
# "failed" is a file the run could not finish with (e.g. the archive was not writable): it
# stays in the inbox and the next run tries again. A quarantined file is finished with.
LOADED, QUARANTINED, SKIPPED, WAITING, FAILED = (
    "loaded", "quarantined", "skipped", "waiting", "failed",
)  # fmt: skip
OUTCOMES = (LOADED, QUARANTINED, SKIPPED, WAITING, FAILED)


@dataclass(frozen=True)
class FileOutcome:
    name: str  # the file's name in the inbox
    outcome: str  # one of OUTCOMES
    detail: str = ""  # one line: why skipped/quarantined, or a note on an unusual load
    force: str = ""
    year: int | None = None
    figures: int = 0
    warnings: int = 0
    sha256: str | None = None
    moved_to: str | None = None

    @property
    def report(self) -> str:
        return f"{self.force} {self.year}" if self.force else ""

    def line(self) -> str:
        if self.outcome == LOADED:
            what = f"{self.report}  {self.figures} figures  {self.warnings} warnings"
            if self.detail:  # e.g. it replaces an earlier file of the same report
                what += f"  ({self.detail})"
        else:
            what = self.detail
        return f"{self.outcome:<11}  {self.name}  {what}".rstrip()


@dataclass
class IngestSummary:
    inbox: str
    db: str
    files: list[FileOutcome] = field(default_factory=list)

    def expect(self, files: int) -> None:
        events.info("%d files in %s", files, self.inbox, extra={"vfm_total": files})

    def add(self, *outcomes: FileOutcome) -> None:
        for outcome in outcomes:
            self.files.append(outcome)
            events.info(outcome.line(), extra={"vfm_outcome": outcome})

    @property
    def counts(self) -> Counter[str]:
        return Counter(f.outcome for f in self.files)

    def headline(self) -> str:
        counts = self.counts
        if not self.files:
            return f"nothing new: 0 files in inbox {self.inbox}"
        if counts[SKIPPED] == len(self.files):
            return f"nothing new: {counts[SKIPPED]} already loaded; database {self.db}"
        parts = [f"{counts[o]} {o}" for o in OUTCOMES[:3]]
        parts += [f"{counts[o]} {o}" for o in OUTCOMES[3:] if counts[o]]
        noun = "file" if len(self.files) == 1 else "files"
        return f"{len(self.files)} {noun}: {', '.join(parts)}; database {self.db}"

    def to_markdown(self) -> str:
        table = markdown_table(
            ("file", "outcome", "report", "figures loaded", "warnings", "detail"),
            [(f.name, f.outcome, f.report, f.figures, f.warnings, f.detail) for f in self.files],
        )
        return f"# Ingest of {self.inbox}\n\n{self.headline()}\n\n{table}"


def markdown_table(headers: tuple[str, ...], rows: list[tuple[object, ...]]) -> str:
    def line(cells: tuple[object, ...]) -> str:
        return (
            "| " + " | ".join(str(c).replace("|", "\\|").replace("\n", " ") for c in cells) + " |"
        )

    return "\n".join([line(headers), line(tuple("---" for _ in headers)), *map(line, rows)]) + "\n"
