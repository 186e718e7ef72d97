"""The figures in the truth files: Leicestershire's are the real ones, England and Wales's
are national, and every report's figures add up the way a real report's do."""

from __future__ import annotations

from collections import Counter

import pytest

import reference
from tests.samples.truth_records import dictionary_keys, figure_key, values

ROLES = ("police_officers", "police_staff", "pcsos", "total_workforce", "specials")
CHANGE = "2010-03-31..2015-03-31"
HEADLINE_COUNTERPARTS = {  # headline measure -> (dataset, measure, period) it repeats
    ("police_officer_change_pct", "2010-11..2014-15"): (
        "workforce",
        "police_officers_change_pct",
        CHANGE,
    ),
    ("total_workforce_change_pct", "2010-11..2014-15"): (
        "workforce",
        "total_workforce_change_pct",
        CHANGE,
    ),
    ("victim_satisfaction_pct", "2013-14"): ("victims", "victim_satisfaction_pct", "2013-14"),
    ("recorded_crime_change_pct", "2010-11..2013-14"): (
        "crime",
        "recorded_crime_change_pct",
        "2010-11..2013-14",
    ),
    ("savings_requirement", "2011-12..2014-15"): (
        "finance",
        "savings_requirement",
        "2011-12..2014-15",
    ),
}


def _parsed(row: dict) -> float | str:
    return row["value"] if row["unit"] == "grade" else float(row["value"])


def test_leicestershire_carries_exactly_its_real_figures(truths, real_rows):
    truth = {(*figure_key(r), r["unit"]): r["value"] for r in truths["leicestershire"]["records"]}
    real = {(*figure_key(r), r["unit"]): _parsed(r) for r in real_rows}
    assert truth == real


def test_leicestershire_has_every_dictionary_figure(truths):
    assert set(values(truths["leicestershire"])) == dictionary_keys()


def test_england_and_wales_figures_are_national_and_identical_everywhere(truths, real_rows):
    national = {figure_key(r): _parsed(r) for r in real_rows if r["subject"] == "england_wales"}
    assert len(national) == sum(m.subject == "england_wales" for m in reference.measures(2014))
    for force_id, truth in truths.items():
        own = {k: v for k, v in values(truth).items() if k[2] == "england_wales"}
        assert own == national, force_id


@pytest.mark.parametrize("role", ROLES)
def test_workforce_changes_are_planned_minus_baseline(truths, role):
    for force_id, truth in truths.items():
        v = values(truth)
        baseline = v[("workforce", role, "force", "2010-03-31")]
        planned = v[("workforce", role, "force", "2015-03-31")]
        assert v[("workforce", f"{role}_change", "force", CHANGE)] == planned - baseline, force_id
        assert v[("workforce", f"{role}_change_pct", "force", CHANGE)] == round(
            (planned - baseline) / baseline * 100
        ), force_id


def test_total_workforce_is_officers_staff_and_pcsos_without_specials(truths):
    for force_id, truth in truths.items():
        v = values(truth)
        for period in ("2010-03-31", "2015-03-31"):
            parts = sum(v[("workforce", role, "force", period)] for role in ROLES[:3])
            assert v[("workforce", "total_workforce", "force", period)] == parts, force_id


def test_front_line_numbers_sit_below_the_totals(truths):
    for force_id, truth in truths.items():
        v = values(truth)
        for period in ("2010-03-31", "2015-03-31"):
            officers = v[("frontline", "frontline_officers", "force", period)]
            workforce = v[("frontline", "frontline_workforce", "force", period)]
            assert 0 < officers < v[("workforce", "police_officers", "force", period)], force_id
            assert officers < workforce < v[("workforce", "total_workforce", "force", period)]


def test_front_line_points_change_agrees_with_the_rounded_percentages(truths):
    for force_id, truth in truths.items():
        v = values(truth)
        for measure, headline in (
            ("frontline_officers_pct", "officer_frontline_proportion_change"),
            ("frontline_workforce_pct", "workforce_frontline_proportion_change"),
        ):
            for subject in ("force", "england_wales"):
                start = v[("frontline", measure, subject, "2010-03-31")]
                end = v[("frontline", measure, subject, "2015-03-31")]
                points = v[("headline", headline, subject, "2010-11..2014-15")]
                assert abs(points - (end - start)) <= 1, (force_id, measure, subject)
                assert points == round(points, 1)


def test_synthetic_front_line_percentages_are_the_rounded_proportions(truths):
    for truth in truths.values():
        if not truth["synthetic"]:
            continue  # the real report's front-line base is not the workforce table's
        v = values(truth)
        for measure, role in (
            ("frontline_officers", "police_officers"),
            ("frontline_workforce", "total_workforce"),
        ):
            for period in ("2010-03-31", "2015-03-31"):
                share = (
                    v[("frontline", measure, "force", period)]
                    / v[("workforce", role, "force", period)]
                )
                assert v[("frontline", f"{measure}_pct", "force", period)] == round(share * 100)


def test_headline_figures_repeat_their_counterparts(truths):
    for force_id, truth in truths.items():
        v = values(truth)
        for (measure, period), (dataset, twin, twin_period) in HEADLINE_COUNTERPARTS.items():
            for subject in ("force", "england_wales"):
                if (dataset, twin, subject, twin_period) in v:
                    assert (
                        v[("headline", measure, subject, period)]
                        == v[(dataset, twin, subject, twin_period)]
                    ), (force_id, measure, subject)


def test_pay_and_non_pay_savings_make_the_whole(truths):
    for force_id, truth in truths.items():
        v = values(truth)
        assert (
            v[("finance", "pay_savings_pct", "force", "2011-12..2014-15")]
            + v[("finance", "non_pay_savings_pct", "force", "2011-12..2014-15")]
            == 100
        ), force_id


def test_counts_that_are_parts_stay_below_their_wholes(truths):
    for force_id, truth in truths.items():
        v = values(truth)
        assert (
            v[("estate", "front_counters", "force", "2014")]
            <= v[("estate", "police_stations", "force", "2014")]
        )
        assert (
            v[("local_policing", "local_policing_units_planned", "force", "2014")]
            < v[("local_policing", "local_policing_units", "force", "2014")]
        )
        assert (
            v[("crime", "victim_based_crime_rate", "force", "2013-14")]
            < v[("crime", "crimes_excluding_fraud_rate", "force", "2013-14")]
        ), force_id


def test_values_have_the_dictionary_precision(truths):
    for force_id, truth in truths.items():
        for r in truth["records"]:
            if r["unit"] in ("pct", "fte", "headcount", "count", "minutes") and r[
                "dataset"
            ] not in ("headline", "calls", "victims"):
                assert r["value"] == round(r["value"]), (force_id, r["measure"])
            elif r["unit"] in ("gbp_m", "gbp", "per_1000", "pp"):
                assert r["value"] == round(r["value"], 1), (force_id, r["measure"])


def test_judgments_use_the_four_grades_and_all_four_appear(truths):
    seen = Counter(
        r["value"] for t in truths.values() for r in t["records"] if r["unit"] == "grade"
    )
    assert set(seen) == set(reference.GRADES)


def test_synthetic_figures_differ_between_forces(truths):
    officers = {
        t["force_id"]: values(t)[("workforce", "police_officers", "force", "2010-03-31")]
        for t in truths.values()
    }
    assert len(set(officers.values())) > 35
