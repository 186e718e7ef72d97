"""Every kind of file that is not a report, dropped into the inbox beside three valid reports,
and one real `vfm ingest` over them all: the run finishes, the reports load, and each bad
file is quarantined (never deleted) beside a one-line reason, with nothing of it in the
database and no traceback on the screen."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.reliability import bad_files
from tests.reliability.inbox_home import VALID_FORCES, Home, outcome_lines, output_of, sha256_of


@dataclass(frozen=True)
class BadInput:
    name: str  # as dropped into the inbox
    make: Callable[[Path, dict[str, Path]], Path]  # (where, valid reports) -> the file
    reason: str  # a regular expression the one-line reason must match


BAD_INPUTS = [
    BadInput("empty.pdf", lambda p, r: bad_files.zero_byte(p), r"\bempty\b"),
    BadInput(
        "kent-2014 (partial copy).pdf",
        lambda p, r: bad_files.truncated(r["kent"], p, 0.6),
        r"cut short|truncated",
    ),
    BadInput("noise.pdf", lambda p, r: bad_files.random_bytes(p), r"^not a PDF"),
    BadInput("locked.pdf", lambda p, r: bad_files.encrypted(p), r"password"),
    BadInput(
        "parish-minutes.pdf",
        lambda p, r: bad_files.not_a_vfm_report(p),
        r"^not an HMIC value-for-money report",
    ),
    BadInput(
        "press-release.pdf",
        lambda p, r: bad_files.press_release(p),
        r"^not an HMIC value-for-money report",
    ),
    BadInput("scan.pdf", lambda p, r: bad_files.image_only(p), r"OCR would be needed"),
    BadInput("3000 pages.pdf", lambda p, r: bad_files.many_pages(p), r"3,?000 pages"),
    BadInput("notes.txt", lambda p, r: bad_files.text_file(p), r"^not a PDF"),
    BadInput("briefing.docx", lambda p, r: bad_files.word_document(p), r"^not a PDF"),
    BadInput(
        "misprinted.pdf",
        lambda p, r: bad_files.misprinted_table(r["leicestershire"], p),
        r"^unexpected extraction error: ValueError",
    ),
]


@dataclass(frozen=True)
class Run:
    home: Home
    result: object  # the finished `vfm ingest`
    bad: dict[str, str]  # name in the inbox -> sha256
    valid: set[str]  # sha256 of the valid reports
    before: object  # Counter of every file's sha256 before the run


@pytest.fixture(scope="module")
def run(tmp_path_factory, prefect_env, valid_reports, ledger) -> Run:
    home = Home(tmp_path_factory.mktemp("bad-inputs"), prefect_env)
    valid = {sha256_of(home.drop(valid_reports[force])) for force in VALID_FORCES}
    made = tmp_path_factory.mktemp("bad-files")
    bad = {}
    for case in BAD_INPUTS:
        bad[case.name] = sha256_of(home.drop(case.make(made / case.name, valid_reports)))
        ledger.bad_inputs.add(case.name)
    before = home.files()
    result = home.vfm("ingest")
    ledger.count_files(before, home.files())
    ledger.count_twice(home)
    return Run(home, result, bad, valid, before)


def test_the_run_completes_and_loads_every_valid_report(run, figures_expected):
    assert run.result.returncode == 0, output_of(run.result)
    assert "Traceback" not in output_of(run.result)
    assert run.home.loaded_hashes() == run.valid
    assert run.home.figures_by_report() == {sha: figures_expected[sha] for sha in run.valid}
    assert run.result.stdout.splitlines()[-1].startswith(
        f"{len(VALID_FORCES) + len(BAD_INPUTS)} files: {len(VALID_FORCES)} loaded, "
        f"{len(BAD_INPUTS)} quarantined, 0 skipped"
    )


def test_no_file_is_lost_and_no_report_is_loaded_twice(run):
    assert run.home.files() == run.before
    assert run.home.reports_loaded_twice() == 0
    assert list(run.home.inbox.iterdir()) == []


@pytest.mark.parametrize("case", BAD_INPUTS, ids=lambda case: case.name)
def test_a_bad_file_is_quarantined_with_a_one_line_reason(run, case):
    sha256 = run.bad[case.name]
    quarantined = {
        name: reason
        for name, reason in run.home.quarantined().items()
        if reason["sha256"] == sha256
    }
    assert len(quarantined) == 1, f"{case.name} not quarantined once: {quarantined}"
    [(name, reason)] = quarantined.items()
    assert sha256_of(run.home.quarantine / name) == sha256  # the file itself, untouched
    assert set(reason) >= {"reason", "error_class", "sha256", "time", "details"}
    assert "\n" not in reason["reason"]
    assert re.search(case.reason, reason["reason"]), reason

    # The screen says the same, on the file's own line.
    line = outcome_lines(run.result)[case.name]
    assert line.startswith("quarantined") and reason["reason"] in line

    # Nothing of it reached the database.
    for table, column in (
        ("reports", "sha256"),
        ("figures", "report_sha256"),
        ("extraction_warnings", "report_sha256"),
    ):
        assert run.home.rows(f"SELECT count(*) FROM {table} WHERE {column} = ?", sha256) == [(0,)]


def test_an_unexpected_extraction_error_keeps_its_traceback_off_the_screen(run):
    [reason] = [
        r for r in run.home.quarantined().values() if r["sha256"] == run.bad["misprinted.pdf"]
    ]
    assert reason["error_class"] == "ValueError"
    assert reason["details"].startswith("Traceback (most recent call last):")
    assert "Marhc" in reason["details"]  # down to the misprint that tripped it
    assert "Traceback" not in output_of(run.result)
