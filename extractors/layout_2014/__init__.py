"""The layout of the 2014 edition ("Responding to austerity"): where each figure of the data
dictionary is printed and how to read it. A figure read in two places with two values, or
not read at all, is left out with a warning; never guessed."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

import reference
from extractors.layout_2014.judgments import read_judgments
from extractors.layout_2014.numbers import read_numbers
from extractors.layout_2014.reading import Doubt, Key, Reading, units
from extractors.layout_2014.sentences import read_sentences
from extractors.layout_2014.tables import read_tables
from extractors.model import ExtractionWarning, Figure, figure_key
from extractors.pages import PageText

_INTRODUCTION = re.compile(r"(?:^|\s)Introduction\s")
_CALLS_SECTION = re.compile(r"Calls for service")  # the heading, not "calls for service" in prose


def read_figures(
    pages: list[PageText], force: reference.Force
) -> tuple[list[Figure], list[ExtractionWarning]]:
    """Every dictionary figure the report prints, and a warning for each left out."""
    front_matter = _front_matter(pages)
    readings = [
        *read_judgments(pages),
        *read_numbers(pages, force),
        *read_sentences(pages, front_matter),
        *read_tables(pages),
    ]
    figures, warnings = reconcile(readings)
    warnings += _missing(figures, pages)
    return figures, warnings


def _front_matter(pages: list[PageText]) -> set[int]:
    """The summary pages before the introduction, which repeat figures of the sections."""
    start = next((p.number for p in pages if _INTRODUCTION.search(" " + p.text)), 1)
    return set(range(1, start))


def reconcile(readings: Iterable[Reading | Doubt]) -> tuple[list[Figure], list[ExtractionWarning]]:
    """One figure per key: the first reading in the report's sections (the summaries repeat
    them), provided every reading of it agrees; otherwise none, and a warning."""
    by_key: dict[Key, list[Reading]] = defaultdict(list)
    doubts: dict[Key, Doubt] = {}
    for reading in readings:
        if isinstance(reading, Doubt):
            doubts.setdefault(reading.key, reading)
        else:
            by_key[reading.key].append(reading)
    figures, warnings = [], []
    for key, found in by_key.items():
        values = {r.value for r in found}
        if key in doubts or len(values) > 1:
            message = (
                doubts[key].message
                if key in doubts
                else f"read as {_listed(values)} in different places"
            )
            warnings.append(
                ExtractionWarning("unsure_value", message, (figure_key(*key),), found[0].page)
            )
            continue
        first = min(found, key=lambda r: (r.front_matter, r.page, r.bbox[1], r.bbox[0]))
        figures.append(Figure(*key, units()[key], first.value, first.page, first.bbox))
    for key, doubt in doubts.items():
        if key not in by_key:
            warnings.append(
                ExtractionWarning("unsure_value", doubt.message, (figure_key(*key),), doubt.page)
            )
    order = {key: i for i, key in enumerate(units())}
    figures.sort(key=lambda f: order[f.key])
    return figures, warnings


def _listed(values: set) -> str:
    return " and ".join(sorted(map(str, values)))


def _missing(figures: list[Figure], pages: list[PageText]) -> list[ExtractionWarning]:
    """A warning for each dictionary figure not read, except the calls-for-service figures
    of a report that has no such section (some forces were not asked)."""
    found = {f.key for f in figures}
    has_calls = any(_CALLS_SECTION.search(p.text) for p in pages)
    return [
        ExtractionWarning("missing_value", "not found in the report", (figure_key(*key),))
        for key in units()
        if key not in found and (has_calls or key[0] != "calls")
    ]
