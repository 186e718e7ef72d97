"""Security: `vfm sql` only reads the database; no name taken from a URL, a manifest or the
inbox places a file outside the inbox, archive/ or quarantine/; `vfm fetch` takes only
http(s) and refuses oversized downloads; and a hostile PDF (nesting, a decompression bomb,
an operator flood) costs one file, stopped by the per-file memory or time limit, while the
reports beside it load."""

from __future__ import annotations

import http.server
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar
from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

import warehouse
from flows.download import ReportSource
from flows.inbox import QuarantineReason, archive_folder, move_into, quarantine, safe_name
from tests.reliability import bad_files
from tests.reliability.inbox_home import Home, outcome_lines, output_of, sha256_of

# --- vfm sql --------------------------------------------------------------------------------

WRITES_AND_ESCAPES = [
    "ATTACH '{dir}/other.duckdb' AS other",
    "COPY reports TO '{dir}/reports.csv'",
    "EXPORT DATABASE '{dir}/dump'",
    "EXPLAIN ANALYZE COPY (SELECT 1) TO '{dir}/explained.csv'",
    "SELECT * FROM read_csv('{dir}/outside.csv')",
    "SELECT * FROM '{dir}/outside.csv'",
    "SELECT * FROM read_text('/etc/hostname')",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
    "CREATE TABLE notes AS SELECT 1 AS x",
    "DELETE FROM reports",
    "UPDATE reports SET title = 'changed'",
    "CHECKPOINT",
    "SELECT 1; DROP TABLE reports",
]


@pytest.fixture(scope="module")
def sealed_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("sql") / "vfm.duckdb"
    warehouse.connect(db).close()
    (db.parent / "outside.csv").write_text("secret\n42\n")
    return db


@pytest.mark.parametrize("statement", WRITES_AND_ESCAPES)
def test_sql_cannot_write_attach_or_reach_other_files(sealed_db, statement):
    before = sha256_of(sealed_db)
    with pytest.raises(warehouse.WarehouseError) as refused:
        warehouse.query(sealed_db, statement.format(dir=sealed_db.parent))
    assert "secret" not in str(refused.value) and "\n" not in str(refused.value)
    assert sha256_of(sealed_db) == before
    assert sorted(p.name for p in sealed_db.parent.iterdir()) == ["outside.csv", "vfm.duckdb"]


def test_vfm_sql_refuses_in_one_line_and_still_reads(sealed_db, tmp_path):
    home = Home(tmp_path)
    attach = home.vfm("sql", f"ATTACH '{tmp_path}/x.duckdb' AS x", "--db", str(sealed_db))
    assert attach.returncode == 2
    [line] = output_of(attach).strip().splitlines()
    assert line.startswith("error: ") and not (tmp_path / "x.duckdb").exists()
    count = home.vfm(
        "sql", "SELECT count(*) AS n FROM forces", "--db", str(sealed_db), "--format", "csv"
    )
    assert count.returncode == 0 and count.stdout == "n\n43\n"


# --- names that try to leave their folder ----------------------------------------------------

PATH_PIECES = ["..", ".", "/", "\\", "%2F", "%2e", "~", "evil", "\x00", " "]
HOSTILE_NAMES = st.text() | st.lists(st.sampled_from(PATH_PIECES)).map("".join)


@given(name=HOSTILE_NAMES)
def test_no_name_leaves_its_folder(name):
    folder = Path("/srv/vfm/quarantine")
    assert (folder / safe_name(name)).parent == folder
    assert safe_name(name) not in ("", ".", "..")


@given(force_id=HOSTILE_NAMES, year=HOSTILE_NAMES)
def test_no_force_or_year_leaves_the_archive(force_id, year):
    archive = Path("/srv/vfm/archive")
    folder = archive_folder(archive, force_id, year)
    assert folder.parent.parent == archive and ".." not in folder.parts


@given(segment=HOSTILE_NAMES, force=st.none() | HOSTILE_NAMES, year=st.none() | st.integers())
def test_no_url_or_manifest_entry_names_a_file_outside_the_inbox(segment, force, year):
    source = ReportSource(f"http://127.0.0.1/reports/{quote(segment)}", force, year)
    name = source.file_name
    assert (Path("/srv/vfm/inbox") / name).parent == Path("/srv/vfm/inbox")
    assert name.endswith(".pdf") and name not in (".pdf", "..pdf")


def test_moves_keep_a_hostile_name_inside_the_folder(tmp_path):
    for n, name in enumerate(["..\\..\\evil.pdf", "..%2F..%2Fevil.pdf", "...", "-rf .pdf"]):
        source = tmp_path / "inbox" / f"{n}"
        source.parent.mkdir(exist_ok=True)
        source.write_bytes(name.encode())
        hostile = source.rename(source.with_name(name))
        moved = move_into(hostile, tmp_path / "archive")
        assert moved.parent == tmp_path / "archive" and moved.read_bytes() == name.encode()
    reason = QuarantineReason("test", "Test", None)
    (tmp_path / "inbox" / "..pdf").write_bytes(b"x")
    kept = quarantine(tmp_path / "inbox" / "..pdf", tmp_path / "quarantine", reason)
    assert kept.parent == tmp_path / "quarantine"
    assert sorted(p.parent for p in tmp_path.rglob("*") if p.is_file()) == sorted(
        [tmp_path / "archive"] * 4 + [tmp_path / "quarantine"] * 2
    )


# --- fetch, then ingest with hostile files ---------------------------------------------------

LIMIT = 200_000  # VFM_MAX_BYTES for the run: above a sample report, below BIG
BOMB, FLOOD = "bomb\\..\\..\\bomb.pdf", "flood.pdf"  # hostile files, by their names in the inbox
# The forces of the reports served under traversing names (see `run`).
REPORTS_FETCHED = ("kent", "leicestershire", "cumbria", "dyfed-powys")


class Reports(http.server.BaseHTTPRequestHandler):
    """Serves /<force_id>/<anything>: that force's sample report; /<force_id>/big.pdf and
    /big-undeclared.pdf: more than LIMIT bytes, with and without Content-Length;
    /<force_id>/to-file.pdf: a redirect to a local file."""

    reports: ClassVar[dict[str, Path]] = {}

    def do_GET(self):
        force, _, rest = self.path.lstrip("/").partition("/")
        if rest.endswith("to-file.pdf"):
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        body = self.reports[force].read_bytes()
        if rest.startswith("big"):
            body = body * (LIMIT // len(body) + 2)
        self.send_response(200)
        if not rest.endswith("undeclared.pdf"):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # quiet
        pass


@dataclass
class SecurityRun:
    home: Home
    fetch: object
    ingest: object
    urls: dict[str, str]  # role -> url
    hostile: dict[str, str]  # name in the inbox -> sha256
    traversing: dict[str, str]  # name in the inbox -> sha256 of a valid report
    reports: set[str]  # sha256 of every valid report fetched or dropped
    outside_before: set[Path]


@pytest.fixture(scope="module")
def server(valid_reports):
    Reports.reports = valid_reports
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Reports)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def _outside(home: Home) -> set[Path]:
    """Every file under the session's temporary folder but outside this home."""
    base = home.root.parent
    return {p for p in base.rglob("*") if p.is_file() and home.root not in p.parents}


@pytest.fixture(scope="module")
def run(tmp_path_factory, prefect_env, server, valid_reports, ledger) -> SecurityRun:
    home = Home(tmp_path_factory.mktemp("security"), prefect_env)
    urls = {
        "slash": f"{server}/kent/..%2F..%2Fevil-slash.pdf",
        "dots": f"{server}/leicestershire/%2e%2e%2f%2e%2e%2fevil-dots.pdf",
        "backslash": f"{server}/cumbria/..%5C..%5Cevil-backslash.pdf",
        "manifest": f"{server}/dyfed-powys/report.pdf",
        "file": "file:///etc/passwd",
        "ftp": "ftp://127.0.0.1/kent.pdf",
        "data": "data:application/pdf;base64,JVBERi0xLjQK",
        "big": f"{server}/kent/big.pdf",
        "undeclared": f"{server}/kent/big-undeclared.pdf",
        "redirect": f"{server}/kent/to-file.pdf",
    }
    entries = [
        f"  - url: '{url}'"
        + ("\n    force: ../../evil-force\n    year: 2014" * (role == "manifest"))
        for role, url in urls.items()
    ]
    (home.root / "sources.yaml").write_text("sources:\n" + "\n".join(entries) + "\n")
    # Hostile PDFs join the fetched reports, with names of their own that try to climb out.
    # (A name starting with a dot is a hidden file, left alone: these do not.)
    made = tmp_path_factory.mktemp("hostile")
    hostile = {
        "%2e%2e%2f%2e%2e%2fnested.pdf": bad_files.deeply_nested(made / "nested.pdf"),
        BOMB: bad_files.decompression_bomb(made / "bomb.pdf"),
        FLOOD: bad_files.operator_flood(made / "flood.pdf"),
    }
    traversing = {"report\\..\\..\\..\\evil-inbox.pdf": valid_reports["bedfordshire"]}
    outside_before = _outside(home)

    fetch = home.vfm("fetch", VFM_MAX_BYTES=str(LIMIT))
    ledger.bad_inputs.update(f"URL: {role}" for role in urls)
    for name, path in (hostile | traversing).items():
        home.drop(path, name)
    ledger.bad_inputs.update(("deeply nested PDF", "decompression bomb", "operator flood"))
    ledger.bad_inputs.update(f"inbox name {name}" for name in traversing)
    before = home.files()
    # Limits far from what a report needs (~0.1 GB, ~1 s) and from what each hostile file
    # would take (the bomb: 4 GB; the flood: minutes): each is stopped by the limit meant for it.
    ingest = home.vfm("ingest", VFM_EXTRACT_MEMORY_MB="1024", VFM_EXTRACT_TIMEOUT_SECONDS="10")
    ledger.count_files(before, home.files())
    ledger.count_twice(home)
    return SecurityRun(
        home,
        fetch,
        ingest,
        urls,
        {name: sha256_of(path) for name, path in hostile.items()},
        {name: sha256_of(path) for name, path in traversing.items()},
        {sha256_of(valid_reports[force]) for force in REPORTS_FETCHED + ("bedfordshire",)},
        outside_before,
    )


def _fetch_lines(run: SecurityRun) -> dict[str, str]:
    return {
        role: next(line for line in run.fetch.stdout.splitlines() if f"  {url}" in line)
        for role, url in run.urls.items()
    }


def test_fetch_saves_every_report_in_the_inbox_under_a_safe_name(run):
    assert run.fetch.returncode == 0, output_of(run.fetch)
    assert "Traceback" not in output_of(run.fetch)
    lines = _fetch_lines(run)
    for role, saved_as in (
        ("slash", "evil-slash.pdf"),
        ("dots", "evil-dots.pdf"),
        ("backslash", "evil-backslash.pdf"),
        ("manifest", "evil-force-2014.pdf"),
    ):
        assert lines[role].startswith("fetched") and lines[role].endswith(f"  {saved_as}")


@pytest.mark.parametrize(
    ("role", "reason"),
    [
        ("file", "only http and https URLs are fetched"),
        ("ftp", "only http and https URLs are fetched"),
        ("data", "only http and https URLs are fetched"),
        ("big", f"larger than the {LIMIT:,}-byte limit"),
        ("undeclared", f"larger than the {LIMIT:,}-byte limit"),
        ("redirect", "only http and https URLs are fetched, not file"),  # checked at each hop
    ],
)
def test_fetch_refuses_other_schemes_and_oversized_downloads(run, role, reason):
    line = _fetch_lines(run)[role]
    assert line.startswith("failed") and reason in line.partition(run.urls[role])[2], line


def test_no_file_lands_outside_inbox_archive_or_quarantine(run):
    assert _outside(run.home) == run.outside_before
    home = run.home
    for path in home.root.rglob("*"):
        if path.is_file() and path.suffix == ".pdf":
            assert path.parent.is_relative_to(home.archive) or path.parent == home.quarantine, path
    for name, sha in run.traversing.items():
        [(original, archived)] = home.rows(
            "SELECT original_name, archived_path FROM reports WHERE sha256 = ?", sha
        )
        assert original == name and Path(archived).is_relative_to(home.archive.resolve())
    assert not list(home.inbox.glob("*.part")) and not list(home.inbox.glob(".fetch-*"))


def test_hostile_pdfs_are_stopped_by_the_per_file_limits_and_the_reports_load(
    run, figures_expected
):
    assert run.ingest.returncode == 0, output_of(run.ingest)
    assert "Traceback" not in output_of(run.ingest)
    quarantined = {r["sha256"]: r for r in run.home.quarantined().values()}
    assert set(quarantined) == set(run.hostile.values())
    bomb = quarantined[run.hostile[BOMB]]
    assert re.search(r"memory", bomb["reason"]), bomb
    flood = quarantined[run.hostile[FLOOD]]
    assert flood["error_class"] == "ExtractionTimeout" and "longer than 10 s" in flood["reason"]
    assert run.home.loaded_hashes().isdisjoint(run.hostile.values())

    assert run.home.figures_by_report() == {sha: figures_expected[sha] for sha in run.reports}
    loaded = [line for line in outcome_lines(run.ingest).values() if line.startswith("loaded")]
    assert len(loaded) == len(run.reports)
