# Two commands on a fresh machine: `make run` opens the app, `make test` runs every test.
# Each builds .venv first if it is missing or pyproject.toml changed. `make check` is the edit loop.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test check bench lint format clean screenshots screens icons bundle release-check translations

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -U pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/fourier-gui

# Over every core (pytest-xdist): each worker takes the next test when it finishes one, the longest first
# (tests/conftest.py), and starts its own Xvfb for the real-window test.
XDIST = -n auto --dist load --maxschedchunk 1

# Every test: the physics, the window, one real window under Xvfb, and the release check.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(XDIST)

# The edit loop, within 30 s: lint, then the tests not marked slow, xvfb or release, fewer fuzzing examples.
check: $(STAMP)
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .
	QT_QPA_PLATFORM=offscreen HYPOTHESIS_PROFILE=quick $(PY) -m pytest $(XDIST) -q -m "not slow and not xvfb and not release"

bench: $(STAMP)
	$(PY) -m pip install -q -e '.[test,bench]'
	$(PY) tests/benchmarks/bench_exact.py
	$(PY) tests/benchmarks/profile_share.py
	$(PY) tests/benchmarks/bench_sweep.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_window.py
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_window.py --tab Transport
	QT_QPA_PLATFORM=offscreen $(PY) tests/benchmarks/bench_animation.py
	$(PY) tests/benchmarks/bench_currents.py
	$(PY) tests/benchmarks/bench_geometry.py
	$(PY) tests/benchmarks/bench_load.py
	if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then $(PY) tests/benchmarks/bench_open.py; \
	else xvfb-run -a -s "-screen 0 1920x1080x24" $(PY) tests/benchmarks/bench_open.py; fi

lint: $(STAMP)
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check . && $(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff check --fix . && $(VENV)/bin/ruff format .

# The README's window screenshots: a real window on a 1920×1080 virtual screen (the window opens at 1500×940).
SHOT = xvfb-run -a -s "-screen 0 1920x1080x24"

screenshots: $(STAMP)
	for p in fig2 ten-sites ballistic; do \
	  $(SHOT) $(VENV)/bin/fourier-gui --preset $$p --run --screenshot resources/screenshots/$$p.png || exit 1; \
	done
	$(SHOT) $(VENV)/bin/fourier-gui --preset ten-sites --presentation --run \
	  --screenshot resources/screenshots/presentation.png
	$(SHOT) $(VENV)/bin/fourier-gui --preset fourier-law --tab transport --run \
	  --screenshot resources/screenshots/transport.png
	$(SHOT) $(VENV)/bin/fourier-gui --preset grid-corner --run \
	  --screenshot resources/screenshots/grid-corner.png
	xvfb-run -a -s "-screen 0 1024x768x24" $(VENV)/bin/fourier-gui --lesson 02-fouriers-law --presentation \
	  --screenshot resources/screenshots/lesson-1024x768.png
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/fourier-gui simulate --preset ten-sites --quiet --csv /tmp/fourier-gui-ten.csv \
	  --animation /tmp/fourier-gui-ten.mp4 && QT_QPA_PLATFORM=offscreen $(PY) -c "import sys, numpy as np, imageio_ffmpeg; \
	  from PySide6.QtGui import QImage; r = imageio_ffmpeg.read_frames(sys.argv[1]); m = next(r); w, h = m['size']; \
	  f = [np.frombuffer(x, np.uint8).reshape(h, w, 3) for x in r][100].copy(); \
	  QImage(f.data, w, h, 3 * w, QImage.Format.Format_RGB888).save(sys.argv[2])" \
	  /tmp/fourier-gui-ten.mp4 resources/screenshots/animation-frame.png
	$(VENV)/bin/fourier-gui sweep --preset fig3 --vary lam,levels --values '1e-5,3e-5,1e-4,3e-4,1e-3;50,100,200,400' \
	  --seeds 2 --csv /tmp/fourier-gui-regime-grid.csv --plot resources/screenshots/regime-grid.png --quiet
	$(MAKE) screens

# The lesson on emulated classroom screens (tests/screen_probe.py): the window as it opens, and κ(T) in
# presentation mode, at each size.
screens: $(STAMP)
	@mkdir -p build/screens
	@for size in 1024x768 1366x768 1920x1080; do \
	  w=$${size%x*}; h=$${size#*x}; \
	  echo "{\"screens\":[{\"name\":\"s\",\"x\":0,\"y\":0,\"width\":$$w,\"height\":$$h,\"logicalDpi\":96,\"dpr\":1}]}" \
	    > build/screens/$$size.json; \
	  QT_QPA_PLATFORM=offscreen:configfile=build/screens/$$size.json XDG_CONFIG_HOME=build/screens/config \
	    PYTHONPATH=. $(PY) tests/screen_probe.py build/screens/$$size > build/screens/$$size-report.json || exit 1; \
	  cp build/screens/$$size/normal.png resources/screenshots/screen-$$size.png; \
	  cp build/screens/$$size/presentation-fig4.png resources/screenshots/screen-$$size-presentation.png; \
	done

# The window's translations (docs/translations.md): the texts tables define listed for lupdate, the .ts sources
# brought up to date with the code (new texts unfinished, gone ones dropped), and the .qm catalogues the app
# loads built from them. The .qm files are committed, so the wheel and the bundle ship them with resources/.
LANGUAGES = de es
TS = $(foreach l,$(LANGUAGES),resources/translations/fourier_gui_$(l).ts)
translations: $(STAMP)
	$(PY) packaging/data_messages.py && $(VENV)/bin/ruff format -q fourier_gui/ui/data_messages.py
	$(VENV)/bin/pyside6-lupdate -locations none -no-obsolete $$(find fourier_gui -name '*.py' | sort) -ts $(TS)
	for ts in $(TS); do $(VENV)/bin/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done

icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

bundle: $(STAMP)
	$(PY) -m pip install -q -e '.[test,bundle]'
	$(PY) -m PyInstaller --noconfirm --distpath dist --workpath build/pyinstaller packaging/fourier-gui.spec
	@du -sh dist/fourier-gui

release-check: $(STAMP)
	bash packaging/release_check.sh $(PY)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
