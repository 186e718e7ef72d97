"""Shared fixtures: the sample corpus rendered and extracted once per session, the real
Leicestershire figures, and seed reports typeset from the real report's text."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from pathlib import Path

import pytest

import extractors
import samples
from tests.extractors.seed_report import SeedStyle, build_seed_report

Key = tuple[str, str, str, str]


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    samples.write_corpus(out, truth=True)
    return out


@pytest.fixture(scope="session")
def extracted(corpus: Path) -> Callable[[str], extractors.Extraction]:
    """extracted(force_id): the force's sample report, extracted once per session."""
    return cache(lambda force_id: extractors.extract_report(corpus / f"{force_id}-2014.pdf"))


@pytest.fixture(scope="session")
def truth(corpus: Path) -> Callable[[str], dict[Key, dict]]:
    def records(force_id: str) -> dict[Key, dict]:
        data = json.loads((corpus / "truth" / f"{force_id}-2014.json").read_text(encoding="utf-8"))
        return {(r["dataset"], r["measure"], r["subject"], r["period"]): r for r in data["records"]}

    return records


@pytest.fixture(scope="session")
def golden() -> dict[Key, float | str]:
    """Leicestershire's real 2014 figures, the answer the extractor must give for its report."""
    text = files("samples").joinpath("leicestershire-2014.csv").read_text(encoding="utf-8")
    return {
        (r["dataset"], r["measure"], r["subject"], r["period"]): r["value"]
        if r["unit"] == "grade"
        else float(r["value"])
        for r in csv.DictReader(text.splitlines())
    }


@pytest.fixture(scope="session")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """seed_pdf(**style): the real report's text typeset in that style, built once."""
    built: dict[SeedStyle, Path] = {}
    folder = tmp_path_factory.mktemp("seed")

    def pdf(**options) -> Path:
        style = SeedStyle(**options)
        if style not in built:
            built[style] = build_seed_report(folder / f"seed-{len(built)}.pdf", style)
        return built[style]

    return pdf
