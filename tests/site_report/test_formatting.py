import math

import pandas as pd
import pytest

from site_report.formatting import (
    MINUS,
    decimals_needed,
    format_number,
    format_period,
    format_rank,
    format_value,
    is_change,
)


@pytest.mark.parametrize(
    ("value", "unit", "signed", "shown"),
    [
        (-14.0, "pct", True, f"{MINUS}14%"),
        (3.2, "pp", True, "+3.2 pp"),
        (3.2, "pp", False, "3.2 pp"),
        (36.1, "gbp_m", False, "£36.1m"),
        (-2.5, "gbp_m", True, f"{MINUS}£2.5m"),
        (105.0, "gbp", False, "£105"),
        (1234.5, "fte", False, "1,234.5"),
        (15.0, "minutes", False, "15 min"),
        (0.0, "pct", True, "0%"),
        ("Requires improvement", "grade", False, "Requires improvement"),
        (None, "pct", False, "–"),
        (math.nan, "gbp", False, "–"),
        (pd.NA, "count", False, "–"),
    ],
)
def test_format_value_writes_units_and_signs_as_a_reader_expects(value, unit, signed, shown):
    assert format_value(value, unit, signed=signed) == shown


def test_a_column_shares_its_decimals():
    places = decimals_needed(5, 5.25, None, math.nan, "Good")
    assert places == 2
    assert [format_value(v, "pct", decimals=places) for v in (5, 5.25)] == ["5.00%", "5.25%"]


def test_a_negative_that_rounds_to_zero_loses_its_minus():
    assert format_number(-0.001, decimals=1) == "0.0"
    assert format_number(-0.05, decimals=1, signed=True).startswith(MINUS)


def test_ranks_and_changes():
    assert format_rank(3, 43) == "3 of 43"
    assert format_rank(math.nan, 43) == "–"
    assert is_change("police_officers_change_pct") and not is_change("burglary_rate")


def test_periods_read_as_words():
    assert format_period("2010-03-31..2015-03-31") == "31 Mar 2010 to 31 Mar 2015"
    assert format_period("2011-12..2014-15") == "2011-12 to 2014-15"
    assert format_period("2014") == "2014"
