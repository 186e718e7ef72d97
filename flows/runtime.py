"""How flows meet Prefect at run time: which API they talk to, how loud Prefect is on the
console, and which task runner extracts the reports."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from flows.settings import Settings


def configure_prefect_output(verbose: bool) -> None:
    """Call before Prefect is imported. Quiet: Prefect's console handler shows nothing (the
    caller prints its own one line per file and one line per failure); its API handler still
    records every log for the Prefect UI. Verbose: Prefect's INFO logs and tracebacks."""
    os.environ["PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"] = "INFO" if verbose else "CRITICAL"
    # Prefect's anonymous usage analytics would leave the machine; keep them off unless asked.
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")


class NeedsPrefectServer(RuntimeError):
    def __init__(self) -> None:
        super().__init__(
            "this needs a Prefect server: start one with `prefect server start` and set "
            "PREFECT_API_URL (e.g. http://127.0.0.1:4200/api)"
        )


def require_prefect_server() -> str:
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        raise NeedsPrefectServer
    return PREFECT_API_URL.value()


@contextmanager
def prefect_api() -> Iterator[str]:
    """The configured Prefect API, or else Prefect's temporary local server. Starting it here
    (rather than letting each process start its own) lets Dask workers report to the same
    API. Prefect stops it at exit, after its log and event workers have drained into it."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if PREFECT_API_URL.value():
        yield PREFECT_API_URL.value()
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start()
    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        yield server.api_url


def task_runner_for(settings: Settings):
    """Threads by default (each extraction is its own child process, so threads suffice to
    keep every core busy); Dask to spread extraction over a cluster's workers."""
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(
            cluster_kwargs={
                "n_workers": settings.max_workers,
                "threads_per_worker": 1,
                "dashboard_address": None,  # no web server: nothing listens beyond the run
            }
        )
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=settings.max_workers)
