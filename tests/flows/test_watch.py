"""`vfm watch` as a user runs it: a report dropped into the inbox is loaded within seconds."""

import os
import signal
import subprocess
import sys
import threading
import time

from tests.flows.flows_fixtures import published_rows

VFM = os.path.join(os.path.dirname(sys.executable), "vfm")
PICK_UP_SECONDS = 10  # the promise for a dropped report


def wait_for(predicate, timeout, step=0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def test_watch_loads_a_dropped_report_within_seconds(corpus, tmp_path):
    inbox, db = tmp_path / "inbox", tmp_path / "data" / "vfm.duckdb"
    watcher = subprocess.Popen(
        [VFM, "watch", "--inbox", str(inbox), "--db", str(db)],
        cwd=tmp_path,
        env={**os.environ, "VFM_STABLE_WAIT_SECONDS": "0.3"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines = []
    reader = threading.Thread(target=lambda: lines.extend(watcher.stdout), daemon=True)
    reader.start()
    try:
        # the first sweep (empty inbox) starts Prefect; then it waits for files
        assert wait_for(lambda: any(line.startswith("watching") for line in lines), 180), lines

        # a browser-style drop: written under a temporary name, then renamed
        partial = inbox / "kent-2014.pdf.part"
        partial.write_bytes((corpus / "kent-2014.pdf").read_bytes())
        dropped = time.monotonic()
        partial.rename(inbox / "kent-2014.pdf")

        def loaded():
            return db.exists() and published_rows(db, "SELECT force_id FROM reports") == [("kent",)]

        assert wait_for(loaded, PICK_UP_SECONDS), lines
        latency = time.monotonic() - dropped
        print(f"watch latency: {latency:.1f} s")
        assert (tmp_path / "archive" / "kent" / "2014" / "kent-2014.pdf").is_file()
        # back to waiting after the run
        assert wait_for(lambda: sum(line.startswith("watching") for line in lines) >= 2, 30)
    finally:
        watcher.send_signal(signal.SIGTERM)
        watcher.wait(timeout=60)
        reader.join(timeout=10)  # every line read, the last included
        errors = watcher.stderr.read()
    assert watcher.returncode == 0, errors
    assert errors == ""
    assert any(line.startswith("loaded       kent-2014.pdf") for line in lines)
    assert lines[-1] == "stopped watching\n"
