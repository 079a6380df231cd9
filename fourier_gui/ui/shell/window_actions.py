"""The window's menus, actions and toolbar, declared as data (napari's `_qapp_model/qactions` was the model).

`window_table()` lists every menu and action of the window in the order the menus show them, `view_table(view)`
the entries that name the plots, added once the plots are built (ui/shell/main_window.py, `build_views`), and
`TOOLBAR` the toolbar's row. `build_entries` makes the menus and QActions a table declares; `build_toolbar`
lays out the row. A spec names its slot as an attribute path of the window ("files.export_csv") or gives a
callable: nothing here knows the window's type.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QToolButton, QWidget

from fourier_gui.io.lessons import lesson_menu
from fourier_gui.io.presets import preset_menu
from fourier_gui.io.run_figures import figure_tables
from fourier_gui.ui.language import LANGUAGE_NAMES, QT_TRANSLATE_NOOP, SUPPORTED, current_language, translate

if TYPE_CHECKING:  # the plots load after the window's first paint
    from fourier_gui.ui.files.file_actions import FileActions
    from fourier_gui.ui.views.run_view import RunView

Key = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class MenuSpec:
    """A menu: "&File" in the menu bar, "&File/Export &figure data as CSV" a submenu, placed here in its parent."""

    path: str
    tips_visible: bool = False  # the entries' tooltips show on hover (presets, lessons: what each one is)


@dataclass(frozen=True)
class ActionSpec:
    """One command: its id (the window's `action[id]`), menu text, slot, shortcut, tip and place."""

    id: str
    text: str
    #: the window's attribute path ("files.export_csv"), a callable, or None (a dock's own show/hide)
    slot: str | Callable[..., object] | None
    shortcut: Key = None
    tip: str = ""  # tooltip and status tip; the text without its & marks when empty
    checkable: bool = False  # the slot then receives the new state
    menu: str = ""  # the path of its MenuSpec
    separated: bool = False  # a separator before it in its menu
    args: tuple[object, ...] = ()  # given to the slot first
    dock: str = ""  # the window's dock (an attribute) whose show/hide action this is
    checked: bool = False


Entry = ActionSpec | MenuSpec

#: The actions of presentation mode's stage, enabled only there (their keys are free in the window: see
#: the Playback menu's Space, Left, Right, Home, End and the lesson's PageDown, PageUp, A).
STAGE_ACTIONS = ("next_view", "previous_view", "pen", "clear_pen")

#: The toolbar, left to right: action ids, SEPARATOR, and the names of the widgets the window makes.
SEPARATOR = "|"
TOOLBAR = (
    "parameters",
    SEPARATOR,
    "run",
    "pause",
    "stop",
    "reset",
    SEPARATOR,
    "time_unit",
    SEPARATOR,
    "explain",
    "lesson_button",
    "presentation",
)


#: The toolbar's words for its actions, where a language has a shorter one than the menu's (German and Spanish
#: at 1024 px in presentation type); in English each is the menu's text. Pause is left out: its text changes.
TOOLBAR_WORDS = {
    "parameters": QT_TRANSLATE_NOOP("toolbar", "Parameters"),
    "run": QT_TRANSLATE_NOOP("toolbar", "Run"),
    "stop": QT_TRANSLATE_NOOP("toolbar", "Stop"),
    "reset": QT_TRANSLATE_NOOP("toolbar", "Reset"),
    "explain": QT_TRANSLATE_NOOP("toolbar", "Explain"),
    "presentation": QT_TRANSLATE_NOOP("toolbar", "Presentation mode"),
}
#: The menus' titles, each part of a MenuSpec's path (translated where the menu is made, `build_entries`).
MENU_TITLES = (
    QT_TRANSLATE_NOOP("menus", "&File"),
    QT_TRANSLATE_NOOP("menus", "Export &figure data as CSV"),
    QT_TRANSLATE_NOOP("menus", "Export &plot as PNG or SVG"),
    QT_TRANSLATE_NOOP("menus", "&Edit"),
    QT_TRANSLATE_NOOP("menus", "&Run"),
    QT_TRANSLATE_NOOP("menus", "Pre&sets"),
    QT_TRANSLATE_NOOP("menus", "&View"),
    QT_TRANSLATE_NOOP("menus", "&Playback"),
    QT_TRANSLATE_NOOP("menus", "Small &views (compact layout)"),
    QT_TRANSLATE_NOOP("menus", "&Language"),
    QT_TRANSLATE_NOOP("menus", "&Help"),
    QT_TRANSLATE_NOOP("menus", "&Lessons"),
)


def window_table() -> list[Entry]:
    """Every menu and action of the window, in the menus' order (the entries naming plots: `view_table`)."""
    FILE, FIGURES, PLOTS = "&File", "&File/Export &figure data as CSV", "&File/Export &plot as PNG or SVG"
    PRESETS, VIEW, HELP, LESSONS = "Pre&sets", "&View", "&Help", "&Help/&Lessons"
    LANGUAGE = "&View/&Language"
    presets = preset_menu()
    return [
        MenuSpec(FILE),
        ActionSpec(
            "export_csv",
            translate("actions", "Export data as &CSV…"),
            "files.export_csv",
            "Ctrl+E",
            translate("actions", "Save the shown run (also a stopped one) as CSV, with the parameters it was run with"),
            menu=FILE,
        ),
        MenuSpec(FIGURES),
        *(
            ActionSpec(
                f"figure_data:{data.file}",
                translate("figures", data.title) + "…",
                "files.export_figure_data",
                menu=FIGURES,
                args=(data,),
            )
            for data in figure_tables()
        ),
        MenuSpec(PLOTS),  # its entries: view_table
        ActionSpec(
            "export_animation",
            translate("actions", "Export &animation (MP4 or GIF)…"),
            "files.export_animation",
            "Ctrl+Shift+E",
            translate(
                "actions", "Save the run's playback as a video for slides: P_μ(t) with its cursor and the small views"
            ),
            menu=FILE,
        ),
        ActionSpec(
            "export_handout",
            translate("actions", "Export &handout (PDF)…"),
            "files.export_handout",
            tip=translate(
                "actions",
                "The lesson (or the shown run) as a PDF for students: a figure per step, its question and lines to answer",
            ),
            menu=FILE,
        ),
        ActionSpec(
            "export_key",
            translate("actions", "Export answer &key (PDF)…"),
            "files.export_key",
            tip=translate("actions", "The lesson's handout with the answers, for the teacher"),
            menu=FILE,
        ),
        ActionSpec(
            "print_handout",
            translate("actions", "P&rint handout…"),
            "files.print_handout",
            tip=translate(
                "actions", "Print the lesson's handout (or the shown run's) on a printer chosen in the print dialog"
            ),
            menu=FILE,
        ),
        ActionSpec(
            "open_session",
            translate("actions", "&Open session…"),
            "files.open_session",
            QKeySequence.StandardKey.Open,
            menu=FILE,
            separated=True,
        ),
        ActionSpec(
            "save_session",
            translate("actions", "&Save session…"),
            "files.save_session",
            QKeySequence.StandardKey.Save,
            menu=FILE,
        ),
        ActionSpec(
            "open_lesson",
            translate("actions", "Open &lesson…"),
            "lessons.open_file",
            tip=translate("actions", "Open a lesson file (docs/contracts.md)"),
            menu=FILE,
        ),
        ActionSpec(
            "add_to_lesson",
            translate("actions", "Add to lesso&n…"),
            "lessons.add_to_lesson",
            tip=translate(
                "actions",
                "The shown run as a lesson step: its parameters, tab and view, your text, question and answer",
            ),
            menu=FILE,
        ),
        ActionSpec(
            "quit", translate("actions", "&Quit"), "close", QKeySequence.StandardKey.Quit, menu=FILE, separated=True
        ),
        MenuSpec("&Edit"),
        ActionSpec(
            "copy_window", translate("actions", "Copy &window"), "files.copy_window", "Ctrl+Shift+C", menu="&Edit"
        ),
        MenuSpec("&Run"),
        ActionSpec(
            "run",
            translate("actions", "&Run"),
            "start_run",
            "Ctrl+R",
            translate("actions", "Run the exact and HAM dynamics (Ctrl+R)"),
            menu="&Run",
        ),
        ActionSpec(
            "pause",
            translate("actions", "&Pause"),
            "model.toggle_pause",
            "Ctrl+P",
            translate("actions", "Pause or resume the run (Ctrl+P)"),
            menu="&Run",
        ),
        ActionSpec(
            "stop",
            translate("actions", "&Stop"),
            "model.stop",
            "Esc",
            translate("actions", "Stop the run, keeping what was computed (Esc)"),
            menu="&Run",
        ),
        ActionSpec(
            "reset",
            translate("actions", "Rese&t"),
            "reset_all",
            "Ctrl+Shift+R",
            translate("actions", "Reset all: clear the results and restore the preset's parameters"),
            menu="&Run",
        ),
        MenuSpec(PRESETS, tips_visible=True),
        *(  # the first nine on Ctrl+1 … Ctrl+9: by keyboard
            ActionSpec(
                f"preset:{name}",
                translate("presets", title),
                "apply_preset",
                f"Ctrl+{i + 1}" if i < 9 else None,
                translate("presets", text),
                menu=PRESETS,
                args=(name,),
            )
            for i, (name, title, text) in enumerate(presets)
        ),
        ActionSpec(
            "reset_parameters",
            translate("actions", "Reset parameters to &defaults"),
            "reset_parameters",
            menu=PRESETS,
            separated=True,
        ),
        MenuSpec(VIEW),
        ActionSpec(
            "parameters",
            translate("actions", "&Parameters"),
            None,
            "F4",
            translate("actions", "Show or fold away the parameters (F4)"),
            menu=VIEW,
            dock="dock",
        ),
        ActionSpec(  # in the compact layout Explain is a tab behind Parameters: brought to the front when asked for
            "explain",
            translate("actions", "&Explain"),
            "explain_toggled",
            "F1",
            translate("actions", "What you see, and what to try next (F1)"),
            checkable=True,
            menu=VIEW,
            dock="explain_dock",
        ),
        ActionSpec(
            "full_screen", translate("actions", "&Full screen"), "toggle_full_screen", "F11", checkable=True, menu=VIEW
        ),
        ActionSpec(
            "presentation",
            translate("actions", "&Presentation mode"),
            "set_presentation",
            "F5",
            translate(
                "actions", "Large fonts, thick curves, high contrast, advanced fields hidden: for a projector (F5)"
            ),
            checkable=True,
            menu=VIEW,
        ),
        ActionSpec(
            "next_view",
            translate("actions", "&Next view on the stage"),
            "cycle_stage",
            "V",
            translate(
                "actions", "Presentation mode: show the next view large (V); a click on a view in the strip does too"
            ),
            menu=VIEW,
            args=(1,),
        ),
        ActionSpec(
            "previous_view",
            translate("actions", "Previous view on the stage"),
            "cycle_stage",
            "Shift+V",
            translate("actions", "Presentation mode: show the previous view large (Shift+V)"),
            menu=VIEW,
            args=(-1,),
        ),
        ActionSpec(
            "pen",
            translate("actions", "Draw with the &pen"),
            "pen.set_drawing",
            "P",
            translate(
                "actions",
                "Presentation mode: draw over the stage with the mouse (P); cleared at the next step and by C",
            ),
            checkable=True,
            menu=VIEW,
        ),
        ActionSpec(
            "clear_pen",
            translate("actions", "&Clear the drawing"),
            "pen.clear",
            "C",
            translate("actions", "Presentation mode: wipe the pen's strokes (C)"),
            menu=VIEW,
        ),
        MenuSpec(LANGUAGE),
        *(  # each language by its own name; the choice is kept and takes effect at the next start
            ActionSpec(
                f"language:{code}",
                translate("languages", LANGUAGE_NAMES[code]),
                "choose_language",
                tip=translate("actions", "The window's language from its next start (kept in the settings)"),
                checkable=True,
                checked=code == current_language(),
                menu=LANGUAGE,
                args=(code,),
            )
            for code in SUPPORTED
        ),
        MenuSpec(HELP),
        ActionSpec(
            "welcome",
            translate("actions", "&Welcome"),
            "welcome.reopen",
            tip=translate("actions", "Show the welcome: what you see and what to try"),
            menu=HELP,
        ),
        MenuSpec(LESSONS, tips_visible=True),
        *(
            ActionSpec(f"lesson:{name}", title, "lessons.open_bundled", tip=summary, menu=LESSONS, args=(name,))
            for name, title, summary in lesson_menu(current_language())
        ),
        ActionSpec("about", translate("actions", "&About fourier-gui"), "show_about", menu=HELP),
    ]


def view_table(view: RunView, files: FileActions) -> list[Entry]:
    """The entries that name the plots: File → Export plot, Edit → Copy, and View's playback and plot options
    (which the window places before Full screen)."""
    PLAYBACK, SMALL, VIEW = "&View/&Playback", "&View/Small &views (compact layout)", "&View"
    plots = view.plot_widgets()
    bar = view.playback
    return [
        *(
            ActionSpec(
                f"export_plot:{title}",
                translate("figures", title) + "…",
                files.export_plot,
                menu="&File/Export &plot as PNG or SVG",
                args=(widget,),
            )
            for title, widget in plots
        ),
        *(
            ActionSpec(
                f"copy_plot:{title}",
                translate("actions", "Copy {plot}").format(plot=translate("figures", title)),
                files.copy_plot,
                menu="&Edit",
                args=(widget,),
            )
            for title, widget in plots
        ),
        MenuSpec(PLAYBACK),
        ActionSpec("play", translate("actions", "&Play / pause playback"), bar.toggle, "Space", menu=PLAYBACK),
        ActionSpec("step_back", translate("actions", "Step &back"), bar.step, "Left", menu=PLAYBACK, args=(-1,)),
        ActionSpec("step_forward", translate("actions", "Step &forward"), bar.step, "Right", menu=PLAYBACK, args=(1,)),
        ActionSpec("to_start", translate("actions", "To the &start"), bar.home, "Home", menu=PLAYBACK),
        ActionSpec("to_end", translate("actions", "To the &end (follow the run)"), bar.end, "End", menu=PLAYBACK),
        ActionSpec(
            "temperature_colours",
            translate("actions", "System view coloured by &temperature"),
            view.colour_by_temperature,
            tip=translate(
                "actions",
                "Colour the system view's subunits by their local temperature T_μ instead of their excitation P_μ",
            ),
            checkable=True,
            menu=VIEW,
        ),
        ActionSpec(
            "heat_map",
            translate("actions", "System view as a &heat map (grids)"),
            view.show_heat_map,
            tip=translate("actions", "Draw a grid of subunits as a heat map of P_μ (or T_μ) instead of discs"),
            checkable=True,
            menu=VIEW,
        ),
        MenuSpec(SMALL),
        *(
            ActionSpec(
                f"small_view:{i}",
                "&" + name,
                view.show_small_view,
                f"Alt+{i + 1}",
                menu=SMALL,
                args=(i,),
            )
            for i, name in enumerate(view.small_view_titles())
        ),
        ActionSpec(
            "compare",
            translate("actions", "&Compare with previous run"),
            view.set_compare,
            tip=translate("actions", "Draw the previous run's P_μ(t) faintly, dashed, behind the new one"),
            checkable=True,
            menu=VIEW,
            checked=view.compare,
        ),
    ]


def _slot(target: object, slot: str | Callable[..., object]) -> Callable[..., object]:
    """A callable as it is; a name ("files.export_csv") looked up on `target`, attribute by attribute."""
    if callable(slot):
        return slot
    found: object = target
    for name in slot.split("."):
        found = getattr(found, name)
    if not callable(found):
        raise TypeError(f"{slot} is no command")
    return found


def make_action(window: QMainWindow, spec: ActionSpec) -> QAction:
    """The QAction of `spec`, owned by `window` (a dock's own show/hide action for a `dock` spec)."""
    if spec.dock:
        dock = getattr(window, spec.dock)
        assert isinstance(dock, QDockWidget), spec.dock
        action = dock.toggleViewAction()
        action.setText(spec.text)
        action.setToolTip(spec.tip)
    else:
        action = QAction(spec.text, window)
        tip = spec.tip or spec.text.replace("&", "")  # the menu's mnemonic marks are not part of the words
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setCheckable(spec.checkable)
        action.setChecked(spec.checked)
    if spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
    if spec.slot is not None:
        slot, args = _slot(window, spec.slot), spec.args
        if spec.checkable:  # triggered(checked) comes after the state changed
            action.triggered.connect(lambda checked: slot(*args, checked))
        else:
            action.triggered.connect(lambda _checked=False: slot(*args))
    return action


def build_entries(
    window: QMainWindow,
    table: Iterable[Entry],
    menus: dict[str, QMenu],
    before: Mapping[str, QAction] | None = None,
) -> dict[str, QAction]:
    """Make the menus (into `menus`, by path) and actions of `table`, in its order; a menu of `before` gets its
    new entries in front of that action. Returns the actions by id."""
    actions: dict[str, QAction] = {}
    at = before or {}

    def place(path: str, action: QAction) -> None:
        menu, front = menus[path], at.get(path)
        if front is None:
            menu.addAction(action)
        else:
            menu.insertAction(front, action)

    for entry in table:
        if isinstance(entry, MenuSpec):
            parent, _, title = entry.path.rpartition("/")
            if parent:
                menu = QMenu(translate("menus", title), menus[parent])
                place(parent, menu.menuAction())
            else:
                menu = window.menuBar().addMenu(translate("menus", title))
            menu.setToolTipsVisible(entry.tips_visible)
            menus[entry.path] = menu
            continue
        action = actions[entry.id] = make_action(window, entry)
        if entry.menu and entry.separated:
            separator = QAction(menus[entry.menu])
            separator.setSeparator(True)
            place(entry.menu, separator)
        if entry.menu:
            place(entry.menu, action)
    return actions


def build_toolbar(actions: Mapping[str, QAction], widgets: Mapping[str, Sequence[QWidget]]) -> QToolBar:
    """The run controls' toolbar as `TOOLBAR` lists it: actions by id, and `widgets` by name."""
    toolbar = QToolBar(translate("actions", "Run controls"))
    toolbar.setObjectName("run-toolbar")
    for key, words in TOOLBAR_WORDS.items():
        if key in actions:
            actions[key].setIconText(translate("toolbar", words))
    for item in TOOLBAR:
        if item == SEPARATOR:
            toolbar.addSeparator()
        elif item in actions:
            toolbar.addAction(actions[item])
        else:
            for widget in widgets[item]:
                toolbar.addWidget(widget)
    for button in toolbar.findChildren(QToolButton):  # reachable by Tab, not only by mouse
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(button.text().replace("&", ""))
    return toolbar
