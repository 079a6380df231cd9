"""Open the window on one emulated screen, give the lesson by keyboard, and report what a person would see.

Run by tests/ui/shell/test_classroom_screens.py in a fresh process per screen (Qt's offscreen platform with a screen of the
given size, QT_SCALE_FACTOR for high DPI): `python tests/screen_probe.py OUT_DIR`. Prints one JSON
object: for each step of the lesson (normal and presentation mode) whether the window fits the screen,
which texts are clipped or elided, which legends overlap their plot's data area, which tick labels
collide; and whether leaving presentation mode restored every font and plot style. Screenshots of each
step go to OUT_DIR.

`--language de` (or es) runs it with the window in that language.

`python tests/screen_probe.py OUT_DIR --stage` (tests/ui/shell/test_presentation_stage.py) measures presentation
mode's stage instead: every step of every shipped lesson by keyboard (PageDown, A), the main graph's plot area
with the answer closed and open, the window against the screen, and F5 on and off twice.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QImage, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QToolBar,
    QWidget,
)

from fourier_gui.io.presets import load_preset
from fourier_gui.ui.language import english, install_translator, set_language
from fourier_gui.ui.shell.app import make_app
from fourier_gui.ui.shell.run_status import ElidedLabel

#: The lesson a teacher gives: Fig. 2, then ballistic, then strong coupling, then the κ(T) story (Fig. 4),
#: each chosen by its preset's shortcut and run with Ctrl+R.
LESSON = [("fig2", "Ctrl+1"), ("ballistic", "Ctrl+5"), ("strong-coupling", "Ctrl+6"), ("fig4", "Ctrl+3")]


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0  # a hidden tab is not visible


def clipped_texts(window: QWidget) -> list[str]:
    """Every shown text that does not fit its widget: labels, badges, buttons, fields and the status."""
    problems = []
    for w in window.findChildren(QWidget):
        if not shown(w):
            continue
        name = w.accessibleName() or w.objectName() or type(w).__name__
        if isinstance(w, ElidedLabel):
            if w.text() and w.shown_text() != w.text():
                problems.append(f"{name}: “{w.text()}” is elided")
        elif (
            isinstance(w, QLabel)
            and w.text()
            and w.textFormat() != Qt.TextFormat.RichText
            and "<" not in w.text()
            and w.pixmap().isNull()
        ):
            room = (
                w.contentsRect().width() - 2 * w.margin() - 2 * w.indent()
                if w.indent() > 0
                else w.contentsRect().width()
            )
            if w.wordWrap():
                if w.heightForWidth(w.width()) > w.height() + 2:
                    problems.append(
                        f"{name}: “{w.text()[:40]}” needs {w.heightForWidth(w.width())} px, has {w.height()}"
                    )
            elif max(w.fontMetrics().horizontalAdvance(line) for line in w.text().split("\n")) > room + 1:
                problems.append(f"{name}: “{w.text()}” is wider than its {w.width()} px")
        elif isinstance(w, QAbstractButton) and w.text() and not isinstance(w.parent(), QToolBar):
            if w.sizeHint().width() > w.width() + 1:
                problems.append(f"{name}: button “{w.text()}” needs {w.sizeHint().width()} px, has {w.width()}")
        elif isinstance(w, QAbstractSpinBox):
            edit = w.findChild(QLineEdit)
            if edit is not None and edit.fontMetrics().horizontalAdvance(edit.text()) > edit.width() - 4:
                problems.append(f"{name}: value “{edit.text()}” is cut at {edit.width()} px")
        elif isinstance(w, QComboBox) and w.fontMetrics().horizontalAdvance(w.currentText()) > w.width() - 24:
            problems.append(f"{name}: choice “{w.currentText()}” is cut at {w.width()} px")
    for bar in window.findChildren(QToolBar):
        extension = bar.findChild(QAbstractButton, "qt_toolbar_ext_button")
        if bar.isVisible() and extension is not None and extension.isVisible():
            problems.append(f"toolbar {bar.windowTitle()}: actions hidden behind »")
    return problems


def plots(window: QWidget) -> list[pg.PlotWidget]:
    return [w for w in window.findChildren(pg.PlotWidget) if shown(w)]


def legend_overlaps(window: QWidget) -> list[str]:
    """Legends whose box overlaps the data area of their plot."""
    problems = []
    for widget in plots(window):
        item = widget.getPlotItem()
        legend = item.legend
        if legend is None or not legend.isVisible() or not legend.items:
            continue
        # a legend beside the plot shares the edge of its cell with the data's, to a fraction of a pixel
        if legend.sceneBoundingRect().adjusted(1, 1, -1, -1).intersects(item.vb.sceneBoundingRect()):
            problems.append(f"{widget.accessibleName()}: legend over the data")
    return problems


def tick_collisions(window: QWidget) -> list[str]:
    """Axes whose tick labels overlap one another, as pyqtgraph would draw them now."""
    problems = []
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    for widget in plots(window):
        for name in ("bottom", "left", "right"):
            axis = widget.getPlotItem().getAxis(name)
            if not axis.isVisible() or axis.linkedView() is None:
                continue
            painter = QPainter(image)
            if axis.style.get("tickFont") is not None:
                painter.setFont(axis.style["tickFont"])
            specs = axis.generateDrawSpecs(painter)
            painter.end()
            if specs is None:
                continue
            rects = [(rect, text) for rect, _flags, text in specs[2]]
            for (a, ta), (b, tb) in combinations(rects, 2):
                if a.intersects(b):
                    problems.append(f"{widget.accessibleName()} {name} axis: “{ta}” runs into “{tb}”")
                    break
    return problems


def fits(window: QWidget) -> list[str]:
    available = window.screen().availableGeometry()
    problems = []
    frame = window.frameGeometry()
    if frame.width() > available.width() or frame.height() > available.height():
        problems.append(f"window {frame.width()}×{frame.height()} > screen {available.width()}×{available.height()}")
    hint = window.minimumSizeHint()
    if hint.width() > available.width() or hint.height() > available.height():
        problems.append(f"minimum size {hint.width()}×{hint.height()} > screen")
    return problems + pages_that_do_not_fit(window) + clipped_plots(window)


def clipped_plots(window: QWidget) -> list[str]:
    """A plot whose contents (axes, title, legend) need more width than its widget is cut on the right."""
    problems = []
    for widget in plots(window):
        if not shown(widget):
            continue
        need = widget.getPlotItem().effectiveSizeHint(Qt.SizeHint.MinimumSize).width()
        laid_out = widget.getPlotItem().geometry().width()  # what is drawn: a layout once wider stays so
        if need > widget.width() + 1:
            problems.append(f"plot “{widget.accessibleName()}” needs {need:.0f} px, has {widget.width()}")
        elif laid_out > widget.width() + 1:
            problems.append(f"plot “{widget.accessibleName()}” is laid out {laid_out:.0f} px wide in {widget.width()}")
    return problems


def pages_that_do_not_fit(window: QWidget) -> list[str]:
    """Every page of every shown tab widget (the current one and those a click away) must fit the tab
    widget's width: a page wider than its minimum room is clipped on the right, plots included."""
    problems = []
    for tabs in window.findChildren(QTabWidget):
        if not shown(tabs):
            continue
        for i in range(tabs.count()):
            page = tabs.widget(i)
            need = max(page.minimumSizeHint().width(), page.minimumWidth())
            if need > tabs.contentsRect().width():
                problems.append(f"page “{tabs.tabText(i)}” needs {need} px, has {tabs.contentsRect().width()}")
    return problems


def style_snapshot(window) -> Counter[str]:
    """Fonts of every widget and the plots' text sizes and pens: what presentation mode changes.

    A multiset of descriptions: the compact layout may reorder widgets, which is no change of style."""
    snap = Counter([f"app font {QApplication.font().toString()}"])
    for w in window.findChildren(QWidget):
        snap[f"{type(w).__name__} {w.accessibleName()} {w.font().toString()}"] += 1
    ghosts = set(map(id, window.run_view.dynamics.ghost))  # the previous run's faint lines come and go with runs
    for widget in window.findChildren(pg.PlotWidget):
        item = widget.getPlotItem()
        key = widget.accessibleName() or type(widget).__name__
        # the title's size, not its text: long or short follows the plot's width (plot_style.fit_title)
        snap[f"plot {key} title size {item.titleLabel.opts.get('size')}"] += 1
        for name in ("left", "bottom"):
            font = item.getAxis(name).style.get("tickFont")
            snap[f"plot {key} {name} ticks {font.toString() if font is not None else None}"] += 1
        if item.legend is not None:
            for _sample, label in item.legend.items:
                snap[f"plot {key} legend {label.text} {label.opts.get('size')}"] += 1
        for curve in item.listDataItems():
            if id(curve) not in ghosts:
                pen = curve.opts.get("pen")
                snap[f"plot {key} pen {pg.mkPen(pen).widthF() if pen is not None else None}"] += 1
    return snap


def settle(app: QApplication, ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def run_to_end(app: QApplication, window, timeout_s: float = 60) -> str:
    outcome: list[str] = []  # the RunState's value, for the JSON report
    loop = QEventLoop()
    window.run_finished.connect(lambda o: (outcome.append(o.value), loop.quit()))
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    loop.exec()
    window.run_finished.disconnect()
    return outcome[0] if outcome else "timeout"


def check(window, app, out: Path, name: str) -> dict[str, object]:
    window.run_view.redraw(force=True)
    settle(app)
    window.grab().save(str(out / f"{name}.png"))
    return {
        "fits": fits(window),
        "clipped": clipped_texts(window),
        "legends": legend_overlaps(window),
        "ticks": tick_collisions(window),
    }


def plot_area(window) -> list[float]:
    """The main graph's plot area (its data rectangle, where the 0…1 axis runs) in logical pixels: width, height."""
    window.run_view.dynamics.widget.grab()  # pyqtgraph lays its items out when it paints
    rect = window.run_view.dynamics.widget.getPlotItem().vb.sceneBoundingRect()
    return [round(rect.width(), 1), round(rect.height(), 1)]


def layout_snapshot(window) -> dict[str, object]:
    """What F5 on and off must give back: the window's size, its docks, the splitters' shares, the tab bar."""
    from PySide6.QtWidgets import QSplitter

    return {
        "size": [window.width(), window.height()],
        "full_screen": window.isFullScreen(),
        "docks": [window.dock.isVisible(), window.explain_dock.isVisible(), window.lessons.dock.isVisible()],
        "splitters": [s.sizes() for s in window.findChildren(QSplitter) if s.isVisible()],
        "tab_bar": window.tabs.tabBar().isVisible(),
        "time_unit": window.time_unit.currentIndex(),
        "plot_area": plot_area(window),
    }


def stage(app: QApplication, out: Path) -> dict[str, object]:
    """Presentation mode's stage with every shipped lesson, stepped by keyboard; runs are not started (the
    graph's size does not depend on them, and the machine's cores are shared)."""
    from fourier_gui.io.lessons import lesson_menu, load_lesson
    from fourier_gui.ui.shell.main_window import MainWindow

    window = MainWindow(load_preset("fig2").parameters, restore=False, welcome=False)
    window.lessons.start_run = lambda: False
    window.show()
    window.activateWindow()
    settle(app, 300)
    geometry = window.screen().availableGeometry()
    report: dict[str, object] = {
        "screen": [geometry.width(), geometry.height(), window.devicePixelRatioF()],
        "window": [window.width(), window.height()],
    }
    window.lessons.open(load_lesson(lesson_menu()[0][0]))
    window.lessons.close()  # a lesson opened and closed: its dock sized once, as a teacher's session has it
    window.apply_preset("fig2")  # the same plot items before and after
    settle(app)
    normal = layout_snapshot(window)
    style = style_snapshot(window)
    steps = []
    QTest.keyClick(window, Qt.Key.Key_F5)
    settle(app, 300)
    report["full_screen"] = window.isFullScreen()
    report["tab_bar_hidden"] = not window.tabs.tabBar().isVisible()
    report["gamma_time"] = window.time_unit.currentIndex() == 1
    for name, _title, _summary in lesson_menu():
        window.lessons.open_bundled(name)
        for index in range(len(window.lessons.panel.lesson.steps)):
            if index:
                QTest.keyClick(window, Qt.Key.Key_PageDown)
            settle(app)
            step = window.lessons.panel.step
            if step.reference is not None:  # its run draws the reference dashed, with a legend entry of its own
                sites = window.run_view.dynamics.layout[0]
                window.run_view.dynamics.set_ghost(
                    np.linspace(0.0, 1.0, 5),
                    np.full((5, sites), 1 / sites),
                    window.lessons.panel.lesson.reference_label(step),
                )
                settle(app)
            closed = plot_area(window) if window.run_view.staging.large == "dynamics" else None
            shot = f"stage-{name}-{index + 1}"
            window.grab().save(str(out / f"{shot}.png"))
            problems = fits(window) + clipped_texts(window) + legend_overlaps(window) + tick_collisions(window)
            answer = None
            if step.question is not None:
                QTest.keyClick(window, Qt.Key.Key_A)
                settle(app)
                answer = plot_area(window) if window.run_view.staging.large == "dynamics" else None
                window.grab().save(str(out / f"{shot}-answer.png"))
                problems += fits(window)
            steps.append({
                "lesson": name, "step": index + 1, "view": step.view, "tab": step.tab,
                "large": window.run_view.staging.large, "shown_tab": english(window.tabs.tabText(window.tabs.currentIndex())),
                "closed": closed, "answer": answer, "band": window.lessons.dock.height(),
                "frame": [window.frameGeometry().width(), window.frameGeometry().height()], "problems": problems,
            })  # fmt: skip
        window.lessons.close()
    report["steps"] = steps
    # the teacher picks P_μ(t) again with V, from wherever the last step left the stage
    for _ in range(len(window.run_view.staging.titles())):
        if window.run_view.staging.large == "dynamics" and window.tabs.currentIndex() == 0:
            break
        QTest.keyClick(window, Qt.Key.Key_V)
    report["picked"] = [window.run_view.staging.large, plot_area(window)]
    window.grab().save(str(out / "stage-picked.png"))
    window.apply_preset("fig2")
    QTest.keyClick(window, Qt.Key.Key_F5)
    settle(app, 300)
    report["after_first"] = layout_snapshot(window)
    QTest.keyClick(window, Qt.Key.Key_F5)
    settle(app, 300)
    QTest.keyClick(window, Qt.Key.Key_F5)
    settle(app, 300)
    report["after_second"] = layout_snapshot(window)
    report["normal"] = normal
    after = style_snapshot(window)
    report["restored_style"] = sorted((style - after) + (after - style))
    window.close()
    return report


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = make_app()
    if "--language" in sys.argv[2:]:  # the window in another shipped language (its words, its numbers)
        set_language(sys.argv[sys.argv.index("--language") + 1])
        install_translator(app)
    if "--stage" in sys.argv[2:]:
        print(json.dumps(stage(app, out)))
        return
    from fourier_gui.ui.shell.main_window import MainWindow

    window = MainWindow(load_preset("fig2").parameters, restore=False, welcome=True)
    window.show()
    window.activateWindow()
    settle(app, 300)
    report: dict[str, object] = {"screen": [window.screen().availableGeometry().width(),
                                            window.screen().availableGeometry().height(),
                                            window.devicePixelRatioF()],
                                 "window": [window.width(), window.height()]}  # fmt: skip
    report["welcome"] = check(window, app, out, "welcome")
    window.welcome.dismiss()
    run_to_end(app, window)
    report["normal"] = check(window, app, out, "normal")
    studies = window.tabs.indexOf(window.studies_tab.content)
    report["studies"] = {}
    for page in range(window.studies_tab.content.count()):  # every Studies page, as a click shows it
        window.tabs.setCurrentIndex(studies)
        window.studies_tab.content.setCurrentIndex(page)
        report["studies"][window.studies_tab.content.tabText(page)] = check(window, app, out, f"studies-{page}")
    window.tabs.setCurrentIndex(0)
    settle(app)
    before = style_snapshot(window)
    QTest.keyClick(window, Qt.Key.Key_F5)
    steps = {}
    for preset, key in LESSON:
        QTest.keyClick(window, getattr(Qt.Key, f"Key_{key[-1]}"), Qt.KeyboardModifier.ControlModifier)
        if preset == "fig4":
            QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # κ(T) to the front
        outcome = run_to_end(app, window)
        step = check(window, app, out, f"presentation-{preset}")
        step["preset"] = window.preset_name
        step["outcome"] = outcome
        steps[preset] = step
    report["presentation"] = steps
    report["presentation_on"] = window.presentation
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window, Qt.Key.Key_F5)
    run_to_end(app, window)  # Fig. 2 again: the same plot items as before presentation mode
    settle(app)
    after = style_snapshot(window)
    report["restored"] = sorted((before - after) + (after - before))
    window.close()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
