"""CLI commands for warehouse (not built yet)."""

import typer


def register(app: typer.Typer) -> None:
    pass
