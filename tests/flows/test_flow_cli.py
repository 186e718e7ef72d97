"""`vfm ingest` and friends as a user runs them: a separate process, output not a terminal."""

import os
import shutil
import subprocess
import sys

import pytest

from flows.inbox import exclusive_lock
from tests.flows.flows_fixtures import published_rows

VFM = os.path.join(os.path.dirname(sys.executable), "vfm")


def vfm(*args, cwd, **env):
    return subprocess.run(
        [VFM, *args],
        cwd=cwd,
        env={**os.environ, "VFM_STABLE_WAIT_SECONDS": "0.2", **env},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


@pytest.fixture(scope="module")
def all_forces(tmp_path_factory):
    import samples

    out = tmp_path_factory.mktemp("all-forces")
    samples.write_corpus(out, truth=False)
    return out


def test_ingest_of_the_43_samples_loads_all_and_a_rerun_is_a_no_op(all_forces, tmp_path):
    shutil.copytree(all_forces, tmp_path / "inbox")
    first = vfm("ingest", cwd=tmp_path)
    assert first.returncode == 0, first.stdout + first.stderr
    lines = first.stdout.splitlines()
    assert sum(line.startswith("loaded ") for line in lines) == 43
    assert lines[-1] == "43 files: 43 loaded, 0 quarantined, 0 skipped; database data/vfm.duckdb"
    assert first.stderr == ""  # no tracebacks, no Prefect start/stop chatter
    assert "\x1b[" not in first.stdout  # plain lines when not on a terminal

    assert list((tmp_path / "inbox").iterdir()) == []
    archived = sorted(p.name for p in (tmp_path / "archive").rglob("*.pdf"))
    assert archived == sorted(p.name for p in all_forces.iterdir())
    reports = published_rows(tmp_path / "data" / "vfm.duckdb", "SELECT count(*) FROM reports")
    assert reports == [(43,)]

    again = vfm("ingest", cwd=tmp_path)
    assert again.returncode == 0
    assert again.stdout == "nothing new: 0 files in inbox inbox\n"
    assert again.stderr == ""


def test_a_second_ingest_gives_up_with_one_line(corpus, tmp_path):
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "kent-2014.pdf").write_bytes((corpus / "kent-2014.pdf").read_bytes())
    with exclusive_lock(tmp_path / "data" / ".vfm-ingest.lock", 1):
        blocked = vfm("ingest", cwd=tmp_path, VFM_LOCK_TIMEOUT_SECONDS="0.5")
    assert blocked.returncode == 1
    output = (blocked.stdout + blocked.stderr).strip().splitlines()
    assert output == [
        "error: another ingest is running (lock data/.vfm-ingest.lock still held after 0.5 s); "
        + "try again when it has finished"
    ]
    assert (tmp_path / "inbox" / "kent-2014.pdf").is_file()


@pytest.mark.parametrize(
    ("args", "env", "message"),
    [
        (["ingest"], {"VFM_MAX_WORKERS": "none"}, "error: VFM_MAX_WORKERS must be an integer"),
        (["ingest", "--task-runner", "ray"], {}, "error: task_runner must be one of thread, dask"),
        (["serve"], {}, "error: this needs a Prefect server"),
    ],
)
def test_expected_failures_print_one_line_and_exit_1(tmp_path, args, env, message):
    result = vfm(*args, cwd=tmp_path, **env)
    output = (result.stdout + result.stderr).strip().splitlines()
    assert result.returncode == 1
    assert len(output) == 1 and output[0].startswith(message)
