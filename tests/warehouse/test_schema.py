import re

import duckdb
import pytest

import warehouse
from tests.warehouse.warehouse_fixtures import rows, sha
from warehouse.schema import latest_version, migrations, views


def test_a_new_database_has_every_migration_and_the_reference_tables(fresh_db):
    assert rows(fresh_db, "SELECT version, name FROM schema_version ORDER BY version") == [
        (m.version, m.name) for m in migrations()
    ]
    assert rows(fresh_db, "SELECT count(*) FROM forces") == [(43,)]
    assert rows(fresh_db, "SELECT count(*) FROM measures WHERE year = 2014") == [(119,)]
    assert rows(fresh_db, "SELECT grade FROM grades ORDER BY grade_rank") == [
        ("Outstanding",), ("Good",), ("Requires improvement",), ("Inadequate",)
    ]
    assert rows(fresh_db, "SELECT aliases FROM forces WHERE force_id = 'metropolitan'") == [
        (["Metropolitan Police", "the Met", "MPS"],)
    ]


def test_reconnecting_refills_reference_tables_without_duplicating_them(db_path):
    for _ in range(2):
        warehouse.connect(db_path).close()
    with warehouse.connect(db_path) as con:
        assert rows(con, "SELECT count(*) FROM forces") == [(43,)]
        assert rows(con, "SELECT count(*) FROM schema_version") == [(latest_version(),)]


def test_migrations_are_numbered_one_by_one_from_one():
    assert [m.version for m in migrations()] == list(range(1, len(migrations()) + 1))


@pytest.mark.parametrize("view", views(), ids=lambda v: v.name)
def test_each_view_file_states_its_grain_and_creates_the_view_it_is_named_after(view):
    first_line = view.sql.splitlines()[0]
    assert first_line.startswith("-- grain: one row per "), first_line
    created = re.findall(r"CREATE OR REPLACE VIEW (\w+)", view.sql)
    assert created == [view.name]


def test_views_are_created_after_the_views_they_read():
    order = [v.name for v in views()]
    assert order.index("stg_reports") < order.index("stg_figures") < order.index("workforce")
    assert order.index("workforce") < order.index("dq_arithmetic")
    assert order.index("force_rankings") < order.index("force_profile")


def test_a_version_1_database_upgrades_in_place_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as old:
        assert warehouse.migrate(old, target=1) == 1
        # Version 1 had no supersession: two files for Kent 2014 were both current.
        old.execute(
            "INSERT INTO reports VALUES"
            " (?, 'kent-a.pdf', 'archive/kent-a.pdf', 'kent', 2014, '2014', 't', 20, '2014.1.0',"
            "  TIMESTAMPTZ '2015-01-01 10:00:00+00'),"
            " (?, 'kent-b.pdf', NULL, 'kent', 2014, '2014', 't', 21, '2014.1.0',"
            "  TIMESTAMPTZ '2015-02-01 10:00:00+00')",
            [sha("kent-a.pdf"), sha("kent-b.pdf")],
        )
        old.execute(
            "INSERT INTO figures VALUES"
            " (?, 'headline', 'victim_satisfaction_pct', 'force', '2013-14', 'pct', 80.0, NULL,"
            "  5, [1, 2, 3, 4]),"
            " (?, 'headline', 'victim_satisfaction_pct', 'force', '2013-14', 'pct', 81.0, NULL,"
            "  5, [1, 2, 3, 4])",
            [sha("kent-a.pdf"), sha("kent-b.pdf")],
        )
    with warehouse.connect(path) as con:
        assert warehouse.schema_version(con) == latest_version()
        assert rows(
            con, "SELECT sha256, original_name, archived_path, superseded_by FROM reports"
            " ORDER BY ingested_at"
        ) == [
            (sha("kent-a.pdf"), "kent-a.pdf", "archive/kent-a.pdf", sha("kent-b.pdf")),
            (sha("kent-b.pdf"), "kent-b.pdf", None, None),
        ]
        assert rows(con, "SELECT count(*) FROM figures") == [(2,)]
        assert rows(con, "SELECT force_id, value FROM force_rankings") == [("kent", 81.0)]


def test_a_database_from_a_newer_vfm_is_refused_for_writing_and_reading(db_path):
    with warehouse.connect(db_path) as con:
        con.execute("INSERT INTO schema_version VALUES (99, '099_future', now())")
    with pytest.raises(warehouse.SchemaTooNew, match="version 99 is newer"):
        warehouse.connect(db_path)
    with pytest.raises(warehouse.SchemaTooNew, match="version 99 is newer"):
        warehouse.connect(db_path, read_only=True)


def test_reading_a_missing_file_or_a_foreign_duckdb_file_is_refused(tmp_path):
    with pytest.raises(warehouse.NoDatabase, match="run `vfm ingest` first"):
        warehouse.connect(tmp_path / "absent.duckdb", read_only=True)
    duckdb.connect(str(tmp_path / "other.duckdb")).close()
    with pytest.raises(warehouse.NotAWarehouse, match="not a vfm database"):
        warehouse.connect(tmp_path / "other.duckdb", read_only=True)
