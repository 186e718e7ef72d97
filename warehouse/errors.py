"""The warehouse's expected failures. Each `str()` is one line a user can act on."""


class WarehouseError(Exception):
    """Base class: every expected warehouse failure."""


class NoDatabase(WarehouseError):
    def __init__(self, path: object):
        super().__init__(f"no database at {path}: run `vfm ingest` first")


class NotAWarehouse(WarehouseError):
    def __init__(self, path: object):
        super().__init__(f"{path} is a DuckDB file but not a vfm database (no schema_version)")


class SchemaTooNew(WarehouseError):
    def __init__(self, found: int, known: int):
        super().__init__(
            f"database schema version {found} is newer than this vfm knows ({known}): "
            "upgrade vfm"
        )


class DatabaseBusy(WarehouseError):
    """Another process holds the database file; `str()` names it, as DuckDB does (its PID)."""


class InvalidExtraction(WarehouseError):
    """An extraction dict that breaks the contract; nothing of it is loaded."""


class UnknownReport(WarehouseError):
    def __init__(self, sha256: str):
        super().__init__(f"no report with sha256 {sha256} in the warehouse")


class ReadOnlyViolation(WarehouseError):
    """A statement given to the read-only query path that could change something."""


class QueryError(WarehouseError):
    """DuckDB rejected an analyst's SQL; the message is DuckDB's first line."""
