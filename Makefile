# Two commands for a fresh clone: `make run` (chat on the embedded defaults) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Two installs into one .venv: what Lotse runs on (`make run`), and on top of it the test and
# lint tools (`make test`). A server gets neither: see the README's "Production install".
RUN_STAMP := $(VENV)/.installed-run
STAMP := $(VENV)/.installed-dev
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt

.PHONY: install install-dev run test test-fast lint bench clean test-tools playground

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Lotse needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip

$(RUN_STAMP): pyproject.toml constraints.txt | $(VENV)/bin/python
	$(PIP) -e .
	touch $(RUN_STAMP)

$(STAMP): pyproject.toml constraints.txt | $(VENV)/bin/python
	$(PIP) -e ".[dev]"
	touch $(RUN_STAMP) $(STAMP)

install: $(RUN_STAMP)

install-dev: $(STAMP)

run: $(RUN_STAMP)
	$(BIN)/lotse chat

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Test-only npm tools (Agents Playground, Teams manifest schema), pinned by package-lock.json;
# `npm ci` runs again only when the pins change.
TEAMS_NPM := tests/teams
TEAMS_NPM_STAMP := $(TEAMS_NPM)/node_modules/.installed

$(TEAMS_NPM_STAMP): $(TEAMS_NPM)/package.json $(TEAMS_NPM)/package-lock.json
	cd $(TEAMS_NPM) && npm ci --no-audit --no-fund
	touch $@

test-tools: $(TEAMS_NPM_STAMP)

# Lotse and the Microsoft 365 Agents Playground together: chat with Lotse in a Teams-like
# window (Ctrl-C stops both). The Playground sends no tokens, so Lotse runs in development mode
# (LOTSE_TEAMS_AUTH=off: no authentication, loopback address only). The Playground keeps its
# logs in .lotse/devTools/.
playground: $(RUN_STAMP) $(TEAMS_NPM_STAMP)
	@mkdir -p .lotse
	LOTSE_TEAMS_AUTH=off $(BIN)/lotse serve & trap 'kill $$!' EXIT; \
	cd .lotse && ../$(TEAMS_NPM)/node_modules/.bin/agentsplayground --channel-id msteams --disable-telemetry \
	  --app-endpoint http://$${LOTSE_HOST:-127.0.0.1}:$${LOTSE_PORT:-3978}/api/messages

test: lint $(TEAMS_NPM_STAMP)
	$(BIN)/pytest

# The quick loop: every test that needs no Synapse, Node.js or PostgreSQL (tests/conftest.py
# marks the others by the fixtures they use). `make test` still runs everything.
test-fast: $(STAMP)
	$(BIN)/pytest -m "not synapse and not node and not postgres"

bench: $(STAMP) $(TEAMS_NPM_STAMP)
	$(BIN)/python bench/engine_latency.py
	$(BIN)/python bench/occupation_search.py
	$(BIN)/python bench/occupation_quality.py
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/idle_memory.py
	$(BIN)/python bench/report_speed.py
	$(BIN)/python bench/llm_overhead.py
	$(BIN)/python bench/teams_load.py
	$(BIN)/python bench/instances_load.py
	$(BIN)/python bench/matrix_latency.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
