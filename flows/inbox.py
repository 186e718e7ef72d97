"""The inbox, archive and quarantine folders as plain functions: which files are ready, what
their fingerprint is, and where they go afterwards. Nothing here knows Prefect, PDFs or
DuckDB, so each step is tested on its own."""

from __future__ import annotations

import fcntl
import hashlib
import json
import re
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

# Browsers, office suites and our own fetcher write under these names before the final rename.
TEMPORARY_SUFFIXES = (".part", ".partial", ".crdownload", ".download", ".tmp")


class IngestLocked(RuntimeError):
    """Another ingest holds the database; `str()` says which lock and how long we waited."""


def is_temporary(name: str) -> bool:
    """Hidden files, Office lock files (`~$report.pdf`) and partial downloads."""
    lowered = name.lower()
    return name.startswith((".", "~$")) or lowered.endswith(TEMPORARY_SUFFIXES)


def list_reports(inbox: Path) -> list[Path]:
    """The finished files directly in `inbox`, by name; a missing inbox is an empty one. Any
    name is taken, not only *.pdf: a file that is not a report is quarantined with its reason
    rather than left in the inbox unexplained."""
    if not inbox.is_dir():
        return []
    return sorted(p for p in inbox.iterdir() if p.is_file() and not is_temporary(p.name))


def _signature(path: Path) -> tuple[int, int] | None:
    try:
        stat = path.stat()
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def split_stable(paths: Iterable[Path], wait_seconds: float) -> tuple[list[Path], list[Path]]:
    """(stable, still changing): a file is stable when its size and mtime are the same before
    and after one shared wait, so a copy still in progress is left for the next run."""
    paths = list(paths)
    before = {p: _signature(p) for p in paths}
    if paths and wait_seconds:
        time.sleep(wait_seconds)
    stable, changing = [], []
    for p in paths:
        signature = _signature(p)
        if signature is None:
            continue  # gone meanwhile: someone else took it
        (stable if signature == before[p] else changing).append(p)
    return stable, changing


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(name: str, default: str = "report.pdf") -> str:
    """A file name that stays inside the folder it is joined to: no separators, no leading
    dots, only portable characters."""
    base = re.split(r"[\\/]", name)[-1]
    cleaned = _UNSAFE.sub("_", base).lstrip("._")
    return cleaned[:200] or default


def free_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `folder/stem-2.suffix`, `-3`, ... when that name is taken."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while candidate.exists() or _reason_path(candidate).exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


def move_to(path: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(shutil.move(path, target))


def move_into(path: Path, folder: Path) -> Path:
    """Move `path` into `folder` under a safe, unused name and return where it went. Callers
    hold the ingest lock, so nothing else picks the same name in between."""
    return move_to(path, free_path(folder, safe_name(path.name)))


def archive_folder(archive: Path, force_id: str, year: int | str) -> Path:
    return archive / safe_name(force_id, "unknown-force") / safe_name(str(year), "unknown-year")


@dataclass(frozen=True)
class QuarantineReason:
    reason: str  # the one line a person reads
    error_class: str  # e.g. "NotAPdf", or the class of an unexpected exception
    sha256: str | None
    details: str = ""  # e.g. a traceback for an unexpected failure
    code: str = ""  # short id, e.g. "not_a_pdf"
    time: str = ""

    def to_json(self) -> str:
        record = asdict(self)
        record["time"] = self.time or datetime.now(UTC).isoformat(timespec="seconds")
        return json.dumps(record, indent=2) + "\n"


def _reason_path(path: Path) -> Path:
    return path.with_name(path.name + ".reason.json")


def quarantine(path: Path, folder: Path, reason: QuarantineReason) -> Path:
    """Move `path` into `folder` beside `<name>.reason.json`. The file is kept, never deleted,
    so a person can look at it and drop it back into the inbox. The reason is written first:
    a run stopped in between leaves the file in the inbox, never one in quarantine unexplained."""
    folder.mkdir(parents=True, exist_ok=True)
    target = free_path(folder, safe_name(path.name))
    explained = _reason_path(target)
    explained.write_text(reason.to_json(), encoding="utf-8")
    try:
        return move_to(path, target)
    except OSError:
        explained.unlink(missing_ok=True)
        raise


@contextmanager
def exclusive_lock(lock_path: Path, timeout_seconds: float) -> Iterator[None]:
    """Hold an exclusive lock on `lock_path` so two ingests never load at once; wait at most
    `timeout_seconds` for another holder, then raise IngestLocked."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout_seconds
    with lock_path.open("a") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise IngestLocked(
                        f"another ingest is running (lock {lock_path} still held after "
                        f"{timeout_seconds:g} s); try again when it has finished"
                    ) from None
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
