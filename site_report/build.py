"""Warehouse -> a static site on disk: index.html, forces/<force_id>.html and site.css.
Nothing on the pages refers outside the output directory except the archived reports the
figures link to, so the site works offline from disk."""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

import pandas as pd

import warehouse
from site_report import pages, tables
from site_report.marts import Marts, read_marts

STYLESHEET = "site.css"
PROFILES = "forces"


@dataclass(frozen=True)
class SiteBuild:
    index: Path
    profiles: int  # force profile pages written
    charts: int  # key-measure charts on the index


def build_site(db: str | Path, out: str | Path) -> SiteBuild:
    """Read the marts of the warehouse at `db` (read-only) and write the site into `out`."""
    with closing(warehouse.connect(db, read_only=True)) as con:
        marts = read_marts(con)
    return write_site(marts, Path(out))


def write_site(marts: Marts, out: Path) -> SiteBuild:
    profile_dir = out / PROFILES
    profile_dir.mkdir(parents=True, exist_ok=True)
    (out / STYLESHEET).write_text(
        files("site_report").joinpath("static", STYLESHEET).read_text("utf-8"), "utf-8"
    )
    key_figures = tables.key_figures(marts)
    warnings = tables.current_warnings(marts)
    profiled = sorted(set(marts.figure_provenance["force_id"]))
    common = {"year": marts.year, "reports": marts.figure_provenance["report_sha256"].nunique()}

    written = set()
    for force_id in profiled:
        page = profile_dir / f"{force_id}.html"
        page.write_text(
            profile_page(marts, force_id, key_figures, warnings, page.parent, common), "utf-8"
        )
        written.add(page.name)
    for stale in profile_dir.glob("*.html"):  # forces no longer in the warehouse
        if stale.name not in written:
            stale.unlink()

    index = out / "index.html"
    index.write_text(index_page(marts, key_figures, warnings, set(profiled), common), "utf-8")
    return SiteBuild(index=index, profiles=len(written), charts=len(key_figures))


def _force_link(force_id: str) -> str:
    return f"{PROFILES}/{force_id}.html"


def index_page(
    marts: Marts,
    key_figures: list[tables.KeyFigure],
    warnings: pd.DataFrame,
    profiled: set[str],
    common: dict,
) -> str:
    regions: dict[str, list[dict]] = {}
    for force in marts.forces.sort_values(["region", "name"]).itertuples():
        regions.setdefault(force.region, []).append(
            {
                "name": force.name,
                "href": _force_link(force.force_id) if force.force_id in profiled else None,
            }
        )
    league = [
        {
            "name": row["name"],
            "region": row["region"],
            "href": _force_link(row["force_id"]),
            "grades": pages.grade_cells(row),
        }
        for _, row in tables.league_table(marts).iterrows()
    ]
    return pages.render(
        "index.html",
        root="",
        **common,
        n_forces=len(marts.forces),
        regions=sorted(regions.items()),
        charts=[pages.ranking_figure(figure) for figure in key_figures],
        questions=[pages.QUESTION_TEXT[q] for q in tables.QUESTIONS],
        league=league,
        quality=pages.quality_summary(marts, warnings),
    )


def profile_page(
    marts: Marts,
    force_id: str,
    key_figures: list[tables.KeyFigure],
    warnings: pd.DataFrame,
    page_dir: Path,
    common: dict,
) -> str:
    force = marts.forces.set_index("force_id").loc[force_id].to_dict()
    figures = tables.profile_figures(marts, force_id)
    report = marts.figure_provenance[marts.figure_provenance["force_id"] == force_id].iloc[0]
    return pages.render(
        "profile.html",
        root="../",
        **common,
        force=force,
        report=pages.source_link(
            report["archived_path"], report["original_name"], None, page_dir=page_dir
        ),
        judgments=pages.judgment_items(tables.force_judgments(marts, force_id), page_dir),
        standing=pages.standing_figure(
            tables.standing(key_figures, force_id), force["name"], force_id
        ),
        figures=pages.figure_groups(figures, page_dir),
        warnings=pages.warning_rows(warnings[warnings["force_id"] == force_id]),
    )
