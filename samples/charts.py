"""The two front-line profile charts: the share of the workforce (or of police officers) in
front line, front line support and business support roles, March 2010 against March 2015."""

from __future__ import annotations

import random

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String

from samples import typeset
from samples.figures import BASELINE, PLANNED, key
from samples.report import Report
from samples.style import SANS, SANS_BOLD

CATEGORIES = ("Front line", "Front line support", "Business support")
WIDTH, HEIGHT = 420, 210


def _profile(r: Report, measure: str) -> list[list[int]]:
    """Per period, the percentage in each category; the front-line share is the report's
    figure, the split of the rest is made up (the dictionary does not hold it)."""
    rng = random.Random(f"vfm-chart/{r.force.force_id}/{measure}")
    support_share = rng.uniform(0.3, 0.6)
    profile = []
    for period in (BASELINE, PLANNED):
        front = round(r.value(key("frontline", measure, "force", period)))
        support = round((100 - front) * support_share)
        profile.append([front, support, 100 - front - support])
    return profile


def frontline_chart(r: Report, measure: str, title: str) -> Drawing:
    drawing = Drawing(WIDTH, HEIGHT)
    drawing.add(
        String(0, HEIGHT - 12, title, fontName=SANS_BOLD, fontSize=10, fillColor=typeset.NAVY)
    )
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 40, 40, 270, HEIGHT - 75
    chart.data = _profile(r, measure)
    chart.categoryAxis.categoryNames = list(CATEGORIES)
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.barLabelFormat = "%d%%"
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 7.5
    chart.barLabels.nudge = 6
    chart.bars[0].fillColor = typeset.TEAL
    chart.bars[1].fillColor = typeset.NAVY
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 325, HEIGHT - 50
    legend.fontName, legend.fontSize = SANS, 8
    legend.colorNamePairs = [(typeset.TEAL, "31 March 2010"), (typeset.NAVY, "31 March 2015")]
    drawing.add(legend)
    return drawing
