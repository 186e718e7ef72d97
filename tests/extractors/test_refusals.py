"""Each kind of file the extractor cannot read or does not support is refused with its own
small exception, whose text is the one line a user sees."""

import io

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from extractors import ExtractSettings, extract_report
from extractors.errors import (
    EncryptedPdf,
    NotAPdf,
    NotAValueForMoneyReport,
    NoTextLayer,
    ReportRefused,
    TooLarge,
    UnknownForce,
    UnreadablePdf,
    UnsupportedEdition,
)


def _pdf(path, *pages: list[str], **canvas_options):
    canvas = Canvas(str(path), **canvas_options)
    for lines in pages:
        for i, line in enumerate(lines):
            canvas.drawString(60, 780 - 16 * i, line)
        canvas.showPage()
    canvas.save()
    return path


REPORT_2014 = [
    "HMIC",
    "Responding to austerity",
    "Kent Police",
    "How well does the force provide value for money?",
    "Kent Police has made good progress in its response to the spending review challenge.",
]


def _refusal(path, settings=None) -> ReportRefused:
    with pytest.raises(ReportRefused) as caught:
        extract_report(path, settings)
    return caught.value


def test_a_file_that_is_not_a_pdf(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_text("Kent Police: Responding to austerity\n")
    refusal = _refusal(path)
    assert isinstance(refusal, NotAPdf) and refusal.code == "not_a_pdf"


def test_a_damaged_pdf(tmp_path):
    path = tmp_path / "damaged.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    assert isinstance(_refusal(path), UnreadablePdf)


def test_an_encrypted_pdf(tmp_path):
    path = _pdf(tmp_path / "locked.pdf", REPORT_2014, encrypt="secret")
    refusal = _refusal(path)
    assert isinstance(refusal, EncryptedPdf) and "password" in str(refusal)


def test_a_scan_without_a_text_layer_says_ocr_would_be_needed(tmp_path):
    path = tmp_path / "scan.pdf"
    canvas = Canvas(str(path))
    image = io.BytesIO()
    Image.new("L", (200, 100), 255).save(image, format="PNG")
    canvas.drawImage(ImageReader(image), 60, 600, 400, 200)
    canvas.showPage()
    canvas.save()
    refusal = _refusal(path)
    assert isinstance(refusal, NoTextLayer) and "OCR" in str(refusal)


def test_an_unrelated_pdf(tmp_path):
    path = _pdf(
        tmp_path / "minutes.pdf", ["Minutes of the parish council", "Item 1: the village hall roof"]
    )
    assert isinstance(_refusal(path), NotAValueForMoneyReport)


def test_a_2013_report_is_an_edition_not_supported_yet(tmp_path):
    path = _pdf(
        tmp_path / "2013.pdf",
        [
            "HMIC",
            "Valuing the Police",
            "Policing in austerity: Rising to the challenge",
            "Kent Police",
            "Kent Police has a savings requirement over the spending review period.",
        ],
    )
    refusal = _refusal(path)
    assert isinstance(refusal, UnsupportedEdition) and "2013" in str(refusal)


def test_a_report_whose_force_cannot_be_found(tmp_path):
    anonymous = [line.replace("Kent Police", "The force") for line in REPORT_2014]
    assert isinstance(_refusal(_pdf(tmp_path / "anonymous.pdf", anonymous)), UnknownForce)


def test_a_report_naming_two_forces_equally_is_refused(tmp_path):
    both = [*REPORT_2014, "Essex Police and Essex Police share a unit with Kent Police."]
    refusal = _refusal(_pdf(tmp_path / "both.pdf", both))
    assert isinstance(refusal, UnknownForce) and "essex" in str(refusal) and "kent" in str(refusal)


def test_too_many_pages(tmp_path):
    path = _pdf(tmp_path / "long.pdf", REPORT_2014, REPORT_2014, REPORT_2014)
    refusal = _refusal(path, ExtractSettings(max_pages=2))
    assert isinstance(refusal, TooLarge) and "3 pages" in str(refusal)


def test_too_many_bytes_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.pdf"
    path.write_bytes(b"not even a pdf" * 100)
    assert isinstance(_refusal(path, ExtractSettings(max_bytes=1000)), TooLarge)


def test_every_refusal_has_its_own_code_and_a_one_line_reason():
    classes = [
        NotAPdf,
        UnreadablePdf,
        EncryptedPdf,
        NoTextLayer,
        NotAValueForMoneyReport,
        UnsupportedEdition,
        UnknownForce,
        TooLarge,
    ]
    assert len({c.code for c in classes}) == len(classes)
    for refusal_class in classes:
        text = str(refusal_class("a detail"))
        assert "\n" not in text and text.endswith("a detail") and len(text) > len("a detail: ")


@pytest.mark.parametrize(
    "bad", [{"max_pages": 0}, {"max_bytes": -1}, {"max_pages": True}, {"max_pages": 2.5}]
)
def test_settings_are_validated(bad):
    with pytest.raises(ValueError):
        ExtractSettings(**bad)


def test_settings_are_frozen():
    with pytest.raises(AttributeError):
        ExtractSettings().max_pages = 5
