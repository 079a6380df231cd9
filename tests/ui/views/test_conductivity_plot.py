"""κ(T) with the conductivity the run measured (ui/views/conductivity_plot.py): few clear points, inside the axes."""

import numpy as np
import pytest

from fourier_gui.engine.run_preview import run_preview
from fourier_gui.io.presets import load_preset


@pytest.fixture
def plot(qtbot):
    from fourier_gui.ui.views.conductivity_plot import ConductivityPlot

    view = ConductivityPlot()
    qtbot.addWidget(view.widget)
    view.widget.resize(400, 300)
    view.update(run_preview(load_preset("fig4").parameters).conductivity)
    return view


def fig4_like_bins(seed: int):
    """Twelve bins over 0.04 ΔE/k_B around κ's peak, as fig4's run measures them: counts from 3 to 120, the
    quartiles of the noisiest ten times the axis' top."""
    rng = np.random.default_rng(seed)
    t = np.linspace(0.117, 0.158, 12)
    count = rng.integers(3, 120, 12)
    median = rng.uniform(0.0007, 0.002, 12)
    spread = rng.uniform(0.0002, 0.02, 12)
    return t, median, median - spread, median + spread, count


@pytest.mark.parametrize("seed", range(5))
def test_measured_points_are_few_apart_and_never_past_the_axes(plot, seed):
    """Twelve green squares with their bars made one solid bar over the peak, the bars reaching ten times the
    axis' top: now the fuller bins only, a marker's width apart at least, every bar and square inside."""
    from fourier_gui.ui.views.conductivity_plot import MIN_GAP, MIN_SHARE

    t, median, low, high, count = fig4_like_bins(seed)
    plot.set_measured(t, median, low, high, count)
    x, y = plot.measured.getData()
    (x0, x1), (bottom, top) = plot.plot.vb.viewRange()
    assert 1 <= x.size < t.size
    assert np.all(np.diff(np.sort(x)) >= MIN_GAP * (x1 - x0))
    chosen = np.isin(t, x)
    assert count[chosen].min() >= MIN_SHARE * count.max()
    assert count.max() in count[chosen]  # the fullest bin is always shown
    bars = plot.measured_spread.opts
    assert np.all(bars["y"] + bars["top"] <= top + 1e-15) and np.all(bars["y"] - bars["bottom"] >= bottom - 1e-15)
    assert np.all((y >= bottom) & (y <= top))
    assert np.all(bars["top"] + bars["bottom"] <= 0.3 * (top - bottom) + 1e-15)  # no bar across the whole axis
    for xi, yi in zip(x, y, strict=True):  # a square at the top edge stands for a median above the axis
        m = median[t == xi][0]
        assert yi == pytest.approx(min(max(m, bottom), top))


def test_a_median_above_the_axis_is_drawn_at_its_edge_as_an_arrow(plot):
    _lo, top = plot.plot.vb.viewRange()[1]
    t = np.array([0.1, 0.5])
    median = np.array([0.5 * top, 3 * top])
    plot.set_measured(t, median, median * 0.9, median * 1.1, np.array([50, 50]))
    points = plot.measured.points()
    assert [p.symbol() for p in points] == ["s", "t1"]
    assert points[1].pos().y() == pytest.approx(top)


def test_the_legend_says_the_points_are_from_the_whole_run(plot):
    labels = [label.text for _sample, label in plot.plot.legend.items]
    assert any("whole run" in text for text in labels)
    assert "whole run" in plot.widget.toolTip()


def test_on_unequal_bonds_the_curve_says_it_is_the_uniform_chains(plot):
    """κ(T) = γ·c(T) is drawn from the global n and λ; on a system whose bonds differ it says so, also after a
    change of style (F5)."""
    from fourier_gui.ui.style.plot_style import PlotStyle

    def kappa_label() -> str:
        return plot.plot.legend.getLabel(plot.kappa).text

    heat_sink = load_preset("heat-sink").parameters.with_changes(site_levels="100,200,300,400,500")
    assert not heat_sink.equal_bonds
    plot.update(run_preview(heat_sink).conductivity, uniform=heat_sink.equal_bonds)
    assert "uniform chain" in kappa_label()
    label = plot.plot.legend.getLabel(plot.kappa)
    # short enough for the small view at 1366 × 768 (the long form was cut), the long form in its tooltip
    assert label.item.boundingRect().width() <= 1.2 * label.item.document().idealWidth() + 10
    assert len(kappa_label()) <= 20 and "global n" in label.toolTip()
    plot.set_style(PlotStyle.presentation(20))
    assert "uniform chain" in kappa_label()
    plot.update(run_preview(load_preset("fig4").parameters).conductivity)
    assert kappa_label() == "κ(T)"
