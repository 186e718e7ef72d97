"""vfm: HMIC value-for-money reports into a queryable DuckDB database."""
