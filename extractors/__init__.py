"""Turns one HMIC value-for-money report PDF into a report record and figure records.
Knows PDFs; knows nothing of DuckDB or Prefect."""
