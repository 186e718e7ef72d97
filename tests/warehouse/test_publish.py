"""Ingestion writes its own file and publishes an atomic copy; analysts open the copy."""

import subprocess
import sys

import pytest

import warehouse
from tests.warehouse.warehouse_fixtures import CORPUS, VICTIMS, extraction, load, rows, sha

# Another process (an analyst, or a second ingestion): opens the file and prints its number of
# reports, then again each time it is sent a line, without reconnecting.
ANALYST = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == "read_only")
while True:
    print(con.execute("SELECT count(*) FROM reports").fetchone()[0], flush=True)
    if not sys.stdin.readline():
        break
"""


def test_writer_path_sits_beside_the_database():
    assert str(warehouse.writer_path_for("data/vfm.duckdb")) == "data/vfm.writer.duckdb"


def hold_open(path, mode):
    return subprocess.Popen(
        [sys.executable, "-c", ANALYST, str(path), mode],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )


@pytest.mark.parametrize("mode", ["read_only", "read_write"])
def test_publish_replaces_the_copy_an_analyst_holds_open(tmp_path, mode):
    reader, writer = tmp_path / "vfm.duckdb", warehouse.writer_path_for(tmp_path / "vfm.duckdb")
    forces = list(CORPUS)
    con = warehouse.connect(writer)
    load(con, extraction(forces[0], CORPUS[forces[0]]))
    warehouse.publish(writer, reader)
    analyst = hold_open(reader, mode)
    try:
        assert analyst.stdout.readline().strip() == "1"
        for force in forces[1:3]:
            load(con, extraction(force, CORPUS[force]))
            warehouse.publish(writer, reader)
        # The analyst's open connection still reads the snapshot it opened...
        analyst.stdin.write("again\n")
        analyst.stdin.flush()
        assert analyst.stdout.readline().strip() == "1"
    finally:
        analyst.stdin.close()
        analyst.wait(timeout=30)
    con.close()
    # ...and a new connection reads the latest publication.
    with warehouse.connect(reader, read_only=True) as fresh:
        assert rows(fresh, "SELECT count(*) FROM reports") == [(3,)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vfm.duckdb", "vfm.writer.duckdb"]


def test_the_first_writer_starts_from_an_existing_database_so_nothing_is_lost(tmp_path):
    db = tmp_path / "vfm.duckdb"
    with warehouse.connect(db) as before_split:
        load(before_split, extraction("kent", {VICTIMS: 80.0}))
    with warehouse.open_writer(db) as writer:
        assert warehouse.loaded_hashes(writer) == {sha("kent.pdf")}
        load(writer, extraction("gwent", {VICTIMS: 82.0}))
    warehouse.publish(warehouse.writer_path_for(db), db)
    with warehouse.connect(db, read_only=True) as reader:
        assert warehouse.loaded_hashes(reader) == {sha("kent.pdf"), sha("gwent.pdf")}


def test_publishing_a_file_onto_itself_is_refused(db_path):
    warehouse.connect(db_path).close()
    with pytest.raises(warehouse.WarehouseError, match="onto itself"):
        warehouse.publish(db_path, db_path)


def test_a_second_writer_is_refused_in_one_line_while_the_first_holds_the_file(db_path):
    warehouse.connect(db_path).close()
    first = hold_open(db_path, "read_write")
    try:
        assert first.stdout.readline().strip() == "0"
        with pytest.raises(warehouse.WarehouseError, match=f"cannot open {db_path}: ") as refused:
            warehouse.connect(db_path)
        assert "\n" not in str(refused.value)
    finally:
        first.stdin.close()
        first.wait(timeout=30)
