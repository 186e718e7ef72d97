"""The DuckDB warehouse: schema and migrations, loads of extraction dicts, SQL views that
compare forces, and read-only access for analysts. Knows DuckDB; nothing of PDFs or Prefect."""

from warehouse.errors import (
    DatabaseBusy,
    InvalidExtraction,
    NoDatabase,
    NotAWarehouse,
    QueryError,
    ReadOnlyViolation,
    SchemaTooNew,
    UnknownReport,
    WarehouseError,
)
from warehouse.load import (
    LoadOutcome,
    archived_paths,
    load_extraction,
    loaded_hashes,
    reports_needing_reextraction,
    set_archived_path,
)
from warehouse.publish import is_published, open_writer, publish, writer_path_for
from warehouse.readers import export_marts, mart_names, query
from warehouse.schema import connect, migrate, schema_version

__all__ = [
    "DatabaseBusy",
    "InvalidExtraction",
    "LoadOutcome",
    "NoDatabase",
    "NotAWarehouse",
    "QueryError",
    "ReadOnlyViolation",
    "SchemaTooNew",
    "UnknownReport",
    "WarehouseError",
    "archived_paths",
    "connect",
    "export_marts",
    "is_published",
    "load_extraction",
    "loaded_hashes",
    "mart_names",
    "migrate",
    "open_writer",
    "publish",
    "query",
    "reports_needing_reextraction",
    "schema_version",
    "set_archived_path",
    "writer_path_for",
]
