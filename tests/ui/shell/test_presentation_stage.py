"""Presentation mode's stage (docs/architecture.md, "Screens"): full screen, one view large (the lesson step's,
or the teacher's by V or a click), the lesson in a band of fixed height, time in γt, the pen; F5 off gives
everything back. On each classroom screen (tests/screen_probe.py --stage, a process per screen) the main graph
is measured with every shipped lesson, answer closed and open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from fourier_gui.io.lessons import load_lesson
from fourier_gui.ui.shell.window_actions import STAGE_ACTIONS
from tests.ui.runs import SMALL
from tests.ui.shell.test_classroom_screens import LANGUAGES, SCREENS, probe

WINDOW_PARAMETERS = SMALL  # the window opens with it (tests/conftest.py)


@pytest.fixture
def lesson_window(window):
    """The window with a lesson's steps applied but not run (a step's run is not what is tested here)."""
    window.lessons.start_run = lambda: False
    return window


def test_f5_fills_the_screen_in_gamma_t_and_gives_the_window_back(qtbot, window):
    window.time_unit.setCurrentIndex(0)
    window.layout().activate()  # the window at its minimum size on the test's small screen, before F5
    qtbot.wait(20)
    before = window.geometry()
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert window.presentation and window.isFullScreen() and window.action["full_screen"].isChecked()
    assert window.time_unit.currentIndex() == 1  # γt
    assert window.run_view.dynamics.widget.getPlotItem().getAxis("bottom").labelText.startswith("γt")
    assert not window.tabs.tabBar().isVisible()  # the strip names the views
    QTest.keyClick(window, Qt.Key.Key_F5)
    assert not window.isFullScreen() and window.geometry() == before
    assert window.time_unit.currentIndex() == 0 and window.tabs.tabBar().isVisible()


def test_gamma_t_before_a_run_spans_the_run_to_come(qtbot, window):
    """Before a run the γt axis ran to 300000: the run's t_max in ħ/ΔE, not in 1/γ."""
    window.time_unit.setCurrentIndex(1)
    _low, high = window.run_view.dynamics.plot.viewRange()[0]
    assert high == pytest.approx(SMALL.t_max_gamma, rel=0.05)


def test_each_step_puts_its_view_on_the_stage_and_the_band_keeps_its_height(qtbot, lesson_window):
    w = lesson_window
    w.set_presentation(True)
    w.lessons.open(load_lesson("02-fouriers-law"))
    rv = w.run_view
    seen, bands, stages = [], set(), set()
    for index, step in enumerate(w.lessons.panel.lesson.steps):
        if index:
            QTest.keyClick(w, Qt.Key.Key_PageDown)
        qtbot.wait(20)
        shown = w.tabs.tabText(w.tabs.currentIndex()).lower()
        seen.append(shown if shown != "dynamics" else rv.staging.large)
        for _ in range(2):  # the answer open and closed: nothing moves
            bands.add(w.lessons.dock.height())
            stages.add(rv.staging.stage.height())
            QTest.keyClick(w, Qt.Key.Key_A)
            qtbot.wait(10)
        assert w.lessons.panel.heading.isVisible() and step.title in w.lessons.panel.heading.toolTip()
    assert seen == ["conductivity", "profile", "transport", "transport"]
    assert len(bands) == 1 and len(stages) == 1, (bands, stages)
    w.lessons.open(load_lesson("01-relaxation-and-ham"))
    QTest.keyClick(w, Qt.Key.Key_PageDown)
    QTest.keyClick(w, Qt.Key.Key_PageDown)  # step 3 names no view: P_μ(t), on the Dynamics tab
    assert w.tabs.currentIndex() == 0 and rv.staging.large == "dynamics" and rv.dynamics.widget.isVisible()


def test_v_cycles_the_views_and_a_click_in_the_strip_enlarges_one(qtbot, window):
    window.set_presentation(True)
    rv = window.run_view
    order = list(rv.staging.titles())
    assert order == ["dynamics", "first", "profile", "conductivity", "transport"]
    for key in order[1:]:
        QTest.keyClick(window, Qt.Key.Key_V)
        current = "transport" if window.tabs.tabText(window.tabs.currentIndex()) == "Transport" else rv.staging.large
        assert current == key and rv.staging.strip.buttons[key].isChecked()
    QTest.keyClick(window, Qt.Key.Key_V)  # round again: P_μ(t) on the Dynamics tab
    assert window.tabs.currentIndex() == 0 and rv.staging.large == "dynamics"
    QTest.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Transport"
    QTest.mouseClick(rv.staging.strip.buttons["profile"], Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 0 and rv.staging.large == "profile" and rv.profile.widget.isVisible()
    assert not rv.dynamics.widget.isVisible()
    rv.staging.refresh_strip()
    assert not rv.staging.strip.buttons["dynamics"].icon().isNull()  # a picture of each view


def test_the_stage_keys_are_free_and_only_on_in_presentation(qtbot, window):
    keys = [action.shortcut().toString() for action in window.findChildren(type(window.action["run"]))]
    for key in STAGE_ACTIONS:
        shortcut = window.action[key].shortcut().toString()
        assert shortcut and keys.count(shortcut) == 1, shortcut  # no other action of the window has it
        assert not window.action[key].isEnabled()
    assert {window.action[k].shortcut() for k in STAGE_ACTIONS} == {
        QKeySequence("V"), QKeySequence("Shift+V"), QKeySequence("P"), QKeySequence("C")
    }  # fmt: skip
    window.set_presentation(True)
    assert all(window.action[key].isEnabled() for key in STAGE_ACTIONS)


def drag(widget, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(widget, (start + end) / 2)
    QTest.mouseMove(widget, end)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_the_pen_draws_over_the_stage_and_forgets(qtbot, lesson_window):
    w = lesson_window
    w.set_presentation(True)
    w.lessons.open(load_lesson("01-relaxation-and-ham"))
    pen = w.pen
    assert not pen.isVisible()
    QTest.keyClick(w, Qt.Key.Key_P)
    assert pen.drawing and pen.isVisible() and pen.geometry() == w.tabs.rect()
    drag(pen, QPoint(100, 100), QPoint(200, 150))
    assert len(pen.strokes) == 1 and pen.strokes[0].elementCount() >= 3
    image = pen.grab().toImage()
    assert image.pixelColor(150, 125).red() > 150  # the ink is there, half way along
    QTest.keyClick(w, Qt.Key.Key_C)
    assert pen.strokes == []
    drag(pen, QPoint(50, 50), QPoint(80, 90))
    QTest.keyClick(w, Qt.Key.Key_PageDown)  # a new step: a clean stage
    assert pen.strokes == []
    QTest.keyClick(w, Qt.Key.Key_P)  # the pen off: the plots take the mouse again
    assert not pen.drawing and not pen.isVisible()
    QTest.keyClick(w, Qt.Key.Key_P)
    drag(pen, QPoint(50, 50), QPoint(80, 90))
    w.set_presentation(False)
    assert pen.strokes == [] and not pen.drawing and not w.action["pen"].isChecked()


def test_transport_scales_its_lines_and_marks_in_presentation(qtbot, window):
    transport = window.run_view.transport
    normal = {
        "sigma": transport.sigma_exact.opts["pen"].widthF(),
        "guide": transport.guide_t1.opts["pen"].widthF(),
        "mark": transport.mark_tc.pen.widthF(),
        "label": transport.mark_tc.label.textItem.font().pointSize(),
    }
    window.set_presentation(True)
    style = window.run_view.plot_style
    assert transport.sigma_exact.opts["pen"].widthF() == style.line_width >= 2 * normal["sigma"]
    assert transport.alpha_exact.opts["pen"].widthF() == style.line_width
    assert transport.guide_t1.opts["pen"].widthF() >= 2 * normal["guide"]
    assert transport.guide_t2.opts["pen"].widthF() == transport.guide_t1.opts["pen"].widthF()
    assert transport.mark_tc.pen.widthF() > normal["mark"] and transport.mark_gamma.pen.widthF() > normal["mark"]
    assert transport.mark_gamma.label.textItem.font().pointSize() == style.font_pt - 1 > normal["label"]
    assert transport.guide_t1.opts["pen"].color().lightness() < 128  # dark enough for a projector
    window.set_presentation(False)
    assert transport.sigma_exact.opts["pen"].widthF() == normal["sigma"]
    assert transport.mark_tc.label.textItem.font().pointSize() == normal["label"]


#: The main graph's plot area on the stage, at least this share of the screen's height (logical pixels). On
#: 768 lines the menu bar, toolbar, playback bar, status bar and the lesson's band take 300 px, and P_μ(t) its
#: title and time axis, its legend beside it; the old layout gave it 35–75 px at 1024×768 with a lesson open,
#: a legend under it 275–342 px. Measured: 375 px of 768 (1024 wide), 388 of 768 (1366), 604 of 1080.
STAGE_SHARE = {"projector-1024x768": 0.48, "laptop-1366x768": 0.50, "desktop-1920x1080": 0.55, "4k-at-200": 0.55}


@pytest.mark.slow
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", list(SCREENS))
def test_the_main_graph_is_large_and_constant_on_every_screen(tmp_path, name, language):
    width, height, scale = SCREENS[name]
    report = probe(tmp_path, width, height, scale, "--language", language, "--stage")
    screen_w, screen_h, _ratio = report["screen"]
    assert report["full_screen"] and report["tab_bar_hidden"] and report["gamma_time"]
    areas = set()
    for step in report["steps"]:
        where = f"{step['lesson']} step {step['step']}"
        assert step["problems"] == [], where
        assert step["frame"][0] <= screen_w and step["frame"][1] <= screen_h, where  # never past the screen
        assert step["large"] == {None: "dynamics", "levels": "first", "kappa": "conductivity"}.get(
            step["view"], step["view"]
        ), where
        assert step["shown_tab"] == ("Transport" if step["tab"] == "transport" else "Dynamics"), where
        if step["closed"] is not None:
            assert step["closed"][1] >= STAGE_SHARE[name] * screen_h, where
            if step["answer"] is not None:
                assert step["answer"] == step["closed"], where  # the answer opens in the band, not over the graph
            areas.add(step["closed"][1])
    for lesson in {step["lesson"] for step in report["steps"]}:  # the band: one height for a lesson's steps
        assert len({step["band"] for step in report["steps"] if step["lesson"] == lesson}) == 1, lesson
    # the graph keeps its size from step to step: its legend stands beside it, whatever its entries
    assert max(areas) - min(areas) <= 0.01 * screen_h
    assert report["picked"][0] == "dynamics" and report["picked"][1][1] >= STAGE_SHARE[name] * screen_h
    assert report["after_first"] == report["after_second"]  # F5 on and off, twice: the same each time
    normal, after = dict(report["normal"]), dict(report["after_first"])
    normal_area, after_area = normal.pop("plot_area"), after.pop("plot_area")
    assert after == normal  # the window's size and state, its docks, the splitters' shares, tab bar, time unit
    # pyqtgraph keeps an axis as wide as its widest labels once drawn (here the large type's): a few pixels
    assert after_area == pytest.approx(normal_area, rel=0.03)
    assert report["restored_style"] == []


def test_the_stage_reads_out_time_as_gamma_t_alone(qtbot, window):
    """On the stage the playback says γt, the class's time ("t = 3.183e+04 ħ/ΔE" was no word for a class);
    the whole readout stays in its tooltip, and comes back after F5."""
    bar = window.run_view.playback
    bar._time_text = "t = 3.183e+04 ħ/ΔE  (γt = 5.00)"
    window.set_presentation(True)
    assert bar.time_label.text() == "γt = 5.00" and "ħ/ΔE" in bar.time_label.toolTip()
    window.set_presentation(False)
    bar.resize(1800, bar.height())
    bar._fit_time_label()
    assert bar.time_label.text() == bar._time_text
