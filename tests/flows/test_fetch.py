"""The fetch flow against a real HTTP server on 127.0.0.1."""

import hashlib
import http.server
import threading
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from flows.download import (
    DownloadTooLarge,
    FetchRecord,
    HttpStatusError,
    ManifestError,
    ReportSource,
    UnsupportedUrl,
    download_report,
    read_manifest,
    read_state,
)

PDF = b"%PDF-1.4\n" + b"report body " * 500


@dataclass
class Route:
    body: bytes = PDF
    etag: str | None = '"v1"'
    failures_first: int = 0  # answer 500 this many times first
    status: int = 200


@dataclass
class ReportServer:
    base: str
    routes: dict[str, Route]
    requests: list[tuple[str, dict]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


@pytest.fixture
def server():
    routes: dict[str, Route] = {}
    requests: list = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append((self.path, dict(self.headers)))
            route = routes.get(self.path)
            if route is None or route.status == 404:
                return self.send_error(404)
            if route.failures_first:
                route.failures_first -= 1
                return self.send_error(500)
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                return self.end_headers()
            self.send_response(200)
            self.send_header("Content-Type", "application/pdf")
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            self.end_headers()
            self.wfile.write(route.body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield ReportServer(f"http://127.0.0.1:{httpd.server_port}", routes, requests)
    httpd.shutdown()
    httpd.server_close()


def fetch(server, path, inbox, *, previous=None, known=(), max_bytes=1_000_000):
    with httpx.Client() as client:
        return download_report(
            ReportSource(server.url(path)),
            inbox,
            previous=previous,
            known_hashes=set(known),
            max_bytes=max_bytes,
            client=client,
        )


def test_download_lands_whole_in_the_inbox_under_the_url_name(server, tmp_path):
    server.routes["/reports/leicestershire-2014.pdf"] = Route()
    outcome = fetch(server, "/reports/leicestershire-2014.pdf", tmp_path)
    assert outcome.outcome == "fetched"
    assert [p.name for p in tmp_path.iterdir()] == ["leicestershire-2014.pdf"]
    assert (tmp_path / "leicestershire-2014.pdf").read_bytes() == PDF
    assert outcome.record == FetchRecord(hashlib.sha256(PDF).hexdigest(), '"v1"', None)


def test_unchanged_report_is_not_downloaded_again(server, tmp_path):
    server.routes["/a.pdf"] = Route()
    first = fetch(server, "/a.pdf", tmp_path)
    again = fetch(server, "/a.pdf", tmp_path / "second", previous=first.record)
    assert again.outcome == "not modified"
    assert server.requests[-1][1]["If-None-Match"] == '"v1"'
    assert not (tmp_path / "second").exists()


def test_same_content_without_etag_is_recognised_by_its_hash(server, tmp_path):
    server.routes["/moved.pdf"] = Route(etag=None)
    outcome = fetch(server, "/moved.pdf", tmp_path, known={hashlib.sha256(PDF).hexdigest()})
    assert outcome.outcome == "already have"
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone too


def test_download_over_the_size_limit_is_refused_and_leaves_nothing(server, tmp_path):
    server.routes["/big.pdf"] = Route()
    with pytest.raises(DownloadTooLarge, match="limit"):
        fetch(server, "/big.pdf", tmp_path, max_bytes=100)
    assert list(tmp_path.iterdir()) == []


def test_only_http_and_https_are_fetched(tmp_path):
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x.pdf", "x.pdf"):
        with httpx.Client() as client, pytest.raises(UnsupportedUrl, match="only http and https"):
            download_report(
                ReportSource(url), tmp_path, previous=None, known_hashes=set(),
                max_bytes=100, client=client,
            )  # fmt: skip


def test_server_errors_are_transient_and_404_is_not(server, tmp_path):
    server.routes["/flaky.pdf"] = Route(failures_first=1)
    with pytest.raises(HttpStatusError) as flaky:
        fetch(server, "/flaky.pdf", tmp_path)
    with pytest.raises(HttpStatusError) as missing:
        fetch(server, "/missing.pdf", tmp_path)
    assert flaky.value.transient and not missing.value.transient


def test_file_name_comes_from_force_and_year_when_given():
    assert ReportSource("http://x/y?id=1", "leicestershire", 2014).file_name == (
        "leicestershire-2014.pdf"
    )
    assert ReportSource("http://x/a%20b/..%2F..%2Fevil").file_name == "evil.pdf"


def test_manifest_reads_sources_and_rejects_bad_entries(tmp_path):
    manifest = tmp_path / "sources.yaml"
    manifest.write_text(
        "sources:\n  - url: http://127.0.0.1/a.pdf\n    force: leicestershire\n    year: 2014\n"
        "  - url: http://127.0.0.1/b.pdf\n"
    )
    assert read_manifest(manifest) == [
        ReportSource("http://127.0.0.1/a.pdf", "leicestershire", 2014),
        ReportSource("http://127.0.0.1/b.pdf"),
    ]
    manifest.write_text("sources:\n  - link: http://127.0.0.1/a.pdf\n")
    with pytest.raises(ManifestError, match="source 1 must be a mapping with a `url`"):
        read_manifest(manifest)
    assert read_manifest(tmp_path / "none.yaml") == []


def test_repository_manifest_is_valid_and_fetches_nothing_by_default():
    root = Path(__file__).resolve().parents[2]
    assert read_manifest(root / "sources.yaml") == []


def test_fetch_flow_retries_a_flaky_server_and_reports_each_url(
    server, tmp_path, monkeypatch, prefect_api
):
    from flows.fetch import fetch_reports

    server.routes["/flaky.pdf"] = Route(failures_first=1)
    server.routes["/fine.pdf"] = Route(body=PDF + b"2", etag='"f"')
    manifest = tmp_path / "sources.yaml"
    manifest.write_text(
        "sources:\n"
        f"  - url: {server.url('/flaky.pdf')}\n    force: leicestershire\n    year: 2014\n"
        f"  - url: {server.url('/fine.pdf')}\n"
        f"  - url: {server.url('/missing.pdf')}\n"
        "  - url: ftp://127.0.0.1/nope.pdf\n"
    )
    monkeypatch.setenv("VFM_FETCH_STATE", str(tmp_path / "state.json"))
    monkeypatch.setenv("VFM_DB", str(tmp_path / "no.duckdb"))
    inbox = tmp_path / "inbox"

    summary = fetch_reports(sources=str(manifest), inbox=str(inbox))
    outcomes = {u.url.rsplit("/", 1)[-1]: u for u in summary.urls}
    assert outcomes["flaky.pdf"].outcome == "fetched"
    assert server.hits("/flaky.pdf") == 2  # one 500, one retry
    assert outcomes["fine.pdf"].outcome == "fetched"
    assert outcomes["missing.pdf"].outcome == "failed"
    assert server.hits("/missing.pdf") == 1  # a 404 is not retried
    assert "HTTP 404" in outcomes["missing.pdf"].detail
    assert outcomes["nope.pdf"].outcome == "failed"
    assert "only http and https" in outcomes["nope.pdf"].detail
    assert sorted(p.name for p in inbox.iterdir()) == ["fine.pdf", "leicestershire-2014.pdf"]
    assert set(read_state(tmp_path / "state.json")) == {
        server.url("/flaky.pdf"),
        server.url("/fine.pdf"),
    }

    again = fetch_reports(sources=str(manifest), inbox=str(inbox))
    assert [u.outcome for u in again.urls] == ["not modified", "not modified", "failed", "failed"]
    assert len(list(inbox.iterdir())) == 2
