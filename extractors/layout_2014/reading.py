"""A figure as read from one place in the report, before the places are reconciled."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import reference
from extractors.model import BBox

Key = tuple[str, str, str, str]  # dataset, measure, subject, period
# How a report names its force where the template says "the force": the constabulary
# (forces named Constabulary), the MPS (the Metropolitan Police Service).
ITSELF = r"(?:force|constabulary|MPS)"


@dataclass(frozen=True)
class Reading:
    key: Key
    value: float | str
    page: int
    bbox: BBox
    front_matter: bool = False  # read from the summary pages before the introduction


@dataclass(frozen=True)
class Doubt:
    """A figure the layout saw but could not read with confidence."""

    key: Key
    message: str
    page: int | None = None


@cache
def units() -> dict[Key, str]:
    """The unit of every figure of the 2014 data dictionary: the keys a reading may have."""
    return {m.key: m.unit for m in reference.measures(2014)}
