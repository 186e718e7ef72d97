"""`vfm extract PDF`: one report's figures as JSON (the extraction contract) or a table."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

import extractors
from extractors.errors import ReportRefused
from extractors.model import figure_key


class Format(str, Enum):
    json = "json"
    table = "table"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)


def extract(
    pdf: Annotated[Path, typer.Argument(help="A report PDF.")],
    output: Annotated[
        Format, typer.Option("--format", help="json (the contract) or table.")
    ] = Format.json,
) -> None:
    """Extract one report's figures, without touching the database."""
    try:
        extraction = extractors.extract_report(pdf)
    except ReportRefused as refusal:
        typer.echo(f"{pdf}: refused ({refusal.code}): {refusal}", err=True)
        raise typer.Exit(2) from None
    except OSError as error:
        typer.echo(f"{pdf}: cannot read: {error.strerror or error}", err=True)
        raise typer.Exit(2) from None
    if output is Format.json:
        typer.echo(json.dumps(extraction.to_dict(), indent=1, ensure_ascii=False))
    else:
        _print_table(extraction)


def _print_table(extraction: extractors.Extraction) -> None:
    table = Table(title=f"{extraction.report.title} ({extraction.source.pages} pages)")
    table.add_column("figure", overflow="fold")
    table.add_column("value", justify="right")
    table.add_column("unit")
    table.add_column("page", justify="right")
    for r in extraction.records:
        value = f"{r.value:g}" if isinstance(r.value, float) else r.value
        table.add_row(figure_key(*r.key), value, r.unit, str(r.page))
    console = Console()
    console.print(table)
    for warning in extraction.warnings:
        console.print(f"warning {warning.code}: {warning.message}", markup=False, highlight=False)
