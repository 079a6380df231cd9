"""P_μ(t), the run's main view (`DynamicsPlot`).

Items are made once per run (or per parameter change) and updated with `setData`; the window calls
`update_*` from a ~30 Hz timer, never per chunk.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsItem

from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.ui.language import translate
from fourier_gui.ui.style.palette import site_colors, site_symbol, uses_colour_map
from fourier_gui.ui.style.plot_style import (
    PlotStyle,
    add_grid,
    outside_legend,
    place_legend,
    plot_widget,
    style_plot_widget,
    subscripts,
)
from fourier_gui.ui.views.run_plot import MANY_SITES, dim

#: Opacity of the other sites' curves while one site is hovered or selected.
FADED = 0.15
#: Pixels each side of the time cursor's old place painted again when it moves (its pen is at most a few wide).
CURSOR_MARGIN = 6.0


class DynamicsPlot:
    """Site probabilities P_μ(t): exact points streaming in, HAM lines, the sample spread as a band."""

    def __init__(self) -> None:
        self.widget = plot_widget(translate("dynamics_plot", "Site probabilities P_μ(t)"), "P_μ", "t (ħ/ΔE)")
        self.widget.setAccessibleDescription(
            translate("dynamics_plot", "Exact P_μ(t) as points, the HAM prediction as lines, one colour per site")
        )
        self.plot = self.widget.getPlotItem()
        self.plot.setYRange(0, 1.02)
        self.legend = outside_legend(self.plot, max_columns=7)
        self.exact: list[pg.ScatterPlotItem] = []  # grown by `addPoints`: a frame prepares only new points
        self.shown = 0  # rows of the result shown as exact points
        self.shown_rewrites = 0
        self.ham: list[pg.PlotDataItem] = []
        self.markers: list[pg.ScatterPlotItem] = []  # the legend's opaque samples of the sites' points
        self.spread: list[tuple[pg.PlotDataItem, pg.PlotDataItem, pg.FillBetweenItem]] = []
        self.layout: tuple[int, bool] | None = None  # (sites, spread) of the items made
        self.cursor = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#888", style=Qt.PenStyle.DashLine))
        self.scale = 1.0
        self.unit = "hbar"
        self.gamma = 1.0
        self.style = PlotStyle()
        self.selected: int | None = None  # clicked (here or in another view); hovering overrides it
        self.ghost: list[pg.PlotDataItem] = []  # the previous run, faint and dashed, for comparison
        self.ghost_data: tuple[np.ndarray, np.ndarray] | None = None
        self.ghost_label = translate(
            "dynamics_plot", "previous run"
        )  # the legend's name of the ghost: a lesson names its reference
        self.heat: pg.ImageItem | None = None  # beyond MANY_SITES: exact P_μ(t) as one image, sites upwards
        self.heat_bar: pg.ColorBarItem | None = None
        # 13 to MANY_SITES sites: coloured along a colour map (ui/style/palette.py), named by this bar of the
        # subunits instead of a legend entry per site (the 13th looked like the 1st)
        self.site_bar: pg.ColorBarItem | None = None

    def set_style(self, style: PlotStyle) -> None:
        self.style = style
        place_legend(self.plot, style.large)  # presentation: beside the graph, whose height carries the lesson
        style_plot_widget(self.widget, style)
        colors = site_colors(len(self.ham), style.dark)
        for color, ham, exact in zip(colors, self.ham, self.exact, strict=True):
            ham.setPen(pg.mkPen(QColor(color).darker(style.line_darker), width=style.line_width))
            brush = QColor(color)
            brush.setAlpha(style.symbol_alpha)
            exact.setBrush(brush)
            exact.setSize(style.symbol_size)
        for color, line in zip(colors, self.ghost, strict=False):
            line.setPen(_ghost_pen(color, style))
        for color, marker in zip(colors, self.markers, strict=True):
            marker.setSize(style.symbol_size + 3)
            marker.setBrush(pg.mkBrush(color))
        if self.site_bar is not None:  # the bar in the plot's type and the scheme's colours
            self.site_bar.setColorMap(_site_map(colors))
            font = QFont()
            font.setPointSize(style.font_pt)
            self.site_bar.axis.setTickFont(font)
            self.site_bar.axis.setTextPen(style.foreground)
            self.site_bar.axis.setWidth(QFontMetrics(font).horizontalAdvance("88") + 14)
            name = self.site_bar.getAxis("left")
            name.setLabel(name.labelText, **{"font-size": f"{style.font_pt}pt", "color": style.foreground})

    def highlight(self, site: int | None) -> None:
        """Bring one site's points and line forward (the others fade); None shows all alike."""
        for mu, (ham, exact) in enumerate(zip(self.ham, self.exact, strict=True)):
            opacity = 1.0 if site is None or mu == site else FADED
            ham.setOpacity(opacity)
            exact.setOpacity(opacity)

    def select(self, site: int | None) -> None:
        """The selected site stays highlighted until another is chosen (None: all alike)."""
        self.selected = site
        self.highlight(site)

    def _hovered(self, site: int, points) -> None:
        self.highlight(site if len(points) else self.selected)

    def set_ghost(
        self,
        times: np.ndarray | None,
        probabilities: np.ndarray | None,
        label: str | None = None,
    ) -> None:
        """Draw a previous run's P_μ(t) faintly behind this one, named `label` in the legend (None removes it;
        no ghost on a heat map)."""
        label = label or translate("dynamics_plot", "previous run")
        for line in self.ghost:
            self.plot.removeItem(line)
        if self.ghost:
            self.legend.removeItem(self._ghost_legend(self.ghost_label))
        self.ghost = []
        self.ghost_label = label
        if times is None or probabilities is None or probabilities.shape[1] > MANY_SITES:
            self.ghost_data = None
            self.ghost_label = translate("dynamics_plot", "previous run")
            return
        self.ghost_data = (times, probabilities)
        colors = site_colors(probabilities.shape[1], self.style.dark)
        for mu, color in enumerate(colors):
            line = pg.PlotDataItem(times * self.scale, probabilities[:, mu], pen=_ghost_pen(color, self.style))
            line.setZValue(-5)
            self.plot.addItem(line)
            self.ghost.append(line)
        self.legend.addItem(pg.PlotDataItem(pen=_ghost_pen("#777", self.style)), self._ghost_legend(label))

    @staticmethod
    def _ghost_legend(label: str) -> str:
        return translate("dynamics_plot", "{run} (dashed)").format(run=label)

    def set_time_unit(self, unit: str, gamma: float | None = None) -> None:
        """'hbar' for t in ħ/ΔE, 'gamma' for γt."""
        self.unit = unit
        if gamma is not None:
            self.gamma = gamma
        self.scale = self.gamma if unit == "gamma" else 1.0
        self.plot.setLabel(
            "bottom", translate("dynamics_plot", "γt (dimensionless)") if unit == "gamma" else "t (ħ/ΔE)"
        )
        if self.ghost_data is not None:
            self.set_ghost(*self.ghost_data, self.ghost_label)

    def clear(self) -> None:
        self.plot.clear()
        if self.heat_bar is not None:  # not a plot item: it sits in the plot's layout
            self.plot.layout.removeItem(self.heat_bar)
            self.heat_bar.setParentItem(None)
            self.heat_bar = None
        if self.site_bar is not None:
            self.plot.layout.removeItem(self.site_bar)
            self.site_bar.setParentItem(None)
            self.site_bar = None
        self.heat = None
        self.plot.setLabel("left", subscripts("P_μ"))
        add_grid(self.plot, self.style.dark)
        self.legend.clear()
        self.exact, self.ham, self.spread, self.ghost, self.markers = [], [], [], [], []
        self.layout = None

    def prepare(self, sites: int, spread: bool) -> None:
        """Make the items for `sites` (and the sample spread): ≈ 30 ms for ten sites, so the window calls
        this while idle, when the parameters change, and a run that keeps the layout reuses them. Beyond
        MANY_SITES one heat map instead of an item per site."""
        if self.layout == (sites, spread):
            return
        self.clear()
        self.layout = (sites, spread)
        if sites > MANY_SITES:
            self._prepare_heat_map(sites)
            return
        for mu, color in enumerate(site_colors(sites, self.style.dark)):
            if spread:
                lo = pg.PlotDataItem(pen=None)
                hi = pg.PlotDataItem(pen=None)
                c = QColor(color)
                c.setAlpha(50)
                fill = pg.FillBetweenItem(lo, hi, brush=c)
                self.plot.addItem(fill)
                self.spread.append((lo, hi, fill))
            ham = pg.PlotDataItem(pen=pg.mkPen(color, width=self.style.line_width))
            ham.setZValue(10)  # HAM lines above the exact points, as in the paper's Fig. 2
            # drawn once per view change, not at every frame of a run (antialiased lines are the
            # costliest part of the plot: ≈ 8 ms of its ≈ 15 ms repaint offscreen)
            ham.curve.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            exact = pg.ScatterPlotItem(
                symbol=site_symbol(mu),
                size=self.style.symbol_size,
                brush=color,
                pen=None,
                hoverable=True,
                tip=None,
            )
            exact.sigHovered.connect(lambda _item, points, _ev, site=mu: self._hovered(site, points))
            self.plot.addItem(ham)
            self.plot.addItem(exact)
            # the legend's marker opaque and a little larger than the points (presentation draws them pale)
            marker = pg.ScatterPlotItem(symbol=site_symbol(mu), size=self.style.symbol_size + 3, brush=color, pen=None)
            if not uses_colour_map(sites):
                self.legend.addItem(marker, translate("dynamics_plot", "site {site}").format(site=mu + 1))
                sample = self.legend.items[-1][0]  # a click on it highlights the site (again: all alike)
                sample.sigClicked.connect(lambda _item, site=mu: self.select(None if self.selected == site else site))
            self.markers.append(marker)
            self.ham.append(ham)
            self.exact.append(exact)
        if uses_colour_map(sites):
            colors = site_colors(sites, self.style.dark)
            self.site_bar = pg.ColorBarItem(
                values=(1, sites),
                colorMap=_site_map(colors),
                interactive=False,
                width=14,
                label=translate("dynamics_plot", "colour: subunit μ"),
            )
            self.plot.layout.addItem(self.site_bar, 2, 5)
            sample = pg.ScatterPlotItem(symbol="o", size=self.style.symbol_size + 3, brush="#777", pen=None)
            self.legend.addItem(
                sample, translate("dynamics_plot", "exact, sites 1 … {sites} (colour bar)").format(sites=sites)
            )
        self.legend.addItem(pg.PlotDataItem(pen=pg.mkPen("#777", width=2)), translate("dynamics_plot", "HAM (lines)"))
        if self.ghost_data is not None:
            self.set_ghost(*self.ghost_data, self.ghost_label)
        self.plot.addItem(self.cursor, ignoreBounds=True)  # moving it must not recompute the view's bounds
        self.set_style(self.style)

    def _prepare_heat_map(self, sites: int) -> None:
        """Exact P_μ(t) of many sites as one image: time to the right, site μ upwards, P as colour."""
        colours = pg.colormap.get("viridis")
        self.heat = pg.ImageItem(axisOrder="row-major")
        self.heat.setColorMap(colours)
        self.plot.addItem(self.heat)
        self.heat_bar = pg.ColorBarItem(values=(0, 1), colorMap=colours, label=subscripts("P_μ"), interactive=False)
        self.heat_bar.setImageItem(self.heat, insert_in=self.plot)
        self.plot.setLabel("left", translate("dynamics_plot", "subunit μ"))
        self.legend.addItem(
            pg.PlotDataItem(pen=pg.mkPen("#777", width=2)),
            subscripts(translate("dynamics_plot", "exact P_μ(t) of {sites} subunits (colour)").format(sites=sites)),
        )
        self.plot.setYRange(0.5, sites + 0.5, padding=0)
        self.plot.addItem(self.cursor, ignoreBounds=True)

    def start(self, result) -> None:
        """Show a run: HAM lines drawn at once, empty exact series that `update` fills."""
        self.prepare(result.parameters.sites, result.parameters.samples > 1)
        self.set_time_unit(self.unit, result.gamma)
        x = result.times * self.scale
        if self.heat is not None:
            self.heat.clear()
            self.shown = 0
            self.set_time_range(x[-1])
            return
        for mu, (ham, exact) in enumerate(zip(self.ham, self.exact, strict=True)):
            ham.setData(x, result.ham[:, mu])
            exact.clear()
        self.shown = 0
        for lo, hi, _fill in self.spread:
            lo.setData([], [])
            hi.setData([], [])
        self.set_time_range(x[-1])
        self.plot.setYRange(0, 1.02, padding=0)

    def set_time_range(self, end: float) -> None:
        """The time axis from 0 to `end` (in the shown unit), the cursor at its start (not at the last run's end,
        γt = 5 of lesson 1 step 3, on the next run's axis while it prepares), the whole plot painted again."""
        self.move_cursor(0.0)
        self.plot.setXRange(0, end, padding=0.02)
        self.widget.viewport().update()

    def move_cursor(self, value: float) -> None:
        """The time cursor to `value`, its old place painted again over the plot's whole height. pyqtgraph's line
        repaints only its cached bounding box, which lags a change of the axes: on a real screen a stretch of
        the dashed cursor stayed where it had been (lesson 1 step 4, at γt = 5, then at 0)."""
        old = self.cursor.value()
        if value == old:
            return
        box = self.plot.vb
        x = box.mapViewToScene(QPointF(float(old), 0.0)).x()
        self.cursor.setValue(value)
        area = box.sceneBoundingRect()
        scene = self.widget.scene()
        if scene is not None and np.isfinite(x):
            scene.update(QRectF(x - CURSOR_MARGIN, area.top(), 2 * CURSOR_MARGIN, area.height()))

    def update(self, result, current_time: float) -> None:
        n = result.completed
        t = result.times[:n] * self.scale
        if self.heat is not None:
            self._update_heat_map(result, n)
            self.move_cursor(current_time * self.scale)
            return
        if n < self.shown or result.rewrites != self.shown_rewrites:  # rows were computed again: start over
            for item in self.exact:
                item.clear()
            self.shown, self.shown_rewrites = 0, result.rewrites
        if n > self.shown:
            new = slice(self.shown, n)
            for mu, item in enumerate(self.exact):
                item.addPoints(x=t[new], y=result.exact[new, mu])
            self.shown = n
        if self.spread and n:
            low, high = result.exact_low[:n], result.exact_high[:n]
            for mu, (lo, hi, _fill) in enumerate(self.spread):
                lo.setData(t, low[:, mu], skipFiniteCheck=True)
                hi.setData(t, high[:, mu], skipFiniteCheck=True)
        self.move_cursor(current_time * self.scale)

    def _update_heat_map(self, result, n: int) -> None:
        """The rows computed so far, redrawn only when there are new ones (or rows were computed again)."""
        if self.heat is None or (n == self.shown and result.rewrites == self.shown_rewrites):
            return
        self.shown, self.shown_rewrites = n, result.rewrites
        if n == 0:
            self.heat.clear()
            return
        t = result.times * self.scale
        step = float(t[1] - t[0]) if t.size > 1 else 1.0
        image = np.ascontiguousarray(result.exact[:n].T, dtype=np.float32)  # (N, n): rows are sites
        # the colour scale saturates at the 99.5th percentile, not at the start's P = 1 on one site: with 2000
        # subunits the map read as one colour, the spreading front invisible
        finite = image[np.isfinite(image)]
        high = float(np.percentile(finite, 99.5)) if finite.size else 1.0
        high = max(high, 2.0 / image.shape[0])
        self.heat.setImage(image, levels=(0.0, high), autoLevels=False)
        self.heat.setRect(QRectF(t[0] - step / 2, 0.5, step * n, image.shape[0]))
        if self.heat_bar is not None:
            self.heat_bar.setLevels((0.0, high))

    def figures(self) -> dict[str, pg.PlotWidget]:
        return {"dynamics": self.widget}

    def draw(self, result: SimulationResult, k: int, part: int | None = None) -> None:
        self.update(result, result.times[k])

    def set_stale(self, stale: bool) -> None:
        dim(self.widget, stale)

    def rescale_time(self, result) -> None:
        """Redraw the HAM lines and the axis after a change of time unit."""
        if result is None:
            return
        x = result.times * self.scale
        for mu, item in enumerate(self.ham):
            item.setData(x, result.ham[:, mu])
        for item in self.exact:
            item.clear()
        self.shown = 0
        if self.heat is not None:
            self.shown_rewrites = -1  # redraw the map on the new axis
        self.set_time_range(x[-1])  # the next frame puts the cursor at the shown time


def _ghost_pen(color: str, style: PlotStyle) -> QPen:
    faint = QColor(color)
    faint.setAlpha(110)
    return pg.mkPen(faint, width=max(1.0, style.line_width / 2), style=Qt.PenStyle.DashLine)


def _site_map(colors: list[str]) -> pg.ColorMap:
    """The sites' colours as a colour map from site 1 to site N, for the colour bar that names them."""
    return pg.ColorMap(np.linspace(0.0, 1.0, len(colors)), [QColor(c) for c in colors])
