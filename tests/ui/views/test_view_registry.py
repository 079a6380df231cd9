"""The run's views are registered once (ui/views/registry.py) and draw the run's figures, listed once
(io/run_figures.py): the export menus, the copy menu and `simulate --figures` all read that one list."""

from fourier_gui.io.run_figures import RUN_FIGURES, figure_tables
from fourier_gui.ui.views.registry import RUN_VIEWS, Place


def test_every_figure_is_drawn_by_exactly_one_registered_view(qtbot):
    keys = [figure.key for figure in RUN_FIGURES]
    assert len(set(keys)) == len(keys) == 9
    drawn: list[str] = []
    for entry in RUN_VIEWS:
        view = entry.factory()
        drawn += view.figures()
    assert sorted(drawn) == sorted(keys)  # one to one: no figure without a view, no plot without a figure


def test_views_and_files_have_unique_names():
    assert len({entry.key for entry in RUN_VIEWS}) == len(RUN_VIEWS)
    assert len({figure.file for figure in RUN_FIGURES}) == len(RUN_FIGURES)
    tables = [data.file for data in figure_tables()]
    assert tables == ["level-diagram", "system-view", "conductivity-measured", "fourier-law", "transport-curves"]
    assert [entry.key for entry in RUN_VIEWS if entry.place is Place.MAIN] == ["dynamics"]


def test_the_window_builds_its_views_menus_and_tabs_from_the_registry(open_window):
    window = open_window()
    view = window.run_view
    assert set(view.views) == {entry.key for entry in RUN_VIEWS}
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Dynamics", *(entry.title for entry in RUN_VIEWS if entry.place is Place.TAB), "Studies"]
    widgets = view.figure_widgets()
    assert [w for _title, w in view.plot_widgets()] == [widgets[figure.key] for figure in RUN_FIGURES]
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    copies = [a.text() for a in edit.actions()][1:]
    assert copies == [f"Copy {figure.title}" for figure in RUN_FIGURES]
    view.set_compact(True)
    small = [view.bottom_tabs.tabText(i) for i in range(view.bottom_tabs.count())]
    assert small[1:] == [entry.title for entry in RUN_VIEWS if entry.place is Place.SMALL]
    assert view.small_view_titles() == ["Levels or system", "Profile", "κ(T)"]
