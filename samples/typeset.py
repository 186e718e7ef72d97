"""The typesetting every page shares: fonts, paragraph styles, colours, the A4 document
template and two small flowables (a page drawn straight on the canvas, a grade badge)."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from samples.style import SANS, SANS_BOLD, HouseStyle

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 62
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN

NAVY = colors.HexColor("#1d3461")
TEAL = colors.HexColor("#1f7a8c")
PALE = colors.HexColor("#e3eef2")
GREY = colors.HexColor("#6b6b6b")
GRADE_COLOURS = {
    "Outstanding": colors.HexColor("#2e7d32"),
    "Good": colors.HexColor("#5a9a3b"),
    "Requires improvement": colors.HexColor("#e08a00"),
    "Inadequate": colors.HexColor("#c62828"),
}


@cache
def register_fonts() -> None:
    folder = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
    faces = {
        SANS: "Vera.ttf",
        SANS_BOLD: "VeraBd.ttf",
        "Vera-Italic": "VeraIt.ttf",
        "Vera-BoldItalic": "VeraBI.ttf",
    }
    for name, file in faces.items():
        pdfmetrics.registerFont(TTFont(name, os.path.join(folder, file)))
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic="Vera-Italic", boldItalic="Vera-BoldItalic"
    )


@cache
def paragraph_style(house: HouseStyle, name: str) -> ParagraphStyle:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=house.body_font,
        fontSize=10.5,
        leading=14,
        spaceAfter=8,
        embeddedHyphenation=1,
    )
    styles = {
        "body": body,
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=house.bold_font,
            fontSize=17,
            leading=21,
            textColor=NAVY,
            spaceAfter=14,
        ),
        "subheading": ParagraphStyle(
            "subheading",
            parent=body,
            fontName=house.bold_font,
            fontSize=11,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
            textColor=NAVY,
            keepWithNext=1,
        ),
        "bullet": ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=14,
            bulletIndent=2,
            bulletFontName=SANS,
            bulletText="\u2022",
        ),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceAfter=4),
        "column": ParagraphStyle(
            "column", parent=body, fontName=SANS, fontSize=8.6, leading=11, spaceAfter=7
        ),
        "column_head": ParagraphStyle(
            "column_head",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=10,
            leading=12.5,
            textColor=NAVY,
        ),
        "cell": ParagraphStyle("cell", fontName=SANS, fontSize=9, leading=11),
        "cell_head": ParagraphStyle("cell_head", fontName=SANS_BOLD, fontSize=8.5, leading=10.5),
        "number": ParagraphStyle(
            "number", fontName=SANS, fontSize=9, leading=11, alignment=TA_RIGHT
        ),
        "number_head": ParagraphStyle(
            "number_head", fontName=SANS_BOLD, fontSize=8.5, leading=10.5, alignment=TA_RIGHT
        ),
    }
    return styles[name]


class CanvasPage(Flowable):
    """A whole page drawn straight on the canvas (infographics, summary columns)."""

    def __init__(self, draw: Callable[[Canvas, float, float], None]) -> None:
        super().__init__()
        self._draw = draw

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = available_width, available_height
        return self.width, self.height

    def draw(self) -> None:
        self._draw(self.canv, self.width, self.height)


class GradeBadge(Flowable):
    """A section's grade, printed in a coloured box as the reports do."""

    def __init__(
        self,
        grade: str,
        *,
        align: str = "RIGHT",
        width: float = 150,
        on_draw: Callable[[Canvas], None] | None = None,
    ) -> None:
        super().__init__()
        self.grade, self.hAlign, self._on_draw = grade, align, on_draw
        self.width, self.height = width, 26

    def draw(self) -> None:
        draw_grade(self.canv, self.grade, 0, 0, self.width, self.height)
        if self._on_draw:
            self._on_draw(self.canv)


def ending_with_grade(flowables: list[Flowable], grade: str) -> list[Flowable]:
    """A section's closing lines and its grade badge, never parted by a page break."""
    return [*flowables[:-1], KeepTogether([flowables[-1], Spacer(1, 8), GradeBadge(grade)])]


def draw_grade(canvas: Canvas, grade: str, x: float, y: float, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setFillColor(GRADE_COLOURS[grade])
    canvas.roundRect(x, y, width, height, 4, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    size = min(12.0, 12.0 * (width - 12) / pdfmetrics.stringWidth(grade, SANS_BOLD, 12))
    canvas.setFont(SANS_BOLD, size)
    canvas.drawCentredString(x + width / 2, y + height / 2 - size / 3, grade)
    canvas.restoreState()


def document(
    path: str,
    *,
    title: str,
    subject: str,
    keywords: str,
    creator: str,
    on_page: Callable[[Canvas, BaseDocTemplate], None],
    on_cover: Callable[[Canvas, BaseDocTemplate], None],
) -> BaseDocTemplate:
    register_fonts()
    frame = Frame(
        MARGIN,
        MARGIN,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        id="text",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )

    def cover(canvas: Canvas, doc: BaseDocTemplate) -> None:
        on_page(canvas, doc)
        on_cover(canvas, doc)

    return BaseDocTemplate(
        path,
        pagesize=A4,
        invariant=1,
        title=title,
        author="HMIC",
        subject=subject,
        keywords=keywords,
        creator=creator,
        producer="vfm samples (reportlab)",
        pageTemplates=[
            PageTemplate("cover", [frame], onPage=cover),
            PageTemplate("body", [frame], onPage=on_page),
        ],
    )
