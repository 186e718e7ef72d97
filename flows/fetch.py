"""Flow `fetch-reports`: download the reports listed in the manifest (`sources.yaml`) into the
inbox, where `ingest-inbox` picks them up. A URL that fails is reported and retried on the
next run; the others are fetched regardless. Final state: Completed, its message counting
fetched, unchanged and failed URLs."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from prefect import flow, task
from prefect.artifacts import create_markdown_artifact
from prefect.states import Completed
from prefect.tasks import exponential_backoff

import warehouse
from flows.download import (
    FetchError,
    FetchOutcome,
    FetchRecord,
    ReportSource,
    check_url,
    download_report,
    read_manifest,
    read_state,
    write_state,
)
from flows.settings import Settings
from flows.summary import markdown_table

REQUEST_TIMEOUT_SECONDS = 30.0


@dataclass
class FetchSummary:
    sources: str
    inbox: str
    urls: list[FetchOutcome] = field(default_factory=list)

    def headline(self) -> str:
        if not self.urls:
            return f"nothing to fetch: no sources in {self.sources}"
        counts = Counter(u.outcome for u in self.urls)
        parts = ", ".join(f"{n} {outcome}" for outcome, n in counts.items())
        return f"{len(self.urls)} URLs: {parts}; inbox {self.inbox}"

    def to_markdown(self) -> str:
        rows = [(u.url, u.outcome, u.saved_as or "", u.detail) for u in self.urls]
        table = markdown_table(("url", "outcome", "saved as", "detail"), rows)
        return f"# Fetch from {self.sources}\n\n{self.headline()}\n\n{table}"


def published_hashes(db: Path) -> set[str]:
    """Reports already in the analysts' database, however they arrived."""
    if not db.exists():
        return set()
    with warehouse.connect(db, read_only=True) as con:
        return warehouse.loaded_hashes(con)


def is_transient(task, task_run, state) -> bool:
    """Retry network trouble and 5xx/429 answers; a 404 or an oversized file stays failed."""
    error = state.result(raise_on_failure=False)
    return isinstance(error, httpx.TransportError) or getattr(error, "transient", False)


@task(
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=1),
    retry_condition_fn=is_transient,
    task_run_name="download {source.url}",
)
def download(
    source: ReportSource,
    inbox: Path,
    previous: FetchRecord | None,
    known_hashes: set[str],
    max_bytes: int,
) -> FetchOutcome:
    with httpx.Client(
        follow_redirects=True,
        timeout=REQUEST_TIMEOUT_SECONDS,
        # a redirect may point anywhere, file:// included: each hop is checked like the first
        event_hooks={"request": [lambda request: check_url(str(request.url))]},
    ) as client:
        return download_report(
            source,
            inbox,
            previous=previous,
            known_hashes=known_hashes,
            max_bytes=max_bytes,
            client=client,
        )


def outcome_of(source: ReportSource, future) -> FetchOutcome:
    future.wait()
    state = future.state
    if state.is_completed():
        return state.result()
    error = state.result(raise_on_failure=False)
    reason = str(error) if isinstance(error, FetchError) else f"could not fetch: {error!r}"
    return FetchOutcome(source.url, "failed", reason)


@flow(name="fetch-reports")
def fetch_reports(sources: str | None = None, inbox: str | None = None):
    """Download new reports listed in `sources` (default: VFM_SOURCES or sources.yaml) into
    `inbox` (default: VFM_INBOX or inbox)."""
    settings = Settings.from_env(sources=sources, inbox=inbox)
    manifest = read_manifest(settings.sources)
    state = read_state(settings.fetch_state)
    known = {r.sha256 for r in state.values()} | published_hashes(settings.db)
    futures = [
        download.submit(s, settings.inbox, state.get(s.url), known, settings.max_bytes)
        for s in manifest
    ]
    summary = FetchSummary(str(settings.sources), str(settings.inbox))
    summary.urls = [outcome_of(s, f) for s, f in zip(manifest, futures)]
    state.update({u.url: u.record for u in summary.urls if u.record})
    write_state(settings.fetch_state, state)
    create_markdown_artifact(
        summary.to_markdown(), key="fetch-reports", description=summary.headline()
    )
    return Completed(message=summary.headline(), data=summary)
