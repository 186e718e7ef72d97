"""Loading extraction dicts (the `Extraction.to_dict()` contract) into the raw tables.

One transaction per report. A report is keyed by its file's sha256, so loading the same file
again changes nothing; a newer extractor version replaces the file's figures; a different file
for the same force and year supersedes the one ingested before it (both are kept)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import duckdb

import reference
from warehouse.errors import InvalidExtraction, UnknownReport
from warehouse.schema import first_row, insert_rows, resolve_supersession, transaction

STATUSES = ("loaded", "unchanged", "superseded", "reextracted")
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class LoadOutcome:
    status: str  # one of STATUSES
    sha256: str
    figures: int  # figures stored for the report after the load
    supersedes: str | None = None  # the report this one replaced as current, if any


def version_key(version: str) -> tuple[int, ...]:
    """'2014.1.10' -> (2014, 1, 10), so versions compare numerically."""
    if not re.fullmatch(r"\d+(\.\d+)*", str(version)):
        raise InvalidExtraction(f"extractor_version {version!r} is not dotted numbers")
    return tuple(int(part) for part in version.split("."))


def load_extraction(
    con: duckdb.DuckDBPyConnection,
    extraction: dict,
    *,
    original_name: str,
    archived_path: str | None,
) -> LoadOutcome:
    report = _report_fields(extraction)
    figures = _figure_rows(con, extraction, report["year"])
    warnings = _warning_rows(extraction)
    sha256, version = report["sha256"], report["extractor_version"]
    with transaction(con):
        stored = first_row(con, "SELECT extractor_version FROM reports WHERE sha256 = ?", sha256)
        if stored and version_key(version) <= version_key(stored[0]):
            return LoadOutcome("unchanged", sha256, _figure_count(con, sha256))
        if stored:
            _delete_extraction(con, sha256)
            con.execute(
                "UPDATE reports SET force_id = $force_id, year = $year, edition = $edition,"
                " title = $title, pages = $pages, extractor_version = $extractor_version"
                " WHERE sha256 = $sha256",
                report,
            )
        else:
            con.execute(
                "INSERT INTO reports BY NAME SELECT $sha256 AS sha256,"
                " $original_name AS original_name, $archived_path AS archived_path,"
                " $force_id AS force_id, $year AS year, $edition AS edition, $title AS title,"
                " $pages AS pages, $extractor_version AS extractor_version, now() AS ingested_at",
                {**report, "original_name": original_name, "archived_path": archived_path},
            )
        insert_rows(con, "figures", [{"report_sha256": sha256, **row} for row in figures])
        insert_rows(
            con, "extraction_warnings", [{"report_sha256": sha256, **row} for row in warnings]
        )
        resolve_supersession(con)
        predecessor = first_row(con, "SELECT sha256 FROM reports WHERE superseded_by = ?", sha256)
    if stored:
        return LoadOutcome("reextracted", sha256, len(figures))
    if predecessor:
        return LoadOutcome("superseded", sha256, len(figures), supersedes=predecessor[0])
    return LoadOutcome("loaded", sha256, len(figures))


def loaded_hashes(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Every file ever loaded, superseded ones included."""
    return {sha for (sha,) in con.execute("SELECT sha256 FROM reports").fetchall()}


def archived_paths(con: duckdb.DuckDBPyConnection) -> dict[str, str | None]:
    """Where each file ever loaded was archived; None for one not archived (yet)."""
    return dict(con.execute("SELECT sha256, archived_path FROM reports").fetchall())


def set_archived_path(con: duckdb.DuckDBPyConnection, sha256: str, path: str | None) -> None:
    """Record where a loaded file is archived; None records that it is not."""
    found = con.execute(
        "UPDATE reports SET archived_path = ? WHERE sha256 = ? RETURNING sha256",
        [None if path is None else str(path), sha256],
    ).fetchall()
    if not found:
        raise UnknownReport(sha256)


def reports_needing_reextraction(
    con: duckdb.DuckDBPyConnection, extractor_version: str
) -> list[tuple[str, str]]:
    """(sha256, archived_path) of each archived file an older extractor version read."""
    newest = version_key(extractor_version)
    rows = con.execute(
        "SELECT sha256, archived_path, extractor_version FROM reports"
        " WHERE archived_path IS NOT NULL ORDER BY ingested_at, sha256"
    ).fetchall()
    return [(sha, path) for sha, path, version in rows if version_key(version) < newest]


def _figure_count(con: duckdb.DuckDBPyConnection, sha256: str) -> int:
    return first_row(con, "SELECT count(*) FROM figures WHERE report_sha256 = ?", sha256)[0]


def _delete_extraction(con: duckdb.DuckDBPyConnection, sha256: str) -> None:
    for table in ("figures", "extraction_warnings"):
        con.execute(f"DELETE FROM {table} WHERE report_sha256 = ?", [sha256])


def _get(mapping: dict, *path: str):
    value = mapping
    for key in path:
        if not isinstance(value, dict) or key not in value:
            raise InvalidExtraction(f"extraction has no {'.'.join(path)}")
        value = value[key]
    return value


def _report_fields(extraction: dict) -> dict:
    fields = {
        "sha256": _get(extraction, "source", "sha256"),
        "pages": _get(extraction, "source", "pages"),
        "force_id": _get(extraction, "report", "force_id"),
        "year": _get(extraction, "report", "year"),
        "edition": str(_get(extraction, "report", "edition")),
        "title": _get(extraction, "report", "title"),
        "extractor_version": _get(extraction, "extractor_version"),
    }
    if not _SHA256.fullmatch(str(fields["sha256"])):
        raise InvalidExtraction(f"source.sha256 {fields['sha256']!r} is not a sha256 hex digest")
    for key in ("pages", "year"):
        if not isinstance(fields[key], int) or isinstance(fields[key], bool):
            raise InvalidExtraction(f"{key} {fields[key]!r} is not an integer")
    if fields["force_id"] not in reference.force_by_id():
        raise InvalidExtraction(f"unknown force_id {fields['force_id']!r}")
    version_key(fields["extractor_version"])
    return fields


def _figure_rows(con: duckdb.DuckDBPyConnection, extraction: dict, year: int) -> list[dict]:
    units = {
        (dataset, measure, subject, period): unit
        for dataset, measure, subject, period, unit in con.execute(
            "SELECT dataset, measure, subject, period, unit FROM measures WHERE year = ?", [year]
        ).fetchall()
    }
    if not units:
        raise InvalidExtraction(f"no data dictionary for {year} reports")
    rows, seen = [], set()
    for record in _get(extraction, "records"):
        key = tuple(_get(record, name) for name in ("dataset", "measure", "subject", "period"))
        label = "/".join(map(str, key))
        if units.get(key) != _get(record, "unit"):
            raise InvalidExtraction(
                f"figure {label} in {record['unit']!r} is not in the {year} data dictionary"
            )
        if key in seen:
            raise InvalidExtraction(f"figure {label} appears twice")
        seen.add(key)
        rows.append(
            {
                **dict(zip(("dataset", "measure", "subject", "period"), key)),
                "unit": record["unit"],
                **_typed_value(label, record["unit"], _get(record, "value")),
                "page": _get(record, "page"),
                "bbox": _bbox(label, _get(record, "bbox")),
            }
        )
    return rows


def _typed_value(label: str, unit: str, value) -> dict:
    if unit == "grade":
        if value not in reference.GRADES:
            raise InvalidExtraction(f"figure {label}: {value!r} is not a grade")
        return {"value_num": None, "value_text": value}
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise InvalidExtraction(f"figure {label}: {value!r} is not a finite number")
    return {"value_num": float(value), "value_text": None}


def _bbox(label: str, bbox) -> list[float]:
    numbers = isinstance(bbox, (list, tuple)) and all(
        isinstance(v, (int, float)) and not isinstance(v, bool) for v in bbox
    )
    if not numbers or len(bbox) != 4:
        raise InvalidExtraction(f"figure {label}: bbox {bbox!r} is not [x0, top, x1, bottom]")
    return [float(v) for v in bbox]


def _warning_rows(extraction: dict) -> list[dict]:
    rows = []
    for seq, warning in enumerate(_get(extraction, "warnings")):
        code, message = _get(warning, "code"), _get(warning, "message")
        keys, page = warning.get("keys", []), warning.get("page")
        well_formed = (
            isinstance(code, str)
            and isinstance(message, str)
            and isinstance(keys, (list, tuple))
            and all(isinstance(key, str) for key in keys)
            and (page is None or isinstance(page, int))
        )
        if not well_formed:
            raise InvalidExtraction(f"warning {seq} is not {{code, message, keys, page}}")
        rows.append({"seq": seq, "code": code, "message": message, "keys": list(keys), "page": page})
    return rows
