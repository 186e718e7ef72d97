"""The warehouse marts the site is built from, read once through a read-only connection. The
only module of the site that speaks to DuckDB; everything after it works on DataFrames."""

from __future__ import annotations

from dataclasses import dataclass, fields

import duckdb
import pandas as pd

from site_report.errors import NothingToReport


@dataclass(frozen=True)
class Marts:
    """Each field is the view or table of the same name (for `year` where it has one)."""

    year: int
    forces: pd.DataFrame
    measures: pd.DataFrame
    force_rankings: pd.DataFrame
    force_vs_england_wales: pd.DataFrame
    regional_comparison: pd.DataFrame
    judgments: pd.DataFrame
    figure_provenance: pd.DataFrame
    dq_coverage: pd.DataFrame
    dq_england_wales_consistency: pd.DataFrame
    dq_arithmetic: pd.DataFrame
    extraction_warnings: pd.DataFrame


def latest_year(con: duckdb.DuckDBPyConnection) -> int:
    (year,) = con.execute("SELECT max(year) FROM figure_provenance").fetchone()
    if year is None:
        raise NothingToReport("the database holds no reports yet: run `vfm ingest` first")
    return int(year)


def _read(con: duckdb.DuckDBPyConnection, name: str, year: int) -> pd.DataFrame:
    frame = con.execute(f"SELECT * FROM {name}").df()  # names are this module's, not input
    if "year" in frame.columns:
        frame = frame[frame["year"] == year].reset_index(drop=True)
    return frame


def read_marts(con: duckdb.DuckDBPyConnection) -> Marts:
    """The marts of the latest year with reports."""
    year = latest_year(con)
    frames = {f.name: _read(con, f.name, year) for f in fields(Marts) if f.name != "year"}
    return Marts(year=year, **frames)
