"""The status bar of a run (ui/shell/run_status.py): one message, and a progress bar with the time left."""

import pytest

from tests.ui.runs import SMALL

WINDOW_PARAMETERS = SMALL  # the window opens with it (tests/conftest.py)


def test_the_time_left_comes_from_the_runs_own_rate_and_is_never_nan(qtbot, window, monkeypatch):
    """Setup (drawing couplings, loading the kernel) made early estimates tenfold too long: the rate is
    measured from the first rows on."""
    status = window.run_status

    class Model:
        started_at = 100.0
        result = None
        active = False

    monkeypatch.setattr(status, "model", Model())
    assert status._time_left(0.0, 8.0) == " · first rows…"
    assert status._time_left(0.03, 9.0) == ""  # the first rows: the rate starts here
    assert status._time_left(0.53, 14.0) == " · ≈ 4.7 s left"  # 0.5 of the run in 5 s, 0.47 to go
    assert status._time_left(1.0, 20.0) == ""
    assert "nan" not in status._time_left(0.53, 9.0)


def test_progress_names_the_phase_before_the_first_rows(qtbot, window, monkeypatch):
    status = window.run_status

    class Model:
        started_at, active, result, loading_kernel = 5.0, True, None, False

    class Result:
        completed, method = 0, "chebyshev"

    model = Model()
    monkeypatch.setattr(status, "model", model)
    status.run_started(12.0)
    status.refresh()
    assert status.progress.format() == "setting up…" and "≈ 12.0 s" in status.progress.toolTip()
    assert "couplings" in status.progress.toolTip()  # the physics is in the tooltip
    model.loading_kernel = True
    status.refresh()
    assert status.progress.format() == "preparing the solver…" and "kernel" in status.progress.toolTip()
    model.result = Result()
    status.refresh()
    assert status.progress.format() == "finding the energies…" and "Chebyshev" in status.progress.toolTip()
    Result.method = "eigen"
    status.refresh()
    assert status.progress.format() == "solving at once…" and "diagonalizing H" in status.progress.toolTip()


@pytest.mark.parametrize("point_size", [9, 14, 22, 30])
def test_every_progress_text_fits_inside_its_bar_in_any_type(qtbot, point_size):
    """At 4K in presentation type the phase ("finding the spectrum…") spilled out of the bar: the bar keeps
    as wide as its longest text, the phases' included, plus its frame, whenever its type changes (here set
    on its parent, as presentation mode does, without asking the status to refit)."""
    from PySide6.QtWidgets import QStatusBar

    from fourier_gui.engine.run_model import RunModel
    from fourier_gui.ui.shell.run_status import LONGEST_PROGRESS, PHASES, RunStatus

    bar = QStatusBar()
    qtbot.addWidget(bar)
    status = RunStatus(bar, RunModel(bar))
    status.timer.stop()
    font = bar.font()
    font.setPointSize(point_size)
    bar.setFont(font)
    assert status.progress.font().pointSize() == point_size
    metrics = status.progress.fontMetrics()
    for text in [LONGEST_PROGRESS, *(shown for shown, _tip in PHASES.values())]:
        # the text and a margin of half a line each side for the frame and the chunk's rounding
        assert metrics.horizontalAdvance(text) + metrics.height() <= status.progress.width(), (text, point_size)


def test_a_refused_value_is_explained_in_the_status_bar(qtbot, window):
    """The reason under the drawer is off screen at 768 lines; the status bar is always in sight."""
    qtbot.keyClicks(window.panel.field_widgets["site_levels"], "100,200")  # too few numbers for the subunits
    assert not window.action["run"].isEnabled()
    assert window.last_status.startswith("Cannot run:") and "Levels of each subunit" in window.last_status


def test_the_windows_summary_says_in_english_what_the_command_line_prints(qapp):
    """Without a translator the window's summary is the command line's summary line, figure for figure (a run
    long enough for D₁² and the fitted rate)."""
    from fourier_gui.execution import ExactRun
    from fourier_gui.ui.language import install_translator
    from fourier_gui.ui.shell.run_status import summary

    install_translator(qapp, "en")
    run = ExactRun(SMALL.with_changes(t_max_gamma=5.0))
    list(run.chunks())
    line = run.result.summary_line()
    assert "D₁²" in line and "fitted rate" in line
    assert summary(run.result) == line
