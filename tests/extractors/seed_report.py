"""Typesets the real Leicestershire 2014 report from its text (seed_text) into a PDF, laid out
unlike the sample corpus: the infographic in a grid with captions above the values, tables
as platypus tables, footnote markers as true superscripts. Options reproduce variations
real reports show, so the extractor is tested on the real prose, not the generator's."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from tests.extractors import seed_text

WIDTH, HEIGHT = A4
MARGIN = 56
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=7)
STYLES = {
    "heading": ParagraphStyle(
        "heading", parent=BODY, fontName="Helvetica-Bold", fontSize=16, leading=20
    ),
    "subheading": ParagraphStyle(
        "subheading", parent=BODY, fontName="Helvetica-Bold", keepWithNext=1
    ),
    "para": BODY,
    "bullet": ParagraphStyle("bullet", parent=BODY, leftIndent=12, bulletText="\u2022"),
    "small": ParagraphStyle("small", parent=BODY, fontSize=7.5, leading=9),
    "cell": ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11),
    "head": ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=8.5, leading=10.5),
}


@dataclass(frozen=True)
class SeedStyle:
    percent: str = " percent"  # or " per cent", "%"
    ruled: bool = False
    split_workforce: bool = False  # the workforce table broken over a page, header not repeated
    crime_national_first: bool = False  # the crime table's England and Wales column first
    grade_order: tuple[int, int, int] = (2, 0, 1)  # the order the three grades are drawn in
    calls: bool = True  # some reports have no calls-for-service section
    page_numbers: bool = False  # a page number in the foot of each page
    omit: tuple[str, ...] = ()  # leave out the paragraphs that contain any of these
    table_edits: tuple[tuple[str, str], ...] = ()  # (printed, misprinted) cells, to fail checks


class CanvasPage(Flowable):
    def __init__(self, draw) -> None:
        super().__init__()
        self.draw_on = draw

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        return width, height - 1

    def draw(self) -> None:
        self.draw_on(self.canv)


class SplitTable(Flowable):
    """A table that breaks over a page after its first `keep` body rows."""

    def __init__(self, table: Table, keep: int) -> None:
        super().__init__()
        self.table, self.keep = table, keep

    def wrap(self, width: float, height: float) -> tuple[float, float]:
        self.table.wrap(width, height)
        return width, height + 1

    def split(self, width: float, height: float) -> list[Flowable]:
        first, rest = self.table.split(width, sum(self.table._rowHeights[: self.keep + 1]))
        return [first, PageBreak(), rest]


def build_seed_report(path: Path, style: SeedStyle = SeedStyle()) -> Path:
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title="Responding to austerity",
    )
    story: list[Flowable] = [CanvasPage(_cover), PageBreak()]
    story += _blocks(seed_text.OVERALL, style) + [
        PageBreak(),
        CanvasPage(lambda c: _columns(c, style)),
    ]
    story += [PageBreak(), CanvasPage(_numbers), PageBreak()]
    for section in ("INTRODUCTION", "FINANCE", "POLICING", "EFFICIENCY", "OUR_JUDGMENTS"):
        story += _blocks(getattr(seed_text, section), style) + [PageBreak()]
    doc.build(
        story[:-1], onFirstPage=lambda c, d: None, onLaterPages=lambda c, d: _folio(c, d, style)
    )
    return path


def _folio(canvas: Canvas, doc: SimpleDocTemplate, style: SeedStyle) -> None:
    if style.page_numbers:
        canvas.setFont("Helvetica", 9)
        canvas.drawCentredString(WIDTH / 2, 30, str(doc.page))


def _worded(text: str, style: SeedStyle) -> str:
    return re.sub(r"(?<=\d) percent\b", style.percent, text)


def _blocks(blocks: list[tuple[str, str]], style: SeedStyle) -> list[Flowable]:
    flowables: list[Flowable] = []
    skipping_calls = False
    for kind, text in blocks:
        if kind == "subheading":
            skipping_calls = not style.calls and text == "Calls for service"
            if text == "Visibility":
                skipping_calls = False
        if skipping_calls or any(omitted in (text or "") for omitted in style.omit):
            continue
        if kind == "table":
            flowables += [_table(text, style), Spacer(1, 10)]
        elif kind == "grade":
            flowables.append(_Badge(text))
        else:
            flowables.append(Paragraph(_worded(text, style), STYLES[kind]))
    return flowables


class _Badge(Flowable):
    def __init__(self, grade: str) -> None:
        super().__init__()
        self.grade, self.width, self.height = grade, 140, 24

    def draw(self) -> None:
        _badge(self.canv, self.grade, 0, 0)


def _badge(canvas: Canvas, grade: str, x: float, y: float, width: float = 140) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#5a9a3b"))
    canvas.rect(x, y, width, 24, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont("Helvetica-Bold", 12)
    canvas.drawCentredString(x + width / 2, y + 8, grade)
    canvas.restoreState()


def _table(name: str, style: SeedStyle) -> Flowable:
    header, rows = seed_text.TABLES[name]
    if name == "crime" and style.crime_national_first:
        header = [header[0], header[2], header[1]]
        rows = [[r[0], r[2], r[1]] for r in rows]
    edits = dict(style.table_edits)
    rows = [[edits.get(cell, cell) for cell in row] for row in rows]
    data = [[Paragraph(h.replace("\n", "<br/>"), STYLES["head"]) for h in header]]
    data += [[Paragraph(c.replace("\n", "<br/>"), STYLES["cell"]) for c in row] for row in rows]
    label_width = 70 if name == "workforce" else 200
    widths = [label_width] + [(WIDTH - 2 * MARGIN - label_width - 60) / (len(header) - 1)] * (
        len(header) - 1
    )
    commands = [("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("VALIGN", (0, 1), (-1, -1), "TOP")]
    if style.ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
    table = Table(data, colWidths=widths, style=TableStyle(commands))
    return SplitTable(table, keep=3) if name == "workforce" and style.split_workforce else table


def _cover(canvas: Canvas) -> None:
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(MARGIN, HEIGHT - 100, "HMIC")
    canvas.setFont("Helvetica-Bold", 28)
    canvas.drawString(MARGIN, HEIGHT - 200, "Responding to austerity")
    canvas.setFont("Helvetica", 20)
    canvas.drawString(MARGIN, HEIGHT - 240, "Leicestershire Police")


def _columns(canvas: Canvas, style: SeedStyle) -> None:
    """The three questions side by side, each grade under its question, drawn in the
    style's order, then each column's summary."""
    width = (WIDTH - 2 * MARGIN - 20) / 3
    xs = [MARGIN + i * (width + 10) for i in range(3)]
    head = ParagraphStyle("q", fontName="Helvetica-Bold", fontSize=10, leading=12)
    for x, question in zip(xs, seed_text.QUESTIONS):
        p = Paragraph(question, head)
        p.wrap(width, 200)
        p.drawOn(canvas, x, HEIGHT - MARGIN - p.height)
    for i in style.grade_order:
        _badge(canvas, "Good", xs[i], HEIGHT - MARGIN - 110, width)
    for x, texts in zip(xs, seed_text.COLUMNS):
        y = HEIGHT - MARGIN - 130
        for text in texts:
            p = Paragraph(text, ParagraphStyle("c", fontName="Helvetica", fontSize=8, leading=10))
            p.wrap(width, 300)
            y -= p.height + 6
            p.drawOn(canvas, x, y)


def _numbers(canvas: Canvas) -> None:
    """A two-column grid: each caption above its two values, each value above its label."""
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawString(MARGIN, HEIGHT - MARGIN - 20, "The force in numbers")
    caption_style = ParagraphStyle("caption", fontName="Helvetica", fontSize=10, leading=12)
    _cell(
        canvas,
        caption_style,
        seed_text.SAVINGS_CAPTION,
        MARGIN,
        HEIGHT - 110,
        [(value, label) for value, label in seed_text.SAVINGS],
    )
    for i, (caption, force, national) in enumerate(seed_text.PAIRS):
        x = MARGIN + (i % 2) * 250
        y = HEIGHT - 210 - (i // 2) * 125
        pairs = [(force, "Leicestershire"), (national, "England and Wales")]
        if caption in seed_text.NATIONAL_FIRST:
            pairs.reverse()
        _cell(canvas, caption_style, caption, x, y, pairs)
    canvas.setFont("Helvetica", 8)
    canvas.drawString(MARGIN, 90, seed_text.NUMBERS_NOTE)


def _cell(
    canvas: Canvas,
    style: ParagraphStyle,
    caption: str,
    x: float,
    y: float,
    values: list[tuple[str, str]],
) -> None:
    p = Paragraph(caption, style)
    p.wrap(220, 60)
    p.drawOn(canvas, x, y - p.height)
    for value, label in values:
        left = x + (0 if label in ("Leicestershire", "Requirement") else 110)
        canvas.setFont("Helvetica-Bold", 18)
        canvas.drawCentredString(left + 50, y - 62, value)
        canvas.setFont("Helvetica", 8)
        canvas.drawCentredString(left + 50, y - 76, label)
