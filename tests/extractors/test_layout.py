"""Layouts real reports may use that neither the corpus nor the seed report shows: the reader
must follow the meaning of a page (labels, headers, positions), not one arrangement."""

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

import reference
from extractors import ExtractSettings
from extractors.layout_2014 import reconcile
from extractors.layout_2014.judgments import read_judgments
from extractors.layout_2014.numbers import read_numbers
from extractors.layout_2014.tables import read_tables
from extractors.pages import TextLayer, open_pdf
from tests.extractors import seed_text

CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
CHANGE = "2010-03-31..2015-03-31"


def _figures(path, read) -> dict:
    layer = TextLayer(open_pdf(path.read_bytes(), ExtractSettings()))
    try:
        figures, warnings = reconcile(read(layer.pages))
    finally:
        layer.close()
    assert warnings == []
    return {f.key: (f.value, f.page) for f in figures}


def _table(header: list[str], rows: list[list[str]], ruled: bool = False) -> Table:
    cells = [[Paragraph(c.replace("\n", "<br/>"), CELL) for c in row] for row in [header, *rows]]
    commands = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, "grey"))
    return Table(cells, colWidths=[80] + [70] * (len(header) - 1), style=TableStyle(commands))


def _pdf(path, story) -> None:
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


def test_workforce_columns_are_known_by_their_headers_in_any_order(tmp_path):
    header, rows = seed_text.TABLES["workforce"]
    order = [0, 2, 5, 3, 1, 4]  # planned before baseline, England and Wales before the force
    path = tmp_path / "shuffled.pdf"
    _pdf(
        path,
        [
            Paragraph("Workforce", CELL),
            _table([header[i] for i in order], [[r[i] for i in order] for r in rows], ruled=True),
        ],
    )
    got = _figures(path, read_tables)
    assert got[("workforce", "police_officers", "force", "2010-03-31")] == (2317.0, 1)
    assert got[("workforce", "police_officers", "force", "2015-03-31")] == (1982.0, 1)
    assert got[("workforce", "police_officers_change_pct", "force", CHANGE)] == (-14.0, 1)
    assert got[("workforce", "police_officers_change_pct", "england_wales", CHANGE)] == (-11.0, 1)
    assert len(got) == 25


def test_two_columns_of_the_same_meaning_leave_their_figures_out_with_warnings(tmp_path):
    """Without 'England and Wales' in its header, the last column reads as the force's change
    %, like the one before it: the two disagree, so neither is taken."""
    header, rows = seed_text.TABLES["workforce"]
    path = tmp_path / "ambiguous.pdf"
    _pdf(path, [_table([*header[:5], "Change for\nall forces %"], rows)])
    layer = TextLayer(open_pdf(path.read_bytes(), ExtractSettings()))
    figures, warnings = reconcile(read_tables(layer.pages))
    layer.close()
    keys = {f.key for f in figures}
    assert ("workforce", "police_officers_change_pct", "force", CHANGE) not in keys
    assert ("workforce", "police_officers", "force", "2010-03-31") in keys
    assert "workforce/police_officers_change_pct/force/" + CHANGE in {
        k for w in warnings for k in w.keys
    }
    assert {w.code for w in warnings} == {"unsure_value"}


def test_a_table_whose_header_was_left_at_the_foot_of_the_page_before(tmp_path):
    header, rows = seed_text.TABLES["workforce"]
    rows = [["CSOs" if r[0] == "PCSOs" else r[0], *r[1:]] for r in rows]  # as Welsh reports say
    path = tmp_path / "orphan-header.pdf"
    _pdf(
        path,
        [Spacer(1, 600), _table(header, []), PageBreak(), _table(["", "", "", "", "", ""], rows)],
    )
    got = _figures(path, read_tables)
    assert got[("workforce", "pcsos", "force", "2010-03-31")] == (233.0, 2)
    assert got[("workforce", "specials_change_pct", "england_wales", CHANGE)] == (44.0, 2)
    assert len(got) == 25


def test_a_table_broken_over_pages_without_its_header_keeps_its_columns(tmp_path):
    header, rows = seed_text.TABLES["crime"]
    path = tmp_path / "broken.pdf"
    _pdf(path, [_table(header, rows[:3]), PageBreak(), _table(["", "", ""], rows[3:])])
    got = _figures(path, read_tables)
    assert got[("crime", "burglary_rate", "force", "2013-14")] == (8.1, 2)
    assert got[("crime", "burglary_rate", "england_wales", "2013-14")] == (7.8, 2)
    assert got[("crime", "sexual_offences_rate", "england_wales", "2013-14")] == (1.1, 1)
    assert len(got) == 12


def test_pairs_with_labels_above_the_values_and_england_and_wales_on_the_left(tmp_path):
    path = tmp_path / "numbers.pdf"
    canvas = Canvas(str(path))
    for row, (caption, force, national) in enumerate(seed_text.PAIRS[6:]):
        y = 700 - row * 150
        canvas.setFont("Helvetica", 10)
        canvas.drawString(60, y, caption)
        for x, label, value in (
            (80, "England and Wales", national),
            (260, "Leicestershire", force),
        ):
            canvas.setFont("Helvetica", 8)
            canvas.drawCentredString(x + 50, y - 30, label)
            canvas.setFont("Helvetica-Bold", 18)
            canvas.drawCentredString(x + 50, y - 55, value)
    canvas.save()
    leicestershire = reference.force_by_id()["leicestershire"]
    got = _figures(path, lambda pages: read_numbers(pages, leicestershire))
    assert got == {
        ("headline", "recorded_crime_change_pct", "force", "2010-11..2013-14"): (-13.0, 1),
        ("headline", "recorded_crime_change_pct", "england_wales", "2010-11..2013-14"): (-14.0, 1),
        ("headline", "victim_satisfaction_pct", "force", "2013-14"): (85.8, 1),
        ("headline", "victim_satisfaction_pct", "england_wales", "2013-14"): (85.2, 1),
    }


def test_grades_belong_to_the_question_above_them_and_prose_is_no_grade(tmp_path):
    path = tmp_path / "columns.pdf"
    canvas = Canvas(str(path))
    grades = ("Inadequate", "Requires improvement", "Outstanding")
    heading = ParagraphStyle("q", fontName="Helvetica-Bold", fontSize=10, leading=12)
    for i in (2, 0, 1):  # drawn out of column order
        canvas.setFont("Helvetica-Bold", 11)
        canvas.drawString(60 + i * 170, 640, grades[i])
    for i, question in enumerate(seed_text.QUESTIONS):
        p = Paragraph(question, heading)
        p.wrap(150, 200)
        p.drawOn(canvas, 60 + i * 170, 760 - p.height)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(60 + i * 170, 600, "Good progress has been made.")
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(60, 500, "Overall judgment")
    canvas.drawString(60, 480, "Requires improvement")
    canvas.save()
    got = _figures(path, read_judgments)
    assert got == {
        ("judgment", "secure_financial_position", "force", "2014"): ("Inadequate", 1),
        ("judgment", "affordable_policing", "force", "2014"): ("Requires improvement", 1),
        ("judgment", "efficiency", "force", "2014"): ("Outstanding", 1),
        ("judgment", "overall", "force", "2014"): ("Requires improvement", 1),
    }


@pytest.mark.parametrize("ruled", [False, True])
def test_calls_table_with_wrapped_labels(tmp_path, ruled):
    header, rows = seed_text.TABLES["calls"]
    rows = [[r[0].replace("calls ", "calls\n"), *r[1:]] for r in rows]
    path = tmp_path / "calls.pdf"
    _pdf(path, [_table(header, rows, ruled)])
    got = _figures(path, read_tables)
    assert got == {
        ("calls", "emergency_calls_on_target_pct", "force", "2010-11"): (91.0, 1),
        ("calls", "emergency_calls_on_target_pct", "force", "2013-14"): (88.8, 1),
        ("calls", "priority_calls_on_target_pct", "force", "2010-11"): (91.0, 1),
        ("calls", "priority_calls_on_target_pct", "force", "2013-14"): (79.5, 1),
    }
