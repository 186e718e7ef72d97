"""A user's working folder for one reliability case: inbox, archive, quarantine and database
in a temporary directory, `vfm` run there as a separate process the way a user or a
scheduler runs it, and the bookkeeping every case asserts on (which files exist where, what
the database holds)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

VFM = str(Path(sys.executable).with_name("vfm"))
REASON_SUFFIX = ".reason.json"
# The valid reports every case mixes its bad files with.
VALID_FORCES = ("leicestershire", "kent", "dyfed-powys")
# Reports for the cases that need more, e.g. a report still arriving, or a long load.
MORE_FORCES = ("cumbria", "avon-and-somerset", "bedfordshire", "cheshire", "durham", "essex")


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Home:
    root: Path
    prefect_env: dict[str, str] = field(default_factory=dict)

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def archive(self) -> Path:
        return self.root / "archive"

    @property
    def quarantine(self) -> Path:
        return self.root / "quarantine"

    @property
    def db(self) -> Path:
        return self.root / "data" / "vfm.duckdb"

    @property
    def writer(self) -> Path:
        return self.root / "data" / "vfm.writer.duckdb"

    def env(self, **extra: str) -> dict[str, str]:
        """The caller's environment less any VFM_* setting of its own, with every path of the
        pipeline inside this home."""
        base = {k: v for k, v in os.environ.items() if not k.startswith("VFM_")}
        return {
            **base,
            **self.prefect_env,
            "VFM_INBOX": str(self.inbox),
            "VFM_DB": str(self.db),
            "VFM_ARCHIVE": str(self.archive),
            "VFM_QUARANTINE": str(self.quarantine),
            "VFM_SOURCES": str(self.root / "sources.yaml"),
            "VFM_FETCH_STATE": str(self.root / "data" / "fetch-state.json"),
            "VFM_STABLE_WAIT_SECONDS": "0.3",
            **extra,
        }

    def command(self, *args: str, wrapper: tuple[str, ...] = ()) -> list[str]:
        return [*wrapper, VFM, *args]

    def vfm(self, *args: str, wrapper: tuple[str, ...] = (), **env: str):
        return subprocess.run(
            self.command(*args, wrapper=wrapper),
            cwd=self.root,
            env=self.env(**env),
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )

    def start_vfm(self, *args: str, **env: str) -> subprocess.Popen:
        return subprocess.Popen(
            self.command(*args),
            cwd=self.root,
            env=self.env(**env),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def drop(self, source: Path, name: str | None = None) -> Path:
        """Copy `source` into the inbox (as `name`); returns its path there."""
        self.inbox.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copyfile(source, self.inbox / (name or source.name)))

    def files(self) -> Counter[str]:
        """sha256 of every file in the inbox, archive and quarantine (reasons aside): a file
        only ever moves between them, so this multiset never loses an element."""
        found: Counter[str] = Counter()
        for folder in (self.inbox, self.archive, self.quarantine):
            if folder.is_dir():
                found.update(
                    sha256_of(p)
                    for p in folder.rglob("*")
                    if p.is_file() and not p.name.endswith(REASON_SUFFIX)
                )
        return found

    def quarantined(self) -> dict[str, dict]:
        """Each quarantined file's name and its reason record."""
        if not self.quarantine.is_dir():
            return {}
        return {
            p.name: json.loads(p.with_name(p.name + REASON_SUFFIX).read_text("utf-8"))
            for p in self.quarantine.iterdir()
            if not p.name.endswith(REASON_SUFFIX)
        }

    def rows(self, sql: str, *params, db: Path | None = None) -> list[tuple]:
        """A query on the analysts' database (or `db`), opened read-only."""
        with closing(duckdb.connect(str(db or self.db), read_only=True)) as con:
            return con.execute(sql, list(params)).fetchall()

    def loaded_hashes(self) -> set[str]:
        return {sha for (sha,) in self.rows("SELECT sha256 FROM reports")}

    def figures_by_report(self, db: Path | None = None) -> dict[str, int]:
        return dict(
            self.rows(
                "SELECT r.sha256, count(f.report_sha256) FROM reports AS r"
                " LEFT JOIN figures AS f ON f.report_sha256 = r.sha256 GROUP BY r.sha256",
                db=db,
            )
        )

    def reports_loaded_twice(self) -> int:
        """Force-years with more than one current report in the database (each view would
        count that report twice), and files filed twice as reports in the archive."""
        current_twice = self.rows(
            "SELECT count(*) FROM (SELECT force_id, year FROM reports"
            " WHERE superseded_by IS NULL GROUP BY ALL HAVING count(*) > 1)"
        )[0][0]
        filed = Counter(map(sha256_of, self.archive.glob("*/*/*")))  # <force>/<year>/<file>
        return current_twice + sum(n - 1 for n in filed.values())


def output_of(result) -> str:
    return result.stdout + result.stderr


def outcome_lines(result) -> dict[str, str]:
    """`vfm ingest` prints one line per file, `<outcome>  <name>  <detail>`: by name."""
    lines = {}
    for line in result.stdout.splitlines():
        outcome, sep, rest = line.partition("  ")
        if sep and outcome.strip() in ("loaded", "quarantined", "skipped", "waiting", "failed"):
            name = rest.strip().split("  ")[0]
            lines[name] = line
    return lines
