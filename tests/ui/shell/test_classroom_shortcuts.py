"""In front of a class: shortcuts, playback, presentation mode, explanations and accessibility."""

import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QSlider,
    QTextBrowser,
)

from fourier_gui.engine.run_model import RunState
from fourier_gui.physics import SimulationParameters
from fourier_gui.ui.style.palette import site_colors, site_symbol

SMALL = SimulationParameters(sites=4, levels=30, lam=0.001, t_max_gamma=5.0, points=61)  # c1 = 1.2


@pytest.fixture
def window_parameters():
    return SMALL


@pytest.fixture
def run_by_keyboard(run_to_end):
    """Run the window to the end with Ctrl+R, as a teacher would."""

    def by_keyboard(w):
        return run_to_end(w, start=lambda: QTest.keyClick(w, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier))

    return by_keyboard


@pytest.mark.slow
def test_shortcuts_trigger_their_actions(qtbot, window, run_by_keyboard, tmp_path, monkeypatch):
    run_by_keyboard(window)  # Ctrl+R
    assert window.model.result.is_complete
    QTest.keyClick(window, Qt.Key.Key_Home)
    assert window.run_view.playback.index == 0
    QTest.keyClick(window, Qt.Key.Key_Right)
    QTest.keyClick(window, Qt.Key.Key_Right)
    assert window.run_view.playback.index == 2
    QTest.keyClick(window, Qt.Key.Key_Left)
    assert window.run_view.playback.index == 1
    QTest.keyClick(window, Qt.Key.Key_End)
    assert window.run_view.playback.index == 60
    QTest.keyClick(window, Qt.Key.Key_Home)
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert window.run_view.playback.playing
    QTest.keyClick(window, Qt.Key.Key_Space)
    assert not window.run_view.playback.playing
    path = tmp_path / "k.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert path.exists()
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert window.action["full_screen"].isChecked() and window.isFullScreen()
    QTest.keyClick(window, Qt.Key.Key_F11)
    assert not window.isFullScreen()
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert not window.presentation


@pytest.mark.slow
def test_escape_stops_a_run(qtbot, window, monkeypatch):
    from fourier_gui.execution import run as simulation

    monkeypatch.setattr(simulation, "WINDOW_PRODUCTS", 200)
    window.panel.set_parameters(SimulationParameters(sites=6, levels=300, t_max_gamma=20, method="chebyshev"))
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.model.result is not None and window.model.result.completed > 0, timeout=30_000)
    with qtbot.waitSignal(window.run_finished, timeout=5_000) as blocker:
        QTest.keyClick(window, Qt.Key.Key_Escape)
    assert blocker.args[0] is RunState.STOPPED


@pytest.mark.slow
def test_playback_moves_time_and_every_view_follows(qtbot, window, run_by_keyboard):
    run_by_keyboard(window)
    r = window.model.result
    for index in (0, 17, 42):
        window.run_view.playback.seek(index)
        window.run_view.redraw(force=True)
        assert window.run_view.current_time_index() == index
        assert window.run_view.dynamics.cursor.value() == pytest.approx(r.times[index])
        heights = window.run_view.profile.bars.opts["height"]
        np.testing.assert_allclose(heights, r.exact[index], atol=1e-15)
        labels = [label.textItem.toPlainText() for label in window.run_view.levels.labels]
        assert labels == [f"P={p:.2f}" for p in r.exact[index]]
        assert f"{r.times[index]:.4g}" in window.run_view.playback.time_text  # (the label may show only γt)
    window.run_view.playback.seek(0)
    window.run_view.playback.speed.setCurrentIndex(window.run_view.playback.speed.count() - 1)  # 16×
    window.run_view.playback.play()
    qtbot.waitUntil(lambda: window.run_view.playback.index >= 30, timeout=5_000)
    window.run_view.playback.pause()
    window.run_view.redraw(force=True)
    assert window.run_view.dynamics.cursor.value() == pytest.approx(r.times[window.run_view.playback.index])


@pytest.mark.slow
def test_presentation_mode_raises_fonts_and_pens_and_back(qtbot, window, run_by_keyboard):
    from fourier_gui.ui.shell.window_layout import presentation_point_size

    run_by_keyboard(window)
    base_pt = QApplication.font().pointSize()
    base_width = window.run_view.dynamics.ham[0].opts["pen"].widthF()
    explain_before = window.explain_dock.isVisible()
    window.set_presentation(True)
    pt = presentation_point_size(window.screen())
    assert QApplication.font().pointSize() == pt > base_pt
    for widget in (
        window.run_view.dynamics.widget,
        window.run_view.levels.widget,
        window.run_view.profile.plot_widget,
        window.run_view.conductivity.widget,
    ):
        item = widget.getPlotItem()
        for name in ("left", "bottom"):
            assert item.getAxis(name).style["tickFont"].pointSize() == pt
            assert f"{pt}pt" in item.getAxis(name).labelStyle["font-size"]
        assert f"{pt + 2}pt" in item.titleLabel.opts["size"]
    assert window.run_view.dynamics.ham[0].opts["pen"].widthF() >= 2 * base_width
    assert window.run_status.label.font().pointSize() == pt and window.panel.sites.font().pointSize() == pt
    assert not window.dock.isVisible() and not window.explain_dock.isVisible()  # the plots get the room
    window.action["parameters"].trigger()  # F4: the drawer opens, advanced fields still hidden
    assert window.panel.sites.isVisible() and not window.panel.seed.isVisible()
    window.set_presentation(False)
    assert QApplication.font().pointSize() == base_pt
    assert window.run_view.dynamics.ham[0].opts["pen"].widthF() == base_width
    assert window.panel.seed.isVisible() and window.explain_dock.isVisible() == explain_before


def test_leaving_presentation_mode_gives_the_plots_their_heights_back(qtbot, open_window):
    """F5 twice after the welcome card folded away (a first run): P_μ(t) came back 8–15 px taller, the small
    views shorter, since large type shares the splitters' height out differently."""
    from PySide6.QtWidgets import QSplitter

    window = open_window()
    window.welcome.show()
    qtbot.wait(100)
    window.welcome.hide()  # as the first run does
    qtbot.wait(200)
    splitters = window.findChildren(QSplitter)
    before = [s.sizes() for s in splitters]
    assert any(sum(sizes) > 0 for sizes in before)
    window.set_presentation(True)
    qtbot.wait(300)
    assert [s.sizes() for s in splitters] != before  # large type: shared out anew
    window.set_presentation(False)
    qtbot.waitUntil(lambda: [s.sizes() for s in splitters] == before, timeout=2_000)


@pytest.mark.parametrize(("height", "points"), [(600, 12), (768, 14), (1080, 20), (1440, 24), (2160, 24)])
def test_presentation_type_follows_the_screen_height(height, points):
    from PySide6.QtCore import QRect

    from fourier_gui.ui.shell.window_layout import presentation_point_size

    class Screen:
        def availableGeometry(self):
            return QRect(0, 0, 2 * height, height)

    assert presentation_point_size(Screen()) == points  # type: ignore[arg-type]


def interactive_widgets(window):
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QSlider, QTextBrowser, pg.PlotWidget)
    found = [w for w in window.findChildren(QAbstractButton.__mro__[-2]) if isinstance(w, kinds) and w.isVisible()]
    # a spin box's or combo box's own line edit is reached and named through its owner; a dock's own
    # float/close buttons are Qt's chrome (the View menu toggles each dock)
    owned = (QAbstractSpinBox, QComboBox)
    return [w for w in found if not isinstance(w.parent(), owned) and not w.objectName().startswith("qt_dockwidget")]


def test_every_interactive_widget_has_a_name_and_is_in_the_tab_chain(qtbot, window):
    window.explain_dock.show()
    widgets = interactive_widgets(window)
    assert len(widgets) >= 25  # panel fields, toolbar, playback bar, plots, explanation
    unnamed = [
        f"{type(w).__name__}:{w.objectName() or w.text() if hasattr(w, 'text') else ''}"
        for w in widgets
        if not w.accessibleName()
    ]
    assert unnamed == []
    chain, w = set(), window.nextInFocusChain()
    for _ in range(2000):
        chain.add(w)
        w = w.nextInFocusChain()
    reachable = [w for w in widgets if w.focusPolicy() & Qt.FocusPolicy.TabFocus]
    missing = [w.accessibleName() for w in widgets if w not in chain or w not in reachable]
    # the spin boxes' own line edits and the plots' inner views are reached through their owners
    assert missing == []


def test_parameter_fields_come_first_in_tab_order(qtbot, window):
    order, w = [], window.panel.sites
    for _ in range(12):
        order.append(w.accessibleName())
        w = w.nextInFocusChain()
        while w.parent() is not None and not w.accessibleName():
            w = w.nextInFocusChain()
    assert order[:6] == [
        "Subunits N", "Levels per band n", "Levels per band n slider", "Band width δε", "Coupling λ", "Coupling λ slider"
    ]  # fmt: skip


def _cielab(hex_colour: str) -> tuple[float, float, float]:
    """sRGB → CIELAB (D65), written out from the standard's formulas."""
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    xyz = (
        (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047,
        0.2126 * r + 0.7152 * g + 0.0722 * b,
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
    )
    fx, fy, fz = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in xyz]
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _relative_luminance(hex_colour: str) -> float:
    rgb = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("dark, background", [(False, "#ffffff"), (True, "#202124")])
def test_palette_is_distinct_with_markers_as_second_cue(dark, background):
    """Twelve sites, twelve colours no two of which look alike (CIELAB distance ≥ 30, where the old palette
    had 4 and 9 both magenta at 21), each readable on its background (WCAG 3:1), markers beyond."""
    colors = site_colors(12, dark=dark)
    assert len(set(colors)) == 12
    lab = [_cielab(c) for c in colors]
    closest = min(math.dist(lab[i], lab[j]) for i in range(12) for j in range(i))
    assert closest >= 30, closest
    back = _relative_luminance(background)
    for c in colors:
        lum = _relative_luminance(c)
        assert (max(lum, back) + 0.05) / (min(lum, back) + 0.05) >= 3.0, c
    assert len({(site_colors(24)[i], site_symbol(i)) for i in range(24)}) == 24  # beyond twelve, the marker tells


@pytest.mark.slow
def test_explain_links_set_the_parameters(qtbot, window):
    from PySide6.QtCore import QUrl

    window.explain.anchorClicked.emit(QUrl("preset:ballistic"))
    assert window.panel.parameters().levels == 50
    assert "Not diffusive" in window.explain.toPlainText()
    window.explain.anchorClicked.emit(QUrl("set:levels=500"))
    assert window.panel.parameters().levels == 500
    assert "Diffusive regime" in window.explain.toPlainText()
