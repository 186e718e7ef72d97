"""Fixtures of the reliability suite: one Prefect API for the whole session (each `vfm ingest`
would otherwise start its own, several seconds a run), the valid sample reports every case
mixes its bad files with, a fresh working folder per case, and the ledger whose totals end
the test report: bad inputs tried, faults injected, files lost, reports loaded twice."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.reliability.inbox_home import MORE_FORCES, VALID_FORCES, Home, sha256_of


@dataclass
class Ledger:
    """What the suite did to the pipeline and what it found, summed over every case."""

    bad_inputs: set[str] = field(default_factory=set)
    faults: set[str] = field(default_factory=set)
    files_lost: int = 0
    reports_loaded_twice: int = 0
    files_counted: int = 0

    def count_files(self, before, after) -> int:
        """Add the files of `before` (a Counter of sha256) missing from `after`; return them."""
        lost = sum((before - after).values())
        self.files_lost += lost
        self.files_counted += sum(before.values())
        return lost

    def count_twice(self, home: Home) -> int:
        twice = home.reports_loaded_twice()
        self.reports_loaded_twice += twice
        return twice

    def line(self) -> str:
        return (
            f"reliability: {len(self.bad_inputs)} bad inputs tried, {len(self.faults)} faults "
            f"injected, {self.files_lost} files lost (of {self.files_counted} counted), "
            f"{self.reports_loaded_twice} reports loaded twice"
        )


_LEDGER = pytest.StashKey[Ledger]()


def pytest_configure(config):
    config.stash[_LEDGER] = Ledger()


def pytest_terminal_summary(terminalreporter, config):
    ledger = config.stash.get(_LEDGER, None)
    if ledger and (ledger.bad_inputs or ledger.faults):
        terminalreporter.write_sep("-", ledger.line())


@pytest.fixture(scope="session")
def ledger(pytestconfig) -> Ledger:
    return pytestconfig.stash[_LEDGER]


@pytest.fixture(scope="session")
def prefect_env():
    """A Prefect API server for every `vfm` process of the session, as a user with a
    server has."""
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()
    server.start(timeout=120)
    try:
        yield {
            "PREFECT_API_URL": server.api_url,
            # the suite's throw-away home, set in tests/conftest.py
            "PREFECT_HOME": os.environ["PREFECT_HOME"],
            "PREFECT_PROFILES_PATH": os.environ["PREFECT_PROFILES_PATH"],
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        }
    finally:
        server.stop()


@pytest.fixture(scope="session")
def valid_reports(tmp_path_factory) -> dict[str, Path]:
    """Sample reports of VALID_FORCES and MORE_FORCES by force_id, and 'kent-revised': Kent's
    report again, the same figures in different bytes, as a corrected re-issue would be."""
    import samples

    out = tmp_path_factory.mktemp("valid-reports")
    forces = (*VALID_FORCES, *MORE_FORCES)
    samples.write_corpus(out, truth=False, forces=forces)
    samples.write_corpus(out / "revised", truth=False, forces=["kent"], variant=1)
    reports = {force: out / f"{force}-2014.pdf" for force in forces}
    reports["kent-revised"] = out / "revised" / "kent-2014.pdf"
    return reports


@pytest.fixture(scope="session")
def figures_expected(valid_reports) -> dict[str, int]:
    """How many figures the extractor reads from each valid report, by sha256: a report in
    the database with fewer was loaded in part."""
    import extractors

    return {
        sha256_of(path): len(extractors.extract_report(path).records)
        for path in valid_reports.values()
    }


@pytest.fixture
def home(tmp_path, prefect_env) -> Home:
    return Home(tmp_path, prefect_env)
