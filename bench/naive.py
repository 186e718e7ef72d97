"""The naive baseline: what a pipeline without a page index does, pdfplumber's
extract_text and extract_tables on every page of the report."""

from pathlib import Path

import pdfplumber


def parse_every_page(path: Path) -> int:
    """Returns the number of pages parsed."""
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()
            page.close()
        return len(pdf.pages)
