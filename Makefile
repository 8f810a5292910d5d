# rasad — one command to try it, one to test it. Needs only Python 3.11+ and make.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-dev

.PHONY: demo test check lint format bench clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## demo: set up, extract events from the bundled example article, print a table and write out/demo.jsonl
demo: $(STAMP)
	@mkdir -p out
	$(BIN)/rasad extract examples/idlib-hama-report.txt --published 2015-10-14 --format table
	$(BIN)/rasad extract examples/idlib-hama-report.txt --published 2015-10-14 --format jsonl -o out/demo.jsonl
	@echo "wrote out/demo.jsonl ($$(wc -l < out/demo.jsonl) events)"

## test: set up and run the whole test suite and the linter
test: $(STAMP)
	$(BIN)/ruff check rasad tests benchmarks
	$(BIN)/python -m pytest

check: test

lint: $(STAMP)
	$(BIN)/ruff check rasad tests benchmarks
	$(BIN)/ruff format --check rasad tests benchmarks

format: $(STAMP)
	$(BIN)/ruff format rasad tests benchmarks

## bench: every benchmark; BENCH_ARGS="--corpus DIR --allow-skips" (see benchmarks/run_all.py)
bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) out build *.egg-info .pytest_cache .ruff_cache
