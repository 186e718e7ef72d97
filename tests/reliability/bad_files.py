"""Every kind of wrong file an inbox receives, each made by one small function from nothing
but the libraries the project already has (reportlab, Pillow, zlib) and, where the file is a
damaged report, a valid sample report. Each returns the path it wrote."""

from __future__ import annotations

import base64
import io
import random
import re
import zipfile
import zlib
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas


def zero_byte(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def truncated(report: Path, path: Path, fraction: float = 0.6) -> Path:
    """The first `fraction` of a report's bytes: a copy or download cut short."""
    data = report.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    return path


def random_bytes(path: Path, size: int = 50_000, seed: int = 6) -> Path:
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


def _text_pdf(path: Path, lines: list[str], **canvas_options) -> Path:
    canvas = Canvas(str(path), pagesize=A4, **canvas_options)
    text = canvas.beginText(72, 760)
    for line in lines:
        text.textLine(line)
    canvas.drawText(text)
    canvas.showPage()
    canvas.save()
    return path


# What a 2014 report's cover says: enough for the extractor to recognise it, if it could read it.
REPORT_COVER = [
    "HMIC",
    "Kent Police: Responding to austerity",
    "How well does the force provide value for money?",
    "Kent Police has made good progress in responding to the spending review challenge.",
]


def encrypted(path: Path, password: str = "secret") -> Path:
    """A report's cover that needs `password` to open."""
    return _text_pdf(path, REPORT_COVER, encrypt=password)


def not_a_vfm_report(path: Path) -> Path:
    """A perfectly good PDF about something else."""
    return _text_pdf(
        path,
        [
            "Parish council: minutes of the meeting of 3 March 2014",
            "Item 1. The village hall roof will be repaired before the summer.",
            "Item 2. The footpath to the church is to be resurfaced.",
        ],
    )


def press_release(path: Path) -> Path:
    """A PDF about the report, quoting its title and force, with none of its figures."""
    return _text_pdf(
        path,
        [
            "HMIC press release, 17 July 2014",
            "HMIC today published Kent Police: Responding to austerity, its inspection of how",
            "well the force provides value for money. The full report is on our website.",
        ],
    )


def image_only(path: Path) -> Path:
    """A scan: the report's cover as a picture, with no text layer."""
    picture = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(picture)
    for n, line in enumerate(REPORT_COVER):
        draw.text((120, 200 + 60 * n), line, fill=0)
    png = io.BytesIO()
    picture.save(png, format="PNG")
    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawImage(ImageReader(png), 0, 0, *A4)
    canvas.showPage()
    canvas.save()
    return path


def many_pages(path: Path, pages: int = 3000) -> Path:
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    for n in range(1, pages + 1):
        canvas.drawString(72, 72, f"page {n}")
        canvas.showPage()
    canvas.save()
    return path


def text_file(path: Path) -> Path:
    path.write_text("Kent Police: Responding to austerity (notes for the briefing)\n")
    return path


def word_document(path: Path) -> Path:
    """A minimal but well-formed .docx: a zip of WordprocessingML parts."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
            "</Relationships>"
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>Kent Police: Responding to austerity</w:t></w:r></w:p>"
            "</w:body></w:document>"
        ),
    }
    with zipfile.ZipFile(path, "w") as docx:
        for name, xml in parts.items():
            docx.writestr(name, xml)
    return path


def pdf_from_objects(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file around `objects` (object n is objects[n - 1]; object `root` the catalog),
    with a correct cross-reference table, so a reader gets past the file structure."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


_OBJECT = re.compile(rb"(\d+) 0 obj\n(.*?)\nendobj", re.DOTALL)
_ENCODED_STREAM = re.compile(
    rb"<<(?P<dict>[^>]*/ASCII85Decode[^>]*)>>\s*stream\r?\n(?P<data>.*?)endstream", re.DOTALL
)


def with_text_replaced(report: Path, path: Path, old: str, new: str) -> Path:
    """A sample report in which the page text `old` is printed as `new`, as a typo would be.
    Reads reportlab's layout of a PDF (objects numbered 1..n in order, content streams
    ASCII85 and Flate encoded) and writes the edited streams Flate encoded alone."""
    data = report.read_bytes()
    objects = {int(m[1]): m[2] for m in _OBJECT.finditer(data)}
    assert sorted(objects) == list(range(1, len(objects) + 1)), "not a reportlab PDF"
    edits = 0
    for number, body in objects.items():
        if stream := _ENCODED_STREAM.match(body):
            content = zlib.decompress(base64.a85decode(stream["data"].strip(), adobe=True))
            if old.encode() in content:
                edits += content.count(old.encode())
                edited = zlib.compress(content.replace(old.encode(), new.encode()))
                objects[number] = _stream(edited, b" /Filter /FlateDecode")
    assert edits, f"{old!r} is not printed in {report.name}"
    root = int(re.search(rb"/Root (\d+) 0 R", data)[1])
    path.write_bytes(pdf_from_objects([objects[n] for n in sorted(objects)], root))
    return path


def misprinted_table(report: Path, path: Path) -> Path:
    """A report whose workforce table misprints the month of its dates ('31 Marhc 2010'):
    a real typo the extractor's table reader does not expect."""
    return with_text_replaced(report, path, "(31 March)", "(31 Marhc)")


def _one_page(content: bytes, stream_options: bytes = b"") -> list[bytes]:
    """Catalog, page tree and one A4 page whose content stream is `content`."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources"
            b" << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>"
        ),
        _stream(content, stream_options),
    ]


def _stream(data: bytes, options: bytes = b"") -> bytes:
    return b"<< /Length %d%s >>\nstream\n" % (len(data), options) + data + b"\nendstream"


def deeply_nested(path: Path, depth: int = 200_000) -> Path:
    """A report-looking page whose resources hold an array nested `depth` deep: a parser
    that recurses once per level runs out of stack or time."""
    objects = _one_page(b"BT /F1 12 Tf 72 760 Td (HMIC Responding to austerity Kent Police) Tj ET")
    objects[2] = objects[2].replace(
        b"/MediaBox", b"/Nested " + b"[" * depth + b"]" * depth + b" /MediaBox"
    )
    path.write_bytes(pdf_from_objects(objects))
    return path


def flate_of_repeats(block: bytes, times: int) -> bytes:
    """zlib data inflating to `block` repeated `times` times, made in the time it takes to
    compress `block` twice: after a full flush the compressor forgets what came before, so
    every further copy of `block` compresses to the same bytes."""
    squeeze = zlib.compressobj(9)
    first = squeeze.compress(block) + squeeze.flush(zlib.Z_FULL_FLUSH)
    again = squeeze.compress(block) + squeeze.flush(zlib.Z_FULL_FLUSH)
    end = squeeze.flush()[:-4]  # the final empty block, without the checksum of two copies
    checksum = 1
    for _ in range(times):
        checksum = zlib.adler32(block, checksum)
    return first + again * (times - 1) + end + checksum.to_bytes(4, "big")


def decompression_bomb(path: Path, inflated_bytes: int = 4 << 30) -> Path:
    """A page whose content stream is a few megabytes of Flate data that inflates to
    `inflated_bytes` of spaces (valid content: a reader has to inflate it all)."""
    block = b" " * (16 << 20)
    deflated = flate_of_repeats(block, inflated_bytes // len(block))
    path.write_bytes(pdf_from_objects(_one_page(deflated, b" /Filter /FlateDecode")))
    return path


def operator_flood(path: Path, pages: int = 150, page_bytes: int = 64 << 20) -> Path:
    """`pages` pages that all draw one shared content stream of `page_bytes` of 'q Q' (save
    and restore the graphics state): a file of kilobytes that takes a reader about a second a
    page to parse, in little memory, as each page is parsed and let go in turn."""
    block = b"q Q " * (4 << 20)
    content = flate_of_repeats(block, page_bytes // len(block))
    kids = b" ".join(b"%d 0 R" % (4 + n) for n in range(pages))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        _stream(content, b" /Filter /FlateDecode"),
        *[page] * pages,
    ]
    path.write_bytes(pdf_from_objects(objects))
    return path
