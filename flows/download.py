"""Report URLs into the inbox as plain functions: read the manifest, download one report
without the inbox ever seeing half a file, and remember what was fetched so an unchanged
report is not fetched again (ETag / Last-Modified, then content hash)."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx
import yaml

from flows.inbox import free_path, safe_name

ALLOWED_SCHEMES = ("http", "https")
CHUNK_BYTES = 1 << 16


class FetchError(Exception):
    """A URL that cannot be fetched; `str()` is one line. `transient` ones are retried."""

    transient = False


class ManifestError(FetchError):
    pass


class UnsupportedUrl(FetchError):
    pass


class DownloadTooLarge(FetchError):
    pass


class HttpStatusError(FetchError):
    def __init__(self, status: int, url: str) -> None:
        super().__init__(f"HTTP {status} from {url}")
        # Server trouble and rate limits may pass; 404 and friends will not.
        self.transient = status >= 500 or status == 429


@dataclass(frozen=True)
class ReportSource:
    url: str
    force: str | None = None  # a force_id, used to name the file
    year: int | None = None

    @property
    def file_name(self) -> str:
        if self.force and self.year:
            return safe_name(f"{self.force}-{self.year}.pdf")
        name = safe_name(unquote(Path(urlsplit(self.url).path).name), "report.pdf")
        return name if name.lower().endswith(".pdf") else name + ".pdf"


@dataclass(frozen=True)
class FetchRecord:
    """What we know of a URL from its last successful download."""

    sha256: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchOutcome:
    url: str
    outcome: str  # "fetched" | "not modified" | "already have" | "failed"
    detail: str = ""
    saved_as: str | None = None
    record: FetchRecord | None = None

    def line(self) -> str:
        return f"{self.outcome:<12}  {self.url}  {self.detail}".rstrip()


def read_manifest(path: Path) -> list[ReportSource]:
    """`sources:` list of {url, force?, year?} from a YAML file. A missing manifest is empty."""
    if not path.exists():
        return []
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise ManifestError(f"{path} is not valid YAML: {error}".splitlines()[0]) from None
    entries = document.get("sources") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise ManifestError(f"{path} must have a `sources:` list")
    sources = []
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
            raise ManifestError(f"{path}: source {n} must be a mapping with a `url`")
        unknown = set(entry) - {"url", "force", "year"}
        if unknown:
            raise ManifestError(f"{path}: source {n} has unknown keys {sorted(unknown)}")
        year = entry.get("year")
        sources.append(ReportSource(entry["url"], entry.get("force"), int(year) if year else None))
    return sources


def read_state(path: Path) -> dict[str, FetchRecord]:
    if not path.exists():
        return {}
    return {url: FetchRecord(**r) for url, r in json.loads(path.read_text("utf-8")).items()}


def write_state(path: Path, state: dict[str, FetchRecord]) -> None:
    """Written to a temporary file then renamed, so a crash never leaves half a state."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.part")
    records = {url: asdict(r) for url, r in sorted(state.items())}
    temporary.write_text(json.dumps(records, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, path)


def check_url(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise UnsupportedUrl(f"only http and https URLs are fetched, not {scheme or 'no'}: {url}")


def conditional_headers(record: FetchRecord | None) -> dict[str, str]:
    headers = {}
    if record and record.etag:
        headers["If-None-Match"] = record.etag
    if record and record.last_modified:
        headers["If-Modified-Since"] = record.last_modified
    return headers


def download_report(
    source: ReportSource,
    inbox: Path,
    *,
    previous: FetchRecord | None,
    known_hashes: set[str],
    max_bytes: int,
    client: httpx.Client,
) -> FetchOutcome:
    """Fetch one report into `inbox`. Streams to a hidden `.part` file in the inbox (which
    ingest ignores) and renames it when complete; raises FetchError or httpx.TransportError."""
    check_url(source.url)
    with client.stream("GET", source.url, headers=conditional_headers(previous)) as response:
        if response.status_code == httpx.codes.NOT_MODIFIED and previous:
            return FetchOutcome(source.url, "not modified", record=previous)
        if response.status_code >= 400:
            raise HttpStatusError(response.status_code, source.url)
        declared = int(response.headers.get("Content-Length") or 0)
        if declared > max_bytes:
            raise DownloadTooLarge(_too_large(source.url, max_bytes))
        inbox.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=inbox, prefix=".fetch-", suffix=".part")
        os.close(handle)
        partial = Path(name)
        try:
            sha256 = _stream_to(response, partial, max_bytes, source.url)
            record = FetchRecord(
                sha256, response.headers.get("ETag"), response.headers.get("Last-Modified")
            )
            if sha256 in known_hashes or (previous and previous.sha256 == sha256):
                return FetchOutcome(source.url, "already have", "same content", record=record)
            target = free_path(inbox, source.file_name)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
    return FetchOutcome(source.url, "fetched", target.name, saved_as=str(target), record=record)


def _stream_to(response: httpx.Response, partial: Path, max_bytes: int, url: str) -> str:
    digest, received = hashlib.sha256(), 0
    with partial.open("wb") as out:
        for chunk in response.iter_bytes(CHUNK_BYTES):
            received += len(chunk)
            if received > max_bytes:
                raise DownloadTooLarge(_too_large(url, max_bytes))
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest()


def _too_large(url: str, max_bytes: int) -> str:
    return f"larger than the {max_bytes:,}-byte limit: {url}"
