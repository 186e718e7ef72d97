"""Turns one HMIC value-for-money report PDF into a report record and figure records.
Knows PDFs; knows nothing of DuckDB or Prefect."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from extractors.checks import check_figures
from extractors.errors import NotAValueForMoneyReport, TooLarge
from extractors.layout_2014 import read_figures
from extractors.model import Extraction, ReportInfo, Source
from extractors.pages import TextLayer, open_pdf
from extractors.recognise import edition_of, force_of, title_of
from extractors.settings import ExtractSettings

EXTRACTOR_VERSION = "2014.1.0"

__all__ = ["EXTRACTOR_VERSION", "ExtractSettings", "Extraction", "extract_report"]


def extract_report(
    path: str | os.PathLike[str], settings: ExtractSettings | None = None
) -> Extraction:
    """The report's identity and every figure of the data dictionary it prints, with a
    warning for each figure left out or failing a check. Raises a `ReportRefused` subclass
    for a file that is not a supported report."""
    settings = settings or ExtractSettings()
    path = Path(path)
    size = path.stat().st_size
    if size > settings.max_bytes:  # refused before a byte is read
        raise TooLarge(f"{size:,} bytes, more than the {settings.max_bytes:,} allowed")
    data = path.read_bytes()
    layer = TextLayer(open_pdf(data, settings))
    try:
        edition = edition_of(layer.text)
        force = force_of(layer.text)
        figures, warnings = read_figures(layer.pages, force)
        if not figures:
            # A press release quoting the title: loaded, it would supersede the real report.
            raise NotAValueForMoneyReport(
                f"it names {force.name}'s 2014 report but prints none of its figures"
            )
        title = title_of(layer.pages[0].text, force)
    finally:
        layer.close()
    return Extraction(
        source=Source(str(path), hashlib.sha256(data).hexdigest(), len(layer.pages)),
        report=ReportInfo(force.name, force.force_id, int(edition), edition, title),
        extractor_version=EXTRACTOR_VERSION,
        records=figures,
        warnings=warnings + check_figures(figures),
    )
