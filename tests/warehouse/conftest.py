"""A fresh database per test, empty or holding the four-force corpus."""

import pytest

import warehouse
from tests.warehouse.warehouse_fixtures import CORPUS, extraction, load


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "vfm.writer.duckdb"


@pytest.fixture
def fresh_db(db_path):
    con = warehouse.connect(db_path)
    yield con
    con.close()


@pytest.fixture
def corpus(fresh_db):
    load(fresh_db, *(extraction(force, values) for force, values in CORPUS.items()))
    return fresh_db
