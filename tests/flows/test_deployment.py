"""prefect.yaml for real: a Prefect server on 127.0.0.1 with its own home, the deployments
deployed from the repository, a process worker, and a triggered run of ingest-inbox whose
reports land in DuckDB."""

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import yaml

from flows.serve import FETCH_CRON, FETCH_TIMEZONE, INGEST_INTERVAL_SECONDS
from tests.flows.flows_fixtures import FEW_FORCES, drop, published_rows

REPO = Path(__file__).resolve().parents[2]
PREFECT = os.path.join(os.path.dirname(sys.executable), "prefect")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def prefect_server(tmp_path):
    """`prefect server start` on a free 127.0.0.1 port; yields the environment that talks to
    it. The scheduler service is off so the only run is the one the test triggers."""
    port = free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_PROFILES_PATH": str(tmp_path / "prefect-home" / "profiles.toml"),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
    }
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 180
        while not _healthy(env["PREFECT_API_URL"]):
            assert server.poll() is None, (tmp_path / "server.log").read_text()
            assert time.monotonic() < deadline, "Prefect server did not start in 180 s"
            time.sleep(0.5)
        yield env
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


def _healthy(api_url: str) -> bool:
    try:
        return httpx.get(f"{api_url}/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def prefect(env, *args, timeout=300):
    result = subprocess.run(
        [PREFECT, *args], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=timeout, check=False,
    )  # fmt: skip
    assert result.returncode == 0, f"prefect {' '.join(args)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_deployed_ingest_run_by_a_process_worker_loads_the_reports(
    prefect_server, corpus, home, tmp_path
):
    drop(corpus, home.inbox)
    # Defaults for any run the worker might pick up point at this test's folders too.
    env = {
        **prefect_server,
        "VFM_INBOX": str(home.inbox),
        "VFM_DB": str(home.db),
        "VFM_ARCHIVE": str(home.archive),
        "VFM_QUARANTINE": str(home.quarantine),
        "VFM_STABLE_WAIT_SECONDS": "0.2",
    }
    prefect(env, "work-pool", "create", "vfm-process", "--type", "process")
    prefect(env, "--no-prompt", "deploy", "--all")
    parameters = {"inbox": str(home.inbox), "db": str(home.db), "archive": str(home.archive)}
    triggered = prefect(
        env, "deployment", "run", "ingest-inbox/ingest-inbox", "--params", json.dumps(parameters)
    )
    flow_run_id = re.search(r"UUID: ([0-9a-f-]{36})", triggered).group(1)
    prefect(env, "worker", "start", "--pool", "vfm-process", "--run-once", timeout=600)

    run = httpx.get(f"{env['PREFECT_API_URL']}/flow_runs/{flow_run_id}").json()
    assert run["state"]["type"] == "COMPLETED", run["state"]
    assert run["state"]["message"].startswith("3 files: 3 loaded, 0 quarantined")
    forces = published_rows(home.db, "SELECT force_id FROM reports ORDER BY force_id")
    assert forces == [(f,) for f in sorted(FEW_FORCES)]
    assert list(home.inbox.iterdir()) == []

    deployments = httpx.post(f"{env['PREFECT_API_URL']}/deployments/filter", json={}).json()
    assert sorted(d["name"] for d in deployments) == ["fetch-reports", "ingest-inbox"]
    assert all(d["work_pool_name"] == "vfm-process" for d in deployments)


def test_serve_uses_the_schedules_of_prefect_yaml():
    deployments = {
        d["name"]: d for d in yaml.safe_load((REPO / "prefect.yaml").read_text())["deployments"]
    }
    assert deployments["ingest-inbox"]["schedules"] == [{"interval": INGEST_INTERVAL_SECONDS}]
    assert deployments["fetch-reports"]["schedules"] == [
        {"cron": FETCH_CRON, "timezone": FETCH_TIMEZONE}
    ]
    assert deployments["ingest-inbox"]["entrypoint"] == "flows/ingest.py:ingest_inbox"
    assert deployments["fetch-reports"]["entrypoint"] == "flows/fetch.py:fetch_reports"


def test_vfm_serve_registers_both_deployments_with_their_schedules(prefect_server, home):
    served = subprocess.Popen(
        [os.path.join(os.path.dirname(sys.executable), "vfm"), "serve", "--inbox", str(home.inbox)],
        env=prefect_server, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    api = prefect_server["PREFECT_API_URL"]
    try:
        deadline, deployments = time.monotonic() + 120, []
        while len(deployments) < 2 and time.monotonic() < deadline:
            assert served.poll() is None, served.communicate()
            deployments = httpx.post(f"{api}/deployments/filter", json={}).json()
            time.sleep(0.5)
    finally:
        served.send_signal(signal.SIGINT)
        out, errors = served.communicate(timeout=60)
    by_name = {d["name"]: d for d in deployments}
    assert sorted(by_name) == ["fetch-reports", "ingest-inbox"]
    [ingest_schedule] = by_name["ingest-inbox"]["schedules"]
    assert ingest_schedule["schedule"]["interval"] == INGEST_INTERVAL_SECONDS
    [fetch_schedule] = by_name["fetch-reports"]["schedules"]
    assert fetch_schedule["schedule"]["cron"] == FETCH_CRON
    assert by_name["ingest-inbox"]["parameters"]["inbox"] == str(home.inbox)
    assert out.startswith("serving ingest-inbox (every 10 minutes) and fetch-reports")
    assert "Traceback" not in out + errors
