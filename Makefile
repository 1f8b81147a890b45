# Two commands set everything up on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
OFFSCREEN := QT_QPA_PLATFORM=offscreen
# Translations: the .ts files are committed (make translations updates them from the code);
# the .qm catalogues the app loads are built from them and ignored by git.
TRANSLATIONS := resources/translations
TS := $(TRANSLATIONS)/mentorpad_nl.ts $(TRANSLATIONS)/mentorpad_fr.ts
QM := $(TS:.ts=.qm)

.PHONY: run test test-slow lint format screenshots bench dist self-test clean translations

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --editable '.[dev]'
	touch $(STAMP)

run: $(STAMP) $(QM)
	$(PY) -m mentorpad $(ARGS)

# In parallel, one offscreen QApplication per worker process (pytest-xdist): every test
# builds its own window on tmp paths, so tests stay independent across workers.
test: $(STAMP) $(QM)
	$(OFFSCREEN) $(PY) -m pytest -m "not slow" -n auto $(PYTEST_ARGS)

test-slow: $(STAMP)
	$(OFFSCREEN) $(PY) -m pytest -m slow $(PYTEST_ARGS)

lint: $(STAMP)
	$(PY) -m ruff check mentorpad tests tools
	$(PY) -m ruff format --check mentorpad tests tools
	$(PY) -m mypy

format: $(STAMP)
	$(PY) -m ruff format mentorpad tests tools
	$(PY) -m ruff check --fix mentorpad tests tools

screenshots: $(STAMP) $(QM)
	$(OFFSCREEN) $(PY) tools/screenshots.py docs/screenshots
	$(OFFSCREEN) $(PY) tools/screenshots.py docs/screenshots/1280x720 --screen 1280x720

bench: $(STAMP)
	$(OFFSCREEN) $(PY) tools/bench.py

dist: $(STAMP) $(QM)
	$(PY) -m pip install --quiet --editable '.[dist]'
	$(PY) -m PyInstaller --noconfirm --clean build.spec
	$(OFFSCREEN) dist/mentorpad/mentorpad --self-test

clean:
	rm -rf build dist .mypy_cache .ruff_cache $(QM)

# Developer use: extract every tr()/translate() string of the code into the .ts files, drop
# strings the code no longer has; then translate what is new (tests/test_translations.py
# fails until every message is translated). lupdate reads a "#:" comment as a note for the
# translator of the next string: UI code uses plain "#" comments.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -source-language en -no-obsolete -locations none \
		$$(find mentorpad -name '*.py' | sort) -ts $(TS)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@
