"""Typeset one force's report, in the real report's page order, into a PDF."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, NextPageTemplate, PageBreak

from samples import numbers, outer_pages, typeset
from samples.report import Report
from samples.section_efficiency import efficiency
from samples.section_finance import secure_financial_position
from samples.section_policing import affordable_policing

SYNTHETIC_NOTE = "Synthetic sample report, figures are not real"


class UnmarkedFigure(RuntimeError):
    """A figure the report should print was never drawn: a bug in the page builders."""


def _story(r: Report) -> list:
    return [
        NextPageTemplate("body"),
        PageBreak(),
        *outer_pages.overall_judgment(r),
        PageBreak(),
        outer_pages.summary_columns(r),
        PageBreak(),
        numbers.financial_and_policing(r),
        PageBreak(),
        numbers.efficiency(r),
        PageBreak(),
        *outer_pages.introduction(r),
        PageBreak(),
        *secure_financial_position(r),
        PageBreak(),
        *affordable_policing(r),
        PageBreak(),
        *efficiency(r),
        PageBreak(),
        *outer_pages.our_judgments(r),
    ]


def render_report(force_id: str, path: Path, *, variant: int = 0) -> Report:
    """Write the force's report to `path`; the returned Report knows where each figure went.
    `variant` only changes the Creator metadata, so the bytes differ and the content does not."""
    r = Report.of(force_id)

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        r.marks.install(canvas)

    subject = "Valuing the Police: value for money inspection"
    keywords = "HMIC, value for money, 2014"
    if r.style.synthetic:
        subject, keywords = f"{SYNTHETIC_NOTE}. {subject}", f"synthetic, {keywords}"
    doc = typeset.document(
        str(path),
        title=f"{r.name}: Responding to austerity",
        subject=subject,
        keywords=keywords,
        creator=f"vfm samples, render {variant}",
        on_page=on_page,
        on_cover=lambda canvas, doc: outer_pages.draw_cover(r, canvas),
    )
    doc.build(_story(r))
    missing = set(r.figures) - set(r.marks.pages)
    if missing:
        raise UnmarkedFigure(f"{force_id}: figures never drawn: {sorted(missing)}")
    return r
