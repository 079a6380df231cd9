"""A lesson step's figure on the handout (ui/files/handout_figures.py): what the step's question needs on paper — the
reference run drawn dashed and named, as the window shows it, and snapshots of a run the step plays."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage

from fourier_gui.ui.files.handout_figures import (
    LOGICAL_DPI,
    PrintedView,
    draw_figure,
    snapshot_indices,
    step_figure,
)
from tests.ui.files.test_handout import short_run


def test_a_steps_reference_run_prints_dashed_behind_and_named(qapp):
    result = short_run()
    reference = (result, "ordered chain")
    with PrintedView(result, "dynamics", (180.0, 105.0), 300 / LOGICAL_DPI, reference) as printed:
        dynamics = printed.view.dynamics
        assert len(dynamics.ghost) == result.parameters.sites  # a dashed line per subunit
        assert all(line.isVisible() for line in dynamics.ghost)
        labels = [label.text for _sample, label in dynamics.legend.items]
        assert "ordered chain (dashed)" in labels
    with PrintedView(result, "dynamics", (180.0, 105.0), 300 / LOGICAL_DPI) as printed:
        assert printed.view.dynamics.ghost == []  # none without a reference (nor a "previous run")


def dark_share(image: QImage, x0: int, y0: int, x1: int, y1: int) -> float:
    """The share of dark pixels (every 5th) in a rectangle of `image`."""
    values = [QColor(image.pixel(x, y)).lightness() < 128 for x in range(x0, x1, 5) for y in range(y0, y1, 5)]
    return float(np.mean(values))


def test_a_step_that_plays_its_run_prints_snapshots_at_rising_times(qapp):
    """ "As it plays" cannot be answered from the end alone: four panels, two a row, at rising γt."""
    result = short_run()
    indices = snapshot_indices(result)
    assert len(indices) == 4 and indices == sorted(indices) and indices[-1] == result.completed - 1
    gamma_t = result.times[indices] * result.gamma
    assert gamma_t[0] > 0 and gamma_t[0] < 0.25 * gamma_t[-1]
    figure = step_figure(result, "profile", "start", None)
    single = draw_figure(result, "profile")
    assert figure.width_mm == single.width_mm and figure.height_mm > single.height_mm  # two rows of panels
    image = QImage.fromData(figure.png)
    w, h = image.width(), image.height()
    quarters = [dark_share(image, x, y, x + w // 2, y + h // 2) for y in (0, h // 2) for x in (0, w // 2)]
    assert min(quarters) > 0.005  # each panel drawn (axes, type, bars)
    # at the end the step's figure is the one view, when the step does not play its run
    assert step_figure(result, "profile", None, None).height_mm == pytest.approx(single.height_mm)


def test_printed_time_axes_read_gamma_t_as_the_lessons_questions_do(qapp):
    """A question asks "at γt = 2": the printed axis said t (ħ/ΔE), 0 … 30000."""
    result = short_run()
    with PrintedView(result, "dynamics", (180.0, 105.0), 300 / LOGICAL_DPI) as printed:
        assert printed.view.dynamics.plot.getAxis("bottom").labelText.startswith("γt")
        _low, high = printed.view.dynamics.plot.viewRange()[0]
        assert high == pytest.approx(result.times[-1] * result.gamma, rel=0.05)
    with PrintedView(result, "transport", (180.0, 150.0), 300 / LOGICAL_DPI) as printed:
        assert printed.view.transport.spread.getPlotItem().getAxis("bottom").labelText == "γt"


def test_the_profiles_snapshots_share_one_p_axis(qapp, monkeypatch):
    """Panels that compare times on one scale: the profile's axis followed each time's largest P."""
    from fourier_gui.ui.files import handout_figures

    result = short_run()
    ranges = []
    draw = handout_figures.PrintedView.draw

    def recording(self, k):
        draw(self, k)
        ranges.append(None)  # filled below, once the panel's axis is final

    monkeypatch.setattr(handout_figures.PrintedView, "draw", recording)
    render = handout_figures.QWidget.render

    def rendering(widget, *args):
        profile = widget.findChildren(handout_figures.pg.PlotWidget)[0]
        ranges[-1] = tuple(round(v, 6) for v in profile.getPlotItem().viewRange()[1])
        return render(widget, *args)

    monkeypatch.setattr(handout_figures.QWidget, "render", rendering)
    handout_figures.draw_snapshots(result, "profile")
    panels = ranges[1:]  # the first draw is the view's at the end, when it is laid out
    assert len(panels) == 4 and len(set(panels)) == 1, ranges
