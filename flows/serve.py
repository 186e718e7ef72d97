"""Serve both deployments, with the schedules of prefect.yaml, from one long-running process
(no work pool or worker needed) against a Prefect server."""

from __future__ import annotations

from collections.abc import Callable

from flows.runtime import require_prefect_server
from flows.settings import Settings

# The same schedules as prefect.yaml (a test keeps them in step).
INGEST_INTERVAL_SECONDS = 600
FETCH_CRON = "0 6 * * *"
FETCH_TIMEZONE = "Europe/London"


def serve_deployments(settings: Settings, announce: Callable[[str], None] = print) -> None:
    api_url = require_prefect_server()
    from prefect import serve
    from prefect.schedules import Cron, Interval

    from flows.fetch import fetch_reports
    from flows.ingest import ingest_inbox

    paths = {"inbox": str(settings.inbox), "db": str(settings.db)}
    ingest = ingest_inbox.to_deployment(
        name="ingest-inbox",
        schedules=[Interval(INGEST_INTERVAL_SECONDS)],
        parameters={
            **paths,
            "archive": str(settings.archive),
            "quarantine": str(settings.quarantine),
            "task_runner": settings.task_runner,
            "dask_address": settings.dask_address,
        },
    )
    fetch = fetch_reports.to_deployment(
        name="fetch-reports",
        schedules=[Cron(FETCH_CRON, timezone=FETCH_TIMEZONE)],
        parameters={"sources": str(settings.sources), "inbox": paths["inbox"]},
    )
    announce(
        f"serving ingest-inbox (every {INGEST_INTERVAL_SECONDS // 60} minutes) and fetch-reports "
        f"({FETCH_CRON!r} {FETCH_TIMEZONE}) against {api_url}; Ctrl-C stops"
    )
    serve(ingest, fetch, print_starting_message=False)
