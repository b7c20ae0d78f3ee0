# The workflow: download -> generate -> check-generated -> test; demo and record use a local mock.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3.11
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
export PATH := $(BIN):$(CURDIR)/node_modules/.bin:$(PATH)
export SCARF_ANALYTICS := false
# The generator iterates some sets: a fixed hash seed keeps its output byte for byte the same.
export PYTHONHASHSEED := 0

SPEC_URL ?= https://developer.alteg.io/_bundle/en/b2b-v1/openapi.yaml
SPEC_FILE ?= openapi.yaml
PATCHED := build/openapi.patched.yaml
# The same document as JSON for the generator: it reads JSON in a fraction of the YAML time, same output.
PATCHED_JSON := build/openapi.patched.json
GENERATE = openapi-python-client generate --path $(PATCHED_JSON) --config generator-config.yaml --meta uv --fail-on-warning --custom-template-path overrides/templates

.PHONY: help venv node download patch generate check-generated lint spec-lint test demo record bench

help:
	@echo "make demo             run examples/quickstart.py, chain_admin.py, front_desk.py and nightly_sync.py against a local Prism mock of the patched spec"
	@echo "make test             ruff, mypy --strict, check-generated, spec lint, pytest (what CI runs)"
	@echo "make download         replace openapi.yaml with the published description (SPEC_URL=...)"
	@echo "make generate         patch openapi.yaml and regenerate generated/"
	@echo "make check-generated  fail if generated/ differs from a fresh generation"
	@echo "make record           re-record the cassettes (live API if ALTEGIO_* credentials are set, else the mock)"
	@echo "make bench            the benchmarks (ratios against baselines run side by side; about 10 minutes; installs requirements-bench.txt)"

venv: $(VENV)/.installed
$(VENV)/.installed: requirements-dev.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	# the build-time patch package is not in the wheel: the dev venv finds it in overrides/
	$(BIN)/python -c 'import pathlib, sysconfig; pathlib.Path(sysconfig.get_path("purelib"), "altegio-dev.pth").write_text("$(CURDIR)/overrides\n")'
	touch $@

node: node_modules/.installed
node_modules/.installed: package.json package-lock.json
	npm ci --no-fund --no-audit --loglevel=error
	touch $@

download:
	curl --fail --silent --show-error --location "$(SPEC_URL)" --output "$(SPEC_FILE).part"
	mv "$(SPEC_FILE).part" "$(SPEC_FILE)"
	@echo "$(SPEC_FILE) replaced from $(SPEC_URL); now: make generate check-generated test"

patch: $(PATCHED) $(PATCHED_JSON)
$(PATCHED) $(PATCHED_JSON) &: openapi.yaml $(wildcard overrides/altegio_spec_patches/*.py) | venv
	$(BIN)/python -m altegio_spec_patches openapi.yaml $(PATCHED) $(PATCHED_JSON)

# Generate into a scratch folder, then swap it in: stale files never survive a regeneration.
generate: $(PATCHED_JSON) scripts/generate_surface.py
	rm -rf build/generated
	$(GENERATE) --output-path build/generated
	$(BIN)/python scripts/generate_surface.py build/generated
	rm -rf build/generated/.ruff_cache generated
	mv build/generated generated

check-generated: $(PATCHED_JSON)
	rm -rf build/check
	$(GENERATE) --output-path build/check > /dev/null
	$(BIN)/python scripts/generate_surface.py build/check > /dev/null
	rm -rf build/check/.ruff_cache
	diff -r --exclude=__pycache__ generated build/check || \
		{ echo "generated/ is stale or was edited by hand: run make generate" >&2; exit 1; }
	@echo "generated/ matches a fresh generation"

spec-lint: $(PATCHED)
	openapi-spec-validator $(PATCHED)

lint: venv
	ruff check .
	ruff format --check .
	mypy

test: lint check-generated spec-lint
	pytest

demo: venv node $(PATCHED)
	$(BIN)/python scripts/mock_server.py --spec $(PATCHED) -- $(SHELL) -c \
		"$(BIN)/python examples/quickstart.py && echo && $(BIN)/python examples/chain_admin.py && echo && $(BIN)/python examples/front_desk.py && echo && $(BIN)/python examples/nightly_sync.py"

# Live when ALTEGIO_BASE_URL and ALTEGIO_PARTNER_TOKEN are set; otherwise against the local mock.
record: venv node $(PATCHED)
	if [ -n "$${ALTEGIO_BASE_URL:-}" ] && [ -n "$${ALTEGIO_PARTNER_TOKEN:-}" ]; then \
		pytest tests/cassette --record-mode=rewrite; \
	else \
		$(BIN)/python scripts/mock_server.py --spec $(PATCHED) -- pytest tests/cassette --record-mode=rewrite; \
	fi

# Benchmarks, not tests: each prints its figure as a ratio against a baseline measured in the same run.
bench: venv
	$(BIN)/python -m pip install --quiet -r requirements-bench.txt
	$(BIN)/python -m bench.parse
	$(BIN)/python -m bench.startup
	$(BIN)/python -m bench.overhead
	$(BIN)/python -m bench.throughput
	$(BIN)/python -m bench.shared_limit
