"""The figures each sample report prints. Leicestershire prints its real 2014 figures; the
other 42 forces print synthetic ones that obey the same arithmetic as a real report, drawn
from a random generator seeded with the force id so every run prints the same numbers."""

from __future__ import annotations

import csv
import hashlib
import random
from functools import cache
from importlib.resources import files

import reference

YEAR = 2014
REAL_FORCE_ID = "leicestershire"

# Periods of the 2014 dictionary, named for what they cover.
SPENDING_REVIEW = "2011-12..2014-15"
WORKFORCE_CHANGE = "2010-11..2014-15"
CRIME_CHANGE = "2010-11..2013-14"
BASELINE = "2010-03-31"
PLANNED = "2015-03-31"
BASELINE_TO_PLANNED = "2010-03-31..2015-03-31"
CALLS_PERIOD = "2010-11..2013-14"

ROLES = ("police_officers", "police_staff", "pcsos", "total_workforce", "specials")

Value = float | str
Figures = dict[str, Value]


def key(dataset: str, measure: str, subject: str, period: str) -> str:
    """A figure's identity as one string: dataset/measure/subject/period."""
    return f"{dataset}/{measure}/{subject}/{period}"


def national_key(figure_key: str) -> str:
    """The England and Wales counterpart of a force figure's key."""
    return figure_key.replace("/force/", "/england_wales/")


def _parse(value: str, unit: str) -> Value:
    return value if unit == "grade" else float(value)


@cache
def real_figures() -> Figures:
    """Leicestershire's figures exactly as its 2014 report prints them."""
    text = files(__package__).joinpath("leicestershire-2014.csv").read_text(encoding="utf-8")
    return {
        key(r["dataset"], r["measure"], r["subject"], r["period"]): _parse(r["value"], r["unit"])
        for r in csv.DictReader(text.splitlines())
    }


@cache
def national_figures() -> Figures:
    """England and Wales figures: one national value, printed identically in every report."""
    return {k: v for k, v in real_figures().items() if "/england_wales/" in k}


def picked(feature: str, count: int) -> frozenset[str]:
    """`count` synthetic forces chosen for a layout feature, the same ones on every run."""
    ids = [f.force_id for f in reference.forces() if f.force_id != REAL_FORCE_ID]
    ids.sort(key=lambda i: hashlib.sha256(f"{feature}:{i}".encode()).hexdigest())
    return frozenset(ids[:count])


def has_calls_section(force_id: str) -> bool:
    return force_id not in picked("no-calls-section", 4)


@cache
def figures(force_id: str) -> Figures:
    """Every figure the force's report prints, keyed as in the data dictionary."""
    if force_id == REAL_FORCE_ID:
        return dict(real_figures())
    out = _synthetic(force_id)
    if not has_calls_section(force_id):
        out = {k: v for k, v in out.items() if not k.startswith("calls/")}
    return out


def figures_for(force_id: str) -> list[dict]:
    """The force's figures as records in data-dictionary order."""
    own = figures(force_id)
    return [
        {
            "dataset": m.dataset,
            "measure": m.measure,
            "subject": m.subject,
            "period": m.period,
            "unit": m.unit,
            "value": own[key(*m.key)],
        }
        for m in reference.measures(YEAR)
        if key(*m.key) in own
    ]


def is_synthetic(force_id: str) -> bool:
    return force_id != REAL_FORCE_ID


def _synthetic(force_id: str) -> Figures:
    rng = random.Random(f"vfm-samples-{YEAR}/{force_id}")
    out: Figures = dict(national_figures())
    out.update(_judgments(rng))
    officers = 32000 if force_id == "metropolitan" else rng.randint(800, 4800)
    out.update(_workforce(rng, officers))
    out.update(_frontline(rng, out))
    out.update(_finance(rng, out))
    out.update(_headline(rng, out))
    out.update(_performance(rng, out))
    return out


def _judgments(rng: random.Random) -> Figures:
    grades = rng.choices(reference.GRADES, weights=(12, 60, 23, 5), k=3)
    # The overall grade is the middle one of the three question grades, as a reader expects.
    overall = sorted(grades, key=reference.GRADES.index)[1]
    questions = ("secure_financial_position", "affordable_policing", "efficiency")
    out = {key("judgment", q, "force", "2014"): g for q, g in zip(questions, grades)}
    out[key("judgment", "overall", "force", "2014")] = overall
    return out


def _change_pct(baseline: int, planned: int) -> float:
    return float(round((planned - baseline) / baseline * 100))


def _role_change(role: str, baseline: int, planned: int) -> Figures:
    return {
        key("workforce", role, "force", BASELINE): float(baseline),
        key("workforce", role, "force", PLANNED): float(planned),
        key("workforce", f"{role}_change", "force", BASELINE_TO_PLANNED): float(planned - baseline),
        key("workforce", f"{role}_change_pct", "force", BASELINE_TO_PLANNED): _change_pct(
            baseline, planned
        ),
    }


def _workforce(rng: random.Random, officers: int) -> Figures:
    plans = {  # role: (baseline, planned % change range)
        "police_officers": (officers, (-20, -3)),
        "police_staff": (round(officers * rng.uniform(0.45, 0.75)), (-26, 9)),
        "pcsos": (round(officers * rng.uniform(0.06, 0.2)), (-35, 15)),
    }
    out: Figures = {}
    totals = [0, 0]
    for role, (baseline, (low, high)) in plans.items():
        planned = round(baseline * (1 + rng.uniform(low, high) / 100))
        out.update(_role_change(role, baseline, planned))
        totals = [totals[0] + baseline, totals[1] + planned]
    out.update(_role_change("total_workforce", *totals))
    specials = round(officers * rng.uniform(0.05, 0.2))
    out.update(_role_change("specials", specials, round(specials * rng.uniform(0.8, 1.9))))
    return out


def _frontline(rng: random.Random, wf: Figures) -> Figures:
    """Front-line counts from unrounded proportions; the printed percentages and the
    percentage-point change are rounded from those same proportions."""
    out: Figures = {}
    shares = {
        "frontline_officers": ("police_officers", rng.uniform(0.84, 0.93), (-0.01, 0.05)),
        "frontline_workforce": ("total_workforce", rng.uniform(0.68, 0.8), (-0.03, 0.05)),
    }
    for measure, (role, start, (low, high)) in shares.items():
        proportions = []
        for period, share in (
            (BASELINE, start),
            (PLANNED, min(0.97, start + rng.uniform(low, high))),
        ):
            total = wf[key("workforce", role, "force", period)]
            count = round(total * share)
            out[key("frontline", measure, "force", period)] = float(count)
            out[key("frontline", f"{measure}_pct", "force", period)] = float(
                round(count / total * 100)
            )
            proportions.append(count / total)
        headline = "officer" if role == "police_officers" else "workforce"
        change = round((proportions[1] - proportions[0]) * 100, 1) + 0.0  # never -0.0
        out[
            key("headline", f"{headline}_frontline_proportion_change", "force", WORKFORCE_CHANGE)
        ] = change
    return out


def _finance(rng: random.Random, wf: Figures) -> Figures:
    staff = wf[key("workforce", "total_workforce", "force", BASELINE)]
    budget = staff * rng.uniform(0.048, 0.058)  # £m: around £53k per head of workforce
    requirement = round(budget * rng.uniform(0.13, 0.25), 1)
    gap = round(requirement * rng.uniform(0.02, 0.15), 1) if rng.random() < 0.3 else 0.0
    non_pay = rng.randint(10, 45)
    collab_savings = float(rng.randint(0, 30))
    out = {
        key("headline", "savings_requirement", "force", SPENDING_REVIEW): requirement,
        key("headline", "savings_gap", "force", SPENDING_REVIEW): gap,
        key("finance", "savings_requirement", "force", SPENDING_REVIEW): requirement,
        key("finance", "savings_requirement_pct_of_budget", "force", SPENDING_REVIEW): float(
            round(requirement / budget * 100)
        ),
        key("finance", "savings_achieved", "force", "2013-14"): round(
            requirement * rng.uniform(0.15, 0.3), 1
        ),
        key("finance", "collaboration_spend_pct_of_nre", "force", "2014-15"): float(
            rng.randint(1, 20)
        ),
        key("finance", "collaboration_savings_pct", "force", SPENDING_REVIEW): collab_savings,
        key("finance", "non_pay_savings_pct", "force", SPENDING_REVIEW): float(non_pay),
        key("finance", "pay_savings_pct", "force", SPENDING_REVIEW): float(100 - non_pay),
    }
    for period, (low, high) in {
        "2014-15": (0.2, 0.35),
        "2015-16": (0.15, 0.3),
        "2016-17": (0.2, 0.5),
    }.items():
        out[key("finance", "savings_required", "force", period)] = round(
            requirement * rng.uniform(low, high), 1
        )
    return out


def _headline(rng: random.Random, own: Figures) -> Figures:
    """Headline figures repeat their counterparts elsewhere in the report."""
    officer_cost = round(rng.uniform(85, 140), 1)
    return {
        key("headline", "police_officer_change_pct", "force", WORKFORCE_CHANGE): own[
            key("workforce", "police_officers_change_pct", "force", BASELINE_TO_PLANNED)
        ],
        key("headline", "total_workforce_change_pct", "force", WORKFORCE_CHANGE): own[
            key("workforce", "total_workforce_change_pct", "force", BASELINE_TO_PLANNED)
        ],
        key("headline", "police_officer_cost_per_head", "force", "2013-14"): officer_cost,
        key("headline", "workforce_cost_per_head", "force", "2013-14"): round(
            officer_cost * rng.uniform(1.3, 1.6), 1
        ),
    }


def _performance(rng: random.Random, own: Figures) -> Figures:
    crime_change = float(rng.randint(-25, 2))
    satisfaction = round(rng.uniform(78, 91), 1)
    crimes = round(rng.uniform(40, 85), 1)
    out = {
        key("headline", "recorded_crime_change_pct", "force", CRIME_CHANGE): crime_change,
        key("crime", "recorded_crime_change_pct", "force", CRIME_CHANGE): crime_change,
        key("headline", "victim_satisfaction_pct", "force", "2013-14"): satisfaction,
        key("victims", "victim_satisfaction_pct", "force", "2013-14"): satisfaction,
        key("headline", "victim_satisfaction_ci_pp", "force", "2013-14"): round(
            rng.uniform(1.0, 2.6), 1
        ),
        key("crime", "victim_based_crime_change_pct", "force", CRIME_CHANGE): float(
            min(5, crime_change + rng.randint(-4, 4))
        ),
        key("crime", "recorded_crime_change_12_months_pct", "force", "2013-14"): float(
            rng.randint(-10, 8)
        ),
        key("crime", "crimes_excluding_fraud_rate", "force", "2013-14"): crimes,
        key("crime", "victim_based_crime_rate", "force", "2013-14"): round(
            crimes * rng.uniform(0.86, 0.93), 1
        ),
        key("crime", "sexual_offences_rate", "force", "2013-14"): round(rng.uniform(0.7, 1.6), 1),
        key("crime", "burglary_rate", "force", "2013-14"): round(rng.uniform(3, 12), 1),
        key("crime", "violence_against_the_person_rate", "force", "2013-14"): round(
            rng.uniform(7, 16), 1
        ),
        key("crime", "asb_incidents_rate", "force", "2013-14"): round(rng.uniform(20, 50), 1),
        key("crime", "detection_rate_pct", "force", "2013-14"): float(rng.randint(19, 35)),
        key("calls", "emergency_target_minutes", "force", CALLS_PERIOD): float(
            rng.choice((10, 15, 15, 20))
        ),
        key("calls", "priority_target_minutes", "force", CALLS_PERIOD): float(
            rng.choice((30, 60, 60, 120))
        ),
    }
    for call in ("emergency", "priority"):
        for period in ("2010-11", "2013-14"):
            out[key("calls", f"{call}_calls_on_target_pct", "force", period)] = round(
                rng.uniform(72, 96), 1
            )
    visible = rng.randint(48, 75)
    for measure, pct in (("officers", visible), ("officers_pcsos", visible + rng.randint(2, 7))):
        out[key("visibility", f"{measure}_in_visible_roles_pct", "force", "2014")] = float(pct)
        out[key("visibility", f"{measure}_in_visible_roles_change", "force", "2010..2014")] = (
            round(rng.uniform(-5, 6), 1) + 0.0
        )
    for measure, (low, high) in {
        "seen_officer_more_often_pct": (7, 18),
        "feel_safe_pct": (75, 93),
        "feel_safer_than_two_years_ago_pct": (5, 14),
    }.items():
        out[key("survey", measure, "force", "2014")] = float(rng.randint(low, high))
    stations = rng.randint(8, 60)
    units = rng.randint(3, 20)  # and fewer planned: the report says "from 15 to 8"
    out.update(
        {
            key("estate", "police_stations", "force", "2014"): float(stations),
            key("estate", "front_counters", "force", "2014"): float(
                rng.randint(stations // 3, stations)
            ),
            key("local_policing", "neighbourhood_areas", "force", "2014"): float(
                rng.randint(20, 150)
            ),
            key("local_policing", "local_policing_units", "force", "2014"): float(units),
            key("local_policing", "local_policing_units_planned", "force", "2014"): float(
                rng.randint(2, units - 1)
            ),
        }
    )
    return out
