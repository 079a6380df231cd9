"""The window's actions, menus and toolbar, with their shortcuts and tooltips.

The menus know the window only as a `MenuWindow`: the commands and parts they use, and the actions they
hand back (ui/shell/main_window.py is one; this module does not import it). `build_menus` needs no plot:
the window shows them before its plots are built; `add_view_menus` adds the entries that name plots
once they are.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QMenu,
    QMenuBar,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from fourier_gui.engine.run_model import RunModel
from fourier_gui.io.lessons import lesson_menu
from fourier_gui.io.presets import preset_menu
from fourier_gui.io.run_figures import figure_tables
from fourier_gui.ui.files.file_actions import FileActions
from fourier_gui.ui.shell.lesson_control import LessonControl
from fourier_gui.ui.shell.welcome import Welcome
from fourier_gui.ui.shell.window_layout import WindowLayout

if TYPE_CHECKING:  # the plots load after the window's first paint
    from fourier_gui.ui.views.run_view import RunView


class MenuActions:
    """The actions, menus and toolbar `build_menus` gives the window (a base class of the window: its types)."""

    run_action: QAction
    pause_action: QAction
    stop_action: QAction
    reset_action: QAction
    export_csv_action: QAction
    save_session_action: QAction
    open_session_action: QAction
    fullscreen_action: QAction
    presentation_action: QAction
    parameters_action: QAction
    explain_action: QAction
    time_unit: QComboBox
    toolbar: QToolBar
    plot_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu


class MenuWindow(Protocol):
    """What the menus use of the window; the actions they give it are those of `MenuActions`, its base class."""

    files: FileActions
    model: RunModel
    dock: QDockWidget
    explain_dock: QDockWidget
    welcome: Welcome
    layout_fit: WindowLayout
    lessons: LessonControl

    @property
    def run_view(self) -> RunView: ...

    def start_run(self) -> bool: ...
    def reset_all(self) -> None: ...
    def apply_preset(self, name: str) -> None: ...
    def reset_parameters(self) -> None: ...
    def set_presentation(self, on: bool) -> None: ...
    def show_about(self) -> None: ...
    def show_explain(self) -> None: ...
    def close(self) -> bool: ...
    def window(self) -> QWidget: ...
    def menuBar(self) -> QMenuBar: ...
    def addToolBar(self, toolbar: QToolBar) -> None: ...


def make_action(owner: QObject, text: str, slot: Callable[[], object], shortcut=None, tip: str = "") -> QAction:
    action = QAction(text, owner)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    tip = tip or text.replace("&", "")  # the menu's mnemonic marks are not part of the words
    action.setToolTip(tip)
    action.setStatusTip(tip)
    return action


def make_toggle(
    owner: QObject, text: str, on_toggle: Callable[[bool], object], shortcut=None, tip: str = ""
) -> QAction:
    """A checkable action that hands its new state to `on_toggle` when the user flips it."""
    action = make_action(owner, text, lambda: None, shortcut, tip)
    action.setCheckable(True)
    action.triggered.connect(on_toggle)  # triggered(checked) comes after the state changed
    return action


def build_menus(w: MenuWindow) -> None:
    """Create the actions as attributes of `w` and place them in the menus and the toolbar."""
    owner = w.window()  # the window itself: the actions live as long as it does
    acts = cast(MenuActions, w)  # the window is a MenuActions: the actions become its attributes

    a = partial(make_action, owner)

    files = w.files
    acts.run_action = a("&Run", w.start_run, "Ctrl+R", "Run the exact and HAM dynamics (Ctrl+R)")
    acts.pause_action = a("&Pause", w.model.toggle_pause, "Ctrl+P", "Pause or resume the run (Ctrl+P)")
    acts.stop_action = a("&Stop", w.model.stop, "Esc", "Stop the run, keeping what was computed (Esc)")
    acts.reset_action = a(
        "Rese&t", w.reset_all, "Ctrl+Shift+R", "Reset all: clear the results and restore the preset's parameters"
    )
    acts.export_csv_action = a(
        "Export data as &CSV…",
        files.export_csv,
        "Ctrl+E",
        "Save the shown run (also a stopped one) as CSV, with the parameters it was run with",
    )
    acts.save_session_action = a("&Save session…", files.save_session, QKeySequence.StandardKey.Save)
    acts.open_session_action = a("&Open session…", files.open_session, QKeySequence.StandardKey.Open)
    run_actions = (acts.run_action, acts.pause_action, acts.stop_action, acts.reset_action)

    file_menu = w.menuBar().addMenu("&File")
    file_menu.addAction(acts.export_csv_action)
    figure_menu = file_menu.addMenu("Export &figure data as CSV")
    for data in figure_tables():
        at = partial(files.export_figure_data, data, lambda: w.run_view.current_time_index())
        figure_menu.addAction(a(f"{data.title}…", at))
    acts.plot_menu = file_menu.addMenu("Export &plot as PNG or SVG")  # its entries: add_view_menus
    file_menu.addAction(
        a(
            "Export &animation (MP4 or GIF)…",
            files.export_animation,
            "Ctrl+Shift+E",
            "Save the run's playback as a video for slides: P_μ(t) with its cursor and the small views",
        )
    )
    file_menu.addAction(
        a("Export &handout (PDF)…", files.export_handout, tip="The lesson (or the shown run) as a PDF for students")
    )
    file_menu.addSeparator()
    file_menu.addAction(acts.open_session_action)
    file_menu.addAction(acts.save_session_action)
    file_menu.addAction(a("Open &lesson…", w.lessons.open_file, tip="Open a lesson file (docs/contracts.md)"))
    file_menu.addSeparator()
    file_menu.addAction(a("&Quit", w.close, QKeySequence.StandardKey.Quit))

    acts.edit_menu = w.menuBar().addMenu("&Edit")
    acts.edit_menu.addAction(a("Copy &window", files.copy_window, "Ctrl+Shift+C"))

    run_menu = w.menuBar().addMenu("&Run")
    for action in run_actions:
        run_menu.addAction(action)

    presets_menu = w.menuBar().addMenu("Pre&sets")
    for i, (name, title, text) in enumerate(preset_menu()):  # the first nine on Ctrl+1 … Ctrl+9: by keyboard
        presets_menu.addAction(a(title, partial(w.apply_preset, name), f"Ctrl+{i + 1}" if i < 9 else None, text))
    presets_menu.addSeparator()
    presets_menu.addAction(a("Reset parameters to &defaults", w.reset_parameters))
    presets_menu.setToolTipsVisible(True)

    acts.view_menu = view_menu = w.menuBar().addMenu("&View")
    acts.parameters_action = w.dock.toggleViewAction()
    acts.parameters_action.setShortcut(QKeySequence("F4"))
    acts.parameters_action.setText("&Parameters")
    acts.parameters_action.setToolTip("Show or fold away the parameters (F4)")
    view_menu.addAction(acts.parameters_action)
    acts.explain_action = explain_action = w.explain_dock.toggleViewAction()
    explain_action.setShortcut(QKeySequence("F1"))
    explain_action.setText("&Explain")
    explain_action.setToolTip("What you see, and what to try next (F1)")

    # in the compact layout Explain is a tab behind Parameters: bring it to the front when asked for
    explain_action.triggered.connect(lambda on: w.show_explain() if on else None)
    view_menu.addAction(explain_action)
    acts.fullscreen_action = a(
        "&Full screen", lambda: acts.fullscreen_action.setChecked(w.layout_fit.toggle_full_screen()), "F11"
    )
    acts.fullscreen_action.setCheckable(True)
    view_menu.addAction(acts.fullscreen_action)
    acts.presentation_action = make_toggle(
        owner,
        "&Presentation mode",
        w.set_presentation,
        "F5",
        "Large fonts, thick curves, high contrast, advanced fields hidden: for a projector (F5)",
    )
    view_menu.addAction(acts.presentation_action)
    help_menu = w.menuBar().addMenu("&Help")
    help_menu.addAction(a("&Welcome", w.welcome.reopen, tip="Show the welcome: what you see and what to try"))
    lessons_menu = help_menu.addMenu("&Lessons")
    for name, title, summary in lesson_menu():
        lessons_menu.addAction(a(title, partial(w.lessons.open_bundled, name), tip=summary))
    lessons_menu.setToolTipsVisible(True)
    help_menu.addAction(a("&About fourier-gui", w.show_about))

    toolbar = QToolBar("Run controls")
    toolbar.setObjectName("run-toolbar")
    toolbar.addAction(acts.parameters_action)
    toolbar.addSeparator()
    for action in run_actions:
        toolbar.addAction(action)
    toolbar.addSeparator()
    toolbar.addWidget(QLabel(" Time: "))  # short: the toolbar fits 1024 px in presentation type
    acts.time_unit = QComboBox()
    acts.time_unit.addItems(["t in ħ/ΔE", "γt"])
    acts.time_unit.setAccessibleName("Time axis unit")
    # never squeezed below its text: on a narrow toolbar the last buttons go to the » menu instead
    acts.time_unit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    acts.time_unit.setToolTip("Show time in units of ħ/ΔE or as γt, the HAM time scale")
    acts.time_unit.currentIndexChanged.connect(lambda index: w.run_view.set_time_unit(index == 1))
    toolbar.addWidget(acts.time_unit)
    toolbar.addSeparator()
    toolbar.addAction(explain_action)
    lesson_button = QToolButton()
    lesson_button.setText("Lesson")
    lesson_button.setToolTip("A guided lesson: each step sets the parameters and asks a question (PageDown: next)")
    lesson_button.setMenu(lessons_menu)
    lesson_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    toolbar.addWidget(lesson_button)
    toolbar.addAction(acts.presentation_action)
    for button in toolbar.findChildren(QToolButton):  # reachable by Tab, not only by mouse
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(button.text().replace("&", ""))
    acts.toolbar = toolbar
    w.addToolBar(toolbar)


def add_view_menus(w: MenuWindow) -> None:
    """The entries that name the plots: File → Export plot, Edit → Copy, and View's playback and plot options
    (placed before Full screen), for the window's `run_view` once it is built."""
    owner = w.window()
    acts = cast(MenuActions, w)

    a = partial(make_action, owner)

    files, view = w.files, w.run_view
    playback = view.playback
    for title, widget in view.plot_widgets():
        acts.plot_menu.addAction(a(f"{title}…", partial(files.export_plot, widget)))
        acts.edit_menu.addAction(a(f"Copy {title}", partial(files.copy_plot, widget)))
    before = acts.fullscreen_action  # View's plot entries go in front of Full screen

    def submenu(title: str) -> QMenu:
        menu = QMenu(title, acts.view_menu)
        acts.view_menu.insertMenu(before, menu)
        return menu

    playback_menu = submenu("&Playback")
    for text, slot, key in (
        ("&Play / pause playback", playback.toggle, "Space"),
        ("Step &back", lambda: playback.step(-1), "Left"),
        ("Step &forward", lambda: playback.step(1), "Right"),
        ("To the &start", playback.home, "Home"),
        ("To the &end (follow the run)", playback.end, "End"),
    ):
        action = a(text, slot, key)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        playback_menu.addAction(action)
    acts.view_menu.insertAction(
        before,
        make_toggle(
            owner,
            "System view coloured by &temperature",
            view.colour_by_temperature,
            tip="Colour the system view's subunits by their local temperature T_μ instead of their excitation P_μ",
        ),
    )
    acts.view_menu.insertAction(
        before,
        make_toggle(
            owner,
            "System view as a &heat map (grids)",
            view.show_heat_map,
            tip="Draw a grid of subunits as a heat map of P_μ (or T_μ) instead of discs",
        ),
    )
    small_menu = submenu("Small &views (compact layout)")
    for i, name in enumerate(view.small_view_titles()):
        small_menu.addAction(a(f"&{name}", partial(view.show_small_view, i), f"Alt+{i + 1}"))
    compare = make_toggle(
        owner,
        "&Compare with previous run",
        view.set_compare,
        tip="Draw the previous run's P_μ(t) faintly, dashed, behind the new one",
    )
    compare.setChecked(view.compare)
    acts.view_menu.insertAction(before, compare)
    view.set_time_unit(acts.time_unit.currentIndex() == 1)  # chosen before the plots were there
