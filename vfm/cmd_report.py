"""CLI command for the comparison site: `vfm report`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from flows.settings import Settings, SettingsError
from warehouse import WarehouseError


def register(app: typer.Typer) -> None:
    app.command("report")(report)


def report(
    out: Annotated[Path, typer.Option("--out", help="Folder to write the site into.")],
    db: Annotated[
        Path | None,
        typer.Option("--db", help="Database to read (default: VFM_DB or data/vfm.duckdb)."),
    ] = None,
) -> None:
    """Write the comparison site (index and one page per force) and print its index's path."""
    # Imported here: matplotlib and pandas would otherwise weigh on every `vfm` command.
    from site_report import SiteError, build_site

    try:
        built = build_site(Settings.from_env(db=db).db, out)
    except (SiteError, WarehouseError, SettingsError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
    typer.echo(str(built.index.resolve()))
