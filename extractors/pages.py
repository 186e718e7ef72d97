"""The text pass: pypdfium2 reads every page's text once (a few milliseconds a page) and
gives each glyph's box on demand. Recognition, sentences, the infographic, the judgments and
the tables are all read from it; pdfplumber's word extraction, at about 100 ms for a page of
these reports, would alone take the extractor over its time budget."""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass, field
from functools import cached_property

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractors.errors import EncryptedPdf, NotAPdf, NoTextLayer, TooLarge, UnreadablePdf
from extractors.model import BBox
from extractors.normalise import FOOTNOTE_MARKS, is_superscript
from extractors.settings import ExtractSettings

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_MARK = re.compile(f"[0-9{re.escape(FOOTNOTE_MARKS)}]")
_GONE = "\x00"  # stands in for a removed footnote marker while the text is flattened
# What flattening rewrites: a footnote marker before punctuation (with the line breaks pdfium
# puts around a raised glyph), runs of whitespace, a hyphen ending a line inside a word
# (pdfium marks one it recognised as U+FFFE), and soft hyphens.
_REWRITES = re.compile(
    r"(?P<marker>\s*\x00[\s\x00]*(?=[.,;:)]))"
    r"|(?P<space>[\s\x00]+)"
    r"|(?P<hyphenation>(?<=[A-Za-z])[-\u00ad\x02\ufffe] *[\r\n][\r\n ]*(?=[a-z]))"
    r"|(?P<soft>[\u00ad\x02\ufffe])"
)


def open_pdf(data: bytes, settings: ExtractSettings) -> pdfium.PdfDocument:
    """The document, or the refusal that says why it cannot be read."""
    if not data:
        raise NotAPdf("the file is empty (0 bytes)")
    if b"%PDF-" not in data[:1024]:
        raise NotAPdf("it does not start with a PDF header")
    if b"%%EOF" not in data[-1024:]:
        # Readers may rebuild a damaged file from what is left: a report cut short by a
        # copy or download could then load with pages missing.
        raise UnreadablePdf("it is cut short (no end-of-file marker): an incomplete copy?")
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedPdf("it needs a password to open") from None
        raise UnreadablePdf(str(error).rstrip(".")) from None
    if len(pdf) > settings.max_pages:
        pages = len(pdf)
        pdf.close()
        raise TooLarge(f"{pages} pages, more than the {settings.max_pages} allowed")
    return pdf


@dataclass
class PageText:
    """One page's text as one line: runs of whitespace as single spaces, line-end hyphenation
    joined, footnote superscripts removed, typographic quotes straight. `bbox` maps a span of
    it back to the page, in pdfplumber's coordinates (x0, top, x1, bottom)."""

    number: int  # 1-based
    text: str
    char_index: list[int]  # index in pdfium's char list of each char of `text`
    textpage: pdfium.PdfTextPage = field(repr=False)
    page_top: float

    def bbox(self, start: int, end: int) -> BBox:
        return self._union([self._box(i) for i in range(start, end) if self.text[i] != " "])

    def words(self) -> list[tuple[str, BBox]]:
        """The page's words and their boxes: the text split at spaces and wherever the
        glyphs jump (to a new line, or across a gap wider than a space, as between two
        table cells drawn with no space in between)."""
        words: list[tuple[str, BBox]] = []
        for token in re.finditer(r"\S+", self.text):
            start, boxes = token.start(), []
            for i in range(token.start(), token.end()):
                box = self._box(i)
                if boxes and _jumps(boxes[-1], box):
                    words.append((self.text[start:i], self._union(boxes)))
                    start, boxes = i, []
                boxes.append(box)
            words.append((self.text[start : token.end()], self._union(boxes)))
        return words

    def _box(self, i: int) -> tuple[float, float, float, float]:
        return self.textpage.get_charbox(self.char_index[i], loose=True)

    def _union(self, boxes: list[tuple[float, float, float, float]]) -> BBox:
        left, bottom, right, top = zip(*boxes, strict=True)
        return (
            round(min(left), 2),
            round(self.page_top - max(top), 2),
            round(max(right), 2),
            round(self.page_top - min(bottom), 2),
        )


def _jumps(previous: tuple[float, ...], box: tuple[float, ...]) -> bool:
    left, bottom, _, top = box
    height = top - bottom
    return (
        left < previous[0]
        or left - previous[2] > 0.25 * height
        or abs(bottom - previous[1]) > 0.5 * height
    )


class _Glyphs:
    """Font size and baseline of pdfium chars, fetched only for the few that need them."""

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.textpage = textpage
        self._x, self._y = ctypes.c_double(), ctypes.c_double()

    def size(self, index: int) -> float:
        return pdfium_c.FPDFText_GetFontSize(self.textpage, index)

    def baseline(self, index: int) -> float:
        pdfium_c.FPDFText_GetCharOrigin(self.textpage, index, self._x, self._y)
        return -self._y.value  # downwards, as pdfplumber measures

    def touching(self, a: int, b: int) -> bool:
        """Whether glyphs a and b are set side by side, less than a thin space apart."""
        first, second = sorted((a, b))
        gap = self.textpage.get_charbox(second)[0] - self.textpage.get_charbox(first)[2]
        return -1 <= gap <= 0.25 * self.size(a)


def _superscripts(raw: str, glyphs: _Glyphs) -> set[int]:
    """Indices of footnote markers set as superscripts ('survey¹', '85.8¹'): digits and marks
    raised above the glyph they are set against, on its line and touching it."""
    found: set[int] = set()
    for mark in _MARK.finditer(raw):
        i = mark.start()
        ref = _reference_glyph(raw, i, found)
        if (
            ref is not None
            and glyphs.touching(ref, i)
            and is_superscript(
                glyphs.size(i), glyphs.baseline(i), glyphs.size(ref), glyphs.baseline(ref)
            )
        ):
            found.add(i)
    return found


def _reference_glyph(raw: str, i: int, superscripts: set[int]) -> int | None:
    """The glyph just before index i (across a line break, which pdfium may put before a
    raised glyph), else, when a space precedes i, the next glyph on its line."""
    j = i - 1
    while j >= 0 and (j in superscripts or raw[j] in "\r\n"):
        j -= 1
    if j >= 0 and not raw[j].isspace():
        return j
    j = i + 1
    while j < len(raw) and raw[j] not in "\r\n":
        if not raw[j].isspace() and not _MARK.match(raw[j]):
            return j
        j += 1
    return None


def flatten(raw: str, superscripts: set[int] = frozenset()) -> tuple[str, list[int]]:
    """pdfium's text of a page as one line, and for each char of it the pdfium char index."""
    if superscripts:
        raw = "".join(_GONE if i in superscripts else c for i, c in enumerate(raw))
    chars: list[str] = []
    index: list[int] = []
    done = 0
    for rewrite in _REWRITES.finditer(raw):
        chars.append(raw[done : rewrite.start()])
        index.extend(range(done, rewrite.start()))
        done = rewrite.end()
        if rewrite.lastgroup == "space" and rewrite[0].strip(_GONE) and index:
            chars.append(" ")
            index.append(rewrite.start() + len(rewrite[0]) - len(rewrite[0].lstrip(_GONE)))
    chars.append(raw[done:])
    index.extend(range(done, len(raw)))
    text = "".join(chars).translate(_QUOTES)
    while text.endswith(" "):
        text, index = text[:-1], index[:-1]
    return text, index


class TextLayer:
    """Every page's pdfium text, read once; the pages stay open for `bbox` until `close`."""

    def __init__(self, pdf: pdfium.PdfDocument) -> None:
        self.pdf = pdf
        try:
            self.pages: list[PageText] = [self._read(n) for n in range(1, len(pdf) + 1)]
        except pdfium.PdfiumError as error:
            self.close()
            raise UnreadablePdf(f"a page cannot be read: {error}") from None
        if not any(page.text for page in self.pages):
            self.close()
            raise NoTextLayer(f"none of its {len(self.pages)} pages has any text")

    def _read(self, number: int) -> PageText:
        page = self.pdf[number - 1]
        textpage = page.get_textpage()
        count = textpage.count_chars()
        raw = textpage.get_text_range()
        if len(raw) != count:
            # pdfium left out or added chars: read one by one so indices stay true
            raw = "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i)) for i in range(count))
        text, index = flatten(raw, _superscripts(raw, _Glyphs(textpage)))
        return PageText(number, text, index, textpage, page.get_mediabox()[3])

    @cached_property
    def text(self) -> str:
        return "\n".join(page.text for page in self.pages)

    def close(self) -> None:
        self.pdf.close()  # closes its pages and text pages too
