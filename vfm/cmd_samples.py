"""`vfm samples`: write the sample corpus of 2014 report PDFs."""

from pathlib import Path
from typing import Annotated

import typer

import samples


def register(app: typer.Typer) -> None:
    @app.command("samples")
    def samples_command(
        out: Annotated[Path, typer.Option("--out", help="Folder to write the PDFs into.")],
        if_empty: Annotated[
            bool,
            typer.Option("--if-empty", help="Write nothing when the folder already holds a PDF."),
        ] = False,
        truth: Annotated[
            bool,
            typer.Option(
                "--truth/--no-truth", help="Also write truth/<force>-2014.json for tests."
            ),
        ] = True,
        variant: Annotated[
            int,
            typer.Option(
                "--variant",
                help="Change a metadata field so the files' bytes (and sha256) differ "
                "while their content stays the same.",
            ),
        ] = 0,
    ) -> None:
        """Render the 43 forces' 2014 sample reports (Leicestershire real, the rest synthetic)."""
        if if_empty and out.is_dir() and any(out.glob("*.pdf")):
            typer.echo(f"{out} already holds PDFs; wrote nothing")
            return
        written = samples.write_corpus(out, truth=truth, variant=variant)
        extra = " and their truth files" if truth else ""
        typer.echo(f"wrote {len(written)} sample reports{extra} to {out}")
