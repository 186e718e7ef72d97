"""Analysts' access: ad-hoc read-only SQL and exports of every mart."""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.errors import QueryError, ReadOnlyViolation, WarehouseError
from warehouse.schema import open_read_only, views

EXPORT_FORMATS = ("parquet", "csv")
EXPORTED_LAYERS = ("marts", "dq")
READING_STATEMENTS = (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN)
# No file outside the database is reachable (read_csv, COPY, ATTACH, extensions), and the
# setting itself cannot be switched back on from SQL.
_SEALED = {"enable_external_access": False, "lock_configuration": True}


def mart_names() -> list[str]:
    return sorted(view.name for view in views() if view.layer in EXPORTED_LAYERS)


def query(db_path: str | Path, sql: str) -> tuple[list[str], list[tuple]]:
    """Run one reading statement (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN)
    on a sealed read-only connection; returns (column names, rows)."""
    con = open_read_only(Path(db_path), config=_SEALED)
    try:
        statements = con.extract_statements(sql)
        if len(statements) != 1:
            raise QueryError(f"give exactly one SQL statement, not {len(statements)}")
        kind = statements[0].type
        if kind not in READING_STATEMENTS:
            raise ReadOnlyViolation(f"vfm sql only reads: {kind.name} statements are refused")
        result = con.execute(sql)
        return [column[0] for column in result.description], result.fetchall()
    except duckdb.PermissionException as e:
        raise ReadOnlyViolation(_first_line(e)) from None
    except duckdb.Error as e:
        raise QueryError(_first_line(e)) from None
    finally:
        con.close()


def export_marts(db_path: str | Path, out_dir: str | Path, fmt: str) -> list[Path]:
    """Write each mart and data-quality view to `out_dir/<view>.<fmt>`."""
    if fmt not in EXPORT_FORMATS:
        raise WarehouseError(f"export format must be one of {', '.join(EXPORT_FORMATS)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    con = open_read_only(Path(db_path))
    try:
        written = []
        for name in mart_names():
            target = out_dir / f"{name}.{fmt}"
            quoted = str(target).replace("'", "''")
            con.execute(f"COPY {name} TO '{quoted}' (FORMAT {fmt})")
            written.append(target)
        return written
    finally:
        con.close()


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0]
