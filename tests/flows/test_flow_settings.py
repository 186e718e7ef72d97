from pathlib import Path

import pytest

from extractors.settings import ExtractSettings
from flows.settings import Settings, SettingsError


def test_defaults_are_the_documented_paths_and_the_extractor_limits():
    s = Settings.from_env({})
    assert (s.inbox, s.db, s.archive, s.quarantine) == (
        Path("inbox"),
        Path("data/vfm.duckdb"),
        Path("archive"),
        Path("quarantine"),
    )
    assert (s.max_pages, s.max_bytes) == (ExtractSettings().max_pages, ExtractSettings().max_bytes)
    assert s.task_runner == "thread"
    assert s.lock_path == Path("data/.vfm-ingest.lock")


def test_environment_overrides_defaults_and_arguments_override_environment():
    env = {"VFM_INBOX": "/drop", "VFM_DB": "/env.duckdb", "VFM_MAX_WORKERS": "3"}
    s = Settings.from_env(env, db="/arg.duckdb", archive=None)
    assert s.inbox == Path("/drop")
    assert s.db == Path("/arg.duckdb")
    assert s.archive == Path("archive")  # None means "not given", not "empty"
    assert s.max_workers == 3


def test_empty_variable_counts_as_unset():
    assert Settings.from_env({"VFM_INBOX": ""}).inbox == Path("inbox")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"VFM_MAX_WORKERS": "many"}, "VFM_MAX_WORKERS must be an integer, got 'many'"),
        ({"VFM_MAX_WORKERS": "0"}, "max_workers must be an integer, positive, got 0"),
        ({"VFM_STABLE_WAIT_SECONDS": "-1"}, "stable_wait_seconds must be a number"),
        ({"VFM_TASK_RUNNER": "ray"}, "task_runner must be one of thread, dask, got 'ray'"),
        ({"VFM_DASK_ADDRESS": "tcp://127.0.0.1:8786"}, "dask_address is only used with"),
    ],
)
def test_invalid_values_raise_one_named_line(env, message):
    with pytest.raises(SettingsError) as raised:
        Settings.from_env(env)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_unknown_override_is_refused():
    with pytest.raises(SettingsError, match="unknown setting"):
        Settings.from_env({}, inbx="typo")


def test_settings_are_frozen():
    with pytest.raises(AttributeError):
        Settings().inbox = Path("elsewhere")
