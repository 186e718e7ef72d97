"""CLI commands for the warehouse: `vfm sql` and `vfm export`."""

from __future__ import annotations

import csv
import json
import sys
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Column, Table

import warehouse
from flows.settings import Settings, SettingsError

DbOption = Annotated[
    Path | None,
    typer.Option("--db", help="Database to read (default: VFM_DB, else data/vfm.duckdb)."),
]


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"


def register(app: typer.Typer) -> None:
    app.command("sql")(sql)
    app.command("export")(export)


def sql(
    statement: Annotated[str, typer.Argument(help='One reading statement, e.g. "SELECT ...".')],
    db: DbOption = None,
    fmt: Annotated[OutputFormat, typer.Option("--format")] = OutputFormat.table,
) -> None:
    """Run a read-only SQL statement against the published database."""
    columns, rows = _or_exit(lambda: warehouse.query(_db_path(db), statement))
    if fmt is OutputFormat.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt is OutputFormat.json:
        typer.echo(json.dumps([dict(zip(columns, row)) for row in rows], default=str, indent=1))
    else:
        table = Table(*(Column(name, justify=_justify(rows, i)) for i, name in enumerate(columns)))
        for row in rows:
            table.add_row(*("" if value is None else str(value) for value in row))
        Console().print(table)


def export(
    out_dir: Annotated[Path, typer.Argument(metavar="DIR", help="Folder for one file per view.")],
    fmt: Annotated[ExportFormat, typer.Option("--format")],
    db: DbOption = None,
) -> None:
    """Write every mart and data-quality view to DIR as Parquet or CSV."""
    written = _or_exit(lambda: warehouse.export_marts(_db_path(db), out_dir, fmt.value))
    typer.echo(f"wrote {len(written)} files to {out_dir}")


def _justify(rows: list[tuple], index: int) -> str:
    """Numbers line up on the right, as in a spreadsheet."""
    values = [row[index] for row in rows if row[index] is not None]
    numeric = values and all(isinstance(v, (int, float, Decimal)) for v in values)
    return "right" if numeric else "left"


def _db_path(db: Path | None) -> Path:
    return Settings.from_env(db=db).db


def _or_exit(action):
    """Expected failures end in one line on stderr and exit code 2, never a traceback."""
    try:
        return action()
    except (warehouse.WarehouseError, SettingsError) as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(2) from None
