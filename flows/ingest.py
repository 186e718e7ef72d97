"""Flow `ingest-inbox`: every finished PDF in the inbox ends up loaded and archived, set aside
as already loaded, or quarantined beside a `.reason.json`. Reports are extracted in parallel
(each in its own child process, on the chosen task runner) and loaded one at a time through
the single writer, then the analysts' copy of the database is republished.

Final state: Completed whenever the run got through the inbox. Quarantined files are an
expected outcome, and a file the run could not finish with (outcome "failed", e.g. the
archive is not writable) stays in the inbox for the next run; both are counted in the state
message and the artifact. Failed only when the run itself cannot proceed: another ingest
holds the lock, the database cannot be opened, a setting is invalid."""

from __future__ import annotations

from collections.abc import Iterator
from queue import SimpleQueue

from prefect import flow
from prefect.artifacts import create_markdown_artifact
from prefect.futures import PrefectFuture
from prefect.states import Completed

import warehouse
from flows.inbox import exclusive_lock
from flows.isolation import ExtractLimits, ExtractResult
from flows.runtime import task_runner_for
from flows.settings import Settings
from flows.summary import FileOutcome, IngestSummary
from flows.tasks import (
    InboxFile,
    extract,
    extraction_lost,
    file_report,
    open_writer,
    publish_database,
    scan_inbox,
    set_aside_duplicate,
    still_being_written,
)


@flow(name="ingest-inbox")
def ingest_inbox(
    inbox: str | None = None,
    db: str | None = None,
    archive: str | None = None,
    quarantine: str | None = None,
    task_runner: str | None = None,
    dask_address: str | None = None,
):
    """Load the reports dropped in `inbox` into `db`. Each parameter left empty comes from
    its VFM_* environment variable, then the defaults of flows.settings.Settings."""
    settings = Settings.from_env(
        inbox=inbox, db=db, archive=archive, quarantine=quarantine,
        task_runner=task_runner, dask_address=dask_address,
    )  # fmt: skip
    summary = IngestSummary(str(settings.inbox), str(settings.db))
    with exclusive_lock(settings.lock_path, settings.lock_timeout_seconds):
        # a process holding the writer's file is waited for as long as another ingest is
        opening = open_writer.with_options(retries=int(settings.lock_timeout_seconds))
        with opening(settings) as writer:
            scan = scan_inbox(settings, warehouse.archived_paths(writer))
            summary.expect(len(scan.waiting) + len(scan.duplicates) + len(scan.new))
            summary.add(*map(still_being_written, scan.waiting))
            summary.add(*(set_aside_duplicate(f, why, settings) for f, why in scan.duplicates))
            for report, result in extracted(scan.new, settings):
                if isinstance(result, ExtractResult):
                    result = file_report(writer, report, result, settings)
                summary.add(result)
        # every run, so a run stopped between loading and publishing is healed by the next
        publish_database(settings)
    create_markdown_artifact(
        summary.to_markdown(), key="ingest-inbox", description=summary.headline()
    )
    return Completed(message=summary.headline(), data=summary)


def run_ingest(settings: Settings) -> IngestSummary:
    """One run of the flow, here and now, with `settings`' paths and task runner."""
    return ingest_inbox(
        inbox=str(settings.inbox),
        db=str(settings.db),
        archive=str(settings.archive),
        quarantine=str(settings.quarantine),
        task_runner=settings.task_runner,
        dask_address=settings.dask_address,
    )


def extracted(
    reports: list[InboxFile], settings: Settings
) -> Iterator[tuple[InboxFile, ExtractResult | FileOutcome]]:
    """(file, extraction result) in the order extractions finish, so each is loaded while
    others are still being extracted; a task that could not run at all gives the file's
    outcome instead."""
    if not reports:
        return
    limits = ExtractLimits.from_settings(settings)
    # The runner comes from this run's settings rather than the flow decorator, so the CLI,
    # `vfm serve` and deployments all honour task_runner / dask_address.
    with task_runner_for(settings) as runner:
        # Not prefect.futures.as_completed: it holds every future of the batch, and with it
        # every extraction (~0.1 MB each), until the last one is done; this queue holds only
        # the extractions finished and not yet filed, so memory does not grow with the batch.
        finished: SimpleQueue[tuple[InboxFile, PrefectFuture[ExtractResult]]] = SimpleQueue()
        for report in reports:
            future = runner.submit(extract, {"report": report, "limits": limits})
            future.add_done_callback(lambda done, report=report: finished.put((report, done)))
        for _ in reports:
            report, future = finished.get()
            future.wait()  # records the final state, with its result, on the future
            if future.state.is_completed():
                yield report, future.result()
            else:
                yield report, extraction_lost(report, future.state.result(raise_on_failure=False))
