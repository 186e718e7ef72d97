"""Extract one report in a child process held to a time and memory limit, so a hostile or
broken PDF costs one file, never the run. The child speaks JSON on stdout: the extraction
contract (`Extraction.to_dict()`) or the reason it could not produce one.

A plain `python -m flows.isolation` subprocess rather than multiprocessing: it works the
same from a thread of the flow process and from a (daemonic) Dask worker process."""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path

from flows.inbox import QuarantineReason
from flows.settings import Settings

MB = 1024 * 1024


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


def extract_isolated(path: Path, sha256: str, limits: ExtractLimits) -> ExtractResult:
    command = [
        sys.executable, "-m", "flows.isolation", str(path),
        "--max-pages", str(limits.max_pages),
        "--max-bytes", str(limits.max_bytes),
        "--memory-mb", str(limits.memory_mb),
    ]  # fmt: skip

    def failed(reason: str, error_class: str, details: str = "") -> ExtractResult:
        failure = QuarantineReason(reason, error_class, sha256, details, code="extraction_failed")
        return ExtractResult(str(path), sha256, failure=failure)

    try:
        child = subprocess.run(
            command, capture_output=True, text=True, timeout=limits.timeout_seconds, check=False
        )
    except subprocess.TimeoutExpired:
        return failed(
            f"extraction took longer than {limits.timeout_seconds:g} s and was stopped",
            "ExtractionTimeout",
        )
    if child.returncode != 0:
        how = f"signal {-child.returncode}" if child.returncode < 0 else f"code {child.returncode}"
        return failed(
            f"the extraction process died ({how}); memory limit {limits.memory_mb} MB",
            "ExtractionCrashed",
            child.stderr[-4000:],
        )
    try:
        answer = json.loads(child.stdout)
    except json.JSONDecodeError:
        return failed("the extraction process gave no answer", "ExtractionCrashed", child.stderr)
    if "extraction" in answer:
        return ExtractResult(str(path), sha256, extraction=answer["extraction"])
    return ExtractResult(str(path), sha256, failure=QuarantineReason(sha256=sha256, **answer))


def _child(path: str, max_pages: int, max_bytes: int, memory_mb: int) -> dict:
    """Runs in the child: the answer the parent reads from stdout."""
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m flows.isolation")
    parser.add_argument("path")
    parser.add_argument("--max-pages", type=int, required=True)
    parser.add_argument("--max-bytes", type=int, required=True)
    parser.add_argument("--memory-mb", type=int, required=True)
    args = parser.parse_args(argv)
    # stdout carries only the answer; anything a library prints goes to stderr
    with contextlib.redirect_stdout(sys.stderr):
        answer = _child(args.path, args.max_pages, args.max_bytes, args.memory_mb)
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
