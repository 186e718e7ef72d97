"""The "force in numbers" pages: figure pairs, each value captioned with the force's name or
"England and Wales". Reports draw the pairs in any order (the seed's text has victim
satisfaction England-and-Wales first), so a value belongs to the label nearest to it on the
page and to the caption of the row it stands in, never to its place in the text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import reference
from extractors.layout_2014.boxes import Box, boxes_of
from extractors.layout_2014.reading import Doubt, Key, Reading, units
from extractors.normalise import FIGURE, MINUS_SIGNS, NotANumber, value_in_unit
from extractors.pages import PageText

SR = "2011-12..2014-15"
WORKFORCE_CHANGE = "2010-11..2014-15"
TO = r" ?[-\u2013\u2014] ?"  # "2010/11 – 2014/15"
CAPTIONS = (  # caption, measure, period
    (f"Planned change in police officer numbers 2010/11{TO}2014/15", "police_officer_change_pct", WORKFORCE_CHANGE),
    (f"Planned change in total workforce numbers 2010/11{TO}2014/15", "total_workforce_change_pct", WORKFORCE_CHANGE),
    ("Planned proportion of police officers on the front ?line 2014/15 vs 2010/11", "officer_frontline_proportion_change", WORKFORCE_CHANGE),
    ("Planned proportion of total workforce on the front ?line 2014/15 vs 2010/11", "workforce_frontline_proportion_change", WORKFORCE_CHANGE),
    ("Police officer cost per head of population 2013/14", "police_officer_cost_per_head", "2013-14"),
    ("Workforce cost per head of population 2013/14", "workforce_cost_per_head", "2013-14"),
    (f"Change in recorded crime 2010/11{TO}2013/14", "recorded_crime_change_pct", "2010-11..2013-14"),
    ("Victim satisfaction 2013/14", "victim_satisfaction_pct", "2013-14"),
)  # fmt: skip
_CAPTION_PATTERNS = {
    re.compile(caption.replace(" ", r"\s?"), re.IGNORECASE): (measure, period)
    for caption, measure, period in CAPTIONS
}
# The savings requirement is a pair of its own: the requirement and the gap left unplanned.
SAVINGS_LABELS = {"Requirement": ("savings_requirement", SR), "Gap": ("savings_gap", SR)}
NATIONAL = "England and Wales"
# A value standing alone, not a number inside a sentence or a date ('2010/11').
_VALUE = re.compile(FIGURE)


def read_numbers(pages: Iterable[PageText], force: reference.Force) -> Iterator[Reading | Doubt]:
    for page in pages:
        captions = [
            (measure, box)
            for pattern, measure in _CAPTION_PATTERNS.items()
            for box in boxes_of(page, pattern)
        ]
        if len(captions) >= 2:  # an infographic page, not a sentence that quotes a caption
            yield from _read_page(page, captions, _labels(page, force))


def _labels(page: PageText, force: reference.Force) -> list[tuple[str, Box]]:
    """(subject, box) of every caption under a value: 'England and Wales', the force's own
    name (as short as the page prints it), 'Requirement' and 'Gap'."""
    names = sorted({force.short_name, force.name, *force.aliases}, key=len, reverse=True)
    alternatives = {
        "england_wales": re.escape(NATIONAL),
        "force": "|".join(re.escape(name) for name in names),
        **{label: label for label in SAVINGS_LABELS},
    }
    return [
        (subject, box)
        for subject, alternative in alternatives.items()
        for box in boxes_of(page, re.compile(rf"(?<!\w)(?:{alternative})(?!\w)"), standalone=True)
    ]


def _values(page: PageText) -> Iterator[Box]:
    for box in boxes_of(page, _VALUE, standalone=True):
        before = page.text[: box.start]
        after = page.text[box.start + len(box.text) :]
        starts_afresh = box.text[0] in "£+" + MINUS_SIGNS or not before[-1:].isalnum()
        in_a_date = before.endswith("/") or after[:1] == "/" or after[:1].isalpha()
        if starts_afresh and not in_a_date:
            yield box


def _read_page(
    page: PageText, captions: list[tuple[tuple[str, str], Box]], labels: list[tuple[str, Box]]
) -> Iterator[Reading | Doubt]:
    for value in _values(page):
        subject = _nearest_label(value, labels)
        if subject is None:
            continue
        if subject in SAVINGS_LABELS:
            measure, period = SAVINGS_LABELS[subject]
            key: Key = ("headline", measure, "force", period)
        else:
            caption = _caption_of(value, captions)
            if caption is None:
                continue
            measure, period = caption
            key = ("headline", measure, subject, period)
        try:
            yield Reading(key, value_in_unit(value.text, units()[key]), page.number, value.bbox)
        except NotANumber as error:
            yield Doubt(key, str(error), page.number)


def _nearest_label(value: Box, labels: list[tuple[str, Box]]) -> str | None:
    """The label in the same column as the value and closest to it vertically, within a few
    lines (a label names the value just above or below it)."""
    near = [
        (abs(box.cy - value.cy), subject, box)
        for subject, box in labels
        if box.overlaps_x(value) and abs(box.cy - value.cy) <= 3 * value.height
    ]
    return min(near, key=lambda item: item[0])[1] if near else None


def _caption_of(value: Box, captions: list[tuple[tuple[str, str], Box]]) -> tuple[str, str] | None:
    """The caption of the row the value stands in: the nearest caption starting above it;
    of captions starting at about the same height (a grid), the nearest across."""
    above = [
        (value.cy - box.top, value.x_distance(box), m) for m, box in captions if box.top <= value.cy
    ]
    if not above:
        return None
    nearest = min(rise for rise, _, _ in above)
    row = [(across, m) for rise, across, m in above if rise - nearest <= value.height / 2]
    return min(row)[1]
