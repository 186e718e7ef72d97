"""Reference data vfm owns: the 43 forces of England and Wales and the data dictionary
of each report edition. Knows nothing of PDFs or databases, so every layer may use it."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

POLARITIES = ("higher_is_better", "lower_is_better", "neither")
GRADES = ("Outstanding", "Good", "Requires improvement", "Inadequate")


@dataclass(frozen=True)
class Force:
    force_id: str
    name: str
    short_name: str
    region: str
    country: str
    aliases: tuple[str, ...]

    @property
    def says_constabulary(self) -> bool:
        return self.name.endswith("Constabulary")

    @property
    def is_welsh(self) -> bool:
        return self.country == "Wales"


@dataclass(frozen=True)
class Measure:
    dataset: str
    measure: str
    subject: str
    period: str
    unit: str
    polarity: str
    description: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.dataset, self.measure, self.subject, self.period)


def _rows(name: str) -> list[dict[str, str]]:
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@cache
def forces() -> tuple[Force, ...]:
    return tuple(
        Force(
            force_id=r["force_id"],
            name=r["name"],
            short_name=r["short_name"],
            region=r["region"],
            country=r["country"],
            aliases=tuple(a for a in r["aliases"].split("|") if a),
        )
        for r in _rows("forces.csv")
    )


@cache
def force_by_id() -> dict[str, Force]:
    return {f.force_id: f for f in forces()}


@cache
def measures(year: int = 2014) -> tuple[Measure, ...]:
    return tuple(Measure(**r) for r in _rows(f"measures-{year}.csv"))
