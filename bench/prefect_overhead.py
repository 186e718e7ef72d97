"""Prefect's own costs, apart from vfm's work: importing it, starting its temporary API server,
a flow run that does nothing, and each task run of a flow of no-op tasks submitted the way
ingest-inbox submits its extractions. Run in a fresh interpreter, `python -m
bench.prefect_overhead N`, so that imports cost what they cost a user; prints JSON."""

from __future__ import annotations

import json
import os
import sys
import time

start = time.perf_counter()
from flows.runtime import configure_prefect_output  # Prefect is not imported yet

configure_prefect_output(verbose=False)

import prefect
from prefect import flow, task

from bench.processes import cpu_seconds_of_children
from flows.runtime import prefect_api, task_runner_for
from flows.settings import Settings

imported_s = time.perf_counter() - start


@task
def nothing(i: int) -> int:
    return i


@flow
def no_op_tasks(n: int) -> float:
    """Seconds from the first submission to the last result."""
    began = time.perf_counter()
    with task_runner_for(Settings()) as runner:
        for future in [runner.submit(nothing, {"i": i}) for i in range(n)]:
            future.result()
    return time.perf_counter() - began


def timed_flow(n: int) -> tuple[float, float, float]:
    """Wall seconds of a flow of `n` no-op tasks, of its tasks alone, and the API server's CPU
    seconds meanwhile."""
    server_cpu = server_cpu_when_idle()
    began = time.perf_counter()
    tasks_s = no_op_tasks(n)
    wall_s = time.perf_counter() - began
    return wall_s, tasks_s, server_cpu_when_idle() - server_cpu


def server_cpu_when_idle() -> float:
    """The API server's CPU seconds once it has worked through the events sent to it."""
    used = cpu_seconds_of_children(os.getpid(), "uvicorn")
    while True:
        time.sleep(1)
        now = cpu_seconds_of_children(os.getpid(), "uvicorn")
        if now - used < 0.05:
            return now
        used = now


def main(tasks: int) -> None:
    began = time.perf_counter()
    with prefect_api():
        api_s = time.perf_counter() - began
        timed_flow(0)  # the first flow run also sets up Prefect's client and its workers
        empty_s, _, _ = timed_flow(0)
        _, tasks_s, server_cpu_s = timed_flow(tasks)
    print(
        json.dumps(
            {
                "prefect_version": prefect.__version__,
                "import_s": imported_s,
                "api_start_s": api_s,
                "empty_flow_s": empty_s,
                "tasks": tasks,
                "per_task_ms": 1000 * tasks_s / tasks,
                "server_cpu_per_task_ms": 1000 * server_cpu_s / tasks,
            }
        )
    )


if __name__ == "__main__":
    main(int(sys.argv[1]))
