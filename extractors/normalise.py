"""The one place where printed text becomes canonical values: numbers, units, periods and
footnote markers. Pure functions; the layout code never parses a number itself."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

import reference

# Every glyph a report may print as a minus sign: hyphen-minus, hyphen, non-breaking hyphen,
# figure dash, en dash, em dash, minus sign, small and full-width hyphen-minus.
MINUS_SIGNS = "-\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"
SIGN = "[+" + re.escape(MINUS_SIGNS) + "]"  # a regex character class: any plus or minus sign
# Numbers as printed, for finding them in text (parse_quantity then reads them): an amount in
# a sentence, whose sign the sentence's words give ('reduced by 13 percent'), and a figure
# printed on its own with its sign and unit ('-14%', '£36.1m', '+3.2').
AMOUNT_IN_SENTENCE = r"£?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:m\b)?"
FIGURE = rf"{SIGN}?£?\d[\d,]*(?:\.\d+)?m?%?"
FOOTNOTE_MARKS = "*\u2020\u2021\u00a7\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"

_QUANTITY = re.compile(
    rf"""^\s*
    (?P<open>\()?\s*
    (?P<sign>{SIGN})?\s*
    (?P<currency>£)?\s*
    (?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s*
    (?P<scale>bn|m|k)?\s*
    (?P<percent>%|per\s?cent|percent)?\s*
    (?P<close>\))?
    \s*$""",
    re.VERBOSE | re.IGNORECASE,
)

_SCALE_TO_MILLIONS = {"bn": 1000.0, "m": 1.0, "k": 0.001}
_PLAIN_UNITS = {"fte", "headcount", "count", "minutes", "per_1000", "pp"}


class NotANumber(ValueError):
    """Text that is not a number, or not a number in the unit expected."""


@dataclass(frozen=True)
class Quantity:
    value: float
    currency: bool = False
    scale: str = ""
    percent: bool = False


def strip_footnote_markers(text: str) -> str:
    """'85.8*' -> '85.8'; '£36.1m¹' -> '£36.1m'. Only trailing markers: a marker inside a word
    is found by its glyph size or position (see `is_superscript`)."""
    return text.rstrip().rstrip(FOOTNOTE_MARKS).rstrip()


def parse_quantity(text: str) -> Quantity:
    """Reads a printed number with its decorations: '2,317', '-14%', '–5%', '−0.9', '+3.2',
    '£36.1m', '85.8*', '(1,234)' (accounting negative), '18 per cent'."""
    match = _QUANTITY.match(strip_footnote_markers(text))
    if not match or bool(match["open"]) != bool(match["close"]):
        raise NotANumber(f"not a number: {text!r}")
    value = float(match["digits"].replace(",", ""))
    negative = bool(match["open"]) or (match["sign"] or "+") in MINUS_SIGNS
    return Quantity(
        value=-value if negative else value,
        currency=bool(match["currency"]),
        scale=(match["scale"] or "").lower(),
        percent=bool(match["percent"]),
    )


def parse_number(text: str) -> float:
    return parse_quantity(text).value


def value_in_unit(text: str, unit: str) -> float:
    """The number `text` states, in the dictionary's `unit`. '£7.9' is read as £7.9m where the
    unit is gbp_m (the report's context is £m); a currency or percent sign where the unit has
    none is refused, so a value from the wrong place is never taken for the right one."""
    quantity = parse_quantity(text)
    if unit == "gbp_m":
        if quantity.percent:
            raise NotANumber(f"{text!r} is not an amount in £m")
        return round(quantity.value * _SCALE_TO_MILLIONS.get(quantity.scale, 1.0), 6)
    if unit == "gbp":
        if quantity.percent or quantity.scale:
            raise NotANumber(f"{text!r} is not an amount in £")
        return quantity.value
    if quantity.currency or quantity.scale:
        raise NotANumber(f"{text!r} is not a {unit} figure")
    if unit == "pct" or (unit in _PLAIN_UNITS and not quantity.percent):
        return quantity.value
    raise NotANumber(f"{text!r} is not a {unit} figure")


def grade_from_text(text: str) -> str:
    """'requires  improvement' -> 'Requires improvement': one of the four grades or NotANumber."""
    words = " ".join(text.split()).casefold()
    for grade in reference.GRADES:
        if grade.casefold() == words:
            return grade
    raise NotANumber(f"not a grade: {text!r}")


_FINANCIAL_YEAR = re.compile(r"^(\d{4})\s*[/\-]\s*(\d{2}|\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]+)\s+(\d{4})$")
_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}


def period_key(text: str) -> str:
    """A printed period as the dictionary's key: '2010/11' -> '2010-11',
    '2010/11 – 2014/15' -> '2010-11..2014-15', '31 March 2010' -> '2010-03-31',
    'March 2015' -> '2015-03-31' (a month alone means its last day), '12 months to March 2014'
    -> '2013-14' (the financial year ending then), '2014' -> '2014'."""
    text = " ".join(text.replace("\u00a0", " ").split()).strip(" ()")
    for separator in (" to ", "–", "—", "\u2212", " - ", ".."):
        if separator in text and not text.startswith("12 months to"):
            start, _, end = text.partition(separator)
            return f"{period_key(start)}..{period_key(end)}"
    if text.startswith("12 months to "):
        end = period_key(text.removeprefix("12 months to "))
        year = int(end[:4])
        return f"{year - 1}-{year % 100:02d}"
    if re.fullmatch(r"\d{4}", text):
        return text
    if match := _FINANCIAL_YEAR.match(text):
        return f"{match[1]}-{match[2][-2:]}"
    if (match := _DAY_MONTH_YEAR.match(text)) and match[2].lower() in _MONTHS:
        year, month = int(match[3]), _MONTHS[match[2].lower()]
        day = int(match[1]) if match[1] else calendar.monthrange(year, month)[1]
        return f"{year:04d}-{month:02d}-{day:02d}"
    raise ValueError(f"not a period: {text!r}")


def is_superscript(size: float, baseline: float, ref_size: float, ref_baseline: float) -> bool:
    """Whether a glyph is a footnote marker next to a reference glyph of the running text.
    Baselines are measured downwards (pdfplumber's `top` direction): raised means smaller.
    A superscript is raised by a quarter of the text size, or set smaller and raised a little;
    raised by a whole line, it is on another line."""
    raised = ref_baseline - baseline
    if raised >= 0.9 * ref_size:
        return False
    return raised >= 0.25 * ref_size or (size <= 0.85 * ref_size and raised >= 0.15 * ref_size)
