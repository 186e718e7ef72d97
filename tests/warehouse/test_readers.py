"""`vfm sql` reads and nothing else; `vfm export` writes every mart."""

import csv
import io
import json

import duckdb
import pytest
from typer.testing import CliRunner

import warehouse
from tests.warehouse.warehouse_fixtures import CORPUS, extraction, load, rows, table_counts
from vfm.cli import app
from warehouse import export_marts, mart_names, query


@pytest.fixture
def published(tmp_path):
    """The analysts' copy of the four-force corpus; no connection to it is left open."""
    reader, writer = tmp_path / "vfm.duckdb", tmp_path / "vfm.writer.duckdb"
    with warehouse.connect(writer) as con:
        load(con, *(extraction(force, values) for force, values in CORPUS.items()))
    warehouse.publish(writer, reader)
    return reader


def invoke(*args):
    return CliRunner().invoke(app, list(args))


def test_query_returns_column_names_and_rows(published):
    assert query(
        published, "SELECT force_id, rank FROM force_rankings"
        " WHERE measure = 'crimes_excluding_fraud_rate' ORDER BY rank, force_id LIMIT 2"
    ) == (["force_id", "rank"], [("kent", 1), ("derbyshire", 2)])


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT INTO reports SELECT * FROM reports",
        "DELETE FROM figures",
        "UPDATE reports SET title = 'x'",
        "CREATE TABLE mine AS SELECT 1",
        "DROP VIEW force_rankings",
        "CHECKPOINT",
        "SET enable_external_access = true",
        "PRAGMA enable_profiling",
        "INSTALL httpfs",
    ],
)
def test_query_refuses_statements_that_are_not_reads(published, statement):
    with pytest.raises(warehouse.ReadOnlyViolation, match="vfm sql only reads"):
        query(published, statement)


def test_query_cannot_reach_files_outside_the_database(published, tmp_path):
    outside = tmp_path / "outside.csv"
    outside.write_text("a\n1\n")
    other_db = tmp_path / "other.duckdb"
    duckdb.connect(str(other_db)).close()
    for statement in (
        f"SELECT * FROM read_csv('{outside}')",
        f"COPY reports TO '{tmp_path / 'stolen.csv'}'",
        f"ATTACH '{other_db}' AS other",
        f"SELECT * FROM '{outside}'",
    ):
        with pytest.raises(warehouse.ReadOnlyViolation):
            query(published, statement)
    assert not (tmp_path / "stolen.csv").exists()


def test_a_refused_statement_leaves_the_database_as_it_was(published):
    with warehouse.connect(published, read_only=True) as con:
        before = table_counts(con)
    for statement in ("DELETE FROM figures", "SELECT 1; DELETE FROM figures"):
        with pytest.raises(warehouse.WarehouseError):
            query(published, statement)
    with warehouse.connect(published, read_only=True) as con:
        assert table_counts(con) == before


def test_vfm_sql_prints_csv_json_and_a_table(published):
    statement = (
        "SELECT force_id, value FROM force_rankings WHERE measure = 'victim_satisfaction_pct'"
        " AND rank = 1"
    )
    as_csv = invoke("sql", statement, "--db", str(published), "--format", "csv")
    assert as_csv.exit_code == 0
    assert list(csv.reader(io.StringIO(as_csv.stdout))) == [
        ["force_id", "value"], ["derbyshire", "88.0"]
    ]
    as_json = invoke("sql", statement, "--db", str(published), "--format", "json")
    assert json.loads(as_json.stdout) == [{"force_id": "derbyshire", "value": 88.0}]
    as_table = invoke("sql", statement, "--db", str(published))
    assert as_table.exit_code == 0
    assert "derbyshire" in as_table.stdout and "88.0" in as_table.stdout


def test_vfm_sql_reads_the_database_named_by_vfm_db(published, monkeypatch):
    monkeypatch.setenv("VFM_DB", str(published))
    result = invoke("sql", "SELECT count(*) AS n FROM reports", "--format", "csv")
    assert result.stdout.splitlines() == ["n", "4"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("DELETE FROM reports",), "error: vfm sql only reads: DELETE statements are refused"),
        (("SELECT nope FROM reports",), "error: Binder Error: Referenced column \"nope\""),
        (("SELECT 1", "--db", "absent.duckdb"), "error: no database at absent.duckdb"),
    ],
)
def test_vfm_sql_fails_in_one_line_with_exit_code_2(published, args, message):
    if "--db" not in args:
        args = (*args, "--db", str(published))
    result = invoke("sql", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_every_mart_with_all_its_rows(published, tmp_path, fmt):
    out = tmp_path / "export"
    result = invoke("export", str(out), "--format", fmt, "--db", str(published))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{n}.{fmt}" for n in mart_names())
    with warehouse.connect(published, read_only=True) as con:
        for name in ("force_rankings", "dq_coverage", "figure_provenance"):
            exported = rows(con, f"SELECT count(*) FROM '{out / f'{name}.{fmt}'}'")
            assert exported == rows(con, f"SELECT count(*) FROM {name}")


def test_export_refuses_an_unknown_format(published, tmp_path):
    with pytest.raises(warehouse.WarehouseError, match="one of parquet, csv"):
        export_marts(published, tmp_path / "out", "xlsx")
