"""Every setting of the pipeline in one validated, frozen dataclass. Defaults suit a checkout
used from its root; each field can be overridden by an environment variable `VFM_<FIELD>`
(e.g. `VFM_INBOX`, `VFM_DB`, `VFM_TASK_RUNNER`) and then by explicit arguments, so the CLI,
the deployments and the watcher all resolve the same paths the same way."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Literal

from extractors.settings import ExtractSettings

TaskRunnerName = Literal["thread", "dask"]
TASK_RUNNERS: tuple[str, ...] = ("thread", "dask")
ENV_PREFIX = "VFM_"


class SettingsError(ValueError):
    """A setting has a value the pipeline cannot use. `str()` is one line naming the setting."""


@dataclass(frozen=True)
class Settings:
    inbox: Path = Path("inbox")
    db: Path = Path("data/vfm.duckdb")
    archive: Path = Path("archive")
    quarantine: Path = Path("quarantine")
    # The fetch flow's manifest of report URLs and its memory of what it already fetched.
    sources: Path = Path("sources.yaml")
    fetch_state: Path = Path("data/fetch-state.json")
    task_runner: TaskRunnerName = "thread"
    dask_address: str | None = None  # join this scheduler instead of starting a local cluster
    max_workers: int = max(os.cpu_count() or 1, 1)
    # A file is taken only if its size and mtime do not change across this wait.
    stable_wait_seconds: float = 1.0
    max_pages: int = ExtractSettings.max_pages
    max_bytes: int = ExtractSettings.max_bytes
    # Each file is extracted in its own child process held to these limits.
    extract_timeout_seconds: float = 120.0
    extract_memory_mb: int = 2048
    # How long a second ingest waits for a running one before giving up.
    lock_timeout_seconds: float = 30.0

    def __post_init__(self) -> None:
        for name in ("inbox", "db", "archive", "quarantine", "sources", "fetch_state"):
            value = getattr(self, name)
            if not isinstance(value, Path):
                object.__setattr__(self, name, Path(value))
        if self.task_runner not in TASK_RUNNERS:
            raise SettingsError(
                f"task_runner must be one of {', '.join(TASK_RUNNERS)}, got {self.task_runner!r}"
            )
        if self.dask_address is not None and self.task_runner != "dask":
            raise SettingsError("dask_address is only used with task_runner 'dask'")
        for name in ("max_workers", "max_pages", "max_bytes", "extract_memory_mb"):
            _require(name, getattr(self, name), int, positive=True)
        _require("stable_wait_seconds", self.stable_wait_seconds, float, positive=False)
        _require("lock_timeout_seconds", self.lock_timeout_seconds, float, positive=False)
        _require("extract_timeout_seconds", self.extract_timeout_seconds, float, positive=True)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
        """Defaults, then `VFM_*` variables, then `overrides` (None values are ignored so a
        CLI can pass its unset options straight through)."""
        environ = os.environ if environ is None else environ
        unknown = set(overrides) - {f.name for f in fields(cls)}
        if unknown:
            raise SettingsError(f"unknown setting(s): {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {}
        for f in fields(cls):
            variable = ENV_PREFIX + f.name.upper()
            if overrides.get(f.name) is not None:
                values[f.name] = overrides[f.name]
            elif environ.get(variable, "") != "":
                values[f.name] = _parse(variable, environ[variable], type(f.default))
        return cls(**values)

    def with_overrides(self, **overrides: Any) -> Settings:
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    @property
    def lock_path(self) -> Path:
        return self.db.parent / ".vfm-ingest.lock"


def _parse(variable: str, text: str, kind: type) -> Any:
    if kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            raise SettingsError(f"{variable} must be {_NOUNS[kind]}, got {text!r}") from None
    return text  # paths and names: validated by Settings itself


_NOUNS = {int: "an integer", float: "a number"}


def _require(name: str, value: Any, kind: type, *, positive: bool) -> None:
    ok_type = isinstance(value, (int, float) if kind is float else int) and not isinstance(
        value, bool
    )
    if not ok_type or value < 0 or (positive and value == 0):
        bound = "positive" if positive else "zero or positive"
        raise SettingsError(f"{name} must be {_NOUNS[kind]}, {bound}, got {value!r}")
