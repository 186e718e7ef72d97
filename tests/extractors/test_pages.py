"""The text pass: a page's text as one line, footnote superscripts removed, hyphenation
joined, and every span mapped back to the page in pdfplumber's coordinates."""

import pdfplumber
import pytest
from reportlab.pdfgen.canvas import Canvas

from extractors import ExtractSettings
from extractors.pages import TextLayer, flatten, open_pdf


@pytest.fixture
def page_with_footnotes(tmp_path):
    path = tmp_path / "footnotes.pdf"
    canvas = Canvas(str(path))
    text = canvas.beginText(60, 700)
    for words, marker in (
        ("HMIC conducted a survey", "1"),
        (" of the public; 85.8", "2"),
        (" percent.", ""),
    ):
        text.setFont("Helvetica", 10)
        text.textOut(words)
        if marker:  # a raised, smaller footnote number, as reports print them
            text.setFont("Helvetica", 6)
            text.setRise(4)
            text.textOut(marker)
            text.setRise(0)
    text.setFont("Helvetica", 10)
    text.textLine("")
    for line in (
        "It plans to make 28 per-",
        "cent of its savings from non-",
        "pay, the \u2018priority\u2019 calls.",
    ):
        text.textLine(line)
    canvas.drawText(text)
    canvas.setFont("Helvetica", 7)
    canvas.drawString(60, 100, "1 Sample sizes were chosen for each force.")
    canvas.save()
    return path


@pytest.fixture
def layer(page_with_footnotes):
    layer = TextLayer(open_pdf(page_with_footnotes.read_bytes(), ExtractSettings()))
    yield layer
    layer.close()


def test_superscript_footnote_markers_are_removed(layer):
    text = layer.pages[0].text
    assert "survey of the public" in text
    assert "85.8 percent." in text  # not 85.82


def test_a_footnote_set_in_small_type_on_its_own_line_keeps_its_number(layer):
    assert "1 Sample sizes" in layer.pages[0].text


def test_line_end_hyphenation_is_joined_and_quotes_straightened(layer):
    text = layer.pages[0].text
    assert "28 percent of its savings from nonpay, the 'priority' calls." in text


def test_spans_map_to_pdfplumber_coordinates(layer, page_with_footnotes):
    page = layer.pages[0]
    start = page.text.index("conducted")
    x0, top, x1, bottom = page.bbox(start, start + len("conducted"))
    with pdfplumber.open(page_with_footnotes) as pdf:
        word = next(w for w in pdf.pages[0].extract_words() if w["text"] == "conducted")
    assert (x0, x1) == pytest.approx((word["x0"], word["x1"]), abs=0.5)
    assert (top, bottom) == pytest.approx((word["top"], word["bottom"]), abs=2)


def test_words_split_where_glyphs_jump_even_without_a_space(tmp_path):
    path = tmp_path / "pair.pdf"
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 18)
    canvas.drawString(300, 700, "85.2%")  # drawn first, though it stands on the right
    canvas.drawString(100, 700, "85.8%")
    canvas.save()
    layer = TextLayer(open_pdf(path.read_bytes(), ExtractSettings()))
    words = sorted(layer.pages[0].words(), key=lambda w: w[1][0])
    layer.close()
    assert [text for text, _ in words] == ["85.8%", "85.2%"]
    assert words[0][1][0] == pytest.approx(100, abs=1)


@pytest.mark.parametrize(
    ("raw", "flat"),
    [
        ("a  b\r\nc", "a b c"),
        ("collabo-\r\nration", "collaboration"),
        ("non-pay", "non-pay"),  # a hyphen inside a line stays
        ("Victim-\r\nBased", "Victim- Based"),  # not a word broken over a line
        ("per\ufffecent", "percent"),  # pdfium's mark for a hyphen it took out
        ("force\u2019s", "force's"),
        ("  leading and trailing  ", "leading and trailing"),
    ],
)
def test_flatten(raw, flat):
    text, index = flatten(raw)
    assert text == flat
    assert len(index) == len(text) and all(raw[i] == c or c in " '" for i, c in zip(index, text))
