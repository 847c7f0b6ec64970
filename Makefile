# MOBILAZE Training: developer and user entry points.
# `make run` and `make test` work on a fresh machine: each creates .venv when it is missing.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
DEV_STAMP := $(VENV)/.installed-dev
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench translations ts screenshots format clean

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found %s); install it and run make again." % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(APP_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(DEV_STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $@ $(APP_STAMP)

resources/translations/%.qm: resources/translations/%.ts | $(APP_STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the .ts sources from the code and forms (then translate them, e.g. in pyside6-linguist).
ts: $(APP_STAMP)
	$(BIN)/pyside6-lupdate -extensions py,ui -no-obsolete -locations none mobilaze_training/gui ui \
		-ts resources/translations/mobilaze_az.ts resources/translations/mobilaze_ru.ts \
		resources/translations/mobilaze_en.ts

run: $(APP_STAMP) translations
	@$(BIN)/python -m mobilaze_training.syscheck
	$(BIN)/mobilaze-training

test: $(DEV_STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

lint: $(DEV_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: $(DEV_STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(DEV_STAMP) translations
	@for b in bench/*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

screenshots: $(DEV_STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m mobilaze_training.gui.screenshots docs/screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache $(QM)

# ---- the offline bundle (packaging/README.md) -------------------------------------------
.PHONY: bundle bundle-check lock icons

LOCK := packaging/requirements-lock.txt
BUNDLE_STAMP := $(VENV)/.installed-bundle
ICON := build/icons/mobilaze-training.png

# The exact versions the bundle is built from, written from the virtual environment.
lock: $(APP_STAMP)
	$(BIN)/python -m pip install --quiet -e ".[bundle]"
	$(BIN)/python packaging/make_lock.py > $(LOCK).new
	mv $(LOCK).new $(LOCK)

$(BUNDLE_STAMP): $(LOCK) | $(APP_STAMP)
	$(BIN)/python -m pip install --quiet -r $(LOCK)
	@touch $@

# The PNG of the desktop entry and the ICO of the Windows programs, from the SVG.
$(ICON): packaging/linux/mobilaze-training.svg packaging/render_icon.py | $(APP_STAMP)
	$(BIN)/python packaging/render_icon.py $< $(@D)

icons: $(ICON)

bundle: $(BUNDLE_STAMP) translations $(ICON)
	$(BIN)/pyinstaller --noconfirm --clean packaging/mobilaze-training.spec \
		--distpath dist --workpath build
	@du -sh dist/mobilaze-training

# Build, run the bundle's self-test, check portable mode on a copy of it, then time its start
# against the source tree's and measure its size.
bundle-check: bundle
	dist/mobilaze-training/mobilaze-training --self-test
	$(BIN)/python packaging/check_portable.py
	$(BIN)/python bench/bundle_start.py
