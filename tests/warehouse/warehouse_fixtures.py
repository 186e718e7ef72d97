"""Hand-made extraction dicts (the `Extraction.to_dict()` contract) so each view is tested on
a few figures we know, and small helpers to read the database back."""

from __future__ import annotations

import csv
import hashlib
from importlib.resources import files

import reference
import warehouse

UNITS = {"/".join(m.key): m.unit for m in reference.measures(2014)}

VICTIMS = "headline/victim_satisfaction_pct/force/2013-14"
VICTIMS_EW = "headline/victim_satisfaction_pct/england_wales/2013-14"
CRIME = "crime/crimes_excluding_fraud_rate/force/2013-14"
CRIME_EW = "crime/crimes_excluding_fraud_rate/england_wales/2013-14"
COST = "headline/workforce_cost_per_head/force/2013-14"
COST_EW = "headline/workforce_cost_per_head/england_wales/2013-14"
SAVINGS = "headline/savings_requirement/force/2011-12..2014-15"
OVERALL = "judgment/overall/force/2014"


def sha(label: str) -> str:
    return hashlib.sha256(label.encode()).hexdigest()


def extraction(
    force_id: str,
    values: dict[str, float | str],
    *,
    file: str | None = None,
    version: str = "2014.1.0",
    warnings: tuple[dict, ...] = (),
) -> dict:
    """`values` maps "dataset/measure/subject/period" to a number or a grade; `file` names
    the PDF (a different name is a different file, so a different sha256)."""
    file = file or f"{force_id}.pdf"
    return {
        "source": {"path": f"inbox/{file}", "sha256": sha(file), "pages": 20},
        "report": {
            "force": reference.force_by_id()[force_id].name,
            "force_id": force_id,
            "year": 2014,
            "edition": "2014",
            "title": "Responding to austerity",
        },
        "extractor_version": version,
        "records": [
            {
                **dict(zip(("dataset", "measure", "subject", "period"), key.split("/"))),
                "unit": UNITS[key],
                "value": value,
                "page": 5,
                "bbox": [72.0, 100.5, 180.0, 112.0],
            }
            for key, value in values.items()
        ],
        "warnings": list(warnings),
    }


def load(con, *extractions: dict) -> list[warehouse.LoadOutcome]:
    return [
        warehouse.load_extraction(
            con, e, original_name=e["source"]["path"].split("/")[-1], archived_path=None
        )
        for e in extractions
    ]


def rows(con, sql: str, *params) -> list[tuple]:
    return con.execute(sql, list(params)).fetchall()


def table_counts(con) -> dict[str, int]:
    names = [name for (name,) in rows(con, "SELECT table_name FROM duckdb_tables()")]
    return {name: rows(con, f"SELECT count(*) FROM {name}")[0][0] for name in names}


# Four forces in two regions, with ties under each polarity and one force level with England
# and Wales. Columns: VICTIMS (higher is better), CRIME (lower is better), COST (lower is
# better), SAVINGS (neither), OVERALL (a grade).
ENGLAND_WALES = {VICTIMS_EW: 85.2, CRIME_EW: 61.1, COST_EW: 168.1}
CORPUS = {
    force_id: {**dict(zip((VICTIMS, CRIME, COST, SAVINGS, OVERALL), figures)), **ENGLAND_WALES}
    for force_id, figures in {
        "leicestershire": (85.8, 59.3, 153.0, 36.1, "Good"),
        "nottinghamshire": (85.8, 70.0, 170.0, 40.0, "Requires improvement"),
        "derbyshire": (88.0, 59.3, 150.0, 20.0, "Outstanding"),
        "kent": (80.0, 50.0, 168.1, 50.0, "Good"),
    }.items()
}


def leicestershire_2014() -> dict[str, float | str]:
    """Leicestershire's real 2014 figures (the project's golden copy), keyed like `values`."""
    text = files("samples").joinpath("leicestershire-2014.csv").read_text(encoding="utf-8")
    return {
        f"{r['dataset']}/{r['measure']}/{r['subject']}/{r['period']}": (
            r["value"] if r["unit"] == "grade" else float(r["value"])
        )
        for r in csv.DictReader(text.splitlines())
    }
