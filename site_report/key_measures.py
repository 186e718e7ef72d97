"""The measures the site charts for every force: the figures chief officers, commissioners
and journalists ask about first. Keys are rows of the data dictionary (reference/measures-*.csv);
descriptions, units and polarity come from the warehouse, the short titles are the site's."""

from __future__ import annotations

from dataclasses import dataclass

SPENDING_REVIEW = "2011-12..2014-15"
WORKFORCE_PLAN = "2010-11..2014-15"
LAST_YEAR = "2013-14"


@dataclass(frozen=True)
class KeyMeasure:
    dataset: str
    measure: str
    period: str
    title: str  # short enough for a chart row label

    @property
    def slug(self) -> str:
        return f"{self.dataset}-{self.measure}"


def _crime_rate(measure: str, title: str) -> KeyMeasure:
    return KeyMeasure("crime", measure, LAST_YEAR, title)


KEY_MEASURES: tuple[KeyMeasure, ...] = (
    KeyMeasure("headline", "police_officer_change_pct", WORKFORCE_PLAN, "Police officers, change"),
    KeyMeasure("headline", "total_workforce_change_pct", WORKFORCE_PLAN, "Total workforce, change"),
    KeyMeasure(
        "headline",
        "officer_frontline_proportion_change",
        WORKFORCE_PLAN,
        "Officers on the front line, change in share",
    ),
    KeyMeasure(
        "headline",
        "workforce_frontline_proportion_change",
        WORKFORCE_PLAN,
        "Workforce on the front line, change in share",
    ),
    KeyMeasure("headline", "police_officer_cost_per_head", LAST_YEAR, "Officer cost per head"),
    KeyMeasure("headline", "workforce_cost_per_head", LAST_YEAR, "Workforce cost per head"),
    KeyMeasure("calls", "emergency_calls_on_target_pct", LAST_YEAR, "Emergency calls on target"),
    KeyMeasure("calls", "priority_calls_on_target_pct", LAST_YEAR, "Priority calls on target"),
    _crime_rate("crimes_excluding_fraud_rate", "Crime excluding fraud, rate"),
    _crime_rate("victim_based_crime_rate", "Victim-based crime, rate"),
    _crime_rate("sexual_offences_rate", "Sexual offences, rate"),
    _crime_rate("burglary_rate", "Burglary, rate"),
    _crime_rate("violence_against_the_person_rate", "Violence against the person, rate"),
    _crime_rate("asb_incidents_rate", "Anti-social behaviour, rate"),
    KeyMeasure("victims", "victim_satisfaction_pct", LAST_YEAR, "Victim satisfaction"),
    KeyMeasure(
        "finance",
        "savings_requirement_pct_of_budget",
        SPENDING_REVIEW,
        "Savings required, share of budget",
    ),
    KeyMeasure("headline", "savings_requirement", SPENDING_REVIEW, "Savings required"),
)
