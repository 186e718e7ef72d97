"""Readers and the writer never share a file. Ingestion writes its own file and, after each
batch, publishes a copy that atomically replaces the file analysts open: an analyst's open
connection keeps reading the snapshot it opened, a new connection sees the new one, and
neither side ever waits for the other's lock."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb

from warehouse.errors import NoDatabase, WarehouseError
from warehouse.schema import connect, open_database


def writer_path_for(db_path: str | Path) -> Path:
    """data/vfm.duckdb -> data/vfm.writer.duckdb: the file only ingestion opens."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}.writer{db_path.suffix}")


def open_writer(db_path: str | Path) -> duckdb.DuckDBPyConnection:
    """Connect to the writer file of `db_path`, starting it from the published database when
    there is no writer yet (a database made before readers and writer were split, or one
    copied from elsewhere), so no loaded report is lost at the next publish."""
    db_path, writer = Path(db_path), writer_path_for(db_path)
    if not writer.exists() and db_path.is_file():
        shutil.copyfile(db_path, writer)
    return connect(writer)


def is_published(writer_path: str | Path, reader_path: str | Path) -> bool:
    """Whether the analysts' copy shows every report of the writer as the writer has it. A
    run stopped between a load and its publish leaves it behind; the next run catches up.
    False when it cannot tell (a file held by another process): publishing is then safe."""
    writer_path, reader_path = Path(writer_path), Path(reader_path)
    if not writer_path.is_file():
        return True  # nothing was ever written
    if not reader_path.is_file():
        return False
    state = "SELECT sha256, archived_path, extractor_version, superseded_by FROM reports"
    copies = []
    try:
        for path in (writer_path, reader_path):
            with open_database(path, read_only=True) as con:
                copies.append(set(con.execute(state).fetchall()))
    except WarehouseError:
        return False
    return copies[0] == copies[1]


def publish(writer_path: str | Path, reader_path: str | Path) -> None:
    """Replace `reader_path` with a copy of the writer's database as it is now. Call it between
    loads: with no transaction open on the writer."""
    writer_path, reader_path = Path(writer_path), Path(reader_path)
    if writer_path.resolve() == reader_path.resolve():
        raise WarehouseError(f"cannot publish {writer_path} onto itself")
    if not writer_path.is_file():
        raise NoDatabase(writer_path)
    reader_path.parent.mkdir(parents=True, exist_ok=True)
    # A copy staged by a publish that was killed midway (one writer publishes at a time).
    for leftover in reader_path.parent.glob(f".{reader_path.name}.*.publishing"):
        leftover.unlink()
    staged = reader_path.with_name(f".{reader_path.name}.{os.getpid()}.publishing")
    try:
        with open_database(writer_path) as con:
            # Fold the write-ahead log into the file so the copy alone is the whole database.
            con.execute("CHECKPOINT")
            shutil.copyfile(writer_path, staged)
        with open(staged, "rb") as f:
            os.fsync(f.fileno())
        # A log left by someone who wrote to the old copy belongs to it, not to the new one.
        Path(f"{reader_path}.wal").unlink(missing_ok=True)
        os.replace(staged, reader_path)
    finally:
        staged.unlink(missing_ok=True)
