import re
import xml.etree.ElementTree as ET

import pandas as pd

from site_report.charts import (
    COMPARISON_COLOURS,
    NEUTRAL,
    as_dots,
    ranking_chart_svg,
    standing_chart_svg,
)
from site_report.formatting import MINUS


def ranked() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "label": ["Durham", "Kent", "Essex & Co"],
            "value": [-3.0, -12.5, -20.0],
            "comparison": ["better", "worse", None],
        }
    )


def chart(chart_id: str = "chart-a", title: str = "Officers <change>") -> str:
    return ranking_chart_svg(
        ranked(),
        unit="pct",
        signed=True,
        ew_value=-11.0,
        chart_id=chart_id,
        title=title,
        desc="A ranking & more",
    )


def texts(svg: str) -> list[str]:
    return ["".join(t.itertext()).strip() for t in ET.fromstring(svg).iter("text")]


def test_ranking_chart_is_an_inline_labelled_svg():
    svg = chart()
    root = ET.fromstring(svg)  # well-formed without any namespace URL
    assert root.tag == "svg" and root.get("role") == "img" and root.get("id") == "chart-a"
    assert root.get("aria-labelledby") == "chart-a-title chart-a-desc"
    assert root.find("title").text == "Officers <change>"
    assert root.find("desc").text == "A ranking & more"
    assert "width" not in root.attrib and root.get("viewBox")
    assert "http" not in svg and "<?xml" not in svg


def test_ranking_chart_keeps_text_as_text_with_values_and_the_england_and_wales_line():
    shown = texts(chart())
    for label in ("Durham", "Kent", "Essex & Co"):
        assert label in shown
    for value in (f"{MINUS}3.0%", f"{MINUS}12.5%", f"{MINUS}20.0%"):
        assert value in shown  # one decimal for all: the column lines up
    assert f"England and Wales {MINUS}11.0%" in shown


def test_bars_are_drawn_in_rank_order_coloured_by_comparison():
    fills = re.findall(r'style="fill: (#[0-9a-f]{6})"', chart())
    wanted = [
        COMPARISON_COLOURS["better"].lower(),
        COMPARISON_COLOURS["worse"].lower(),
        NEUTRAL.lower(),
    ]
    bars = [f for f in fills if f in wanted]
    assert bars == wanted


def test_charts_are_deterministic_and_ids_do_not_collide_across_a_page():
    assert chart() == chart()

    def ids(svg: str) -> set[str]:
        return set(re.findall(r' id="([^"]+)"', svg))

    assert ids(chart("chart-a")).isdisjoint(ids(chart("chart-b")))


def test_standing_chart_shows_each_measure_with_its_value_and_rank():
    standing = pd.DataFrame(
        {
            "title": ["Burglary, rate", "Savings required"],
            "polarity": ["lower_is_better", "neither"],
            "all_values": [[4.0, 6.0, 9.0], [20.0, 36.1, 50.0]],
            "value": [6.0, 36.1],
            "ew_value": [5.0, None],
            "comparison": ["worse", None],
            "value_text": ["6.0", "£36.1m"],
            "rank_text": ["2 of 3", "2 of 3"],
        }
    )
    svg = standing_chart_svg(standing, chart_id="standing-x", title="T", desc="D")
    shown = texts(svg)
    for text in ("Burglary, rate", "Savings required", "6.0", "£36.1m", "2 of 3"):
        assert text in shown
    assert ET.fromstring(svg).get("aria-labelledby") == "standing-x-title standing-x-desc"


def test_dots_replace_bars_only_when_bars_from_zero_would_look_alike():
    assert as_dots([78.0, 84.5, 91.0])  # satisfaction: a narrow band far from zero
    assert not as_dots([20.0, 45.0, 90.0])  # crime rates: bars show the differences
    assert not as_dots([-3.0, 2.0])  # across zero: bars
    assert not as_dots([-11.0, -12.0, 4.0])


def test_a_dot_chart_draws_dots_not_bars():
    narrow = ranked().assign(value=[88.0, 85.0, 80.0])
    dots = ranking_chart_svg(
        narrow, unit="pct", signed=False, ew_value=85.2, chart_id="d", title="T", desc="D"
    )
    blue = COMPARISON_COLOURS["better"].lower()
    bar = re.compile(rf'<path d="[^"]*"[^>]*style="fill: {blue}"')
    dot = re.compile(rf'<use [^>]*style="fill: {blue}')
    assert not bar.search(dots) and dot.search(dots)
    assert bar.search(chart()) and not dot.search(chart())
