"""Fixtures for the flow tests (Prefect's throw-away home is set up in tests/conftest.py)."""

import pytest

from tests.flows.flows_fixtures import FEW_FORCES


@pytest.fixture(scope="session")
def prefect_api():
    """One Prefect API for the in-process flow runs: the temporary local server `vfm ingest`
    starts, in the throw-away home. Prefect stops it at exit, once its logs have drained."""
    from flows.runtime import prefect_api

    with prefect_api() as api_url:
        yield api_url


@pytest.fixture(autouse=True)
def _isolated_run(monkeypatch, tmp_path):
    """Default (relative) paths land in the test's folder, never in the checkout; files are
    taken after a short stability wait."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VFM_STABLE_WAIT_SECONDS", "0.2")


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """Sample report PDFs of a few forces, rendered once per session: `<force_id>-2014.pdf`."""
    import samples

    out = tmp_path_factory.mktemp("corpus")
    samples.write_corpus(out, truth=False, forces=FEW_FORCES)
    return out


@pytest.fixture
def home(tmp_path):
    """Empty inbox, database, archive and quarantine paths for one test."""
    from flows.settings import Settings

    return Settings(
        inbox=tmp_path / "inbox",
        db=tmp_path / "data" / "vfm.duckdb",
        archive=tmp_path / "archive",
        quarantine=tmp_path / "quarantine",
    )
