"""Marts -> the frames each part of a page shows. Pure functions of `Marts`: no database,
no files, no HTML, so each is tested on small hand-made frames."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from site_report.key_measures import KEY_MEASURES, KeyMeasure
from site_report.marts import Marts

FIGURE_KEY = ["dataset", "measure", "period"]
QUESTIONS = ("overall", "secure_financial_position", "affordable_policing", "efficiency")


def _rows_of(frame: pd.DataFrame, key: KeyMeasure) -> pd.DataFrame:
    return frame[
        (frame["dataset"] == key.dataset)
        & (frame["measure"] == key.measure)
        & (frame["period"] == key.period)
    ]


def measure_info(marts: Marts, key: KeyMeasure) -> pd.Series | None:
    """The dictionary row of a measure's force figure (unit, polarity, description)."""
    rows = _rows_of(marts.measures, key)
    rows = rows[rows["subject"] == "force"]
    return None if rows.empty else rows.iloc[0]


def england_wales_value(marts: Marts, key: KeyMeasure) -> float | None:
    """The England and Wales figure most reports print (they should all agree; where they do
    not, dq_england_wales_consistency says so)."""
    values = _rows_of(marts.force_vs_england_wales, key)["ew_value"].dropna()
    return None if values.empty else float(values.mode().iloc[0])


def key_measure_ranking(marts: Marts, key: KeyMeasure) -> pd.DataFrame:
    """Every force with this figure, best first: force_id, label, value, rank, n_ranked,
    comparison (against England and Wales as printed in the force's own report)."""
    ranked = _rows_of(marts.force_rankings, key)[["force_id", "value", "rank", "n_ranked"]]
    compared = _rows_of(marts.force_vs_england_wales, key)[["force_id", "comparison"]]
    names = marts.forces[["force_id", "short_name"]].rename(columns={"short_name": "label"})
    return (
        ranked.merge(names, on="force_id", how="left")
        .merge(compared, on="force_id", how="left")
        .sort_values(["rank", "label"], kind="stable")
        .reset_index(drop=True)
    )


@dataclass(frozen=True)
class KeyFigure:
    """One key measure across every force that reported it."""

    key: KeyMeasure
    unit: str
    polarity: str
    description: str
    ranked: pd.DataFrame  # as key_measure_ranking
    ew_value: float | None


def key_figures(marts: Marts) -> list[KeyFigure]:
    """The key measures the database has figures for, in KEY_MEASURES order."""
    found = []
    for key in KEY_MEASURES:
        info, ranked = measure_info(marts, key), key_measure_ranking(marts, key)
        if info is not None and not ranked.empty:
            found.append(
                KeyFigure(
                    key,
                    info["unit"],
                    info["polarity"],
                    info["description"],
                    ranked,
                    england_wales_value(marts, key),
                )
            )
    return found


def standing(figures: list[KeyFigure], force_id: str) -> pd.DataFrame:
    """Where one force stands on each key measure it reported: title, unit, polarity, value,
    rank, n_ranked, comparison, ew_value and all_values (every ranked force's value)."""
    rows = []
    for figure in figures:
        mine = figure.ranked[figure.ranked["force_id"] == force_id]
        if mine.empty:
            continue
        row = mine.iloc[0]
        rows.append(
            {
                "key": figure.key,
                "title": figure.key.title,
                "unit": figure.unit,
                "polarity": figure.polarity,
                "value": row["value"],
                "rank": row["rank"],
                "n_ranked": row["n_ranked"],
                "comparison": row["comparison"],
                "ew_value": figure.ew_value,
                "all_values": figure.ranked["value"].tolist(),
            }
        )
    return pd.DataFrame(rows)


def profile_figures(marts: Marts, force_id: str) -> pd.DataFrame:
    """One row per numeric figure of the force's report, in data-dictionary order: the
    figure, England and Wales as printed beside it, its region's mean, its ranks and where it
    came from (page, archived_path, original_name)."""
    figures = marts.figure_provenance
    figures = figures[
        (figures["force_id"] == force_id)
        & (figures["subject"] == "force")
        & figures["value"].notna()
    ]
    dictionary = marts.measures[marts.measures["subject"] == "force"].reset_index(drop=True)
    dictionary = dictionary.assign(order=dictionary.index)[
        [*FIGURE_KEY, "polarity", "description", "order"]
    ]

    def of_force(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
        return frame[frame["force_id"] == force_id][[*FIGURE_KEY, *columns]]

    return (
        figures[[*FIGURE_KEY, "unit", "value", "page", "archived_path", "original_name"]]
        .merge(dictionary, on=FIGURE_KEY, how="left")
        .merge(
            of_force(marts.force_vs_england_wales, ["ew_value", "comparison"]),
            on=FIGURE_KEY,
            how="left",
        )
        .merge(of_force(marts.force_rankings, ["rank", "n_ranked"]), on=FIGURE_KEY, how="left")
        .merge(
            of_force(marts.regional_comparison, ["region_mean", "region_rank", "n_in_region"]),
            on=FIGURE_KEY,
            how="left",
        )
        .sort_values("order", kind="stable", na_position="last")
        .reset_index(drop=True)
    )


def league_table(marts: Marts) -> pd.DataFrame:
    """One row per force with judgments: force_id, name, region, then `<question>` (grade) and
    `<question>_rank` for each question; best overall grade first, then best on the other
    three, then by name."""
    judged = marts.judgments
    grades = judged.pivot_table(
        index="force_id", columns="question", values="grade", aggfunc="first"
    )
    ranks = judged.pivot_table(
        index="force_id", columns="question", values="grade_rank", aggfunc="first"
    ).add_suffix("_rank")
    table = (
        marts.forces[["force_id", "name", "region"]]
        .merge(grades.join(ranks).reset_index(), on="force_id", how="inner")
        .reindex(
            columns=["force_id", "name", "region", *QUESTIONS, *(f"{q}_rank" for q in QUESTIONS)]
        )
    )
    others = table[[f"{q}_rank" for q in QUESTIONS[1:]]].sum(axis=1, min_count=1)
    return (
        table.assign(_others=others)
        .sort_values(["overall_rank", "_others", "name"], na_position="last", kind="stable")
        .drop(columns="_others")
        .reset_index(drop=True)
    )


def current_warnings(marts: Marts) -> pd.DataFrame:
    """Extraction warnings of the reports the site shows (current reports of the year), with
    the force each concerns and the figures it names in words: force_id, code, message, page,
    figures (a list of "description (period)")."""
    reports = marts.figure_provenance[["report_sha256", "force_id"]].drop_duplicates()
    described = {
        f"{m.dataset}/{m.measure}/{m.subject}/{m.period}": (
            f"{m.description}{', England and Wales' if m.subject == 'england_wales' else ''}"
            f" ({m.period})"
        )
        for m in marts.measures.itertuples()
    }
    warnings = marts.extraction_warnings.merge(reports, on="report_sha256", how="inner")
    return (
        warnings.assign(figures=[[described.get(k, k) for k in keys] for keys in warnings["keys"]])[
            ["force_id", "code", "message", "page", "figures"]
        ]
        .sort_values(["force_id", "page", "code"], na_position="last", kind="stable")
        .reset_index(drop=True)
    )


def force_judgments(marts: Marts, force_id: str) -> pd.DataFrame:
    """The four judgments of one force in QUESTIONS order (grade missing where the report's
    grade was not extracted): question, grade, grade_rank, page, archived_path, original_name."""
    judged = marts.judgments[marts.judgments["force_id"] == force_id]
    figures = marts.figure_provenance
    sources = figures[(figures["force_id"] == force_id) & (figures["dataset"] == "judgment")]
    return (
        pd.DataFrame({"question": QUESTIONS})
        .merge(judged[["question", "grade", "grade_rank"]], on="question", how="left")
        .merge(
            sources.rename(columns={"measure": "question"})[
                ["question", "page", "archived_path", "original_name"]
            ],
            on="question",
            how="left",
        )
    )
