"""The paper's Fig. 1 with the run in it: each subunit's ground level and band, the band drawn as a strip
of its levels coloured by their population |⟨μ,i|ψ⟩|² (binned, docs/physics.md §1)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPen
from PySide6.QtWidgets import QGraphicsRectItem

from fourier_gui.physics.simulation import SimulationResult
from fourier_gui.ui.language import shown_number, translate
from fourier_gui.ui.style.palette import site_colors
from fourier_gui.ui.style.plot_style import PlotStyle, add_grid, plot_widget, style_plot_widget
from fourier_gui.ui.views.run_plot import dim, probabilities_at

#: Bands with at most this many levels also get a line per level.
MAX_LINES_PER_BAND = 40
#: Bands narrower than this (in ΔE) are drawn magnified to it, so that their levels can be told apart.
MIN_BAND_HEIGHT = 0.25
#: Opacity of an empty level; a level holding a full band's share (P = 1 spread evenly) is opaque.
EMPTY_ALPHA = 0.06


class LevelDiagram:
    """N subunits, each a ground level and a band of n levels, coupled to neighbours (Fig. 1).

    Each band is a strip of its levels (in bins of neighbouring levels), each bin in the site's colour
    with an opacity that follows its population at the current time: where in the band the energy sits.
    """

    HALF = 0.3

    def __init__(self) -> None:
        self.widget = plot_widget(
            translate("level_diagram", "Level diagram (Fig. 1)"),
            translate("level_diagram", "energy (ΔE)"),
            translate("level_diagram", "subunit μ"),
            translate("level_diagram", "Levels"),
        )
        self.widget.setAccessibleDescription(
            translate(
                "level_diagram", "Ground level and band of each subunit; each band's levels shaded by their population"
            )
        )
        self.plot = self.widget.getPlotItem()
        self.strips: list[pg.ImageItem] = []
        self.outlines: list[QGraphicsRectItem] = []
        self.labels: list[pg.TextItem] = []
        self.colors: list[str] = []
        self.key: tuple[int, int, float, bool] | None = None
        self.style = PlotStyle()
        self._geometry: tuple[np.ndarray, int, float] | None = None
        self.note: pg.TextItem | None = None

    def set_style(self, style: PlotStyle) -> None:
        dark_changed = style.dark != self.style.dark
        self.style = style
        style_plot_widget(self.widget, style)
        if dark_changed and self._geometry is not None:
            self.key = None
            self.set_levels(*self._geometry)
        for label in self.labels:
            self._style_label(label)
        self._style_note()

    def _style_note(self) -> None:
        """ "bands ×5" in the style's type, a size smaller than the labels (it was left in the type of the
        moment it was made: tiny in presentation mode, or huge after it)."""
        if self.note is not None:
            font = QFont()
            font.setPointSize(max(self.style.font_pt - 2, 7))
            self.note.setFont(font)

    def _style_label(self, label: pg.TextItem) -> None:
        font = QFont()
        font.setPointSize(self.style.font_pt)
        label.setFont(font)
        label.setColor(self.style.foreground)
        # ten labels in big type overlap; the strips and the profile still show P_μ
        label.setVisible(len(self.colors) <= 5 or not self.style.large)

    def set_levels(self, energies: np.ndarray, sites: int, bandwidth: float) -> None:
        self._geometry = (energies, sites, bandwidth)
        key = (sites, energies.size, bandwidth, self.style.dark)
        if key == self.key:
            return
        self.key = key
        self.plot.clear()
        add_grid(self.plot, self.style.dark)
        self.strips, self.outlines, self.labels = [], [], []
        self.colors = site_colors(sites, self.style.dark)
        h = self.HALF
        lo, hi = float(energies.min()), float(energies.max())
        pad = max(bandwidth / (2 * energies.size), 1e-4)
        magnify = max(1.0, MIN_BAND_HEIGHT / (hi - lo + 2 * pad))
        energies = lo + (energies - lo) * magnify
        hi, pad = lo + (hi - lo) * magnify, pad * magnify
        ground_x, ground_y, band_x, band_y = [], [], [], []
        for mu in range(1, sites + 1):
            ground_x += [mu - h, mu + h]
            ground_y += [0.0, 0.0]
            if energies.size <= MAX_LINES_PER_BAND:
                for e in energies:
                    band_x += [mu - h, mu + h]
                    band_y += [e, e]
        ink = self.style.foreground
        self.note = None
        self.plot.addItem(pg.PlotDataItem(ground_x, ground_y, connect="pairs", pen=pg.mkPen(ink, width=2)))
        if magnify > 1:  # say so: the energy axis is true for the gap, not inside the band
            note = pg.TextItem(
                translate("level_diagram", "bands ×{factor}").format(factor=f"{magnify:.0f}"),
                color="#777",
                anchor=(1.0, 0.0),
            )
            note.setPos(sites + 0.55, lo - pad - 0.03)  # under the last band, in the empty gap
            self.plot.addItem(note)
            self.note = note
            self._style_note()
        for mu, color in enumerate(self.colors, start=1):
            box = QRectF(mu - h, lo - pad, 2 * h, hi - lo + 2 * pad)
            strip = pg.ImageItem(axisOrder="row-major")
            strip.setProperty("box", box)  # setImage places the image in it (before an image, setRect is lost)
            self.plot.addItem(strip)
            self.strips.append(strip)
            outline = QGraphicsRectItem(box)
            outline.setPen(QPen(QColor(color), 0))
            self.plot.addItem(outline)
            self.outlines.append(outline)
            label = pg.TextItem("", color=ink, anchor=(0.5, 1.0))
            self._style_label(label)
            crowded = sites > 5  # alternate two heights so that neighbouring labels do not overlap
            label.setPos(mu, hi + pad + 0.06 + (0.09 if crowded and mu % 2 == 0 else 0.0))
            self.plot.addItem(label)
            self.labels.append(label)
            if mu < sites:  # the coupling λV between neighbours
                link = pg.PlotDataItem(
                    [mu + h, mu + 1 - h], [(lo + hi) / 2] * 2, pen=pg.mkPen("#777", width=1, style=Qt.PenStyle.DashLine)
                )
                self.plot.addItem(link)
        if band_x:
            self.plot.addItem(pg.PlotDataItem(band_x, band_y, connect="pairs", pen=pg.mkPen("#777", width=1)))
        self.plot.setXRange(0.4, sites + 0.6, padding=0)
        self.plot.setYRange(-0.1, max(1.5, hi + pad + 0.45), padding=0)
        self.plot.getAxis("bottom").setTicks([[(m, str(m)) for m in range(1, sites + 1)]])
        self.update(np.zeros(sites))

    def update(self, probabilities: np.ndarray, levels: np.ndarray | None = None) -> None:
        """Shade each band by P_μ, or level by level from the binned populations `levels` (N, bins)."""
        for mu, (strip, label, color, p) in enumerate(
            zip(self.strips, self.labels, self.colors, probabilities, strict=False)
        ):
            if levels is not None and np.all(np.isfinite(levels[mu])):
                share = levels[mu] * levels.shape[1]  # 1 = a full band's population, spread evenly
            else:
                share = np.full(1, p if np.isfinite(p) else 0.0)
            # row 0 (the lowest levels) at the bottom of the band
            strip.setImage(_strip_image(QColor(color), share), autoLevels=False, rect=strip.property("box"))
            text = shown_number(p, ".2f") if len(self.labels) > 5 else f"P={shown_number(p, '.2f')}"
            label.setText(text if np.isfinite(p) else "")

    # --- as a view of the run (ui/views/run_plot.py) ----------------------------------------
    def figures(self) -> dict[str, pg.PlotWidget]:
        return {"levels": self.widget}

    def start(self, result: SimulationResult) -> None:
        """Nothing to make: the bands follow the parameters (`set_levels`)."""

    def draw(self, result: SimulationResult, k: int, part: int | None = None) -> None:
        populations = result.level_populations  # None where the run has no level diagram (a graph)
        levels = populations[k] if populations is not None and result.completed else None
        self.update(probabilities_at(result, k), levels)

    def set_stale(self, stale: bool) -> None:
        dim(self.widget, stale)

    def clear(self) -> None:
        """The bands stay; the next parameters or run shade them."""


def _strip_image(color: QColor, share: np.ndarray) -> np.ndarray:
    """A one-pixel-wide RGBA column: the colour, opaque where a bin holds a full band's share."""
    alpha = EMPTY_ALPHA + (1 - EMPTY_ALPHA) * np.clip(share, 0.0, 1.0)
    image = np.empty((share.size, 1, 4), dtype=np.uint8)
    image[:, 0, :3] = (color.red(), color.green(), color.blue())
    image[:, 0, 3] = np.round(255 * alpha).astype(np.uint8)
    return image
