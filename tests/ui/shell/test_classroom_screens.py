"""Every classroom screen (docs/architecture.md, "Screens"): the window fits, nothing is clipped, legends stay off the data, tick
labels never collide, and the lesson runs by keyboard in presentation mode — on a 1024×768 projector, a
1366×768 laptop, a 1920×1080 screen and a 4K screen at 200 %.

Each screen is emulated in a fresh process (Qt's offscreen platform configured with that screen), which
runs tests/screen_probe.py; the probe's checks are themselves tested below on widgets made to fail them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fourier_gui.engine.run_model import RunState
from fourier_gui.ui.language import SUPPORTED
from fourier_gui.ui.shell.run_status import ElidedLabel
from tests import screen_probe

ROOT = Path(screen_probe.__file__).resolve().parents[1]  # the checkout: the probe is tests/screen_probe.py

#: The window's languages: German runs about 30 % longer than English, and nothing may be clipped in any.
LANGUAGES = SUPPORTED
#: name: (width, height of the screen in device pixels, scale factor)
SCREENS = {
    "projector-1024x768": (1024, 768, 1),
    "laptop-1366x768": (1366, 768, 1),
    "desktop-1920x1080": (1920, 1080, 1),
    "4k-at-200": (3840, 2160, 2),
}


def probe(tmp_path: Path, width: int, height: int, scale: int, *options: str) -> dict:
    config = tmp_path / "screen.json"
    screen = {"name": "probe", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        QT_SCALE_FACTOR=str(scale),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(ROOT),
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "screen_probe.py"), str(tmp_path / "shots"), *options],
        env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def problems(step: dict) -> list[str]:
    return step["fits"] + step["clipped"] + step["legends"] + step["ticks"]


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(SCREENS))
def test_the_lesson_fits_every_screen(tmp_path, name, language):
    width, height, scale = SCREENS[name]
    report = probe(tmp_path, width, height, scale, "--language", language)
    assert report["screen"][:2] == [width // scale, height // scale] and report["screen"][2] == scale
    assert problems(report["welcome"]) == []
    assert problems(report["normal"]) == []
    assert len(report["studies"]) >= 6
    for page, step in report["studies"].items():
        assert problems(step) == [], page
    assert report["presentation_on"]
    for preset, step in report["presentation"].items():
        assert step["outcome"] == RunState.FINISHED.value and step["preset"] == preset  # chosen and run by keyboard
        assert problems(step) == [], preset
    assert report["restored"] == []  # leaving presentation mode puts every font and style back
    assert (tmp_path / "shots" / "presentation-fig4.png").stat().st_size > 10_000


# --- the probe's checks fail where they should ------------------------------------------------
def test_a_label_too_narrow_for_its_text_is_reported(qtbot):
    box = QWidget()
    layout = QVBoxLayout(box)
    cut = QLabel("a label far too long for forty pixels")
    cut.setFixedWidth(40)
    elided = ElidedLabel("an elided status message that cannot fit")
    elided.setFixedWidth(60)
    fine = QLabel("ok")
    for w in (cut, elided, fine):
        w.setAccessibleName(w.text()[:12])
        layout.addWidget(w)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    found = screen_probe.clipped_texts(box)
    assert len(found) == 2 and "wider than" in found[0] and "elided" in found[1]


def crowded_plot(axis_items=None) -> pg.PlotWidget:
    """A short plot from 0 to 1 with 22-point tick labels: pyqtgraph's own axis stacks them on top of
    each other (by a third of their height, not a pixel or two that a font's metrics could undo); the
    app's ReadableAxis spaces them out."""
    from PySide6.QtGui import QFont

    widget = pg.PlotWidget(axisItems=axis_items)
    widget.plot(np.arange(5), np.linspace(0, 1, 5))
    widget.setYRange(0, 1, padding=0)
    big = QFont()
    big.setPointSize(22)
    widget.getPlotItem().getAxis("left").setTickFont(big)
    widget.setFixedSize(300, 110)
    return widget


def settle_axes(qtbot, box: QWidget) -> None:
    """pyqtgraph widens an axis for its labels only when it paints; until then it drops the labels that do
    not fit. Paint (grab) until the layout stops changing, so the check sees what a user sees, however busy
    the event loop was before."""
    for _ in range(3):
        box.grab()
        qtbot.wait(20)


def test_a_legend_over_the_data_and_crowded_ticks_are_reported(qtbot):
    from fourier_gui.ui.style.plot_style import readable_axes

    box = QWidget()
    layout = QVBoxLayout(box)
    inside = pg.PlotWidget()
    inside.setAccessibleName("legend inside")
    inside.getPlotItem().addLegend()
    inside.plot(np.arange(5), np.arange(5), name="data")
    inside.setFixedSize(300, 200)
    crowded, readable = crowded_plot(), crowded_plot(readable_axes())
    crowded.setAccessibleName("crowded")
    readable.setAccessibleName("readable")
    for w in (inside, crowded, readable):
        layout.addWidget(w)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    settle_axes(qtbot, box)
    assert screen_probe.legend_overlaps(box) == ["legend inside: legend over the data"]
    collisions = screen_probe.tick_collisions(box)
    assert any(p.startswith("crowded left axis") for p in collisions)
    assert not any(p.startswith("readable") for p in collisions)


@pytest.mark.parametrize("height", [90, 110, 140, 180, 240])
def test_readable_tick_labels_say_their_own_values(qtbot, height):
    """Spaced out for big type, the ticks must still be labelled with their values: at 2.5 × 10ᵏ spacings
    pyqtgraph printed one decimal, and the P_μ axis read 0, 0.2, 0.5, 0.8, 1.0 for 0 … 1 in quarters."""
    from fourier_gui.ui.style.plot_style import readable_axes

    widget = crowded_plot(readable_axes())
    widget.setFixedSize(300, height)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    settle_axes(qtbot, widget)
    axis = widget.getPlotItem().getAxis("left")
    low, high = axis.range
    for spacing, values in axis.tickValues(low, high, axis.geometry().height()):
        for value, label in zip(values, axis.tickStrings(values, axis.scale, spacing), strict=True):
            assert abs(float(label) - value) <= 1e-9 * max(1.0, abs(value)), (spacing, value, label)


@pytest.mark.parametrize(("sites", "width", "every"), [(3, 300, 1), (10, 420, 1), (16, 300, 2), (16, 200, 5)])
def test_the_profile_labels_whole_subunits_that_fit(qtbot, sites, width, every):
    """Sixteen subunits read "10111213141516" at 1366 × 768: labels must be whole subunits, spaced to fit."""
    from fourier_gui.ui.views.chain_profile import ChainProfile

    profile = ChainProfile()
    profile.set_sites(sites)
    profile.widget.setFixedSize(width, 260)
    qtbot.addWidget(profile.widget)
    profile.widget.show()
    qtbot.waitExposed(profile.widget)
    settle_axes(qtbot, profile.widget)
    axis = profile.plot.getAxis("bottom")
    low, high = axis.range
    (spacing, values), *minor = axis.tickValues(low, high, axis.geometry().width())
    labels = axis.tickStrings(values, axis.scale, spacing)
    assert not minor and labels == [str(int(v)) for v in values] and all(v == int(v) for v in values)
    assert spacing == every, (spacing, labels)
    assert screen_probe.tick_collisions(profile.widget) == []


def test_a_plot_or_a_page_too_wide_for_its_room_is_reported(qtbot):
    from PySide6.QtWidgets import QTabWidget

    from fourier_gui.ui.style.plot_style import outside_legend, plot_widget

    box = QWidget()
    layout = QVBoxLayout(box)
    tabs = QTabWidget()
    wide_page = QWidget()
    wide_page.setMinimumWidth(900)
    tabs.addTab(wide_page, "wide page")
    raw = pg.PlotWidget()  # pyqtgraph's own: a long title and legend widen the layout past the widget
    raw.getPlotItem().setTitle("a title far too long for a plot one hundred and sixty pixels wide")
    raw.setAccessibleName("raw")
    raw.setFixedWidth(160)
    ours = plot_widget("a title far too long for a plot one hundred and sixty pixels wide", "y", "x", "short")
    outside_legend(ours.getPlotItem())
    ours.plot([0, 1], [0, 1], name="a legend entry")
    ours.plot([0, 1], [1, 0], name="another legend entry")
    ours.setFixedWidth(230)
    for w in (tabs, raw, ours):
        layout.addWidget(w)
    box.setFixedWidth(400)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    qtbot.wait(50)
    # the app's plot refits once its legend has reflowed (posted events; slower on a busy machine)
    qtbot.waitUntil(lambda: ours.getPlotItem().geometry().width() <= ours.width() + 1, timeout=3000)
    assert screen_probe.pages_that_do_not_fit(box) == [
        "page “wide page” needs 900 px, has " + f"{tabs.contentsRect().width()}"
    ]
    clipped = screen_probe.clipped_plots(box)
    assert len(clipped) == 1 and "raw" in clipped[0]  # the app's plot fits: short title, legend in one column
    assert ours.getPlotItem().titleLabel.text == "short" and ours.getPlotItem().legend.columnCount == 1
