# Two commands on a fresh machine: `make run` opens the bundled timeline, `make test` runs the
# tests. Both create .venv and install into it the first time, and skip that when it is current.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench screenshot clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/timeline-viewer

test: $(STAMP)
	$(BIN)/ruff check viewer tests
	$(BIN)/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check viewer tests
	$(BIN)/lint-imports --no-cache

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/timeline-viewer bench
	QT_QPA_PLATFORM=offscreen $(BIN)/timeline-viewer bench --search --events 1000,100000

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/timeline-viewer screenshot -o docs/screenshot.png

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
