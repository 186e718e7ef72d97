"""Peak memory and CPU of every process of a command, sampled from /proc while it runs.

RUSAGE_CHILDREN only gives the largest single process that was waited for, not which one it
was; a run of `vfm ingest` has several kinds: the flow process, Prefect's temporary API
server, the extraction fork servers and one short-lived child per report. Linux only."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
FORK_SERVER = "flows.isolation"
FLOW_PROCESS = "vfm (flow process)"


@dataclass(frozen=True)
class Snapshot:
    pid: int
    parent: int
    command: str
    rss_mb: float
    peak_rss_mb: float  # VmHWM: the high-water mark so far
    cpu_s: float


@dataclass
class KindTotals:
    processes: int = 0
    peak_rss_mb: float = 0.0  # of the largest of them
    cpu_s: float = 0.0  # of all of them, as last sampled

    def add(self, seen: Snapshot) -> None:
        self.processes += 1
        self.peak_rss_mb = max(self.peak_rss_mb, seen.peak_rss_mb)
        self.cpu_s += seen.cpu_s


@dataclass
class SampledRun:
    returncode: int
    wall_s: float
    output: str
    kinds: dict[str, KindTotals]
    # The sum of the tree's resident memory at its largest sample; pages the fork server
    # shares with its children are counted once per process, so this overstates.
    busiest_total_mb: float

    @property
    def cpu_s(self) -> float:
        """CPU seconds of every process of the run, as last sampled."""
        return sum(k.cpu_s for k in self.kinds.values())

    def largest(self) -> tuple[str, float]:
        kind = max(self.kinds, key=lambda k: self.kinds[k].peak_rss_mb)
        return kind, self.kinds[kind].peak_rss_mb


def snapshot(pid: int) -> Snapshot | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        stat = Path(f"/proc/{pid}/stat").read_text()
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return None  # gone meanwhile
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)

    def mb(key: str) -> float:
        return int(fields.get(key, "0 kB").split()[0]) / 1024

    after_name = stat.rsplit(")", 1)[1].split()  # the name in brackets may hold spaces
    cpu_s = (int(after_name[11]) + int(after_name[12])) / CLOCK_TICKS
    return Snapshot(pid, int(after_name[1]), command.strip(), mb("VmRSS"), mb("VmHWM"), cpu_s)


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        found.append(parent)
        try:
            threads = os.listdir(f"/proc/{parent}/task")
        except OSError:
            continue
        for thread in threads:
            try:
                todo += map(int, Path(f"/proc/{parent}/task/{thread}/children").read_text().split())
            except OSError:
                pass
    return found


def is_own_image(seen: Snapshot, commands: dict[int, str]) -> bool:
    """False for a process that is exiting (no command line left) or between fork and exec
    (its parent's command line and memory); the fork server's children never exec."""
    parent = commands.get(seen.parent, "")
    return bool(seen.command) and (seen.command != parent or FORK_SERVER in parent)


def kind_of(seen: Snapshot, last_seen: dict[int, Snapshot], root: int) -> str:
    if seen.pid == root:
        return FLOW_PROCESS
    if "uvicorn" in seen.command:
        return "Prefect API server"
    if FORK_SERVER in seen.command:
        parent = last_seen.get(seen.parent)
        if parent and FORK_SERVER in parent.command:
            return "extraction child (one per report)"
        return "extraction fork server"
    return f"other ({seen.command.split()[0]})"


def run_sampled(command: list[str], env: dict[str, str], interval_s: float = 0.02) -> SampledRun:
    """Run `command` to its end, sampling its process tree every `interval_s`. Each process
    is known by its last sample of its own image (VmHWM starts again at exec)."""
    last_seen: dict[int, Snapshot] = {}
    busiest = 0.0
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.append(process.stdout.read()))
    reader.start()
    while process.poll() is None:
        seen = [s for s in map(snapshot, descendants(process.pid)) if s]
        commands = {s.pid: s.command for s in seen}
        last_seen.update((s.pid, s) for s in seen if is_own_image(s, commands))
        busiest = max(busiest, sum(s.rss_mb for s in seen))
        time.sleep(interval_s)
    reader.join()
    kinds: dict[str, KindTotals] = defaultdict(KindTotals)
    for s in last_seen.values():
        kinds[kind_of(s, last_seen, process.pid)].add(s)
    return SampledRun(
        process.returncode, time.perf_counter() - start, output[0], dict(kinds), busiest
    )


def cpu_seconds_of_children(pid: int, marker: str) -> float:
    """CPU time so far of `pid`'s descendants whose command line holds `marker`."""
    seen = (snapshot(p) for p in descendants(pid)[1:])
    return sum(s.cpu_s for s in seen if s and marker in s.command)
