"""Prefect flows: `ingest-inbox` (inbox PDFs -> DuckDB, via extractors and warehouse) and
`fetch-reports` (manifest URLs -> inbox). The only package that reads settings (VFM_*)."""
