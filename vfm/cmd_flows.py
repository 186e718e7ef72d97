"""CLI commands for flows (not built yet)."""

import typer


def register(app: typer.Typer) -> None:
    pass
