import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.normalise import (
    AMOUNT_IN_SENTENCE,
    FIGURE,
    MINUS_SIGNS,
    NotANumber,
    grade_from_text,
    is_superscript,
    parse_number,
    parse_quantity,
    period_key,
    strip_footnote_markers,
    value_in_unit,
)


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("2,317", 2317.0),
        ("-14%", -14.0),
        ("\u20135%", -5.0),  # en dash
        ("\u22120.9", -0.9),  # minus sign
        ("+3.2", 3.2),
        ("£36.1m", 36.1),
        ("85.8*", 85.8),
        ("(1,234)", -1234.0),
        ("18 per cent", 18.0),
        ("18 percent", 18.0),
        ("£0.0m", 0.0),
        (" 91.0 ", 91.0),
    ],
)
def test_parse_number_reads_the_ways_reports_print_numbers(printed, value):
    assert parse_number(printed) == value


@pytest.mark.parametrize(
    "printed", ["", "abc", "2010/11", "1,23", "(12", "12)", "--5", "£", "12.3.4"]
)
def test_parse_number_refuses_what_is_not_a_number(printed):
    with pytest.raises(NotANumber):
        parse_number(printed)


def _printed(value: Decimal, decimals: int, style: dict) -> str:
    digits = f"{abs(value):,.{decimals}f}" if style["commas"] else f"{abs(value):.{decimals}f}"
    if value < 0:
        if style["parentheses"]:
            return f"({style['currency']}{digits}{style['suffix']})"
        return f"{style['minus']}{style['currency']}{digits}{style['suffix']}{style['marker']}"
    return f"{style['plus']}{style['currency']}{digits}{style['suffix']}{style['marker']}"


@given(
    units=st.integers(min_value=-(10**7), max_value=10**7),
    decimals=st.integers(min_value=0, max_value=2),
    style=st.fixed_dictionaries(
        {
            "commas": st.booleans(),
            "parentheses": st.booleans(),
            "minus": st.sampled_from(list(MINUS_SIGNS)),
            "plus": st.sampled_from(["", "+"]),
            "currency": st.sampled_from(["", "£"]),
            "suffix": st.sampled_from(["", "%", "m", " per cent", " percent"]),
            "marker": st.sampled_from(["", "*", "\u2020", "\u00b9"]),
        }
    ),
)
def test_parse_number_reads_back_any_printed_number(units, decimals, style):
    value = Decimal(units).scaleb(-decimals)
    assert parse_number(_printed(value, decimals, style)) == float(value)


@given(st.text(alphabet="abcxyz/ ", min_size=1))
def test_parse_number_never_reads_words_as_numbers(text):
    with pytest.raises(NotANumber):
        parse_number(text)


def test_quantity_keeps_its_decorations():
    assert parse_quantity("£36.1m").currency and parse_quantity("£36.1m").scale == "m"
    assert parse_quantity("-14%").percent
    assert not parse_quantity("2,317").percent


@pytest.mark.parametrize(
    ("printed", "unit", "value"),
    [
        ("£36.1m", "gbp_m", 36.1),
        ("£7.9", "gbp_m", 7.9),  # printed without its m where the context is £m
        ("£1.2bn", "gbp_m", 1200.0),
        ("£105.0", "gbp", 105.0),
        ("-14%", "pct", -14.0),
        ("18", "pct", 18.0),
        ("+3.2", "pp", 3.2),
        ("2,317", "fte", 2317.0),
        ("240", "headcount", 240.0),
        ("15", "minutes", 15.0),
        ("59.3", "per_1000", 59.3),
    ],
)
def test_value_in_unit_reads_the_dictionary_unit(printed, unit, value):
    assert value_in_unit(printed, unit) == value


@pytest.mark.parametrize(
    ("printed", "unit"),
    [("£36.1m", "pct"), ("14%", "gbp_m"), ("14%", "fte"), ("£105.0", "count"), ("£36.1m", "gbp")],
)
def test_value_in_unit_refuses_a_value_in_another_unit(printed, unit):
    with pytest.raises(NotANumber):
        value_in_unit(printed, unit)


@pytest.mark.parametrize(
    ("printed", "key"),
    [
        ("2010/11", "2010-11"),
        ("2013-14", "2013-14"),
        ("2010/11 \u2013 2014/15", "2010-11..2014-15"),
        ("31 March 2010", "2010-03-31"),
        ("31 March\n2010", "2010-03-31"),
        ("March 2015", "2015-03-31"),
        ("12 months to March 2014", "2013-14"),
        ("2014", "2014"),
        ("31 March 2010 to 31 March 2015", "2010-03-31..2015-03-31"),
    ],
)
def test_period_key_turns_printed_periods_into_dictionary_keys(printed, key):
    assert period_key(printed) == key


@pytest.mark.parametrize("printed", ["spring", "Smarch 2014", "14/15/16"])
def test_period_key_refuses_what_is_not_a_period(printed):
    with pytest.raises(ValueError):
        period_key(printed)


@pytest.mark.parametrize(
    ("printed", "stripped"),
    [("85.8*", "85.8"), ("£36.1m\u00b9", "£36.1m"), ("2013/14*", "2013/14"), ("12", "12")],
)
def test_footnote_markers_are_stripped_from_the_end_only(printed, stripped):
    assert strip_footnote_markers(printed) == stripped


def test_grades_are_read_whatever_their_case_and_spacing():
    assert grade_from_text("requires  improvement") == "Requires improvement"
    assert grade_from_text("GOOD") == "Good"
    with pytest.raises(NotANumber):
        grade_from_text("Very good")


def test_a_superscript_is_raised_against_its_neighbour():
    # glyph size, baseline (downwards) against a 10pt reference glyph on baseline 100
    assert is_superscript(6, 96, 10, 100)  # smaller and raised
    assert is_superscript(10, 97, 10, 100)  # same size, raised a third
    assert not is_superscript(10, 100, 10, 100)  # ordinary text
    assert not is_superscript(6, 100, 10, 100)  # small but on the baseline
    assert not is_superscript(19, 75, 8.5, 100)  # a big value on the line above


def test_figures_printed_side_by_side_are_found_one_by_one():
    """The seed's text runs pairs together: '£168.1£153.0', '85.2%85.8%', '+3.0-0.9'."""
    found = re.findall(FIGURE, "£168.1£153.0 85.2%85.8% +3.0-0.9 \u221214% £36.1m")
    assert found == ["£168.1", "£153.0", "85.2%", "85.8%", "+3.0", "-0.9", "\u221214%", "£36.1m"]
    assert [parse_number(f) for f in found] == [168.1, 153.0, 85.2, 85.8, 3.0, -0.9, -14.0, 36.1]


def test_amounts_in_sentences_are_found_whole():
    text = "save £36.1m over; the required £7.9 savings; (from 2,829 to 2,725); 15 minutes"
    assert re.findall(AMOUNT_IN_SENTENCE, text) == ["£36.1m", "£7.9", "2,829", "2,725", "15"]
