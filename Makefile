# Two commands set everything up on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
OFFSCREEN := QT_QPA_PLATFORM=offscreen

.PHONY: run test test-slow lint format screenshots bench dist self-test clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --editable '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m mentorpad $(ARGS)

test: $(STAMP)
	$(OFFSCREEN) $(PY) -m pytest -m "not slow" $(PYTEST_ARGS)

test-slow: $(STAMP)
	$(OFFSCREEN) $(PY) -m pytest -m slow $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check mentorpad tests tools
	$(PY) -m ruff format --check mentorpad tests tools
	$(PY) -m mypy

format: $(STAMP)
	$(PY) -m ruff format mentorpad tests tools
	$(PY) -m ruff check --fix mentorpad tests tools

screenshots: $(STAMP)
	$(OFFSCREEN) $(PY) tools/screenshots.py docs/screenshots

bench: $(STAMP)
	$(OFFSCREEN) $(PY) tools/bench.py

dist: $(STAMP)
	$(PY) -m pip install --quiet --editable '.[dist]'
	$(PY) -m PyInstaller --noconfirm --clean build.spec
	$(OFFSCREEN) dist/mentorpad/mentorpad --self-test

clean:
	rm -rf build dist .mypy_cache .ruff_cache
