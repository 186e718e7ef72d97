"""Suite-wide: Prefect is pointed at a throw-away home before any test imports it, so no test
touches a developer's ~/.prefect or a configured server, and nothing (analytics, UI) reaches
beyond 127.0.0.1."""

import os
import shutil
import tempfile

import pytest

_PREFECT_HOME = tempfile.mkdtemp(prefix="vfm-test-prefect-")
os.environ.pop("PREFECT_API_URL", None)
os.environ.update(
    {
        "PREFECT_HOME": _PREFECT_HOME,
        "PREFECT_PROFILES_PATH": os.path.join(_PREFECT_HOME, "profiles.toml"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
        # two shared cores: the temporary API server can take a while to come up
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    }
)


@pytest.fixture(scope="session", autouse=True)
def _remove_prefect_home():
    yield
    shutil.rmtree(_PREFECT_HOME, ignore_errors=True)
