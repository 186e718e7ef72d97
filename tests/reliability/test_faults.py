"""Faults around a real `vfm ingest`: the process killed with SIGKILL at several points of
its work, the archive and quarantine folders read-only, two ingests at once, and an analyst
holding the database open. After each: no file lost, no report loaded in part or twice, and
the next run finishes the job."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import psutil
import pytest

from tests.reliability import bad_files
from tests.reliability.inbox_home import (
    MORE_FORCES,
    VALID_FORCES,
    Home,
    outcome_lines,
    output_of,
    sha256_of,
)

KILLS = 4


def archived_reports(home: Home) -> int:
    """Reports filed under archive/<force>/<year>/ so far."""
    return len(list(home.archive.glob("*/*/*")))


def children_of(pid: int) -> list[psutil.Process]:
    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def assert_each_report_whole(home: Home, figures_expected: dict[str, int], moment: str) -> None:
    """In the writer's and the analysts' database alike, a report has all of its figures."""
    for db in (home.writer, home.db):
        if db.exists():
            partial = {
                sha: n
                for sha, n in home.figures_by_report(db).items()
                if n != figures_expected[sha]
            }
            assert not partial, f"{db.name} holds reports in part {moment}: {partial}"


def assert_finished(home: Home, result, shas: set[str], figures_expected: dict[str, int]):
    """A run that left every report loaded, whole, published and filed in its archive folder."""
    assert result.returncode == 0, output_of(result)
    assert "Traceback" not in output_of(result)
    assert home.figures_by_report() == {sha: figures_expected[sha] for sha in shas}
    for sha, force_id, archived in home.rows("SELECT sha256, force_id, archived_path FROM reports"):
        assert archived, f"{force_id}'s report is loaded but its file is not recorded as archived"
        assert Path(archived).parent == (home.archive / force_id / "2014").resolve()
        assert sha256_of(Path(archived)) == sha
    assert not home.inbox.exists() or list(home.inbox.iterdir()) == []


def test_sigkill_at_any_point_loses_nothing_and_the_next_run_completes(
    home, valid_reports, figures_expected, ledger
):
    forces = (*VALID_FORCES, *MORE_FORCES)
    shas = {sha256_of(home.drop(valid_reports[force])) for force in forces}
    noise = sha256_of(bad_files.random_bytes(home.inbox / "noise.pdf"))
    before = home.files()
    jitter = random.Random(9)
    kills = 0
    for attempt in range(1, KILLS + 1):
        start = archived_reports(home)
        ingest = home.start_vfm("ingest")
        # Kill once this run has filed a report, a random moment later: inside the next load,
        # between load and archive, or while publishing.
        while ingest.poll() is None and archived_reports(home) == start:
            time.sleep(0.005)
        time.sleep(jitter.uniform(0, 0.4))
        helpers = children_of(ingest.pid)
        if ingest.poll() is None:
            ingest.kill()
            kills += 1
            ledger.faults.add(f"SIGKILL during ingest #{attempt}")
        ingest.communicate()
        # Its extraction processes notice and end, rather than live on without it.
        assert not psutil.wait_procs(helpers, timeout=60)[1], f"left running by kill #{attempt}"
        assert home.files() == before, f"a file went missing after kill #{attempt}"
        assert_each_report_whole(home, figures_expected, f"after kill #{attempt}")
        assert all(r["sha256"] == noise for r in home.quarantined().values())  # each explained
        if ingest.returncode == 0:
            break  # this run got to the end before the kill
    assert kills >= 1

    result = home.vfm("ingest")
    assert_finished(home, result, shas, figures_expected)
    assert [r["sha256"] for r in home.quarantined().values()] == [noise]
    assert not list(home.db.parent.glob("*.publishing"))  # no copy half-published, left over
    assert ledger.count_files(before, home.files()) == 0
    assert ledger.count_twice(home) == 0


def test_a_run_killed_before_publishing_is_published_by_the_next_even_with_nothing_new(
    home, valid_reports, figures_expected, ledger
):
    dropped = Counter([sha256_of(home.drop(valid_reports["kent"]))])
    assert home.vfm("ingest").returncode == 0
    for force in MORE_FORCES:  # until a kill lands between filing a report and publishing it
        report = home.drop(valid_reports[force])
        dropped[sha256_of(report)] += 1
        ingest = home.start_vfm("ingest")
        while ingest.poll() is None and report.exists():
            time.sleep(0.002)
        ingest.send_signal(signal.SIGSTOP)  # frozen: what it has published can be read safely
        published = sha256_of(valid_reports[force]) in home.loaded_hashes()
        ingest.kill()
        ingest.communicate()
        if ingest.returncode == -signal.SIGKILL and not published:
            break
    else:
        pytest.fail("no kill landed between filing a report and publishing it")
    ledger.faults.add("SIGKILL between filing a report and publishing it")
    shas = {sha256_of(p) for p in home.archive.glob("*/2014/*.pdf")}

    result = home.vfm("ingest")  # nothing new in the inbox
    assert_finished(home, result, shas, figures_expected)
    assert result.stdout.startswith("nothing new: 0 files")
    assert ledger.count_files(dropped, home.files()) == 0
    assert ledger.count_twice(home) == 0


@contextmanager
def read_only(*folders: Path):
    """Yields the wrapper under which `vfm` sees `folders` read-only: a read-only bind mount
    in a mount namespace of its own for root (whom file modes do not stop), modes otherwise."""
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        for folder in folders:
            folder.chmod(0o555)
        try:
            yield ()
        finally:
            for folder in folders:
                folder.chmod(0o755)
        return
    if not shutil.which("unshare"):
        pytest.skip("running as root without unshare(1): cannot make a folder read-only")
    mounts = " && ".join(
        f"mount --bind '{f}' '{f}' && mount -o remount,bind,ro '{f}' '{f}'" for f in folders
    )
    yield ("unshare", "--mount", "sh", "-c", f'{mounts} && exec "$0" "$@"')


def test_a_read_only_archive_leaves_files_in_the_inbox_and_says_why(
    home, valid_reports, figures_expected, ledger
):
    kent = home.drop(valid_reports["kent"])
    noise = bad_files.random_bytes(home.inbox / "noise.pdf")
    before = home.files()
    with read_only(home.archive, home.quarantine) as wrapper:
        blocked = home.vfm("ingest", wrapper=wrapper)
    ledger.faults.update(("read-only archive folder", "read-only quarantine folder"))

    assert blocked.returncode == 0, output_of(blocked)
    assert "Traceback" not in output_of(blocked)
    lines = outcome_lines(blocked)
    for name, what in (("kent-2014.pdf", "loaded, but not archived"), ("noise.pdf", "not a PDF")):
        assert lines[name].startswith("failed"), lines[name]
        assert what in lines[name] and "left in the inbox" in lines[name]
        assert "Read-only file system" in lines[name] or "Permission denied" in lines[name]
    assert kent.is_file() and noise.is_file()
    assert home.files() == before
    # Loaded and published, and recorded as not archived (the site shows no link to it).
    assert home.rows("SELECT archived_path FROM reports") == [(None,)]

    # Writable again: the next run files the loaded report and quarantines the bad file.
    again = home.vfm("ingest")
    assert outcome_lines(again)["noise.pdf"].startswith("quarantined")
    assert_finished(home, again, {sha256_of(valid_reports["kent"])}, figures_expected)
    assert ledger.count_files(before, home.files()) == 0
    assert ledger.count_twice(home) == 0


def test_two_ingests_at_once_load_each_report_once(home, valid_reports, figures_expected, ledger):
    shas = {sha256_of(home.drop(valid_reports[force])) for force in VALID_FORCES}
    before = home.files()
    both = [home.start_vfm("ingest"), home.start_vfm("ingest")]
    results = [(*p.communicate(timeout=600), p.returncode) for p in both]
    ledger.faults.add("two ingests at once")

    loaded = []
    for stdout, stderr, returncode in results:
        assert "Traceback" not in stdout + stderr
        if returncode == 1:  # gave up waiting for the other: one clear line, nothing done
            assert (stdout + stderr).strip().startswith("error: another ingest is running")
            continue
        assert returncode == 0, stdout + stderr
        loaded += [line for line in stdout.splitlines() if line.startswith("loaded")]
    assert len(loaded) == len(VALID_FORCES)  # each report by one of the two, once
    assert home.figures_by_report() == {sha: figures_expected[sha] for sha in shas}
    assert ledger.count_files(before, home.files()) == 0
    assert ledger.count_twice(home) == 0


ANALYST = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "read-only")
print("ready", flush=True)
for line in sys.stdin:  # each line: a query whose answer the test reads back
    print(con.execute(line).fetchall(), flush=True)
"""


@contextmanager
def analyst(db: Path, mode: str):
    """A process holding `db` open, as an analyst's notebook or duckdb shell does."""
    holder = subprocess.Popen(
        [sys.executable, "-c", ANALYST, str(db), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline() == "ready\n"
        yield holder
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)


def writer_refusals(prefect_env: dict[str, str], home: Home) -> int:
    """How many times the ingest runs of `home` were refused the writer's database, from the
    Prefect API's record of their open_writer tasks."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import TaskRunFilter, TaskRunFilterName
    from prefect.client.schemas.objects import StateType
    from prefect.settings import PREFECT_API_URL, temporary_settings

    url = prefect_env["PREFECT_API_URL"]
    with temporary_settings({PREFECT_API_URL: url}), get_client(sync_client=True) as client:
        tries = client.read_task_runs(
            task_run_filter=TaskRunFilter(name=TaskRunFilterName(like_="open_writer"))
        )
        ours = [
            t
            for t in tries
            if client.read_flow_run(t.flow_run_id).parameters["inbox"] == str(home.inbox)
        ]
        # every run of the task was refused but one still running or done
        ongoing = (StateType.RUNNING, StateType.COMPLETED)
        return sum(t.run_count - (t.state_type in ongoing) for t in ours)


def ask(holder: subprocess.Popen, sql: str) -> str:
    holder.stdin.write(sql + "\n")
    holder.stdin.flush()
    return holder.stdout.readline().strip()


def test_an_analyst_holding_the_database_never_stops_ingestion_for_long(
    home, prefect_env, valid_reports, figures_expected, ledger
):
    first = {sha256_of(home.drop(valid_reports[force])) for force in ("kent", "leicestershire")}
    assert home.vfm("ingest").returncode == 0
    count = "SELECT count(*) FROM reports"

    # The analysts' copy open for writing (the duckdb shell's default): ingestion goes on,
    # and the analyst keeps reading the copy they opened.
    second = first | {sha256_of(home.drop(valid_reports["dyfed-powys"]))}
    with analyst(home.db, "read-write") as holder:
        result = home.vfm("ingest")
        assert result.returncode == 0, output_of(result)
        assert ask(holder, count) == "[(2,)]"
    ledger.faults.add("analyst holding the database open")
    assert home.loaded_hashes() == second

    # The writer's own file held (someone opened the wrong file): the run waits for it, as
    # long as it would for another ingest, and goes on once it is let go ...
    cumbria = home.drop(valid_reports["cumbria"])
    third = second | {sha256_of(cumbria)}
    before = home.files()
    with analyst(home.writer, "read-only"):
        ingest = home.start_vfm("ingest")
        while writer_refusals(prefect_env, home) == 0:
            assert ingest.poll() is None, ingest.communicate()
            time.sleep(0.2)
    assert ingest.wait(timeout=600) == 0, ingest.communicate()
    ledger.faults.add("analyst holding the writer's database open for a while")
    assert home.loaded_hashes() == third

    # ... and if it is not let go in time, the run stops in one line naming who holds it,
    # the new report waiting in the inbox for the next run.
    essex = home.drop(valid_reports["essex"])
    third |= {sha256_of(essex)}
    refused_before = writer_refusals(prefect_env, home)
    with analyst(home.writer, "read-only") as holder:
        blocked = home.vfm("ingest", VFM_LOCK_TIMEOUT_SECONDS="2")
        holder_pid = holder.pid
    ledger.faults.add("analyst holding the writer's database open too long")
    assert blocked.returncode == 1
    [message] = output_of(blocked).strip().splitlines()
    assert message.startswith("error: ") and f"PID {holder_pid}" in message
    # VFM_LOCK_TIMEOUT_SECONDS=2: the first try and two retries, a second apart
    assert writer_refusals(prefect_env, home) - refused_before == 3
    assert essex.is_file()

    done = home.vfm("ingest")
    assert_finished(home, done, third, figures_expected)
    assert ledger.count_files(before, home.files()) == 0
    assert ledger.count_twice(home) == 0
