"""Watch the inbox and ingest each report dropped into it within seconds."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import watchfiles

from flows.inbox import is_temporary
from flows.settings import Settings
from flows.summary import IngestSummary

# Short enough that a drop is loaded within seconds; long enough to gather a batch copied in.
DEBOUNCE_MS = 400
# With files still being written, look again this often even if nothing else happens.
RECHECK_MS = 2000


def report_changed(change: watchfiles.Change, path: str) -> bool:
    return change != watchfiles.Change.deleted and not is_temporary(Path(path).name)


def watch_inbox(
    settings: Settings,
    ingest: Callable[[Settings], IngestSummary],
    on_run: Callable[[IngestSummary], None],
    stop: threading.Event,
) -> None:
    """Ingest what is already in the inbox, then again whenever a report lands in it, until
    `stop` is set. A file still being written is retried without waiting for a new event."""
    settings.inbox.mkdir(parents=True, exist_ok=True)
    summary = ingest(settings)
    on_run(summary)
    for changes in watchfiles.watch(
        settings.inbox,
        watch_filter=report_changed,
        debounce=DEBOUNCE_MS,
        rust_timeout=RECHECK_MS,
        yield_on_timeout=True,
        recursive=False,
        stop_event=stop,
        raise_interrupt=False,
    ):
        if changes or summary.counts["waiting"]:
            summary = ingest(settings)
            on_run(summary)
