"""Figures as a reader sees them: units, signs and ranks in words. Pure functions shared by
the charts and the pages so a number looks the same everywhere on the site."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

MINUS = "\u2212"  # a true minus sign: the hyphen is too short to read in a column of figures

POLARITY_TEXT = {
    "higher_is_better": "Higher is better",
    "lower_is_better": "Lower is better",
    "neither": "Neither higher nor lower is better; highest first",
}

_PREFIX = {"gbp": "£", "gbp_m": "£"}
_SUFFIX = {"pct": "%", "pp": " pp", "gbp_m": "m", "minutes": " min"}


def is_missing(value: object) -> bool:
    """None, NaN and pandas' NA alike (nullable integer columns hold NA)."""
    return pd.api.types.is_scalar(value) and bool(pd.isna(value))


def decimals_needed(*values: object) -> int:
    """As few decimals as the figures need, shared so a column lines up (reports print 0-2)."""
    places = 0
    for value in values:
        if is_missing(value) or isinstance(value, str):
            continue
        while places < 2 and not math.isclose(value, round(value, places), abs_tol=1e-9):
            places += 1
    return places


def format_number(value: float, *, signed: bool = False, decimals: int | None = None) -> str:
    places = decimals_needed(value) if decimals is None else decimals
    text = f"{abs(value):,.{places}f}"
    if value < 0 and text.strip("0.,") != "":
        return MINUS + text
    return ("+" + text) if signed and value > 0 else text


def format_value(
    value: object, unit: str, *, signed: bool = False, decimals: int | None = None
) -> str:
    """`-14.0, "pct"` -> "−14%"; `36.1, "gbp_m"` -> "£36.1m"; grades pass through; None -> "–"."""
    if is_missing(value):
        return "–"
    if isinstance(value, str):
        return value
    number = format_number(float(value), signed=signed, decimals=decimals)
    sign = number[0] if number[0] in ("+", MINUS) else ""
    return f"{sign}{_PREFIX.get(unit, '')}{number[len(sign) :]}{_SUFFIX.get(unit, '')}"


def is_change(measure: str) -> bool:
    """Changes read better with an explicit plus sign."""
    return "change" in measure


def format_rank(rank: object, n_ranked: object) -> str:
    if is_missing(rank) or is_missing(n_ranked):
        return "–"
    return f"{int(rank)} of {int(n_ranked)}"


def format_period(period: str) -> str:
    """The dictionary's periods for reading: "2010-03-31..2015-03-31" -> "31 Mar 2010 to
    31 Mar 2015"; "2011-12..2014-15" -> "2011-12 to 2014-15"."""

    def one(part: str) -> str:
        try:
            day = date.fromisoformat(part)
        except ValueError:
            return part
        return f"{day.day} {day:%b %Y}"

    return " to ".join(one(part) for part in period.split(".."))
