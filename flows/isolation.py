"""Extract one report in a child process held to a time and memory limit, so a hostile or
broken PDF costs one file, never the run. The child answers with the extraction contract
(`Extraction.to_dict()`) or the reason it could not produce one.

Each report gets a fresh child forked from a fork server: a `python -m flows.isolation`
process that has imported the extractor once, so a report costs a fork (milliseconds), not a
Python start-up and its imports (~0.3 s, four times the extraction itself). The fork server
is started with subprocess rather than multiprocessing: that works from a thread of the flow
process and from a daemonic Dask worker alike, and unlike multiprocessing's own fork server it
does not import the parent's `__main__` (for `vfm`, the whole CLI) into every child. Each
process that extracts keeps a fork server per concurrent extraction and reuses it."""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import select
import signal
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from flows.inbox import QuarantineReason
from flows.settings import Settings

MB = 1024 * 1024
# What a dying child last wrote is kept with its quarantine reason, up to this much.
LOG_TAIL_CHARS = 4000
# The fork server answers within each child's time limit; past this margin it is stuck.
SERVER_GRACE_SECONDS = 10.0
READY = "ready"


@dataclass(frozen=True)
class ExtractLimits:
    max_pages: int
    max_bytes: int
    timeout_seconds: float
    memory_mb: int

    @classmethod
    def from_settings(cls, settings: Settings) -> ExtractLimits:
        return cls(
            max_pages=settings.max_pages,
            max_bytes=settings.max_bytes,
            timeout_seconds=settings.extract_timeout_seconds,
            memory_mb=settings.extract_memory_mb,
        )


@dataclass(frozen=True)
class ExtractResult:
    """Exactly one of `extraction` (the contract dict) and `failure` is set."""

    path: str
    sha256: str
    extraction: dict | None = None
    failure: QuarantineReason | None = None


@dataclass(frozen=True)
class ChildExit:
    """How a child ended: its answer if it gave one, its exit code (None: stopped at the time
    limit) and the end of what it wrote on stdout and stderr."""

    answer: dict | None
    exitcode: int | None
    log: str = ""


class ForkServerLost(RuntimeError):
    """The fork server itself went away: not the report's fault, so it is tried again later."""


def extract_isolated(path: Path, sha256: str, limits: ExtractLimits) -> ExtractResult:
    with fork_server() as server:
        # absolute: the server may have been started from another working directory
        child = server.extract(os.path.abspath(path), limits)

    def failed(reason: str, error_class: str) -> ExtractResult:
        failure = QuarantineReason(reason, error_class, sha256, child.log, code="extraction_failed")
        return ExtractResult(str(path), sha256, failure=failure)

    if child.exitcode is None:
        return failed(
            f"extraction took longer than {limits.timeout_seconds:g} s and was stopped",
            "ExtractionTimeout",
        )
    if child.exitcode != 0:
        how = f"signal {-child.exitcode}" if child.exitcode < 0 else f"code {child.exitcode}"
        return failed(
            f"the extraction process died ({how}); memory limit {limits.memory_mb} MB",
            "ExtractionCrashed",
        )
    if child.answer is None:
        return failed("the extraction process gave no answer", "ExtractionCrashed")
    if "extraction" in child.answer:
        return ExtractResult(str(path), sha256, extraction=child.answer["extraction"])
    return ExtractResult(str(path), sha256, failure=QuarantineReason(sha256=sha256, **child.answer))


class ForkServer:
    """The caller's end of one fork server: one request at a time, a JSON line each way."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "flows.isolation"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its own process group: stopped with its children
        )
        if self.process.stdout.readline().strip() != READY:
            self.stop()
            raise ForkServerLost("the extraction fork server did not start")

    def extract(self, path: str, limits: ExtractLimits) -> ChildExit:
        try:
            self.process.stdin.write(json.dumps({"path": path, **asdict(limits)}) + "\n")
            self.process.stdin.flush()
        except OSError as error:
            raise ForkServerLost(f"the extraction fork server is gone: {error}") from None
        deadline = limits.timeout_seconds + SERVER_GRACE_SECONDS
        if not select.select([self.process.stdout], [], [], deadline)[0]:
            self.stop()
            return ChildExit(None, None)
        line = self.process.stdout.readline()
        if not line:
            raise ForkServerLost("the extraction fork server stopped")
        return ChildExit(**json.loads(line))

    def stop(self) -> None:
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()


# Fork servers between extractions; one is started for each extraction running at once.
_idle_servers: queue.SimpleQueue[ForkServer] = queue.SimpleQueue()


@contextmanager
def fork_server() -> Iterator[ForkServer]:
    """An idle fork server still running, or a new one; given back only after a clean request."""
    server = _idle_or_new_server()
    try:
        yield server
    except BaseException:
        server.stop()
        raise
    if server.process.poll() is None:
        _idle_servers.put(server)


def _idle_or_new_server() -> ForkServer:
    while True:
        try:
            server = _idle_servers.get_nowait()
        except queue.Empty:
            return ForkServer()
        if server.process.poll() is None:
            return server  # else it died while idle (killed from outside): forget it


# The fork server's side.

FORKS = multiprocessing.get_context("fork")  # the server is single-threaded: fork is safe


def serve() -> None:
    """Answer each request line on stdin with how its child ended, as one line on stdout."""
    import extractors  # noqa: F401 - imported once here, inherited by every child

    print(READY, flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        child = run_forked(request.pop("path"), ExtractLimits(**request))
        print(json.dumps(asdict(child)), flush=True)


def run_forked(path: str, limits: ExtractLimits) -> ChildExit:
    receiving, sending = FORKS.Pipe(duplex=False)
    with tempfile.NamedTemporaryFile(
        "r", errors="replace", prefix="vfm-extract-", suffix=".log"
    ) as log:
        child = FORKS.Process(
            target=_answer_through, args=(sending, log.name, path, limits), daemon=True
        )
        child.start()
        sending.close()  # the child now holds the only sending end: its death reads as EOF
        with receiving:
            if not receiving.poll(limits.timeout_seconds):
                child.kill()
                child.join()
                return ChildExit(None, None, log.read()[-LOG_TAIL_CHARS:])
            try:
                answer = receiving.recv()
            except EOFError:
                answer = None
        child.join()
        return ChildExit(answer, child.exitcode, log.read()[-LOG_TAIL_CHARS:])


def _answer_through(sending, log_path: str, path: str, limits: ExtractLimits) -> None:
    """Runs in the child: what libraries print goes to `log_path`, the answer to `sending`."""
    log = os.open(log_path, os.O_WRONLY)
    os.dup2(log, 1)
    os.dup2(log, 2)
    sending.send(_child(path, limits.max_pages, limits.max_bytes, limits.memory_mb))


def _child(path: str, max_pages: int, max_bytes: int, memory_mb: int) -> dict:
    """Runs in the child: its answer."""
    import resource

    limit = memory_mb * MB
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    from extractors import ExtractSettings, extract_report
    from extractors.errors import ReportRefused

    try:
        extraction = extract_report(path, ExtractSettings(max_pages=max_pages, max_bytes=max_bytes))
    except ReportRefused as refusal:
        return {"reason": str(refusal), "error_class": type(refusal).__name__, "code": refusal.code}
    except MemoryError:
        return {
            "reason": f"extraction needed more than the {memory_mb} MB memory limit",
            "error_class": "MemoryError",
            "code": "memory_limit",
        }
    except Exception as error:  # noqa: BLE001 - an extractor bug costs one file, not the run
        return {
            "reason": f"unexpected extraction error: {type(error).__name__}: {error}",
            "error_class": type(error).__name__,
            "code": "extraction_error",
            "details": traceback.format_exc(),
        }
    return {"extraction": extraction.to_dict()}


if __name__ == "__main__":
    serve()
