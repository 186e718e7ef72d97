# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench lint clean

# Reinstall only when pyproject.toml changes; the editable install picks up code edits.
$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

run: $(STAMP)
	@test -e data/vfm.duckdb || $(BIN)/vfm samples --out inbox --if-empty --no-truth
	@$(BIN)/vfm ingest
	@echo 'Query it: $(BIN)/vfm sql "SELECT * FROM force_profile LIMIT 5"  (or open data/vfm.duckdb read-only in DuckDB)'
	@$(BIN)/vfm report --out site

test: $(STAMP)
	@$(BIN)/python -m pytest -q

bench: $(STAMP)
	@$(BIN)/python -m bench.run

lint: $(STAMP)
	@$(BIN)/ruff check .

clean:
	rm -rf $(VENV) data archive quarantine site
