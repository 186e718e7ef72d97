"""Hand-made extraction dicts (the `Extraction.to_dict()` contract) for a few forces, so the
site's tests build a real warehouse without PDFs. Values are made up but distinct per force,
so rankings and comparisons have something to order."""

from __future__ import annotations

import hashlib
from dataclasses import fields
from pathlib import Path

import pandas as pd

import reference
from site_report.marts import Marts

FORCES = ("leicestershire", "nottinghamshire", "derbyshire", "dyfed-powys")
GRADE_PATTERN = {  # overall, secure_financial_position, affordable_policing, efficiency
    "leicestershire": ("Good", "Good", "Good", "Good"),
    "nottinghamshire": ("Requires improvement", "Good", "Requires improvement", "Good"),
    "derbyshire": ("Outstanding", "Outstanding", "Good", "Outstanding"),
    "dyfed-powys": ("Good", "Outstanding", "Good", "Good"),
}
QUESTIONS = ("overall", "secure_financial_position", "affordable_policing", "efficiency")
PAGE_OF_DATASET = {"judgment": 1, "headline": 2, "finance": 5, "workforce": 7}


DISPUTED = ("crime", "burglary_rate")  # the last force's report prints another E&W figure


def figure_value(force_index: int, row_index: int, measure: reference.Measure) -> float:
    """Forces differ from England and Wales and from each other; England and Wales agrees
    across reports except for the DISPUTED figure."""
    base = 10.0 + (row_index % 17) * 3.5 - (20.0 if row_index % 5 == 0 else 0.0)
    if measure.subject == "england_wales":
        disputed = (measure.dataset, measure.measure) == DISPUTED and force_index == len(FORCES) - 1
        return base + 0.5 if disputed else base
    return round(base + (force_index - 1.5) * 2.3, 1)


def extraction_for(force_id: str, archived_path: Path | None = None) -> dict:
    index = FORCES.index(force_id)
    force = reference.force_by_id()[force_id]
    grades = dict(zip(QUESTIONS, GRADE_PATTERN[force_id], strict=True))
    records = []
    for row_index, m in enumerate(reference.measures(2014)):
        value = grades[m.measure] if m.unit == "grade" else figure_value(index, row_index, m)
        records.append(
            {
                "dataset": m.dataset,
                "measure": m.measure,
                "subject": m.subject,
                "period": m.period,
                "unit": m.unit,
                "value": value,
                "page": PAGE_OF_DATASET.get(m.dataset, 9),
                "bbox": [50.0, 100.0, 90.0, 112.0],
            }
        )
    name = f"{force_id}-2014.pdf"
    return {
        "source": {
            "path": str(archived_path or name),
            "sha256": hashlib.sha256(force_id.encode()).hexdigest(),
            "pages": 30,
        },
        "report": {
            "force": force.name,
            "force_id": force_id,
            "year": 2014,
            "edition": "2014",
            "title": f"{force.name}: Responding to austerity",
        },
        "extractor_version": "2014.1.0",
        "records": records,
        "warnings": [
            {
                "code": "unsure_value",
                "message": f"{force.short_name} & co: a value <b>could not</b> be read",
                "keys": ["crime/burglary_rate/force/2013-14"],
                "page": 8,
            },
            {
                "code": "headline_mismatch",
                "message": "no page for this one",
                "keys": [],
                "page": None,
            },
        ]
        if index == 0
        else [],
    }


def marts_of(**frames: pd.DataFrame) -> Marts:
    """A Marts of the given hand-made frames; every other one empty."""
    empty = {f.name: pd.DataFrame() for f in fields(Marts) if f.name != "year"}
    return Marts(year=2014, **{**empty, **frames})


def forces_frame(*force_ids: str) -> pd.DataFrame:
    chosen = [reference.force_by_id()[f] for f in force_ids]
    return pd.DataFrame(
        {
            "force_id": [f.force_id for f in chosen],
            "name": [f.name for f in chosen],
            "short_name": [f.short_name for f in chosen],
            "region": [f.region for f in chosen],
        }
    )
