"""The sweep's plot file (`sweep --plot`): the paper's slope of D₁² against n drawn as a labelled guide, and a
y axis whose title keeps clear of its tick labels."""

import math
import random

import numpy as np
import pytest

from fourier_gui.physics import SimulationParameters
from fourier_gui.physics.sweeps import SweepRow, SweepSpec, SweepTable
from fourier_gui.ui.files import plot_files
from fourier_gui.ui.files.offscreen_plots import sweep_plot
from fourier_gui.ui.files.plot_files import save_plot

PNG = b"\x89PNG\r\n\x1a\n"


def table(vary: str, seed: int, exponent: float = -1.2) -> SweepTable:
    """A D₁² sweep with made-up figures: D₁² = 3·10⁻³·(x/100)^exponent, scattered by 15 %."""
    base = SimulationParameters(sites=3, levels=100, points=41)
    values = (100.0, 200.0, 300.0, 400.0, 500.0) if vary == "levels" else (3.0, 4.0, 6.0)
    spec = SweepSpec(base, vary, values, 3, "c1").validated()
    out = SweepTable(spec)
    rng = random.Random(seed)
    for run in spec.runs():
        p = run.parameters
        d1 = 3e-3 * (run.value / values[0]) ** exponent * math.exp(rng.gauss(0, 0.15))
        out.add(
            SweepRow(run.point, run.value, run.repetition, p.seed, p.lam, p.gamma, p.c1, p.c2, d1, 1.0, "eigen", 0.1)
        )
    return out


def legend_names(plot) -> list[str]:
    return [label.text for _item, label in plot.widget.getPlotItem().legend.items]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_papers_slope_is_a_labelled_guide_through_the_first_mean(qapp, seed):
    sweep = table("levels", seed)
    plot = sweep_plot(sweep)
    x, y = plot.owner.reference_item.getOriginalDataset()  # as given, not as the log axes show them
    assert x is not None and len(x) > 2
    slope = np.polyfit(np.log(x), np.log(y), 1)[0]
    assert slope == pytest.approx(-1.0, abs=1e-9)  # Fig. 3: D₁² ∝ n^−1 (docs/physics.md §1)
    first = sweep.aggregate()[0]
    assert x[0] == pytest.approx(first["value"]) and y[0] == pytest.approx(first["d1_mean"], rel=1e-12)
    assert "paper (Fig. 3): slope −1" in legend_names(plot)
    plot.widget.close()


def test_a_sweep_of_n_sites_has_no_slope_of_the_paper(qapp):
    plot = sweep_plot(table("sites", 3))
    x, _y = plot.owner.reference_item.getOriginalDataset()
    assert x is None or len(x) == 0
    assert not any(name.startswith("paper") for name in legend_names(plot))
    plot.widget.close()


def _clearance(widget) -> float:
    """Pixels between the left axis's title and its widest tick label, beyond pyqtgraph's own allowance of
    0.8 of the title's height (negative: they overlap)."""
    axis = widget.getPlotItem().getAxis("left")
    ticks = axis.textWidth + axis.style["tickTextOffset"][0] + max(0, axis.style["tickLength"])
    return axis.width() - ticks - axis.label.boundingRect().height() * 0.8


@pytest.mark.parametrize("settled", [True, False])
def test_the_y_title_keeps_clear_of_its_tick_labels(qapp, tmp_path, monkeypatch, settled):
    """The ticks 0.0005 … 0.003 are wider than the axis's first guess: the plot is laid out again after its
    first paint before it is written (without that, the title overlapped them)."""
    if not settled:
        monkeypatch.setattr(plot_files, "settle", lambda widget: None)
    plot = sweep_plot(table("levels", 4))
    plot.widget.resize(1600, 1000)
    plot.widget.show()
    qapp.processEvents()
    save_plot(plot.widget, tmp_path / "s.png")
    assert (tmp_path / "s.png").read_bytes()[:8] == PNG
    assert (_clearance(plot.widget) > -0.5) == settled
    plot.widget.close()
