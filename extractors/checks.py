"""Checks a report's figures against each other: the workforce table's arithmetic, and each
headline figure against the same figure in a table or sentence. A failure is a warning
naming the figures involved; the figures are still reported (the report printed them)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from extractors.model import ExtractionWarning, Figure, figure_key

BASELINE, PLANNED = "2010-03-31", "2015-03-31"
CHANGE = f"{BASELINE}..{PLANNED}"
ROLES = ("police_officers", "police_staff", "pcsos", "total_workforce", "specials")
PARTS_OF_TOTAL = ("police_officers", "police_staff", "pcsos")
# Each headline figure and the same figure stated elsewhere in the report.
HEADLINE_TWINS = (
    (
        ("headline", "police_officer_change_pct", "2010-11..2014-15"),
        ("workforce", "police_officers_change_pct", CHANGE),
    ),
    (
        ("headline", "total_workforce_change_pct", "2010-11..2014-15"),
        ("workforce", "total_workforce_change_pct", CHANGE),
    ),
    (
        ("headline", "victim_satisfaction_pct", "2013-14"),
        ("victims", "victim_satisfaction_pct", "2013-14"),
    ),
    (
        ("headline", "recorded_crime_change_pct", "2010-11..2013-14"),
        ("crime", "recorded_crime_change_pct", "2010-11..2013-14"),
    ),
    (
        ("headline", "savings_requirement", "2011-12..2014-15"),
        ("finance", "savings_requirement", "2011-12..2014-15"),
    ),
)
# Table counts are rounded to whole numbers: each may be half a unit off.
ROUNDING = 0.5


def check_figures(figures: Iterable[Figure]) -> list[ExtractionWarning]:
    values = {f.key: f.value for f in figures}
    return [*_workforce_arithmetic(values), *_headline_twins(values)]


def _key(measure: str, period: str, subject: str = "force") -> tuple[str, str, str, str]:
    return ("workforce", measure, subject, period)


def _warning(code: str, message: str, *keys: tuple[str, str, str, str]) -> ExtractionWarning:
    return ExtractionWarning(code, message, tuple(figure_key(*k) for k in keys))


def _workforce_arithmetic(values: dict) -> Iterator[ExtractionWarning]:
    for role in ROLES:
        baseline, planned = _key(role, BASELINE), _key(role, PLANNED)
        change, change_pct = _key(f"{role}_change", CHANGE), _key(f"{role}_change_pct", CHANGE)
        if {baseline, planned, change} <= values.keys():
            expected = values[planned] - values[baseline]
            if abs(values[change] - expected) > 2 * ROUNDING:
                yield _warning(
                    "arithmetic",
                    f"{role}: change {values[change]:g} is not planned - baseline ({expected:g})",
                    change,
                    baseline,
                    planned,
                )
        if {baseline, change, change_pct} <= values.keys() and values[baseline] > ROUNDING:
            low, high = _pct_range(values[change], values[baseline])
            if not low - ROUNDING <= values[change_pct] <= high + ROUNDING:
                yield _warning(
                    "arithmetic",
                    f"{role}: change {values[change_pct]:g}% does not follow from the counts "
                    f"({values[change]:g} of {values[baseline]:g} is {low:.1f}% to {high:.1f}%)",
                    change_pct,
                    change,
                    baseline,
                )
    for period, measure in ((BASELINE, ""), (PLANNED, ""), (CHANGE, "_change")):
        parts = [_key(role + measure, period) for role in PARTS_OF_TOTAL]
        total = _key("total_workforce" + measure, period)
        if {total, *parts} <= values.keys():
            summed = sum(values[p] for p in parts)
            if abs(values[total] - summed) > ROUNDING * (len(parts) + 1):
                yield _warning(
                    "arithmetic",
                    f"total workforce {values[total]:g} at {period} is not the sum of its"
                    f" rows ({summed:g})",
                    total,
                    *parts,
                )


def _pct_range(change: float, baseline: float) -> tuple[float, float]:
    """The percentage change the rounded counts allow."""
    candidates = [
        100 * (change + dc) / (baseline + db)
        for dc in (-2 * ROUNDING, 2 * ROUNDING)
        for db in (-ROUNDING, ROUNDING)
    ]
    return min(candidates), max(candidates)


def _headline_twins(values: dict) -> Iterator[ExtractionWarning]:
    for (dataset, measure, period), (twin_dataset, twin_measure, twin_period) in HEADLINE_TWINS:
        for subject in ("force", "england_wales"):
            headline = (dataset, measure, subject, period)
            twin = (twin_dataset, twin_measure, subject, twin_period)
            if {headline, twin} <= values.keys() and abs(values[headline] - values[twin]) > 1e-9:
                yield _warning(
                    "headline_mismatch",
                    f"{measure} ({subject}): the headline says {values[headline]:g}, "
                    f"the {twin_dataset} figures say {values[twin]:g}",
                    headline,
                    twin,
                )
