"""`vfm ingest`, `vfm watch`, `vfm serve` and `vfm fetch`: run the Prefect flows of
flows/ and print what they did, one line per file and a summary. Defaults (paths, task
runner) come from flows.settings.Settings, so VFM_* variables apply to every command.

Exit codes: 0 when the run completed, quarantined files included (they are an expected
outcome, listed in the output and kept in quarantine/ with their reason); 1 when the run
itself failed (bad setting, another ingest running, database unusable, no Prefect server).

Prefect is imported inside the commands, after `failures_as_one_line` has set how loud it
may be (its logging is configured when it is first imported)."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

import warehouse
from flows.download import FetchError
from flows.inbox import IngestLocked, list_reports
from flows.runtime import NeedsPrefectServer, configure_prefect_output
from flows.settings import TASK_RUNNERS, Settings, SettingsError
from flows.summary import IngestSummary, events
from warehouse import WarehouseError

console = Console(highlight=False, soft_wrap=True)
error_console = Console(stderr=True, highlight=False, soft_wrap=True)

Inbox = typer.Option(
    None, "--inbox", help="Folder of PDFs to ingest (default: $VFM_INBOX, else inbox)"
)
Db = typer.Option(None, "--db", help="DuckDB database (default: $VFM_DB, else data/vfm.duckdb)")
Sources = typer.Option(
    None, "--sources", help="Manifest of report URLs (default: $VFM_SOURCES, else sources.yaml)"
)
Verbose = typer.Option(False, "--verbose", "-v", help="Show Prefect's own logs and tracebacks.")
TaskRunner = typer.Option(
    None,
    "--task-runner",
    help=f"Where extraction runs: {' or '.join(TASK_RUNNERS)} (default: $VFM_TASK_RUNNER, thread)",
)
DaskAddress = typer.Option(
    None, "--dask-address", help="Scheduler of a running Dask cluster to join (implies dask)."
)


def say(line: str) -> None:
    """Print a line as it is: file names may hold brackets that rich would take for markup."""
    console.print(line, markup=False)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(watch)
    app.command()(serve)
    app.command()(fetch)


def ingest(
    inbox: Path = Inbox,
    db: Path = Db,
    task_runner: str = TaskRunner,
    dask_address: str = DaskAddress,
    verbose: bool = Verbose,
) -> None:
    """Ingest the PDFs in the inbox now.

    Each report is loaded into the database and its file moved to archive/<force>/<year>/,
    or to quarantine/ beside a .reason.json saying why."""
    with failures_as_one_line(verbose):
        settings = _settings(inbox, db, task_runner, dask_address)
        published = warehouse.is_published(warehouse.writer_path_for(settings.db), settings.db)
        if not list_reports(settings.inbox) and published:
            # Nothing to do: say so without starting Prefect at all. (A run stopped before
            # publishing what it loaded is not nothing: this one publishes it.)
            say(IngestSummary(str(settings.inbox), str(settings.db)).headline())
            return
        from flows.ingest import run_ingest
        from flows.runtime import prefect_api

        with outcome_lines(progress=console.is_terminal), prefect_api():
            summary = run_ingest(settings)
        say(summary.headline())


def watch(inbox: Path = Inbox, db: Path = Db, verbose: bool = Verbose) -> None:
    """Watch the inbox and ingest each report dropped into it within seconds (Ctrl-C stops)."""
    with failures_as_one_line(verbose):
        settings = _settings(inbox, db)
        from flows.ingest import run_ingest
        from flows.runtime import prefect_api
        from flows.watch import watch_inbox

        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())

        def after_run(summary: IngestSummary) -> None:
            if summary.files:
                say(summary.headline())
            say(f"watching {settings.inbox} (Ctrl-C to stop)")

        from prefect.exceptions import TerminationSignal

        with outcome_lines(progress=False), prefect_api():
            try:
                watch_inbox(settings, run_ingest, after_run, stop)
            except (KeyboardInterrupt, TerminationSignal):
                pass  # stopped during a run: a file not yet archived stays in the inbox
        say("stopped watching")


def serve(inbox: Path = Inbox, db: Path = Db, verbose: bool = Verbose) -> None:
    """Serve the ingest-inbox and fetch-reports deployments on their schedules.

    ingest-inbox runs every 10 minutes, fetch-reports daily, from this process, against the
    Prefect server at PREFECT_API_URL."""
    with failures_as_one_line(verbose):
        from flows.serve import serve_deployments

        serve_deployments(_settings(inbox, db), announce=say)


def fetch(
    sources: Path = Sources,
    inbox: Path = Inbox,
    verbose: bool = Verbose,
) -> None:
    """Download the new reports listed in the manifest into the inbox."""
    with failures_as_one_line(verbose):
        settings = Settings.from_env(sources=sources, inbox=inbox)
        from flows.fetch import fetch_reports
        from flows.runtime import prefect_api

        with prefect_api():
            summary = fetch_reports(sources=str(settings.sources), inbox=str(settings.inbox))
        for outcome in summary.urls:
            say(outcome.line())
        say(summary.headline())


def _settings(inbox, db, task_runner=None, dask_address=None) -> Settings:
    if dask_address and not task_runner:
        task_runner = "dask"
    return Settings.from_env(inbox=inbox, db=db, task_runner=task_runner, dask_address=dask_address)


class _OutcomePrinter(logging.Handler):
    """Prints each file's outcome line as the flow announces it, and moves the progress bar."""

    def __init__(self, progress: Progress | None) -> None:
        super().__init__(logging.INFO)
        self.progress = progress
        self.bar = progress.add_task("starting Prefect", total=None) if progress else None

    def emit(self, record: logging.LogRecord) -> None:
        if hasattr(record, "vfm_outcome"):
            say(record.vfm_outcome.line())
            if self.progress:
                self.progress.advance(self.bar)
        elif hasattr(record, "vfm_total") and self.progress:
            self.progress.update(self.bar, total=record.vfm_total, description="ingesting")


@contextmanager
def outcome_lines(progress: bool) -> Iterator[None]:
    bar = (
        Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=console,
            transient=True,
        )
        if progress
        else None
    )
    printer = _OutcomePrinter(bar)
    events.addHandler(printer)
    try:
        if bar:
            with bar:
                yield
        else:
            yield
    finally:
        events.removeHandler(printer)


@contextmanager
def failures_as_one_line(verbose: bool) -> Iterator[None]:
    """Expected failures print one line and exit 1; with --verbose, Prefect's logs and any
    traceback are shown too."""
    configure_prefect_output(verbose)
    expected = (SettingsError, IngestLocked, NeedsPrefectServer, FetchError, WarehouseError)
    try:
        yield
    except expected as error:
        error_console.print(f"error: {error}", markup=False, style="red")
        raise typer.Exit(1) from None
    except Exception as error:
        if verbose:
            raise
        error_console.print(
            f"error: {type(error).__name__}: {_first_line(error)} (--verbose shows details)",
            markup=False,
            style="red",
        )
        raise typer.Exit(1) from None


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [""])[0]
