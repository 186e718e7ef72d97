"""Frames -> HTML. Each page is a Jinja template (autoescaped) filled with plain dicts of
already formatted text, so the templates hold layout only."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from urllib.parse import quote

import jinja2
import pandas as pd

from site_report.charts import as_dots, ranking_chart_svg, standing_chart_svg
from site_report.formatting import (
    POLARITY_TEXT,
    decimals_needed,
    format_number,
    format_period,
    format_rank,
    format_value,
    is_change,
    is_missing,
)
from site_report.marts import Marts
from site_report.tables import QUESTIONS, KeyFigure

CUT_AXIS = "dots: the axis does not start at zero"
QUESTION_TEXT = {
    "overall": "Overall",
    "secure_financial_position": "Securing its financial position",
    "affordable_policing": "Affordable policing",
    "efficiency": "Efficiency",
}
DATASET_TEXT = {
    "headline": "Headline figures",
    "finance": "Finance and savings",
    "workforce": "Workforce",
    "frontline": "Front line",
    "calls": "Calls for service",
    "visibility": "Visibility",
    "survey": "Public survey",
    "crime": "Crime",
    "victims": "Victims",
    "estate": "Estate",
    "local_policing": "Local policing",
}


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("site_report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def present(value: object) -> object:
    """NaN and None alike become None, so templates can test a value simply."""
    return None if is_missing(value) else value


@dataclass(frozen=True)
class SourceLink:
    file: str
    page: int | None
    href: str | None  # relative link to the archived PDF, None when it is not on disk


def source_link(
    archived_path: object, original_name: object, page: object, *, page_dir: Path
) -> SourceLink:
    """Where a figure came from, as a link relative to the page that shows it so the site
    works from disk. The link is given only when the archived report exists."""
    page = None if is_missing(page) else int(page)
    archived = None if is_missing(archived_path) else Path(str(archived_path))
    name = archived.name if is_missing(original_name) else str(original_name)
    if archived is None or not archived.is_file():
        return SourceLink(name, page, None)
    relative = Path(os.path.relpath(archived.resolve(), page_dir.resolve())).as_posix()
    return SourceLink(name, page, quote(relative) + (f"#page={page}" if page else ""))


def _signed(figure_key: object) -> bool:
    return is_change(figure_key.measure)  # type: ignore[attr-defined]


def ranking_figure(figure: KeyFigure) -> dict:
    """A key measure's chart with its caption and data table."""
    ranked, unit, signed = figure.ranked, figure.unit, _signed(figure.key)
    places = decimals_needed(*ranked["value"], figure.ew_value)

    def shown(value: object) -> str:
        return format_value(value, unit, signed=signed, decimals=places)

    best, worst = ranked.iloc[0], ranked.iloc[-1]
    counts = ranked["comparison"].value_counts()
    ew_text = (
        f" England and Wales: {shown(figure.ew_value)}; {counts.get('better', 0)} forces "
        f"better, {counts.get('worse', 0)} worse."
        if figure.ew_value is not None
        else ""
    )
    order = "best" if figure.polarity != "neither" else "highest"
    dots = as_dots(ranked["value"])
    desc = (
        f"{'Dot' if dots else 'Bar'} chart of {len(ranked)} forces, {order} first. "
        f"{POLARITY_TEXT[figure.polarity]}. "
        f"First: {best['label']} {shown(best['value'])}; last: {worst['label']} "
        f"{shown(worst['value'])}.{ew_text}"
    )
    svg = ranking_chart_svg(
        ranked,
        unit=unit,
        signed=signed,
        ew_value=figure.ew_value,
        chart_id=f"chart-{figure.key.slug}",
        title=figure.description,
        desc=desc,
    )
    return {
        "slug": figure.key.slug,
        "css_class": "ranking",
        "heading": figure.description,
        "meta": " · ".join(
            [
                format_period(figure.key.period),
                POLARITY_TEXT[figure.polarity],
                f"{len(ranked)} forces",
                *([CUT_AXIS] if dots else []),
            ]
        ),
        "svg": svg,
        "columns": ["Force", "Rank", "Value"],
        "rows": [
            (r.label, format_rank(r.rank, r.n_ranked), shown(r.value)) for r in ranked.itertuples()
        ],
    }


def standing_figure(standing: pd.DataFrame, force_name: str, slug: str) -> dict | None:
    """The one-chart summary of a profile: the force's place on every key measure (None when
    its report gave none of them)."""
    if standing.empty:
        return None
    shown = [format_value(r.value, r.unit, signed=_signed(r.key)) for r in standing.itertuples()]
    ranks = [format_rank(r.rank, r.n_ranked) for r in standing.itertuples()]
    ews = [format_value(r.ew_value, r.unit, signed=_signed(r.key)) for r in standing.itertuples()]
    chart = standing.assign(value_text=shown, rank_text=ranks)
    heading = f"{force_name} among all forces on the key measures"
    svg = standing_chart_svg(
        chart,
        chart_id=f"standing-{slug}",
        title=heading,
        desc=(
            f"Dot chart, one row per key measure: {force_name} as a large dot among every "
            "force's small grey dots, better to the right, England and Wales as a black "
            "line. "
            + "; ".join(
                f"{t}: {v}, rank {r}"
                for t, v, r in zip(standing["title"], shown, ranks, strict=True)
            )
            + "."
        ),
    )
    return {
        "slug": "standing",
        "css_class": "standing",
        "heading": heading,
        "meta": (
            "Better to the right (for savings, which are neither better nor worse: "
            "higher to the right). Grey: other forces; black line: England and Wales."
        ),
        "svg": svg,
        "columns": ["Measure", "Value", "England and Wales", "Rank"],
        "rows": list(zip(standing["title"], shown, ews, ranks, strict=True)),
    }


def figure_groups(figures: pd.DataFrame, page_dir: Path) -> list[dict]:
    """The profile's figures table, one group per dataset, values formatted."""
    groups: dict[str, list[dict]] = {}
    for r in figures.itertuples():
        signed = is_change(r.measure)
        places = decimals_needed(r.value, r.ew_value)
        groups.setdefault(r.dataset, []).append(
            {
                "description": r.description if present(r.description) else r.measure,
                "period": format_period(r.period),
                "value": format_value(r.value, r.unit, signed=signed, decimals=places),
                "ew_value": format_value(
                    present(r.ew_value), r.unit, signed=signed, decimals=places
                ),
                "region_mean": format_value(
                    present(r.region_mean), r.unit, signed=signed, decimals=max(places, 1)
                ),
                "rank": format_rank(r.rank, r.n_ranked),
                "region_rank": format_rank(r.region_rank, r.n_in_region),
                "comparison": present(r.comparison),
                "source": source_link(r.archived_path, r.original_name, r.page, page_dir=page_dir),
            }
        )
    return [
        {"title": DATASET_TEXT.get(name, name.replace("_", " ").capitalize()), "rows": rows}
        for name, rows in groups.items()
    ]


def _grade(grade: object, rank: object) -> dict:
    return {"grade": present(grade), "rank": None if is_missing(rank) else int(rank)}


def grade_cells(row: pd.Series) -> list[dict]:
    """A league-table row's four grades."""
    return [_grade(row.get(q), row.get(f"{q}_rank")) for q in QUESTIONS]


def judgment_items(judgments: pd.DataFrame, page_dir: Path) -> list[dict]:
    """A profile's judgments (tables.force_judgments), each with its source page."""
    return [
        {
            "question": QUESTION_TEXT[r.question],
            **_grade(r.grade, r.grade_rank),
            "source": source_link(r.archived_path, r.original_name, r.page, page_dir=page_dir)
            if present(r.page)
            else None,
        }
        for r in judgments.itertuples()
    ]


def warning_rows(warnings: pd.DataFrame) -> list[tuple]:
    """Extraction warnings (tables.current_warnings) as table rows: code, message, figures,
    page."""
    return [
        (r.code, r.message, "; ".join(r.figures), "" if is_missing(r.page) else int(r.page))
        for r in warnings.itertuples()
    ]


def _figure_name(row: object) -> str:
    return f"{row.dataset} {row.measure} {row.period}"  # type: ignore[attr-defined]


def quality_summary(marts: Marts, warnings: pd.DataFrame) -> dict:
    """Headline counts of the data-quality views, and their rows for whoever wants detail."""
    names = marts.forces.set_index("force_id")["short_name"]
    provenance, coverage = marts.figure_provenance, marts.dq_coverage
    n_reports = provenance["report_sha256"].nunique()
    expected = n_reports * len(marts.measures)
    disagreements = marts.dq_england_wales_consistency
    disagreeing = disagreements[["dataset", "measure", "period"]].drop_duplicates()
    without_report = coverage[coverage["missing"] == "no_report"]["force_id"].unique()
    gaps = coverage[coverage["missing"] != "no_report"]
    counts = [  # label, figure, what it is out of
        ("Reports loaded", f"{n_reports}", f"of {len(marts.forces)} forces"),
        (
            "Figures loaded",
            f"{len(provenance):,}",
            f"of {expected:,} the data dictionary lists"
            + (f" ({100 * len(provenance) / expected:.0f}%)" if expected else ""),
        ),
        ("Extraction warnings", f"{len(warnings):,}", "figures left out or doubtful"),
        (
            "Arithmetic checks failing",
            f"{len(marts.dq_arithmetic):,}",
            "totals and changes recomputed",
        ),
        (
            "England and Wales figures in dispute",
            f"{len(disagreeing):,}",
            "printed differently by different reports",
        ),
    ]
    tables = [
        (
            "Forces without a report",
            ["Force"],
            [(names.get(f, f),) for f in sorted(without_report)],
        ),
        (
            "Figures missing from loaded reports",
            ["Force", "Dataset", "Missing"],
            [
                (names.get(r.force_id, r.force_id), r.dataset, f"{r.n_missing} of {r.n_expected}")
                for r in gaps.sort_values(["force_id", "dataset"]).itertuples()
            ],
        ),
        (
            "Extraction warnings",
            ["Force", "Check", "What was found", "Figures", "Page"],
            [
                (names.get(force_id, force_id), *row)
                for force_id, row in zip(warnings["force_id"], warning_rows(warnings), strict=True)
            ],
        ),
        (
            "Arithmetic checks that fail",
            ["Force", "Check", "Expected", "Printed"],
            [
                (
                    names.get(r.force_id, r.force_id),
                    r.check_name,
                    format_number(r.expected),
                    format_number(r.reported),
                )
                for r in marts.dq_arithmetic.sort_values(["force_id", "check_name"]).itertuples()
            ],
        ),
        (
            "England and Wales figures the reports disagree on",
            ["Figure", "Value", "Reports", "Forces"],
            [
                (
                    _figure_name(r),
                    format_number(r.value),
                    r.n_reports,
                    ", ".join(names.get(f, f) for f in r.force_ids),
                )
                for r in disagreements.sort_values(["dataset", "measure", "value"]).itertuples()
            ],
        ),
    ]
    return {
        "counts": [{"label": label, "value": value, "note": note} for label, value, note in counts],
        "tables": [
            {"title": title, "columns": columns, "rows": rows} for title, columns, rows in tables
        ],
    }
