"""The ingest flow's steps. Each returns what happened to a file instead of raising, so one
bad report never stops the others; only a broken run (lock, database) raises. Extraction is
deterministic: a file that fails once fails again, so no task retries it.

Extraction is a Prefect task per report; filing a report and setting a duplicate aside are
plain functions the flow calls: as tasks they cost the flow ~0.1 s each of Prefect bookkeeping
(most of it walking the extraction dict handed to it), more than the work itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
from prefect import task
from prefect.cache_policies import NO_CACHE

import reference
import warehouse
from flows.inbox import (
    QuarantineReason,
    archive_folder,
    free_path,
    list_reports,
    move_into,
    move_to,
    quarantine,
    safe_name,
    sha256_of,
    split_stable,
)
from flows.isolation import ExtractLimits, ExtractResult, extract_isolated
from flows.settings import Settings
from flows.summary import FAILED, LOADED, QUARANTINED, SKIPPED, WAITING, FileOutcome

DUPLICATES_FOLDER = "duplicates"
# What the warehouse's load status means for the person reading the run's output.
LOAD_NOTES = {
    "loaded": "",
    "superseded": "replaces an earlier file of this force and year",
    "unchanged": "loaded by an earlier run; filed now",
    "reextracted": "re-extracted by a newer extractor",
}


@dataclass(frozen=True)
class InboxFile:
    path: Path
    sha256: str
    # Where the warehouse says this file was archived, for a report loaded by a run that
    # stopped before the file reached the archive: it is filed there now.
    archived_as: str | None = None


@dataclass
class InboxScan:
    new: list[InboxFile] = field(default_factory=list)
    # Already loaded, or a second copy of a file earlier in this batch: (file, why).
    duplicates: list[tuple[InboxFile, str]] = field(default_factory=list)
    waiting: list[Path] = field(default_factory=list)  # still being written


def held_by_another_process(task, task_run, state) -> bool:
    return isinstance(state.result(raise_on_failure=False), warehouse.DatabaseBusy)


@task(cache_policy=NO_CACHE, retry_delay_seconds=1, retry_condition_fn=held_by_another_process)
def open_writer(settings: Settings) -> duckdb.DuckDBPyConnection:
    """The writer's connection. A process holding its file (someone who opened the writer's
    database rather than the analysts' copy) is waited for as many seconds as the flow
    retries this task; then the run stops, naming that process."""
    return warehouse.open_writer(settings.db)


@task(cache_policy=NO_CACHE)
def scan_inbox(settings: Settings, loaded: dict[str, str | None]) -> InboxScan:
    """Sorts the inbox: files still being written, copies of reports already loaded and filed
    (or seen earlier in this batch), and files to extract. A loaded report whose archived file
    is missing (its run stopped between load and archive) is extracted again and filed."""
    stable, changing = split_stable(list_reports(settings.inbox), settings.stable_wait_seconds)
    scan, first_seen = InboxScan(waiting=changing), {}
    for path in stable:
        sha256 = sha256_of(path)
        report = InboxFile(path, sha256, loaded.get(sha256))
        if report.archived_as and Path(report.archived_as).is_file():
            scan.duplicates.append((report, "already loaded"))
        elif report.sha256 in first_seen:
            scan.duplicates.append((report, f"same file as {first_seen[report.sha256]}"))
        else:
            first_seen[report.sha256] = path.name
            scan.new.append(report)
    return scan


def still_being_written(path: Path) -> FileOutcome:
    return FileOutcome(path.name, WAITING, "still being written; left for the next run")


def set_aside_duplicate(report: InboxFile, why: str, settings: Settings) -> FileOutcome:
    """Nothing to load; the copy goes to archive/duplicates/ so the inbox is left empty."""
    try:
        moved = move_into(report.path, settings.archive / DUPLICATES_FOLDER)
    except OSError as error:
        return _left_in_inbox(report.path, report.sha256, f"{why}, but {error}")
    return FileOutcome(report.path.name, SKIPPED, why, sha256=report.sha256, moved_to=str(moved))


@task(cache_policy=NO_CACHE, task_run_name="extract {report.path.name}")
def extract(report: InboxFile, limits: ExtractLimits) -> ExtractResult:
    return extract_isolated(report.path, report.sha256, limits)


def file_report(
    writer: duckdb.DuckDBPyConnection,
    report: InboxFile,
    result: ExtractResult,
    settings: Settings,
) -> FileOutcome:
    """Load an extraction and archive its file, or quarantine a file that gave none. The
    archive path is chosen first and stored with the load, so a run stopped between load and
    move leaves a record the next run completes (see scan_inbox)."""
    path = report.path
    if result.failure:
        return _quarantine(path, result.failure, settings)
    identity = result.extraction["report"]
    target = planned_archive_path(report, identity, settings)
    try:
        loaded = warehouse.load_extraction(
            writer, result.extraction, original_name=path.name, archived_path=str(target)
        )
    except warehouse.InvalidExtraction as error:
        reason = QuarantineReason(
            f"extraction broke the contract: {error}", "InvalidExtraction", result.sha256
        )
        return _quarantine(path, reason, settings)
    try:
        moved = move_to(path, target)
    except OSError as error:
        warehouse.set_archived_path(writer, result.sha256, None)  # as it is: not archived
        return _left_in_inbox(path, result.sha256, f"loaded, but not archived: {error}")
    warehouse.set_archived_path(writer, result.sha256, str(moved))  # a re-filed report's too
    return FileOutcome(
        path.name,
        LOADED,
        LOAD_NOTES[loaded.status],
        force=reference.force_by_id()[identity["force_id"]].short_name,
        year=identity["year"],
        figures=loaded.figures,
        warnings=len(result.extraction["warnings"]),
        sha256=result.sha256,
        moved_to=str(moved),
    )


def planned_archive_path(report: InboxFile, identity: dict, settings: Settings) -> Path:
    """Where a loaded file goes: the place an earlier, stopped run recorded for it if that is
    still free, else a free name in archive/<force_id>/<year>/. Absolute, as stored."""
    if report.archived_as and not Path(report.archived_as).exists():
        return Path(report.archived_as)
    folder = archive_folder(settings.archive, identity["force_id"], identity["year"])
    return free_path(folder, safe_name(report.path.name)).resolve()


def extraction_lost(report: InboxFile, error: BaseException) -> FileOutcome:
    """The task itself failed (e.g. a Dask worker vanished): not the file's fault, so it stays
    in the inbox for the next run."""
    return _left_in_inbox(report.path, report.sha256, f"extraction did not run: {error!r}")


def _quarantine(path: Path, reason: QuarantineReason, settings: Settings) -> FileOutcome:
    try:
        moved = quarantine(path, settings.quarantine, reason)
    except OSError as error:
        return _left_in_inbox(path, reason.sha256, f"{reason.reason}, but {error}")
    return FileOutcome(
        path.name, QUARANTINED, reason.reason, sha256=reason.sha256, moved_to=str(moved)
    )


def _left_in_inbox(path: Path, sha256: str | None, why: str) -> FileOutcome:
    return FileOutcome(path.name, FAILED, f"{why}; left in the inbox", sha256=sha256)


@task(cache_policy=NO_CACHE)
def publish_database(settings: Settings) -> None:
    warehouse.publish(warehouse.writer_path_for(settings.db), settings.db)
