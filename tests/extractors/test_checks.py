"""Each check inside a report warns, naming the figures involved, when fed a figure that
contradicts the others; Leicestershire's real figures pass every check."""

import pytest

from extractors.checks import check_figures
from extractors.layout_2014.reading import units
from extractors.model import Figure, figure_key

CHANGE = "2010-03-31..2015-03-31"


def _figures(values: dict) -> list[Figure]:
    return [Figure(*key, units()[key], value, 1, (0, 0, 1, 1)) for key, value in values.items()]


def _warnings(golden, **tampered):
    values = dict(golden)
    for name, value in tampered.items():
        values[_KEYS[name]] = value
    return check_figures(_figures(values))


_KEYS = {
    "officers_change": ("workforce", "police_officers_change", "force", CHANGE),
    "officers_change_pct": ("workforce", "police_officers_change_pct", "force", CHANGE),
    "staff_planned": ("workforce", "police_staff", "force", "2015-03-31"),
    "total_baseline": ("workforce", "total_workforce", "force", "2010-03-31"),
    "headline_officers_pct": ("headline", "police_officer_change_pct", "force", "2010-11..2014-15"),
    "headline_workforce_pct_ew": (
        "headline",
        "total_workforce_change_pct",
        "england_wales",
        "2010-11..2014-15",
    ),
    "headline_satisfaction": ("headline", "victim_satisfaction_pct", "force", "2013-14"),
    "headline_crime": ("headline", "recorded_crime_change_pct", "force", "2010-11..2013-14"),
}


def test_the_real_figures_pass_every_check(golden):
    assert check_figures(_figures(golden)) == []


@pytest.mark.parametrize(
    ("tampered", "codes", "keys"),
    [
        ({"officers_change": -300.0}, {"arithmetic"}, {"officers_change"}),  # != planned - baseline
        # change % inconsistent with the counts, and no longer the headline's figure
        (
            {"officers_change_pct": -20.0},
            {"arithmetic", "headline_mismatch"},
            {"officers_change_pct"},
        ),
        ({"staff_planned": 1500.0}, {"arithmetic"}, {"staff_planned"}),  # total != sum of rows
        ({"total_baseline": 3900.0}, {"arithmetic"}, {"total_baseline"}),
        ({"headline_officers_pct": -15.0}, {"headline_mismatch"}, {"headline_officers_pct"}),
        (
            {"headline_workforce_pct_ew": -13.0},
            {"headline_mismatch"},
            {"headline_workforce_pct_ew"},
        ),
        ({"headline_satisfaction": 85.2}, {"headline_mismatch"}, {"headline_satisfaction"}),
        ({"headline_crime": -12.0}, {"headline_mismatch"}, {"headline_crime"}),
    ],
)
def test_a_contradicting_figure_is_warned_of_with_its_keys(golden, tampered, codes, keys):
    warnings = _warnings(golden, **tampered)
    assert warnings, "expected a warning"
    assert {w.code for w in warnings} == codes
    for name in keys:
        assert all(figure_key(*_KEYS[name]) in w.keys for w in warnings)


def test_rounding_is_not_a_failure(golden):
    """Counts are printed rounded: planned - baseline may be a unit off, the total two."""
    assert _warnings(golden, officers_change=-334.0) == []
    assert _warnings(golden, total_baseline=3823.0) == []


def test_checks_skip_figures_that_are_absent(golden):
    values = {k: v for k, v in golden.items() if k != _KEYS["officers_change"]}
    assert check_figures(_figures(values)) == []
