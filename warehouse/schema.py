"""Opening a warehouse: versioned migrations, reference tables, and the SQL views.

Migrations are `migrations/NNN_name.sql`, applied in order, each in its own transaction and
recorded in `schema_version`, so an existing database upgrades in place. Views are
`sql/<layer>/<view>.sql`, one `CREATE OR REPLACE VIEW` per file, recreated on every writable
connect so they always match the code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import cache
from graphlib import TopologicalSorter
from importlib.resources import files
from pathlib import Path

import duckdb

import reference
from warehouse.errors import (
    DatabaseBusy,
    NoDatabase,
    NotAWarehouse,
    SchemaTooNew,
    WarehouseError,
)

VIEW_LAYERS = ("staging", "marts", "dq")
# Dictionaries in the reference package; add a year here when its measures-YYYY.csv lands.
DICTIONARY_YEARS = (2014,)

_SQL_LITERAL_OR_COMMENT = re.compile(r"'(?:[^']|'')*'|--[^\n]*")


@dataclass(frozen=True, order=True)
class Migration:
    version: int
    name: str
    sql: str


@dataclass(frozen=True)
class View:
    name: str
    layer: str
    sql: str


@cache
def migrations() -> tuple[Migration, ...]:
    found = sorted(
        Migration(int(p.name[:3]), p.name.removesuffix(".sql"), p.read_text(encoding="utf-8"))
        for p in files(__package__).joinpath("migrations").iterdir()
        if p.name.endswith(".sql")
    )
    return tuple(found)


def latest_version() -> int:
    return migrations()[-1].version


@cache
def views() -> tuple[View, ...]:
    """Every view, in an order where each comes after the views it reads."""
    by_name = {
        p.name.removesuffix(".sql"): View(p.name.removesuffix(".sql"), layer, p.read_text("utf-8"))
        for layer in VIEW_LAYERS
        for p in files(__package__).joinpath("sql", layer).iterdir()
        if p.name.endswith(".sql")
    }
    graph = {}
    for name, view in by_name.items():
        code = _SQL_LITERAL_OR_COMMENT.sub(" ", view.sql)
        graph[name] = {other for other in by_name if other != name and _names(code, other)}
    return tuple(by_name[name] for name in TopologicalSorter(graph).static_order())


def _names(code: str, name: str) -> bool:
    return re.search(rf"\b{re.escape(name)}\b", code) is not None


def first_row(con: duckdb.DuckDBPyConnection, sql: str, *params) -> tuple | None:
    """The first row of a query, or None. Fetches every row: DuckDB 2 keeps a partly fetched
    result open and refuses the caller's next `con.sql()` until it is finished."""
    rows = con.execute(sql, list(params)).fetchall()
    return rows[0] if rows else None


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Insert dicts by column name in one statement (executemany costs a round trip a row)."""
    if rows:
        con.execute(f"INSERT INTO {table} BY NAME SELECT unnest(?, recursive := true)", [rows])


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """0 for an empty database."""
    return first_row(con, "SELECT coalesce(max(version), 0) FROM schema_version")[0]


def migrate(con: duckdb.DuckDBPyConnection, target: int | None = None) -> int:
    """Apply the migrations above the database's version up to `target` (default: all)."""
    target = latest_version() if target is None else target
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    current = schema_version(con)
    if current > latest_version():
        raise SchemaTooNew(current, latest_version())
    for migration in migrations():
        if current < migration.version <= target:
            with transaction(con):
                con.execute(migration.sql)
                con.execute(
                    "INSERT INTO schema_version VALUES (?, ?, now())",
                    [migration.version, migration.name],
                )
            current = migration.version
    return current


def resolve_supersession(con: duckdb.DuckDBPyConnection) -> None:
    """Keep one current report per force and year: each report's successor is the next file
    ingested for the same force and year, and the report without one is the current one, the
    only one the views show."""
    con.execute(
        """
        UPDATE reports AS r
        SET superseded_by = successor.sha256
        FROM (
            SELECT sha256 AS predecessor,
                lead(sha256) OVER (PARTITION BY force_id, year ORDER BY ingested_at, sha256)
                    AS sha256
            FROM reports
        ) AS successor
        WHERE r.sha256 = successor.predecessor
            AND r.superseded_by IS DISTINCT FROM successor.sha256
        """
    )


def refresh_reference_and_views(con: duckdb.DuckDBPyConnection) -> None:
    """Refill forces, measures and grades from the reference package; recreate every view."""
    forces = [{**asdict(f), "aliases": list(f.aliases)} for f in reference.forces()]
    measures = [
        {"year": year, **asdict(m)} for year in DICTIONARY_YEARS for m in reference.measures(year)
    ]
    grades = [{"grade": g, "grade_rank": rank} for rank, g in enumerate(reference.GRADES, 1)]
    with transaction(con):
        for table, rows in (("forces", forces), ("measures", measures), ("grades", grades)):
            con.execute(f"DELETE FROM {table}")
            insert_rows(con, table, rows)
        for view in views():
            con.execute(view.sql)


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse at `path`. A writable connection creates or upgrades it in place;
    a read-only one needs an existing vfm database no newer than this code."""
    path = Path(path)
    if read_only:
        return open_read_only(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = open_database(path)
    try:
        migrate(con)
        refresh_reference_and_views(con)
        resolve_supersession(con)
    except BaseException:
        con.close()
        raise
    return con


def open_read_only(path: Path, config: dict | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection to an existing vfm database this code can read."""
    if not path.is_file():
        raise NoDatabase(path)
    con = open_database(path, read_only=True, config=config or {})
    has_version_table = first_row(
        con, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'schema_version'"
    )[0]
    version = schema_version(con) if has_version_table else 0
    if not version or version > latest_version():
        con.close()
        if not version:
            raise NotAWarehouse(path)
        raise SchemaTooNew(version, latest_version())
    return con


def open_database(path: Path, **options) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, failing in one line when the file cannot be opened."""
    try:
        return duckdb.connect(str(path), **options)
    except duckdb.IOException as e:  # most often: another process holds the write lock
        first_line = str(e).strip().splitlines()[0]
        # DuckDB has no exception class of its own for a lock held elsewhere: only its words
        busy = "Conflicting lock" in first_line
        error = DatabaseBusy if busy else WarehouseError
        raise error(f"cannot open {path}: {first_line}") from None


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.begin()
    try:
        yield con
    except BaseException:
        con.rollback()
        raise
    con.commit()
