"""The system view: a picture of the subunits as they are joined (docs/physics.md §6).

Sites sit where the geometry puts them (a line, a circle, two rails, a grid), sized by their number of
levels n_μ and coloured by their excitation P_μ; each edge carries an arrow that points along the heat
current J and grows with it. It follows the run and the playback like the other views.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics

from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.ui.language import translate
from fourier_gui.ui.style.plot_style import PlotStyle, plot_widget, style_plot_widget, subscripts
from fourier_gui.ui.views.run_plot import dim, probabilities_at

COLORMAP = pg.colormap.get("CET-L17")  # perceptually uniform, light (cold) to dark (hot)
#: Arrow heads no longer than this share of the shortest edge.
ARROW_SHARE = 0.45
#: Sites get a number and edges an arrow up to this many (one item each); beyond, the colours alone.
LABELLED_SITES = 100
#: The colour scale in this many steps: one brush each, made once, shared by every site.
SHADES = 256
_BRUSHES = [pg.mkBrush(QColor(c)) for c in COLORMAP.map(np.linspace(0, 1, SHADES), mode="qcolor")]
_PEN = pg.mkPen("#333", width=1)
_SELECTED_PEN = pg.mkPen("#D55E00", width=4)


class SystemView(QObject):
    """Sites coloured by P_μ (or by their local temperature T_μ) and sized by n_μ; arrows along the edges'
    currents. Clicking a site emits `site_clicked(μ)` (0-based; again: −1, none)."""

    site_clicked = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.widget = plot_widget(
            translate("system_view", "System: P_μ and heat currents"), "", "", translate("system_view", "System")
        )
        self.widget.setAccessibleDescription(
            translate(
                "system_view",
                "Each subunit as a disc coloured by its excitation P_μ and sized by its levels; arrows show the "
                "heat current along each edge",
            )
        )
        self.plot = self.widget.getPlotItem()
        for name in ("left", "bottom"):
            self.plot.hideAxis(name)
        self.plot.setAspectLocked(True)
        self.plot.setMouseEnabled(False, False)
        self.edge_lines = pg.PlotDataItem(connect="pairs", pen=pg.mkPen("#9a9a9a", width=2))
        # discs sized in data units (sites are one unit apart): they shrink with the view instead of overlapping
        self.nodes = pg.ScatterPlotItem(pen=pg.mkPen("#333", width=1), pxMode=False)
        self.labels: list[pg.TextItem] = []
        self.arrows: list[pg.ArrowItem] = []
        self.plot.addItem(self.edge_lines)
        self.plot.addItem(self.nodes)
        self.nodes.sigClicked.connect(self._on_click)
        self.selected: int | None = None
        self.show_temperature = False
        # the colour scale beside the picture (values of the shown quantity, 0 … its largest in the run), named
        # on its own axis, where no site or label can cover the name
        self.colour_bar = pg.ColorBarItem(
            values=(0.0, 1.0),
            colorMap=COLORMAP,
            interactive=False,
            width=14,
            label=subscripts(translate("system_view", "colour: P_μ")),
        )
        self.plot.layout.addItem(self.colour_bar, 2, 5)
        self.heat = pg.ImageItem()  # a grid as a heat map, behind the arrows
        self.heat.setZValue(-5)
        self.heat.setVisible(False)
        self.plot.addItem(self.heat)
        self.heat_map = False
        self.grid_shape: tuple[int, int] | None = None
        self.positions = np.zeros((0, 2))
        self.edges: list[tuple[int, int]] = []
        self.key: tuple | None = None
        self.style = PlotStyle()

    def set_style(self, style: PlotStyle) -> None:
        self.style = style
        style_plot_widget(self.widget, style)
        for label in self.labels:
            self._style_label(label)
        # the colour bar's ticks and name in the plot's type (they stayed ≈ 9 px in presentation mode)
        font = QFont()
        font.setPointSize(style.font_pt)
        name = self.colour_bar.getAxis("left")  # a frame axis, carrying the bar's name
        name.setLabel(name.labelText, **{"font-size": f"{style.font_pt}pt", "color": style.foreground})
        # the values are on the bar's own axis (the right), 45 px wide in pyqtgraph: wide enough for "0.4" in
        # 9 pt only, so that in presentation type every tick but "0" was dropped
        values = self.colour_bar.axis
        values.setTickFont(font)
        values.setTextPen(style.foreground)
        values.setWidth(QFontMetrics(font).horizontalAdvance("0.88") + 14)
        # the bottom axis is hidden: half a line under the bar, so that its "0" is not cut in half
        self.plot.layout.setRowMinimumHeight(3, QFontMetrics(font).height() // 2 + 2)

    def _style_label(self, label: pg.TextItem) -> None:
        font = QFont()
        font.setPointSize(self.style.font_pt)
        label.setFont(font)
        label.setColor("#000000" if getattr(label, "on_patch", False) else self.style.foreground)

    def set_system(self, params: SimulationParameters) -> None:
        """Lay out the sites and edges of `params`' system (only when the layout changed)."""
        system = params.system()
        key = (system.layout, system.edges, tuple(system.site_levels))
        if key == self.key:
            return
        self.key = key
        self.positions = system.positions()
        self.grid_shape = (system.layout.rows, system.layout.cols) if system.layout.shape == "grid" else None
        self.edges = list(system.edges)
        pairs = self.positions[np.array(self.edges).ravel()]
        self.edge_lines.setData(pairs[:, 0], pairs[:, 1])
        levels = system.site_levels
        self.sizes = 0.3 + 0.35 * np.sqrt(levels / levels.max())  # diameters, at most 0.65 of the spacing
        for item in (*self.labels, *self.arrows):
            self.plot.removeItem(item)
        self.labels, self.arrows = [], []
        labelled = params.sites <= LABELLED_SITES
        # above each disc in a line; on a ring outwards from its centre (above, numbers sat between two
        # neighbours); in rows of rows (grids, ladders) on the disc itself, on a light patch: up and to the
        # left they sat in the gap four discs share, and "5" read as disc 1's
        ring = system.layout.shape == "circle"
        rows = len(np.unique(np.round(self.positions[:, 1], 6))) > 1 and not ring
        centre = self.positions.mean(axis=0)
        for mu, (x, y) in enumerate(self.positions if labelled else ()):
            label = pg.TextItem(
                str(mu + 1),
                color=self.style.foreground,
                anchor=(0.5, 0.5) if ring or rows else (0.5, 1.0),
                fill=pg.mkBrush(255, 255, 255, 190) if rows else None,
            )
            label.on_patch = rows  # dark on the light patch in either scheme
            self._style_label(label)
            if rows:
                label.setPos(x, y)
            elif ring:
                out = np.array([x, y]) - centre
                out = out / (np.linalg.norm(out) or 1.0) * (self.sizes[mu] / 2 + 0.3)
                label.setPos(x + out[0], y + out[1])
            else:
                label.setPos(x, y + 0.35)
            self.plot.addItem(label)
            self.labels.append(label)
        for _edge in self.edges if labelled else ():
            arrow = pg.ArrowItem(headLen=14, tailLen=0, brush=pg.mkBrush("#D55E00"), pen=None)
            arrow.setVisible(False)
            self.plot.addItem(arrow)
            self.arrows.append(arrow)
        self.reset_scales()
        self.update(np.full(params.sites, np.nan), None)
        pad = 0.8
        low, high = self.positions.min(axis=0) - pad, self.positions.max(axis=0) + pad
        high[1] += 0.3  # room for the sites' numbers
        # one call: with the aspect locked, the view widens whichever axis it must to show both ranges
        self.plot.getViewBox().setRange(xRange=(low[0], high[0]), yRange=(low[1], high[1]), padding=0)

    def _on_click(self, _item: object, points: list, _event: object = None) -> None:
        if not len(points):
            return
        site = int(points[0].index())
        self.selected = None if self.selected == site else site
        self.site_clicked.emit(-1 if self.selected is None else site)

    def set_heat_map(self, on: bool) -> None:
        """Show a grid as a heat map (cells coloured like the sites) instead of discs."""
        self.heat_map = on

    def set_quantity(self, temperature: bool) -> None:
        """Colour the sites by local temperature T_μ instead of P_μ (the scale restarts)."""
        self.show_temperature = temperature
        self.p_max = 0.0

    def reset_scales(self) -> None:
        """A new run: colours and arrows scale to the largest P and |J| seen in it (so the late, even
        state looks even, and the late, small currents look small)."""
        self.p_max, self.j_max = 0.0, 0.0

    def update(
        self, probabilities: np.ndarray, currents: np.ndarray | None, temperatures: np.ndarray | None = None
    ) -> None:
        """Colour the sites by P_μ (or T_μ) on the colour bar's 0 … largest-in-the-run scale, and point the
        arrows along J at one time."""
        values = temperatures if self.show_temperature and temperatures is not None else probabilities
        values = np.where(np.isfinite(values) & (values > 0), values, 0.0) if np.isfinite(values).any() else values
        if np.isfinite(values).any():
            self.p_max = max(self.p_max, float(np.nanmax(values)))
        top = self.p_max or 1.0
        shade = np.clip(np.nan_to_num(values / top), 0, 1)  # linear: the colour bar reads it off
        brushes = [_BRUSHES[i] for i in np.rint(shade * (SHADES - 1)).astype(int)]
        pens = [_PEN] * len(self.positions)
        if self.selected is not None and self.selected < len(pens):
            pens[self.selected] = _SELECTED_PEN
        self.nodes.setData(pos=self.positions, size=self.sizes, brush=brushes, pen=pens)
        as_map = self.heat_map and self.grid_shape is not None
        self.heat.setVisible(as_map)
        self.nodes.setVisible(not as_map)
        if as_map and self.grid_shape is not None:
            rows, cols = self.grid_shape
            image = shade.reshape(rows, cols)[::-1].T  # ImageItem: [x, y] with y upwards; row 0 on top
            self.heat.setImage(image, levels=(0.0, 1.0), lut=COLORMAP.getLookupTable(nPts=256))
            self.heat.setRect(QRectF(-0.5, -(rows - 0.5), cols, rows))  # after the image: its size scales it
        name = "T_μ (ΔE/k_B)" if self.show_temperature else "P_μ"
        self.colour_bar.getAxis("left").setLabel(
            subscripts(translate("system_view", "colour: {quantity}").format(quantity=name))
        )
        shown = (0.0, top)
        if self.colour_bar.levels() != shown:
            self.colour_bar.setLevels(shown)
        if currents is None or not self.arrows or not np.isfinite(currents).any():
            for arrow in self.arrows:
                arrow.setVisible(False)
            return
        self.j_max = max(self.j_max, float(np.nanmax(np.abs(currents))))
        biggest = self.j_max or 1.0
        for arrow, (a, b), j in zip(self.arrows, self.edges, currents, strict=True):
            strength = float(abs(j) / biggest) if np.isfinite(j) else 0.0
            arrow.setVisible(bool(strength > 0.02))
            start, end = (self.positions[a], self.positions[b]) if j >= 0 else (self.positions[b], self.positions[a])
            middle = 0.5 * (start + end)
            angle = math.degrees(math.atan2(end[1] - start[1], end[0] - start[0]))
            arrow.setStyle(angle=180 - angle, headLen=6 + 14 * strength, headWidth=5 + 9 * strength)
            arrow.setPos(*middle)

    # --- as a view of the run (ui/views/run_plot.py) ----------------------------------------
    def figures(self) -> dict[str, pg.PlotWidget]:
        return {"system": self.widget}

    def start(self, result: SimulationResult) -> None:
        self.reset_scales()

    def draw(self, result: SimulationResult, k: int, part: int | None = None) -> None:
        currents = result.currents[k] if result.completed else None
        self.update(probabilities_at(result, k), currents, result.temperatures[k])

    def set_stale(self, stale: bool) -> None:
        dim(self.widget, stale)

    def clear(self) -> None:
        """The layout stays; the next run colours it."""
