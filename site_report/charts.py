"""Charts drawn at build time: pandas frames in, inline SVG strings out. Text stays text
(svg.fonttype none) so it is sharp, searchable and read by screen readers; every chart carries
a <title> and <desc> so the page can label it."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable

import numpy as np
import pandas as pd
from matplotlib import rc_context
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from site_report.formatting import decimals_needed, format_value

# Okabe-Ito blue and orange: told apart with any colour vision.
COMPARISON_COLOURS = {"better": "#0072B2", "worse": "#E69F00"}
NEUTRAL = "#9A9A9A"
OTHER_FORCES = "#C4C4C4"
INK = "#1A1A1A"

_STYLE = {
    "svg.fonttype": "none",
    "font.size": 7.5,
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Arial", "Helvetica"],
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.spines.left": False,
    "axes.edgecolor": NEUTRAL,
    "xtick.color": "#444444",
    "ytick.left": False,
    "axes.axisbelow": True,
}
_NO_METADATA = {"Creator": None, "Date": None, "Format": None, "Type": None}


def colour_of(comparison: object) -> str:
    return COMPARISON_COLOURS.get(comparison, NEUTRAL)  # type: ignore[arg-type]


def _render(
    draw: Callable[[Axes], None], *, size: tuple[float, float], chart_id: str, title: str, desc: str
) -> str:
    # The salt makes clip-path ids unique per chart (several share a page) and stable per build.
    with rc_context({**_STYLE, "svg.hashsalt": chart_id}):
        figure = Figure(figsize=size)
        draw(figure.subplots())
        buffer = io.StringIO()
        figure.savefig(
            buffer, format="svg", metadata=_NO_METADATA, bbox_inches="tight", pad_inches=0.05
        )
    return inline_svg(buffer.getvalue(), chart_id=chart_id, title=title, desc=desc)


def _round_path(match: re.Match[str]) -> str:
    return re.sub(r"(\d+\.\d\d)\d+", r"\1", match.group(0))


def inline_svg(svg: str, *, chart_id: str, title: str, desc: str) -> str:
    """Matplotlib's standalone SVG document -> an element to inline in HTML: no XML prolog
    or namespace URLs, sized by CSS through its viewBox, labelled for assistive technology,
    without the ids matplotlib puts on every group (they would repeat across a page)."""
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r'<svg [^>]*?width="[^"]*" height="[^"]*"', "<svg", svg, count=1)
    label = f"{chart_id}-title {chart_id}-desc"
    svg = svg.replace(
        "<svg",
        f'<svg id="{chart_id}" class="chart" role="img" aria-labelledby="{label}"',
        1,
    )
    svg = re.sub(
        r"(<svg[^>]*>)",
        lambda m: (
            f'{m.group(1)}\n <title id="{chart_id}-title">{html.escape(title)}</title>'
            f'\n <desc id="{chart_id}-desc">{html.escape(desc)}</desc>'
        ),
        svg,
        count=1,
    )
    svg = re.sub(r'<g id="[^"]*"', "<g", svg)
    # Inline SVG needs no namespace declarations, and SVG 2's plain href replaces xlink:href.
    svg = re.sub(r' xmlns(:xlink)?="[^"]*"', "", svg).replace("xlink:href=", "href=")
    return re.sub(r' d="[^"]*"', _round_path, svg)


def as_dots(values: object) -> bool:
    """Bars must start at zero; when every value sits far from zero in a narrow band (say
    78-91% satisfied) they all look alike, so the chart draws dots on a cut axis instead."""
    values = np.asarray(values, dtype=float)
    if len(values) < 2 or not (np.all(values > 0) or np.all(values < 0)):
        return False
    return bool(np.ptp(values) < 0.35 * np.abs(values).max())


def ranking_chart_svg(
    ranked: pd.DataFrame,
    *,
    unit: str,
    signed: bool,
    ew_value: float | None,
    chart_id: str,
    title: str,
    desc: str,
) -> str:
    """One row per force, best at the top: a bar from zero, or a dot when `as_dots` says
    bars would hide the differences. `ranked`: label, value, comparison ('better'/'worse'/
    'level'/None against England and Wales), already in rank order."""
    rows = np.arange(len(ranked))
    values = ranked["value"].to_numpy(dtype=float)
    colours = [colour_of(c) for c in ranked["comparison"]]
    places = decimals_needed(*values, ew_value)

    def shown(value: float) -> str:
        return format_value(value, unit, signed=signed, decimals=places)

    def draw(ax: Axes) -> None:
        if as_dots(values):
            ends = [*values, *([] if ew_value is None else [ew_value])]
            pad = 0.06 * (max(ends) - min(ends) or 1.0)
            ax.set_xlim(min(ends) - pad, max(ends) + pad)
            ax.hlines(rows, min(ends) - pad, values, color="#E0E0E0", linewidth=0.8)
            ax.scatter(values, rows, s=20, color=colours, linewidths=0, zorder=3)
        else:
            ax.barh(rows, values, height=0.72, color=colours)
            ax.axvline(0, color=NEUTRAL, linewidth=0.8)
        ax.set_yticks(rows, ranked["label"])
        ax.set_ylim(len(ranked) - 0.5, -0.5)
        ax.tick_params(axis="y", length=0, pad=3)
        ax.xaxis.grid(True, color="#E6E6E6", linewidth=0.6)
        ax.xaxis.set_major_formatter(lambda x, _: format_value(x, unit))
        # Values in a column of their own at the right: nothing to collide with.
        for row, value in zip(rows, values, strict=True):
            ax.annotate(
                shown(value),
                (1.0, row),
                xytext=(34, 0),
                xycoords=("axes fraction", "data"),
                textcoords="offset points",
                ha="right",
                va="center",
                fontsize=6.8,
                color="#333333",
            )
        if ew_value is not None:
            ax.axvline(ew_value, color=INK, linewidth=1.1, linestyle=(0, (4, 2)))
            ax.annotate(
                f"England and Wales {shown(ew_value)}",
                (ew_value, -0.5),
                xytext=(0, 3),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=7,
                fontweight="bold",
                color=INK,
                annotation_clip=False,
            )

    height = 0.115 * len(ranked) + 0.7
    return _render(draw, size=(5.0, height), chart_id=chart_id, title=title, desc=desc)


def _scaled(values: np.ndarray, low: float, high: float, polarity: str) -> np.ndarray:
    """Values on 0..1 with the better end on the right (for 'neither': the higher end)."""
    share = (values - low) / ((high - low) or 1.0)
    return 1.0 - share if polarity == "lower_is_better" else share


def _beside(ax: Axes, text: str, row: float, offset: float, color: str = INK) -> None:
    """Text in a column right of the plot, `offset` points from its edge."""
    ax.annotate(
        text,
        (1.0, row),
        xytext=(offset, 0),
        textcoords="offset points",
        xycoords=("axes fraction", "data"),
        va="center",
        fontsize=7.5,
        color=color,
        annotation_clip=False,
    )


def standing_chart_svg(standing: pd.DataFrame, *, chart_id: str, title: str, desc: str) -> str:
    """Where one force stands on each key measure among all forces: one row per measure.
    `standing`: title, polarity, all_values (every force's value), value, ew_value,
    comparison, value_text, rank_text."""
    rows = np.arange(len(standing))
    others_x, others_y, ew_x, ew_y, force_x = [], [], [], [], []
    for row, item in zip(rows, standing.itertuples(index=False), strict=True):
        every = np.asarray(item.all_values, dtype=float)
        ew = np.nan if pd.isna(item.ew_value) else float(item.ew_value)
        low, high = np.nanmin([*every, ew]), np.nanmax([*every, ew])
        others_x += list(_scaled(every, low, high, item.polarity))
        others_y += [row] * len(every)
        if not np.isnan(ew):
            ew_x.append(_scaled(np.array([ew]), low, high, item.polarity)[0])
            ew_y.append(row)
        force_x.append(_scaled(np.array([item.value]), low, high, item.polarity)[0])

    def draw(ax: Axes) -> None:
        # One artist per layer, not per row: a profile is drawn 43 times per build.
        ax.hlines(rows, -0.04, 1.04, color="#EEEEEE", linewidth=5, zorder=0)
        ax.scatter(others_x, others_y, s=9, color=OTHER_FORCES, linewidths=0, zorder=1)
        ax.vlines(
            ew_x, np.array(ew_y) - 0.32, np.array(ew_y) + 0.32, color=INK, linewidth=1.3, zorder=2
        )
        ax.scatter(
            force_x,
            rows,
            s=60,
            color=[colour_of(c) for c in standing["comparison"]],
            edgecolors=INK,
            linewidths=0.8,
            zorder=3,
        )
        for row, value_text, rank_text in zip(
            rows, standing["value_text"], standing["rank_text"], strict=True
        ):
            _beside(ax, value_text, row, 12)
            _beside(ax, rank_text, row, 62)
        _beside(ax, "value", -0.9, 12, color=NEUTRAL)
        _beside(ax, "rank", -0.9, 62, color=NEUTRAL)
        ax.set_yticks(rows, standing["title"])
        ax.set_ylim(len(standing) - 0.5, -0.9)
        ax.set_xlim(-0.04, 1.04)
        ax.set_xticks([0, 1], ["\u2190 worse", "better \u2192"])
        ax.tick_params(axis="x", length=0)
        ax.xaxis.set_ticks_position("top")
        ax.spines["bottom"].set_visible(False)

    height = 0.27 * len(standing) + 0.5
    return _render(draw, size=(5.4, height), chart_id=chart_id, title=title, desc=desc)
