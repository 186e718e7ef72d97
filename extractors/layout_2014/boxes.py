"""Text with its place on the page: what the layout readers reason about (which label sits
under which value, which grade under which question) instead of the order text was drawn."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.model import BBox
from extractors.pages import PageText


@dataclass(frozen=True)
class Box:
    text: str
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    start: int = 0  # where the text starts in the page's one-line text

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def overlaps_x(self, other: Box) -> bool:
        return self.x0 < other.x1 and other.x0 < self.x1

    def x_distance(self, other: Box) -> float:
        return abs(self.cx - other.cx)


def boxes_of(
    page: PageText, pattern: re.Pattern[str], group: int | str = 0, *, standalone: bool = False
) -> Iterator[Box]:
    """Each match of `pattern` in the page's text, with the box its glyphs cover; with
    `standalone`, only matches printed on their own rather than inside a sentence."""
    for match in pattern.finditer(page.text):
        start, end = match.span(group)
        if start < end and (not standalone or stands_alone(page, start, end)):
            yield Box(match[group], page.number, *page.bbox(start, end), start=start)


_SENTENCE_WORD = re.compile(r"[a-z]+[,;:]?|±|\+/-")


def stands_alone(page: PageText, start: int, end: int) -> bool:
    """Whether text[start:end] is printed on its own (a label, a value, a grade badge) rather
    than inside a sentence: no punctuation of a sentence straight after it, and no lowercase
    word beside it on its line ('± 0.2% for England and Wales.'). Words next to it in the
    text but elsewhere on the page (a caption above a value) do not count."""
    text = page.text
    if text[end : end + 1] in (".", ",", ";", ":", "'", ")"):
        return False
    neighbours = []
    if before := re.search(r"(\S+) $", text[:start]):
        neighbours.append(before.span(1))
    if after := re.match(r" (\S+)", text[end:]):
        neighbours.append((end + after.start(1), end + after.end(1)))
    own = page.bbox(start, end)
    return not any(
        _SENTENCE_WORD.fullmatch(text[a:b]) and _beside(own, page.bbox(a, b)) for a, b in neighbours
    )


def _beside(one: BBox, other: BBox) -> bool:
    """Whether two boxes are on one line, less than a line's height apart."""
    on_one_line = one[1] < other[3] and other[1] < one[3]
    gap = max(other[0] - one[2], one[0] - other[2])
    return on_one_line and gap < one[3] - one[1]
