"""The window's menus, actions and toolbar: declared as a table (ui/shell/window_actions.py), built in its order,
and as a user reads and uses them."""

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar

from fourier_gui.ui.shell.window_actions import TOOLBAR, ActionSpec, MenuSpec, build_entries, window_table
from tests.ui.runs import SMALL

WINDOW_PARAMETERS = SMALL  # the window opens with it (tests/conftest.py)


def test_preset_menu_sets_parameters(qtbot, window):
    presets_menu = next(a.menu() for a in window.menuBar().actions() if "Pre" in a.text())
    ten = next(a for a in presets_menu.actions() if a.text().startswith("Ten subunits"))
    ten.trigger()
    p = window.panel.parameters()
    assert (p.sites, p.levels) == (10, 500)
    defaults = next(a for a in presets_menu.actions() if "defaults" in a.text())
    defaults.trigger()
    assert window.panel.parameters().sites == 3


def test_about_shows_versions_and_copies_the_citation(qtbot, window):
    import numpy
    import scipy
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QGuiApplication

    from fourier_gui import __version__

    help_menu = next(a.menu() for a in window.menuBar().actions() if "Help" in a.text())
    next(a for a in help_menu.actions() if "About" in a.text()).trigger()
    about = window.about
    assert about.isVisible()
    text = about.text.text()
    for expected in (
        __version__,
        "Phys. Rev. Lett.",
        "180602",
        "MIT",
        qVersion(),
        numpy.__version__,
        scipy.__version__,
    ):
        assert expected in text
    about.copy_button.click()
    bibtex = QGuiApplication.clipboard().text()
    assert bibtex.startswith("@article{") and "Michel" in bibtex and "180602" in bibtex
    about.close()


class Commands(QMainWindow):
    """A window with commands for a table to name."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple] = []

    def open(self, *args) -> None:
        self.calls.append(("open", *args))

    def show_grid(self, *args) -> None:
        self.calls.append(("grid", *args))


def test_a_table_builds_its_menus_in_its_order_with_slots_keys_and_tips(qtbot):
    w = Commands()
    qtbot.addWidget(w)
    menus: dict = {}
    table = [
        MenuSpec("&File"),
        ActionSpec("open", "&Open…", "open", "Ctrl+O", menu="&File"),
        MenuSpec("&File/&Recent", tips_visible=True),
        ActionSpec("recent:a", "a.json", "open", tip="The file a.json", menu="&File/&Recent", args=("a.json",)),
        ActionSpec("quit", "&Quit", w.close, menu="&File", separated=True),
        MenuSpec("&View"),
        ActionSpec("grid", "&Grid", "show_grid", "F6", checkable=True, menu="&View"),
    ]
    actions = build_entries(w, table, menus)
    assert list(actions) == ["open", "recent:a", "quit", "grid"]
    assert [a.text() for a in w.menuBar().actions()] == ["&File", "&View"]
    assert [a.text() for a in menus["&File"].actions()] == ["&Open…", "&Recent", "", "&Quit"]
    assert menus["&File"].actions()[2].isSeparator() and menus["&File/&Recent"].toolTipsVisible()
    assert actions["open"].shortcut().toString() == "Ctrl+O"
    assert actions["open"].toolTip() == actions["open"].statusTip() == "Open…"  # the words, without the & marks
    assert actions["recent:a"].toolTip() == "The file a.json"
    actions["open"].trigger()
    actions["recent:a"].trigger()
    actions["grid"].trigger()  # a checkable action hands its new state over
    actions["grid"].trigger()
    assert w.calls == [("open",), ("open", "a.json"), ("grid", True), ("grid", False)]
    later = build_entries(w, [ActionSpec("zoom", "&Zoom", "open", menu="&View")], menus, {"&View": actions["grid"]})
    assert [a.text() for a in menus["&View"].actions()] == ["&Zoom", "&Grid"]  # in front of the given action
    assert later["zoom"].parent() is w


def test_a_table_that_names_no_command_is_refused(qtbot):
    w = Commands()
    qtbot.addWidget(w)
    with pytest.raises(AttributeError):
        build_entries(w, [MenuSpec("&File"), ActionSpec("x", "&X", "no_such_command", menu="&File")], {})
    with pytest.raises(TypeError):
        build_entries(w, [MenuSpec("&File"), ActionSpec("x", "&X", "calls", menu="&File")], {})


def test_the_window_holds_every_action_of_its_table_and_its_toolbar_row(window):
    ids = [entry.id for entry in window_table() if isinstance(entry, ActionSpec)]
    assert len(ids) == len(set(ids)) and set(ids) <= set(window.action)
    in_menus = {a for menu in window.menus.values() for a in menu.actions() if not a.isSeparator() and not a.menu()}
    assert in_menus == set(window.action.values())  # every entry of every menu is an action of the table
    toolbar = window.findChild(QToolBar, "run-toolbar")
    shown = [a for a in toolbar.actions() if isinstance(a, QAction) and a.text() and not a.isSeparator()]
    assert [a for a in shown if a in window.action.values()] == [
        window.action[i] for i in TOOLBAR if i in window.action
    ]
