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
