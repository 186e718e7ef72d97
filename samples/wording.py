"""Wording shared across the report: the three inspection questions, and the phrases that
follow the figures (reduced or increased, higher than or broadly in line with)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from samples.figures import BASELINE, PLANNED, SPENDING_REVIEW, key

if TYPE_CHECKING:
    from samples.report import Report

# The wording of a comparison with England and Wales, by how far apart the two are.
LEVEL_MARGIN = 2

QUESTIONS = {
    "secure_financial_position": "To what extent is the force taking the necessary steps to "
    "ensure a secure financial position for the short and long term?",
    "affordable_policing": "To what extent has the force an affordable way of providing policing?",
    "efficiency": "To what extent is the force efficient?",
}


def grade_key(question: str) -> str:
    return key("judgment", question, "force", "2014")


def change_verb(value: float, down: str = "reduce", up: str = "increase") -> str:
    return down if value < 0 else up


def comparison(
    force_value: float,
    national_value: float,
    *,
    margin: float = LEVEL_MARGIN,
    above: str = "higher than",
    below: str = "lower than",
    level: str = "broadly in line with",
) -> str:
    if abs(force_value - national_value) <= margin:
        return level
    return above if force_value > national_value else below


def movement(start: float, end: float, *, noun: bool = False) -> str:
    """'reduce'/'increase'/'stay level' (or the nouns) for a change from start to end."""
    if start == end:
        return "no change" if noun else "stay level"
    if noun:
        return "reduction" if end < start else "increase"
    return change_verb(end - start)


def collaboration_gains(r: Report, compared: str = "in comparison to") -> str:
    savings = key("finance", "collaboration_savings_pct", "force", SPENDING_REVIEW)
    if r.value(savings) > r.national(savings):
        return f"a high level of savings from collaboration {compared}"
    return "a lower level of savings from collaboration than"


def frontline_officers_beat_national(r: Report) -> bool:
    planned = key("frontline", "frontline_officers_pct", "force", PLANNED)
    return r.value(planned) >= r.national(planned)


def frontline_share(r: Report, measure: str, subject: str) -> tuple[float, float]:
    return tuple(
        r.value(key("frontline", measure, subject, period)) for period in (BASELINE, PLANNED)
    )
