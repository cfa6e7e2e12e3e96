# Everything a fresh machine with Python 3.11+ needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
DIST_STAMP := $(VENV)/.installed-dist

APP_ID := io.github.coopdesk.CoopDesk
ICON_SIZES := 16 32 48 64 128 256
# The user's own data folder, as the XDG base directory specification defines it.
DATA_HOME := $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
LAUNCHER := $(DATA_HOME)/applications/$(APP_ID).desktop
ICON_THEME := $(DATA_HOME)/icons/hicolor

# The compiled translations: built from the .ts (never committed), by tools/translations.py
# here and by hatch_build.py in a wheel.
TRANSLATIONS := resources/translations
QM := $(TRANSLATIONS)/coopdesk_ru.qm

.PHONY: run test test-slow lint build-db clean dist install-desktop uninstall-desktop \
	translations translations-update

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

$(DIST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	touch $@ $(STAMP)

# The Russian catalogue and the pseudo-translation that checks layouts, both from the .ts.
$(QM): $(TRANSLATIONS)/coopdesk_ru.ts tools/translations.py src/coopdesk/i18n.py | $(STAMP)
	$(BIN)/python tools/translations.py release

translations: $(QM)

# After adding or changing a string in the code: the .ts brought up to it (new strings
# unfinished, for the translator), then `make translations`.
translations-update: $(STAMP)
	$(BIN)/python tools/translations.py update

run: $(STAMP) $(QM)
	$(BIN)/coopdesk gui

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench tools packaging hatch_build.py
	$(BIN)/ruff format --check src tests bench tools packaging hatch_build.py
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

test: lint $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow"

# Builds a wheel into fresh virtual environments and a frozen app: minutes, not seconds.
# The accessibility test reads the window over a real AT-SPI bus under Xvfb; the script
# installs the system packages it needs (Debian/Ubuntu) when they are missing.
test-slow: $(TEST_STAMP) $(QM)
	tools/install-a11y-test-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow

# A one-folder app in dist/CoopDesk that runs without Python.
dist: $(DIST_STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/coopdesk.spec
	dist/CoopDesk/coopdesk --version
	@echo "Needs glibc $$(cat dist/CoopDesk/GLIBC-FLOOR) or newer (the glibc of the machine that built it)."
	du -sh dist/CoopDesk

# Menus and icon themes notice a change sooner with fresh caches. An icon cache is only
# refreshed where one exists: a new one would go stale when other programs add icons.
define refresh_desktop_caches
	@if [ -d "$(DATA_HOME)/applications" ] && command -v update-desktop-database >/dev/null; then \
		update-desktop-database -q "$(DATA_HOME)/applications"; fi
	@if [ -d "$(ICON_THEME)" ]; then touch "$(ICON_THEME)"; fi
	@if [ -f "$(ICON_THEME)/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then \
		gtk-update-icon-cache -q -t "$(ICON_THEME)"; fi
endef

# The launcher and icons for the current user; the launcher runs this checkout's venv.
install-desktop: $(STAMP)
	install -d "$(DATA_HOME)/applications"
	sed -e 's|^Exec=.*|Exec="$(abspath $(BIN))/coopdesk-gui"|' \
		-e 's|^TryExec=.*|TryExec=$(abspath $(BIN))/coopdesk-gui|' \
		resources/$(APP_ID).desktop > "$(LAUNCHER)"
	chmod 644 "$(LAUNCHER)"
	for size in $(ICON_SIZES); do \
		install -D -m 644 resources/icons/hicolor/$${size}x$${size}/apps/coopdesk.png \
			"$(ICON_THEME)/$${size}x$${size}/apps/coopdesk.png" || exit 1; \
	done
	install -D -m 644 resources/icons/coopdesk.svg "$(ICON_THEME)/scalable/apps/coopdesk.svg"
	install -D -m 644 resources/$(APP_ID).metainfo.xml "$(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml"
	$(refresh_desktop_caches)
	@echo "Installed $(LAUNCHER)"

# The folders install-desktop writes into, deepest first: uninstall-desktop removes each
# one that is left empty (one that holds anything else, another program's, stays).
DESKTOP_FOLDERS := $(foreach size,$(ICON_SIZES),$(ICON_THEME)/$(size)x$(size)/apps \
	$(ICON_THEME)/$(size)x$(size)) $(ICON_THEME)/scalable/apps $(ICON_THEME)/scalable \
	$(ICON_THEME) $(DATA_HOME)/icons $(DATA_HOME)/applications $(DATA_HOME)/metainfo

uninstall-desktop:
	rm -f "$(LAUNCHER)" "$(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml" \
		"$(ICON_THEME)/scalable/apps/coopdesk.svg" \
		$(foreach size,$(ICON_SIZES),"$(ICON_THEME)/$(size)x$(size)/apps/coopdesk.png")
	@# With no launcher left, the menu cache describes nothing: it goes with its folder.
	@if [ -d "$(DATA_HOME)/applications" ] && \
		! ls "$(DATA_HOME)/applications" | grep -q '\.desktop$$'; then \
		rm -f "$(DATA_HOME)/applications/mimeinfo.cache"; fi
	@for folder in $(foreach f,$(DESKTOP_FOLDERS),"$(f)"); do \
		if [ -d "$$folder" ]; then rmdir "$$folder" 2>/dev/null || true; fi; \
	done
	$(refresh_desktop_caches)
