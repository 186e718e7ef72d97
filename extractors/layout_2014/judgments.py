"""The four judgments: the overall grade beside "Overall judgment", and each question's grade
in the column under that question (reports draw the three grades in any order, so a grade
is matched to the question above it on the page, not to its place in the text)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from extractors.layout_2014.boxes import Box, boxes_of, stands_alone
from extractors.layout_2014.reading import ITSELF, Doubt, Reading
from extractors.normalise import grade_from_text
from extractors.pages import PageText

QUESTIONS = {
    "secure_financial_position": rf"To what extent is the {ITSELF} taking the necessary steps to"
    r" ensure a secure financial position for the short and long term\?",
    "affordable_policing": rf"To what extent has the {ITSELF} an affordable way of providing"
    r" policing\?",
    "efficiency": rf"To what extent is the {ITSELF} efficient\?",
}
_QUESTIONS = {
    question: re.compile(pattern.replace(" ", r"\s?"), re.IGNORECASE)
    for question, pattern in QUESTIONS.items()
}
_OVERALL = re.compile(r"Overall judgment", re.IGNORECASE)
_GRADE = re.compile(r"(?<![A-Za-z])(?:Outstanding|Good|Requires\s?improvement|Inadequate)(?![a-z])")
_GRADES_SIDE_BY_SIDE = re.compile(rf"{_GRADE.pattern}(?:\s?{_GRADE.pattern})*")


def _key(question: str) -> tuple[str, str, str, str]:
    return ("judgment", question, "force", "2014")


def read_judgments(pages: Iterable[PageText]) -> Iterator[Reading | Doubt]:
    for page in pages:
        grades = list(_grades(page))
        if not grades:
            continue
        headings = {
            question: next(boxes_of(page, pattern), None)
            for question, pattern in _QUESTIONS.items()
        }
        placed: set[Box] = set()
        if all(headings.values()):  # the summary page: a column per question
            for question, heading in headings.items():
                grade = _grade_under(heading, grades)
                if grade is not None:
                    placed.add(grade)
                    yield Reading(
                        _key(question), grade_from_text(grade.text), page.number, grade.bbox
                    )
        if _OVERALL.search(page.text):
            yield from _overall(page, [g for g in grades if g not in placed])


def _grades(page: PageText) -> Iterator[Box]:
    """Grades printed as badges (alone, or side by side with other grades), not the word in
    'Good progress has been made'."""
    for run in _GRADES_SIDE_BY_SIDE.finditer(page.text):
        if stands_alone(page, *run.span()):
            for grade in _GRADE.finditer(page.text, *run.span()):
                yield Box(grade[0], page.number, *page.bbox(*grade.span()), start=grade.start())


def _grade_under(heading: Box, grades: list[Box]) -> Box | None:
    """The grade in the heading's column, the first below it."""
    below = [g for g in grades if g.overlaps_x(heading) and g.top >= heading.top]
    return min(below, key=lambda g: g.top) if below else None


def _overall(page: PageText, grades: list[Box]) -> Iterator[Reading | Doubt]:
    found = {grade_from_text(g.text) for g in grades}
    if len(found) > 1:
        yield Doubt(_key("overall"), f"overall judgment page shows {sorted(found)}", page.number)
    elif grades:
        grade = grades[0]
        yield Reading(_key("overall"), grade_from_text(grade.text), page.number, grade.bbox)
