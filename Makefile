# Two commands on a fresh Debian machine (as root, or with sudo):
#   make demo   - set up everything, render the example catalog into out/demo/
#   make test   - set up everything, run the tests
# Both are idempotent: a second run installs nothing new.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEB_PACKAGES := ffmpeg espeak-ng fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji libraqm0 libfribidi0 libharfbuzz0b \
	libpango-1.0-0 libpangoft2-1.0-0 \
	libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
# the report page is tested in Debian's headless Chromium (driven by Playwright, no browser download)
DEB_TEST_PACKAGES := chromium
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: setup system venv demo test clean translations

setup: system venv

system:
	@missing=""; for p in $(DEB_PACKAGES) $(EXTRA_DEB); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else echo "Debian packages present"; fi

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

venv: $(VENV)/.installed

demo: setup
	$(BIN)/ctk doctor || true
	$(BIN)/ctk render examples/catalog.csv --markets all --out out/demo --no-video --date 2026-12-01 --quiet
	$(BIN)/ctk render examples/catalog.csv --markets us,de,jp,th,sa --limit 3 --out out/demo --date 2026-12-01 --voice draft
	@echo
	@echo "Done. Look at:"
	@echo "  out/demo/<market>/<product-id>/  cover.jpg, caption.txt, subtitles.srt/.vtt, script.json, report.json"
	@echo "  out/demo/{us,de,jp,th,sa}/<first 3 products>/video.mp4 (with the draft eSpeak NG voice-over)"
	@echo "  out/demo/index.html (open it in a browser: every bundle, filters, findings)"
	@echo "  out/demo/manifest.json"

test:
	$(MAKE) system EXTRA_DEB="$(DEB_TEST_PACKAGES)"
	$(MAKE) venv
	$(BIN)/python -m pytest -q -n auto --dist loadfile

# the editor's interface words: update the .ts from the code (pyside6-lupdate), then compile the .qm that ships
# (pyside6-lrelease; both come with PySide6). Translate new entries in Qt Linguist (pyside6-linguist) or the .ts.
translations:
	cd gui && $(abspath $(BIN))/pyside6-lupdate -no-obsolete -locations none *.py panels/*.py \
	  -ts translations/ctk_zh_CN.ts translations/ctk_en.ts
	$(BIN)/pyside6-lrelease gui/translations/ctk_zh_CN.ts gui/translations/ctk_en.ts

clean:
	rm -rf out .pytest_cache
