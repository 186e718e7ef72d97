"""Extraction on a Dask cluster gives the same database as the default thread runner."""

import pytest

from flows.ingest import run_ingest
from tests.flows.flows_fixtures import FEW_FORCES, drop, published_rows

pytestmark = pytest.mark.usefixtures("prefect_api")

# Columns that record when and where a run happened, not what it loaded.
RUN_COLUMNS = {"ingested_at", "archived_path", "applied_at"}


def database_contents(db):
    tables = published_rows(
        db,
        "SELECT table_name FROM information_schema.tables"
        " WHERE table_type = 'BASE TABLE' ORDER BY table_name",
    )
    contents = {}
    for (table,) in tables:
        columns = published_rows(
            db,
            "SELECT column_name FROM information_schema.columns"
            f" WHERE table_name = '{table}' ORDER BY ordinal_position",
        )
        kept = ", ".join(f'"{c}"' for (c,) in columns if c not in RUN_COLUMNS)
        contents[table] = sorted(published_rows(db, f"SELECT {kept} FROM {table}"), key=repr)
    return contents


def test_dask_cluster_and_threads_load_the_same_database(corpus, home, tmp_path):
    from distributed import LocalCluster

    drop(corpus, home.inbox)
    threads = run_ingest(home)

    dask_home = home.with_overrides(
        inbox=tmp_path / "dask" / "inbox",
        db=tmp_path / "dask" / "vfm.duckdb",
        archive=tmp_path / "dask" / "archive",
        quarantine=tmp_path / "dask" / "quarantine",
    )
    drop(corpus, dask_home.inbox)
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        on_dask = run_ingest(
            dask_home.with_overrides(task_runner="dask", dask_address=cluster.scheduler_address)
        )
        # the extract tasks really ran on the cluster's workers
        extract_tasks = cluster.scheduler.task_prefixes["extract"]
        assert extract_tasks.all_durations["compute"] > 0

    assert sorted((f.name, f.outcome, f.figures) for f in on_dask.files) == sorted(
        (f.name, f.outcome, f.figures) for f in threads.files
    )
    assert {f.outcome for f in on_dask.files} == {"loaded"}
    with_threads, with_dask = database_contents(home.db), database_contents(dask_home.db)
    assert with_dask == with_threads
    assert len(with_dask["reports"]) == len(FEW_FORCES)
    assert len(with_dask["figures"]) > 0


def test_dask_without_an_address_starts_a_quiet_local_cluster_of_max_workers():
    from prefect.task_runners import ThreadPoolTaskRunner
    from prefect_dask import DaskTaskRunner

    from flows.runtime import task_runner_for
    from flows.settings import Settings

    local = task_runner_for(Settings(task_runner="dask", max_workers=3))
    assert isinstance(local, DaskTaskRunner) and local.address is None
    assert local.cluster_kwargs["n_workers"] == 3
    assert local.cluster_kwargs["dashboard_address"] is None
    joined = task_runner_for(Settings(task_runner="dask", dask_address="tcp://127.0.0.1:8786"))
    assert joined.address == "tcp://127.0.0.1:8786"
    threads = task_runner_for(Settings(max_workers=2))
    assert isinstance(threads, ThreadPoolTaskRunner) and threads._max_workers == 2
