"""The workforce, calls-for-service and crime-rate tables, read from the words' places.
Rows are found by their labels (wrapped over lines or not), columns by the meaning of their
headers (wrapped over lines, ruled or not); a table broken over a page keeps the columns of
its first part when the header is not repeated."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from pdfplumber.utils import cluster_objects

from extractors.layout_2014.boxes import Box
from extractors.layout_2014.reading import Doubt, Key, Reading, units
from extractors.normalise import SIGN, NotANumber, parse_quantity, period_key, value_in_unit
from extractors.pages import PageText

# What a column holds: (kind, subject, period or None), read from its header.
Meaning = tuple[str, str, str | None]


@dataclass(frozen=True)
class TableLayout:
    name: str
    rows: dict[str, str]  # row id -> label pattern (whole label)
    meaning: Callable[[str], Meaning | None]
    key: Callable[[str, Meaning, list[Meaning]], Key]
    row_patterns: dict[str, re.Pattern[str]] = field(init=False)
    anchor: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        compiled = {r: re.compile(_flexible(p), re.IGNORECASE) for r, p in self.rows.items()}
        object.__setattr__(self, "row_patterns", compiled)
        labels = "|".join(_flexible(p) for p in self.rows.values())
        # a page holds the table if a row label is followed by a number in its text
        object.__setattr__(self, "anchor", re.compile(rf"(?:{labels}) ?{SIGN}?\d", re.IGNORECASE))

    def pages(self, pages: list[PageText]) -> list[int]:
        return [page.number for page in pages if self.anchor.search(page.text)]


def _flexible(pattern: str) -> str:
    return pattern.replace(" ", r"\s?").replace("-", "-?")


def _workforce_meaning(header: str) -> Meaning | None:
    if re.search(r"England\s?and\s?Wales", header, re.IGNORECASE):
        return ("change_pct", "england_wales", None)
    if "%" in header:
        return ("change_pct", "force", None)
    if date := re.search(r"\d{1,2} [A-Za-z]+ \d{4}", header):
        return ("level", "force", period_key(date[0]))
    if re.fullmatch(r"change", header.strip(), re.IGNORECASE):
        return ("change", "force", None)
    return None


def _workforce_key(row: str, meaning: Meaning, columns: list[Meaning]) -> Key:
    kind, subject, period = meaning
    if kind == "level":
        return ("workforce", row, subject, period or "")
    dates = sorted(p for k, _, p in columns if k == "level" and p)
    span = f"{dates[0]}..{dates[-1]}" if len(dates) == 2 else ""
    suffix = "_change" if kind == "change" else "_change_pct"
    return ("workforce", row + suffix, subject, span)


def _crime_meaning(header: str) -> Meaning | None:
    if re.search(r"England\s?and\s?Wales", header, re.IGNORECASE):
        return ("rate", "england_wales", None)
    if re.search(r"rate|per 1,000", header, re.IGNORECASE):
        return ("rate", "force", None)
    return None


def _calls_meaning(header: str) -> Meaning | None:
    if year := re.fullmatch(r"\s*(\d{4}\s?/\s?\d{2})\s*", header):
        return ("on_target", "force", period_key(year[1]))
    return None


WORKFORCE = TableLayout(
    "workforce",
    rows={
        "police_officers": "Police officers",
        "police_staff": "Police staff",
        "pcsos": r"P?CSOs|(?:police )?community support officers",
        "total_workforce": r"Total(?: workforce)?",
        "specials": r"Specials|Special constables",
    },
    meaning=_workforce_meaning,
    key=_workforce_key,
)
CRIME = TableLayout(
    "crime",
    rows={
        "crimes_excluding_fraud": r"Crimes? \(excluding fraud\)",
        "victim_based_crime": "Victim-based crime",
        "sexual_offences": "Sexual offences",
        "burglary": "Burglary",
        "violence_against_the_person": "Violence against the person",
        "asb_incidents": r"ASB incidents|Anti-social behaviour incidents",
    },
    meaning=_crime_meaning,
    key=lambda row, meaning, _: ("crime", f"{row}_rate", meaning[1], "2013-14"),
)
CALLS = TableLayout(
    "calls",
    rows={
        "emergency": "Percentage of emergency calls on target",
        "priority": "Percentage of priority calls on target",
    },
    meaning=_calls_meaning,
    key=lambda row, meaning, _: ("calls", f"{row}_calls_on_target_pct", "force", meaning[2] or ""),
)
TABLES = (WORKFORCE, CALLS, CRIME)


def read_tables(pages: list[PageText]) -> Iterator[Reading | Doubt]:
    """Each table from the pages that hold its rows; a table broken over pages is read in
    page order, so a part without its header keeps the columns of the part before."""
    for layout in TABLES:
        reader = TableReader(layout)
        for number in layout.pages(pages):
            yield from reader.read(pages[number - 1], pages[number - 2] if number > 1 else None)


def words_of(page: PageText) -> list[Box]:
    return [Box(text, page.number, *bbox) for text, bbox in page.words()]


def _lines(words: list[Box]) -> list[list[Box]]:
    """Words grouped into lines (by their bottoms, which a shared baseline keeps close),
    top to bottom, each left to right."""
    lines = cluster_objects(words, lambda w: w.bottom, tolerance=3)
    return sorted((sorted(line, key=lambda w: w.x0) for line in lines), key=lambda l: l[0].bottom)


def _is_number(word: Box) -> bool:
    try:
        parse_quantity(word.text)
    except NotANumber:
        return False
    return True


@dataclass
class _Row:
    row: str
    label: list[Box]
    cells: list[Box]


@dataclass
class _Column:
    x0: float
    x1: float
    cells: list[Box] = field(default_factory=list)

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2


class TableReader:
    """Reads one table over the pages that hold it, in page order."""

    def __init__(self, layout: TableLayout) -> None:
        self.layout = layout
        self.carried: list[tuple[float, Meaning]] = []  # the last header's columns

    def read(self, page: PageText, earlier: PageText | None) -> Iterator[Reading | Doubt]:
        """The table's cells on a page; `earlier` is the page before, at whose foot the
        header may have been left when the rows went over to this page."""
        words = words_of(page)
        rows = self._rows(_lines(words))
        if not rows:
            return
        columns = _columns([cell for row in rows for cell in row.cells])
        table_top = min(w.top for row in rows for w in row.label + row.cells)
        label_right = max(w.x1 for row in rows for w in row.label)
        blocks = _header_blocks(words, columns, table_top, label_right, first_gap=4)
        meanings = self._meanings(blocks, 1)
        if not all(meanings) and not self.carried and earlier and (previous := words_of(earlier)):
            # at the foot of the page before, under any running footer
            foot = max(w.bottom for w in previous)
            blocks = _header_blocks(previous, columns, foot, label_right, first_gap=float("inf"))
            meanings = self._meanings(blocks, 2)
        if all(meanings):
            self.carried = [(c.cx, m) for c, m in zip(columns, meanings)]
        else:
            meanings = [self._carried_meaning(c) for c in columns]
        known = [m for m in meanings if m]
        for column, meaning in zip(columns, meanings):
            if meaning is None:
                continue
            for cell in column.cells:
                row = next(r.row for r in rows if cell in r.cells)
                key = self.layout.key(row, meaning, known)
                try:
                    yield Reading(key, value_in_unit(cell.text, units()[key]), cell.page, cell.bbox)
                except (KeyError, NotANumber) as error:
                    yield Doubt(
                        key, f"{self.layout.name} table cell {cell.text!r}: {error}", cell.page
                    )

    def _meanings(self, blocks: list[list[str]], depth: int) -> list[Meaning | None]:
        """Each column's meaning, from the first of its nearest `depth` blocks that has one."""
        return [
            next(filter(None, map(self.layout.meaning, column_blocks[:depth])), None)
            for column_blocks in blocks
        ]

    def _carried_meaning(self, column: _Column) -> Meaning | None:
        near = [
            (abs(cx - column.cx), m)
            for cx, m in self.carried
            if abs(cx - column.cx) < column.x1 - column.x0 + 10
        ]
        return min(near)[1] if near else None

    def _rows(self, lines: list[list[Box]]) -> list[_Row]:
        rows = []
        for i, line in enumerate(lines):
            first_number = next((j for j, w in enumerate(line) if _is_number(w)), None)
            if first_number is None or not all(_is_number(w) for w in line[first_number:]):
                continue
            label, cells = line[:first_number], line[first_number:]
            row = self._label_row(lines, i, label, cells[0].x0)
            if row is not None:
                rows.append(_Row(row[0], row[1], cells))
        return rows

    def _label_row(
        self, lines: list[list[Box]], i: int, label: list[Box], cells_x0: float
    ) -> tuple[str, list[Box]] | None:
        """The row a label names, joining the label's wrapped lines: the lines just above
        and below that hold only words left of the numbers."""
        above = _label_lines(lines, i, -1, cells_x0)
        below = _label_lines(lines, i, 1, cells_x0)
        for before in range(len(above) + 1):
            for after in range(len(below) + 1):
                words = (
                    [w for l in above[:before][::-1] for w in l]
                    + label
                    + [w for l in below[:after] for w in l]
                )
                text = re.sub(r"-\s", "-", " ".join(w.text for w in words))
                for row, pattern in self.layout.row_patterns.items():
                    if pattern.fullmatch(text):
                        return row, words
        return None


def _label_lines(lines: list[list[Box]], i: int, step: int, cells_x0: float) -> list[list[Box]]:
    """Up to two lines next to line i that could continue its label: close to it, with no
    number and nothing reaching the numbers' columns."""
    found = []
    previous = lines[i]
    j = i + step
    while 0 <= j < len(lines) and len(found) < 2:
        line = lines[j]
        gap = (previous[0].top - line[0].bottom) if step < 0 else (line[0].top - previous[0].bottom)
        if gap > 0.8 * line[0].height or any(_is_number(w) or w.x1 > cells_x0 for w in line):
            break
        found.append(line)
        previous = line
        j += step
    return found


def _columns(cells: list[Box]) -> list[_Column]:
    """Cells grouped into columns: cells whose horizontal extents overlap share a column,
    however they are aligned."""
    columns: list[_Column] = []
    for cell in sorted(cells, key=lambda c: c.x0):
        if columns and cell.x0 < columns[-1].x1:
            columns[-1].x1 = max(columns[-1].x1, cell.x1)
        else:
            columns.append(_Column(cell.x0, cell.x1))
        columns[-1].cells.append(cell)
    return columns


def _header_blocks(
    words: list[Box],
    columns: list[_Column],
    table_top: float,
    label_right: float,
    *,
    first_gap: float,
) -> list[list[str]]:
    """For each column, the blocks of header text over it, nearest first. Words close
    together on a line form a phrase; a phrase belongs to the column it overlaps most; lines
    that follow each other closely form a block (a header wrapped over lines) and a wider gap
    ends it. The first block must start within `first_gap` line heights of the table."""
    above = [w for w in words if w.bottom <= table_top + 1 and w.x0 >= label_right]
    per_column: list[list[Box]] = [[] for _ in columns]
    for line in _lines(above):
        for phrase in _phrases(line):
            per_column[_column_of(phrase, columns)].append(phrase)
    blocks_per_column = []
    for phrases in per_column:
        blocks: list[list[list[Box]]] = []
        edge = table_top
        lines = cluster_objects(phrases, lambda p: p.bottom, tolerance=2)
        for line in sorted(lines, key=lambda l: -l[0].bottom):
            height = max(p.height for p in line)
            gap = edge - max(p.bottom for p in line)
            if not blocks or gap > 0.8 * height:
                if not blocks and gap > first_gap * height:
                    break
                blocks.append([])
            blocks[-1].append(sorted(line, key=lambda p: p.x0))
            edge = min(p.top for p in line)
        blocks_per_column.append(
            [" ".join(p.text for line in reversed(block) for p in line) for block in blocks]
        )
    return blocks_per_column


def _phrases(line: list[Box]) -> Iterator[Box]:
    """A line's words joined where they are a space apart; a wider gap separates cells."""
    phrase = [line[0]]
    for word in line[1:]:
        if word.x0 - phrase[-1].x1 > 0.6 * word.height:
            yield _joined(phrase)
            phrase = []
        phrase.append(word)
    yield _joined(phrase)


def _joined(words: list[Box]) -> Box:
    return Box(
        " ".join(w.text for w in words),
        words[0].page,
        min(w.x0 for w in words),
        min(w.top for w in words),
        max(w.x1 for w in words),
        max(w.bottom for w in words),
    )


def _column_of(phrase: Box, columns: list[_Column]) -> int:
    """The column a header phrase stands over: the one it overlaps most, else the nearest."""

    def overlap(column: _Column) -> float:
        return min(phrase.x1, column.x1) - max(phrase.x0, column.x0)

    return max(
        range(len(columns)), key=lambda i: (overlap(columns[i]), -abs(columns[i].cx - phrase.cx))
    )
