"""The chain profile: P_μ against μ at the current time (exact bars, HAM markers, the 1/N line) and the local
temperatures under it.

Items are made once per run and updated with `setData` from the window's ~30 Hz timer, never per chunk.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsView, QLabel, QVBoxLayout, QWidget

from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, shown_number, translate, translate_phrase
from fourier_gui.ui.style.palette import site_colors
from fourier_gui.ui.style.plot_style import (
    PlotStyle,
    add_grid,
    fit_title,
    outside_legend,
    plot_widget,
    style_plot_widget,
)
from fourier_gui.ui.style.rich_text import shape_title
from fourier_gui.ui.views.run_plot import MANY_SITES, dim, probabilities_at


class ChainProfile:
    """P_μ against μ at the current time: exact bars, HAM markers, 1/N line; local temperatures below."""

    def __init__(self) -> None:
        self.widget = QWidget()
        self.plot_widget = plot_widget(
            translate("chain_profile", "Chain profile"),
            "P_μ",
            translate("chain_profile", "subunit μ"),
            translate("chain_profile", "Profile"),
        )
        self.plot_widget.setAccessibleDescription(
            translate("chain_profile", "Exact P_μ as bars and HAM as markers at the current time")
        )
        self.plot = self.plot_widget.getPlotItem()
        # painted whole at each change (a few bars: cheap): with pyqtgraph's partial updates a bar that fell while
        # a run played back left a stretch of its old top on a real screen
        self.plot_widget.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.temperatures = QLabel()
        self.temperatures.setWordWrap(True)
        self.temperatures.setAccessibleName(translate("chain_profile", "Local temperatures"))
        self.temperatures.setToolTip(
            translate(
                "chain_profile",
                "Local temperature of each subunit from (ΔE + Δ_μ)/T = ln(n_μ(1−P)/P), its own levels n_μ and band "
                "offset Δ_μ, in ΔE/k_B (docs/physics.md §4)",
            )
        )
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.temperatures)
        self.bars: pg.BarGraphItem | None = None
        self.ham = pg.ScatterPlotItem(symbol="d", size=12, brush=pg.mkBrush("k"), pen=None)
        self.equilibrium = pg.InfiniteLine(angle=0, movable=False, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
        self.legend = outside_legend(self.plot, max_columns=3)
        self._legend_bar = pg.BarGraphItem(x=[0], height=[0], width=0.6, brush="#888", pen=None)
        self.legend.addItem(self._legend_bar, translate("chain_profile", "exact"))
        self.legend.addItem(self.ham, translate("chain_profile", "HAM"))
        self.legend.addItem(pg.PlotDataItem(pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine)), "1/N")
        self.sites = 0
        self.top = 0.0  # the P axis reaches a little above the largest P of the run so far (never 0 … 1 fixed)
        self.style = PlotStyle()

    def set_style(self, style: PlotStyle) -> None:
        scheme_changed = style.dark != self.style.dark
        self.style = style
        if scheme_changed and self.sites:
            self._make_items(self.sites)  # the bars in the scheme's colours
        style_plot_widget(self.plot_widget, style)
        self.ham.setSize(3 if self.sites > MANY_SITES else 2 * style.symbol_size + 2)
        self.ham.setBrush(pg.mkBrush(style.foreground))

    def set_shape(self, words: str) -> None:
        """Title the profile by the system's shape (`Layout.words`): a ring's run was titled "Chain profile"."""
        title = translate_phrase("shapes", f"{shape_title(words)} profile")
        if self.plot_widget.property("titles")[0] != title:
            self.plot_widget.setProperty(
                "titles", (title, translate("chain_profile", "Profile"))
            )  # the long and the short title
            self.plot_widget.setAccessibleName(title)
            fit_title(self.plot_widget)

    def set_sites(self, sites: int) -> None:
        if sites == self.sites:
            return
        self.sites = sites
        self._make_items(sites)

    def _make_items(self, sites: int) -> None:
        self.plot.clear()
        add_grid(self.plot, self.style.dark)
        x = np.arange(1, sites + 1)
        many = sites > MANY_SITES  # one colour and the axis' own ticks: no item or label per site
        colours = (
            {"brush": "#888"} if many else {"brushes": [pg.mkBrush(c) for c in site_colors(sites, self.style.dark)]}
        )
        self.bars = pg.BarGraphItem(x=x, height=np.zeros(sites), width=1.0 if many else 0.6, pen=None, **colours)
        self.plot.addItem(self.bars)
        self.plot.addItem(self.ham)
        if "HAM" not in [label.text for _sample, label in self.legend.items]:  # clear() took its entry away
            self.legend.addItem(self.ham, translate("chain_profile", "HAM"))
        self.equilibrium.setValue(1.0 / sites)
        self.plot.addItem(self.equilibrium)
        self.plot.setXRange(0.4, sites + 0.6, padding=0)
        self.plot.setYRange(0, 1.02, padding=0)
        # every subunit's number where they fit, else every 2nd, 5th, …: "10111213141516" ran together on 16
        axis = self.plot.getAxis("bottom")
        axis.whole_numbers = True
        axis.setTicks(None)
        self.ham.setSize(3 if many else 2 * self.style.symbol_size + 2)

    def figures(self) -> dict[str, pg.PlotWidget]:
        return {"profile": self.plot_widget}

    def start(self, result: SimulationResult) -> None:
        """The bars follow the number of sites (`set_sites`); the P axis starts again from the new run."""
        self.top = 0.0

    def draw(self, result: SimulationResult, k: int, part: int | None = None) -> None:
        self.update(probabilities_at(result, k), result.ham[k], result.temperatures[k])

    def set_stale(self, stale: bool) -> None:
        dim(self.plot_widget, stale)

    def clear(self) -> None:
        """The bars stay; the next parameters or run set them."""

    def update(self, exact: np.ndarray, ham: np.ndarray, temperatures: np.ndarray) -> None:
        if self.bars is None:
            return
        x = np.arange(1, self.sites + 1)
        heights = np.nan_to_num(exact)
        self.bars.setOpts(height=heights)
        known = np.isfinite(ham)
        self.ham.setData(x[known], ham[known])
        top = max(float(heights.max(initial=0.0)), float(np.nanmax(ham, initial=0.0)), 1.0 / self.sites)
        if top > self.top or top < 0.5 * self.top:  # grows with the run, shrinks only by half (no jitter)
            self.top = top
            self.plot.setYRange(0, min(1.02, 1.15 * top), padding=0)
        if len(temperatures) > MANY_SITES:  # no string per site at every frame
            first, last = _format_temperature(temperatures[0]), _format_temperature(temperatures[-1])
            text = _temperature_range(first, _index(len(temperatures)), last)
            known = temperatures[np.isfinite(temperatures)]  # none while a run prepares
            if known.size:
                text += translate("chain_profile", ", from {low} to {high}").format(
                    low=_format_temperature(known.min()), high=_format_temperature(known.max())
                )
            self.temperatures.setText(text)
            self.temperatures.setToolTip(translate("chain_profile", INVERTED_TIP) if np.any(temperatures < 0) else "")
            return
        parts = [_format_temperature(t) for t in temperatures]
        if len(parts) <= 5:
            self.temperatures.setText(
                translate("chain_profile", "Local temperatures (ΔE/k_B):  ") + "  ·  ".join(parts)
            )
        else:
            self.temperatures.setText(_temperature_range(parts[0], _index(len(parts)), parts[-1]))
        numbers = "; ".join(shown_number(t, ".3g") for t in temperatures)
        tip = translate(
            "chain_profile", "Local temperatures T_μ of the subunits μ = 1, 2, … (ΔE/k_B): {numbers}"
        ).format(numbers=numbers)
        if np.any(temperatures < 0):
            tip = f"{translate('chain_profile', INVERTED_TIP)}\n\n{tip}"
        self.temperatures.setToolTip(tip)


def _temperature_range(first: str, index: str, last: str) -> str:
    return translate("chain_profile", "Local temperatures (ΔE/k_B): T₁ = {first} … {index} = {last}").format(
        first=first, index=index, last=last
    )


def _index(mu: int) -> str:
    """T with the subunit's number as a subscript, in plain text: T₁₀."""
    return "T" + str(mu).translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))


#: A subunit holding more than its equilibrium share at infinite temperature (P_μ > n_μ/(n_μ + 1), e.g. all the
#: energy at t = 0) has an inverted population: T < 0 is the physics (docs/physics.md §4), said in words.
INVERTED = QT_TRANSLATE_NOOP("chain_profile", "inverted (T < 0)")
INVERTED_TIP = QT_TRANSLATE_NOOP(
    "chain_profile",
    "Inverted: the subunit holds more energy than even an infinite temperature gives it (P_μ > n_μ/(n_μ + 1)), "
    "as subunit 1 does at the start. Its temperature is negative — hotter than any positive one: energy flows "
    "from it to every subunit at T > 0.",
)


def _format_temperature(t: float) -> str:
    if not np.isfinite(t):
        return "∞" if t > 0 else "—"
    return translate("chain_profile", INVERTED) if t < 0 else shown_number(t, ".3g")
