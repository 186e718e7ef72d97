"""The sample corpus is rendered once per test session; tests read it from there."""

from __future__ import annotations

import csv
import json
from functools import cache
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest

import samples

REAL_CSV = Path(samples.__file__).parent / "leicestershire-2014.csv"


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    samples.write_corpus(out)
    return out


@pytest.fixture(scope="session")
def truths(corpus_dir: Path) -> dict[str, dict]:
    return {
        p.stem.removesuffix("-2014"): json.loads(p.read_text(encoding="utf-8"))
        for p in sorted((corpus_dir / "truth").glob("*.json"))
    }


@pytest.fixture(scope="session")
def report_pdf(corpus_dir: Path):
    """report_pdf(force_id) -> the force's report opened with pdfplumber, once per session."""
    opened: dict[str, pdfplumber.PDF] = {}

    def pdf(force_id: str) -> pdfplumber.PDF:
        if force_id not in opened:
            opened[force_id] = pdfplumber.open(corpus_dir / f"{force_id}-2014.pdf")
        return opened[force_id]

    yield pdf
    for each in opened.values():
        each.close()


@pytest.fixture(scope="session")
def page_text(report_pdf):
    """page_text(force_id, page) -> pdfplumber's text of that page (1-based), cached."""

    @cache
    def text(force_id: str, page: int) -> str:
        return report_pdf(force_id).pages[page - 1].extract_text()

    return text


@pytest.fixture(scope="session")
def real_rows() -> list[dict[str, str]]:
    with REAL_CSV.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="session")
def report_text(corpus_dir: Path):
    """report_text(force_id) -> the whole report's text (pypdfium2: fast enough for all 43)."""

    @cache
    def text(force_id: str) -> str:
        pdf = pypdfium2.PdfDocument(corpus_dir / f"{force_id}-2014.pdf")
        try:
            return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        finally:
            pdf.close()

    return text
