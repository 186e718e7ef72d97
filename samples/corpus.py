"""Write the sample corpus: one 2014 report PDF per force and, for tests, a truth file
listing every figure the report prints, the page it is on and the text printed for it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

import reference
from samples.figures import YEAR, figures_for, is_synthetic, key
from samples.render import render_report
from samples.report import Report


def report_name(force_id: str) -> str:
    return f"{force_id}-{YEAR}.pdf"


def truth_of(force_id: str, r: Report) -> dict:
    records = []
    for record in figures_for(force_id):
        figure_key = key(record["dataset"], record["measure"], record["subject"], record["period"])
        records.append(
            {**record, "page": r.marks.pages[figure_key], "text": r.marks.texts[figure_key]}
        )
    return {
        "force_id": force_id,
        "year": YEAR,
        "synthetic": is_synthetic(force_id),
        "records": records,
    }


def write_corpus(
    out_dir: str | Path,
    *,
    truth: bool = True,
    forces: Iterable[str] | None = None,
    variant: int = 0,
) -> list[Path]:
    """Render the reports of `forces` (default: all 43) into `out_dir`; return the PDF paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    force_ids = list(forces) if forces is not None else [f.force_id for f in reference.forces()]
    unknown = set(force_ids) - set(reference.force_by_id())
    if unknown:
        raise ValueError(f"unknown force id(s): {', '.join(sorted(unknown))}")
    written = []
    for force_id in force_ids:
        path = out / report_name(force_id)
        r = render_report(force_id, path, variant=variant)
        written.append(path)
        if truth:
            (out / "truth").mkdir(exist_ok=True)
            truth_path = out / "truth" / f"{force_id}-{YEAR}.json"
            truth_path.write_text(
                json.dumps(truth_of(force_id, r), indent=1, ensure_ascii=False) + "\n",
                encoding="utf-8",
            )
    return written
