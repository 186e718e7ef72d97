"""The template sentences, read from the real report's own sentences typeset in a narrow
column (so they break over many lines), reworded as other forces' reports word them."""

import re

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from extractors import ExtractSettings
from extractors.layout_2014 import reconcile
from extractors.layout_2014.reading import Reading
from extractors.layout_2014.sentences import TEMPLATES, read_sentences
from extractors.pages import TextLayer, open_pdf
from tests.extractors import seed_text

STYLE = ParagraphStyle("narrow", fontName="Times-Roman", fontSize=11, leading=13, spaceAfter=6)
SENTENCE_KEYS = {key for template in TEMPLATES for key in template.figures.values()}
SEED_PARAGRAPHS = [
    text
    for section in (seed_text.FINANCE, seed_text.POLICING, seed_text.EFFICIENCY)
    for kind, text in section
    if kind in ("para", "bullet", "small")
] + [seed_text.NUMBERS_NOTE]


def _read(tmp_path, *pages: list[str]) -> dict:
    """The figures read from paragraphs typeset in a 160pt column (so sentences break over
    many lines), a list of paragraphs per page; with the warnings under "warnings"."""
    path = tmp_path / "sentences.pdf"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=200, rightMargin=A4[0] - 360)
    story = []
    for i, texts in enumerate(pages):
        story += ([PageBreak()] if i else []) + [Paragraph(text, STYLE) for text in texts]
    doc.build(story)
    layer = TextLayer(open_pdf(path.read_bytes(), ExtractSettings()))
    try:
        figures, warnings = reconcile(read_sentences(layer.pages, set()))
    finally:
        layer.close()
    return {f.key: f.value for f in figures} | {"warnings": warnings}


def _worded(text: str, percent: str = " percent", itself: str = "force") -> str:
    text = re.sub(r"(?<=\d) percent\b", percent, text)
    return re.sub(r"\b([Tt])he force\b", lambda m: f"{m[1]}he {itself}", text)


@pytest.mark.parametrize(
    ("percent", "itself"),
    [(" percent", "force"), (" per cent", "constabulary"), ("%", "MPS")],
)
def test_the_real_sentences_give_the_real_figures(tmp_path, golden, percent, itself):
    got = _read(tmp_path, [_worded(t, percent, itself) for t in SEED_PARAGRAPHS])
    assert got.pop("warnings") == []
    assert got == {k: v for k, v in golden.items() if k in SENTENCE_KEYS}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "Between 2010/11 and 2013/14, Kent Police increased recorded crime (excluding"
                " fraud) by 3 "
                "percent, compared with a reduction of 14 percent in England and Wales."
            ),
            {
                ("crime", "recorded_crime_change_pct", "force", "2010-11..2013-14"): 3.0,
                ("crime", "recorded_crime_change_pct", "england_wales", "2010-11..2013-14"): -14.0,
            },
        ),
        (
            (
                "Looking just at the last 12 months, recorded crime (excluding fraud) reduced"
                " by 2 percent, "
                "which is lower than the figure for England and Wales (an increase of 1 percent)."
            ),
            {
                ("crime", "recorded_crime_change_12_months_pct", "force", "2013-14"): -2.0,
                ("crime", "recorded_crime_change_12_months_pct", "england_wales", "2013-14"): 1.0,
            },
        ),
        (
            (
                "In 2014, Kent Police allocated 59 percent of its police officers to visible"
                " roles. This is "
                "3.0 percentage points lower than the number allocated in 2010, and higher"
                " than the figure "
                "for most other forces (which was 56 percent across England and Wales)."
            ),
            {
                ("visibility", "officers_in_visible_roles_pct", "force", "2014"): 59.0,
                ("visibility", "officers_in_visible_roles_change", "force", "2010..2014"): -3.0,
                ("visibility", "officers_in_visible_roles_pct", "england_wales", "2014"): 56.0,
            },
        ),
        (
            (
                "The proportion of those remaining on the front line is projected to stay"
                " level from 90 "
                "percent to 90 percent. This compares with an overall increase across England"
                " and Wales "
                "from 89 percent to 92 percent."
            ),
            {
                ("frontline", "frontline_officers_pct", "force", "2010-03-31"): 90.0,
                ("frontline", "frontline_officers_pct", "force", "2015-03-31"): 90.0,
                ("frontline", "frontline_officers_pct", "england_wales", "2010-03-31"): 89.0,
                ("frontline", "frontline_officers_pct", "england_wales", "2015-03-31"): 92.0,
            },
        ),
        (
            (
                "The constabulary currently anticipates that the savings it expects to have"
                " to achieve in "
                "2016/17 will be no greater than in 2015/16, forecasting a requirement of £22.5m."
            ),
            {("finance", "savings_required", "force", "2016-17"): 22.5},
        ),
    ],
)
def test_other_wordings_of_a_template(tmp_path, sentence, expected):
    got = _read(tmp_path, [sentence])
    assert got.pop("warnings") == []
    assert got == expected


@pytest.mark.parametrize("page_numbers", [False, True])
def test_a_sentence_running_over_a_page_break_puts_each_figure_on_its_page(tmp_path, page_numbers):
    """A page number in the margin (drawn last on one page, first on the next) is no part of
    the sentence."""
    path = tmp_path / "broken.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(
        60, 100, "Kent Police's detection rate (for crimes excluding fraud) for the 12 months to"
    )
    if page_numbers:
        canvas.drawString(300, 30, "17")
    canvas.showPage()
    if page_numbers:
        canvas.drawString(300, 30, "18")
    canvas.drawString(
        60, 780, "March 2014 was 23 per cent. This is lower than the England and Wales detection"
    )
    canvas.drawString(60, 766, "rate of 26 per cent.")
    canvas.save()
    layer = TextLayer(open_pdf(path.read_bytes(), ExtractSettings()))
    readings = {r.key: r for r in read_sentences(layer.pages, set())}
    layer.close()
    force = readings[("crime", "detection_rate_pct", "force", "2013-14")]
    national = readings[("crime", "detection_rate_pct", "england_wales", "2013-14")]
    assert (force.value, force.page, national.value, national.page) == (23.0, 2, 26.0, 2)
    x0, top, x1, bottom = force.bbox
    assert 60 < x0 < x1 < 300 and 40 < top < bottom < 70  # "23" on the first line of page 2


def test_two_different_values_for_one_figure_leave_it_out_with_a_warning(tmp_path):
    got = _read(
        tmp_path,
        [
            (
                "Kent Police has identified that it needs to save £36.1m over the four years of"
                " the spending review."
            ),
            "Elsewhere: it needs to save £35.1m over the four years of the spending review.",
        ],
    )
    key = ("finance", "savings_requirement", "force", "2011-12..2014-15")
    assert key not in got
    assert [(w.code, w.keys) for w in got["warnings"]] == [("unsure_value", ("/".join(key),))]


def test_a_figure_repeated_in_the_summary_pages_is_placed_in_its_section():
    key = ("finance", "savings_required", "force", "2014-15")
    figures, warnings = reconcile(
        [
            Reading(key, 10.4, 3, (0, 0, 1, 1), front_matter=True),
            Reading(key, 10.4, 7, (0, 500, 1, 501)),
            Reading(key, 10.4, 7, (0, 100, 1, 101)),
        ]
    )
    assert warnings == [] and [(f.value, f.page, f.bbox) for f in figures] == [
        (10.4, 7, (0, 100, 1, 101))
    ]
