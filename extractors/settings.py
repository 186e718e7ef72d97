"""How far the extractor goes before it refuses a file."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractSettings:
    # A 2014 report has about 25 pages and 1 MB; far bigger files are not reports and would
    # only tie up a worker, so they are refused before any parsing.
    max_pages: int = 200
    max_bytes: int = 50 * 1024 * 1024

    def __post_init__(self) -> None:
        for name in ("max_pages", "max_bytes"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ValueError(
                    f"ExtractSettings.{name} must be a positive integer, got {value!r}"
                )
