""" "The force in numbers": two infographic pages of figure pairs, the force's value in a
box on the left and England and Wales's on the right. The strings are drawn in an order
that differs from reading order, so only their positions tell the pairs apart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from samples import typeset
from samples.figures import CRIME_CHANGE, SPENDING_REVIEW, WORKFORCE_CHANGE, key
from samples.report import Report
from samples.style import SANS, SANS_BOLD

BOX_WIDTH, BOX_HEIGHT = 104, 40
FORCE_X, NATIONAL_X = 236, 366
ROW_HEIGHT = 112
LABEL_WIDTH = 200


@dataclass(frozen=True)
class Pair:
    label: str
    measure: str
    period: str
    printed: Callable[[Report, str], str]  # figure key -> text


def _change_pct(r: Report, k: str) -> str:
    return r.style.signed(r.value(k), plus=r.style.plus_on_numbers_page, suffix="%")


def _points(r: Report, k: str) -> str:
    return r.style.signed(r.value(k), 1, plus=r.style.plus_on_numbers_page)


def _per_head(r: Report, k: str) -> str:
    return f"£{r.value(k):,.1f}"


def _satisfaction(r: Report, k: str) -> str:
    return f"{r.value(k):.1f}%"


PROVIDING_POLICING = (
    Pair(
        "Planned change in police officer numbers 2010/11 \u2013 2014/15",
        "police_officer_change_pct",
        WORKFORCE_CHANGE,
        _change_pct,
    ),
    Pair(
        "Planned change in total workforce numbers 2010/11 \u2013 2014/15",
        "total_workforce_change_pct",
        WORKFORCE_CHANGE,
        _change_pct,
    ),
    Pair(
        "Planned proportion of police officers on the front line 2014/15 vs 2010/11 "
        "(percentage points)",
        "officer_frontline_proportion_change",
        WORKFORCE_CHANGE,
        _points,
    ),
    Pair(
        "Planned proportion of total workforce on the front line 2014/15 vs 2010/11 "
        "(percentage points)",
        "workforce_frontline_proportion_change",
        WORKFORCE_CHANGE,
        _points,
    ),
)
EFFICIENCY = (
    Pair(
        "Police officer cost per head of population 2013/14",
        "police_officer_cost_per_head",
        "2013-14",
        _per_head,
    ),
    Pair(
        "Workforce cost per head of population 2013/14",
        "workforce_cost_per_head",
        "2013-14",
        _per_head,
    ),
    Pair(
        "Change in recorded crime 2010/11 \u2013 2013/14",
        "recorded_crime_change_pct",
        CRIME_CHANGE,
        _change_pct,
    ),
    Pair("Victim satisfaction 2013/14*", "victim_satisfaction_pct", "2013-14", _satisfaction),
)


def _label_style(r: Report) -> ParagraphStyle:
    return ParagraphStyle("label", fontName=r.style.body_font, fontSize=11, leading=14)


def _band(canvas: Canvas, text: str, y: float, width: float) -> None:
    canvas.setFillColor(typeset.TEAL)
    canvas.rect(0, y, width, 24, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(SANS_BOLD, 13)
    canvas.drawString(8, y + 7, text)


def _value_box(canvas: Canvas, x: float, y: float, text: str, caption: str) -> None:
    canvas.setFillColor(typeset.PALE)
    canvas.roundRect(x, y, BOX_WIDTH, BOX_HEIGHT, 5, stroke=0, fill=1)
    canvas.setFillColor(typeset.NAVY)
    canvas.setFont(SANS_BOLD, 19)
    canvas.drawCentredString(x + BOX_WIDTH / 2, y + 13, text)
    canvas.setFillColor(colors.black)
    canvas.setFont(SANS, 8.5)
    canvas.drawCentredString(x + BOX_WIDTH / 2, y - 12, caption)


def _draw_pair(r: Report, canvas: Canvas, pair: Pair, index: int, y: float) -> None:
    force_key = key("headline", pair.measure, "force", pair.period)
    national_key = key("headline", pair.measure, "england_wales", pair.period)
    boxes = [
        (FORCE_X, y, force_key, r.style.short),
        (NATIONAL_X, y - r.style.national_box_drop, national_key, "England and Wales"),
    ]
    if r.style.national_drawn_first[index]:
        boxes.reverse()
    for x, box_y, figure_key, caption in boxes:
        text = pair.printed(r, figure_key)
        _value_box(canvas, x, box_y, text, caption)
        r.marks.drawn(canvas, figure_key, text)


def _draw_rows(
    r: Report, canvas: Canvas, pairs: tuple[Pair, ...], first_index: int, top: float
) -> None:
    style = _label_style(r)
    labels = [Paragraph(pair.label, style) for pair in pairs]
    for row, label in enumerate(labels):  # every label first, then the figures
        label.wrap(LABEL_WIDTH, ROW_HEIGHT)
        label.drawOn(canvas, 0, top - row * ROW_HEIGHT - label.height)
    for row, pair in enumerate(pairs):
        _draw_pair(r, canvas, pair, first_index + row, top - row * ROW_HEIGHT - BOX_HEIGHT - 4)


def financial_and_policing(r: Report) -> typeset.CanvasPage:
    def draw(canvas: Canvas, width: float, height: float) -> None:
        canvas.saveState()
        canvas.setFillColor(typeset.NAVY)
        canvas.setFont(r.style.bold_font, 24)
        canvas.drawString(0, height - 24, r.style.reword("The force in numbers"))
        _band(canvas, "Financial position", height - 74, width)
        label = Paragraph(r.style.reword("The force\u2019s savings requirement"), _label_style(r))
        label.wrap(LABEL_WIDTH, 40)
        label.drawOn(canvas, 0, height - 104)
        _band(canvas, "Providing policing", height - 190, width)
        _draw_rows(r, canvas, PROVIDING_POLICING, 0, height - 210)
        # The requirement and gap are drawn last although they are read first.
        for x, measure, caption in (
            (FORCE_X, "savings_requirement", "Requirement"),
            (NATIONAL_X, "savings_gap", "Gap"),
        ):
            figure_key = key("headline", measure, "force", SPENDING_REVIEW)
            text = r.money(figure_key)
            _value_box(canvas, x, height - 150, text, caption)
            r.marks.drawn(canvas, figure_key, text)
        canvas.restoreState()

    return typeset.CanvasPage(draw)


def efficiency(r: Report) -> typeset.CanvasPage:
    ci = {
        subject: key("headline", "victim_satisfaction_ci_pp", subject, "2013-14")
        for subject in ("force", "england_wales")
    }

    def draw(canvas: Canvas, width: float, height: float) -> None:
        canvas.saveState()
        _band(canvas, "Efficiency", height - 24, width)
        _draw_rows(r, canvas, EFFICIENCY, len(PROVIDING_POLICING), height - 50)
        force_ci, national_ci = (r.marks.markup(k, f"{r.value(k):.1f}%") for k in ci.values())
        note = Paragraph(
            f"*Confidence intervals: \u00b1 {force_ci} for {r.short}; \u00b1 {national_ci} for "
            "England and Wales.",
            ParagraphStyle("note", fontName=r.style.body_font, fontSize=9, leading=11),
        )
        note.wrap(width, 40)
        note.drawOn(canvas, 0, height - 50 - 4 * ROW_HEIGHT - 20)
        canvas.restoreState()

    return typeset.CanvasPage(draw)
