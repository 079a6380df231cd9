"""The heat map of a two-parameter sweep (a grid): one cell per (value, value2), coloured by the mean
measured quantity over the seeds, labelled with it; rows are the first parameter, columns the second."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetrics

from fourier_gui.physics.sweeps import QUANTITY_LABELS, SweepTable, variable_label
from fourier_gui.ui.language import shown_number, translate, translate_phrase
from fourier_gui.ui.style.plot_style import fit_title, plot_widget

#: Cells above this count go without their value written in them.
MAX_LABELLED_CELLS = 120


def grid_matrix(table: SweepTable) -> np.ndarray:
    """The point means as a (len(values), len(values2)) matrix; NaN where no run finished yet."""
    spec = table.spec
    matrix = np.full((len(spec.values), len(spec.values2)), np.nan)
    for point in table.aggregate():
        i, j = divmod(point["point"], len(spec.values2))
        matrix[i, j] = point["quantity_mean"]
    return matrix


class GridHeatMap:
    """A plot widget with the heat map, a colour bar and the cell values."""

    def __init__(self) -> None:
        self.widget = plot_widget(translate("grid_heat_map", "Sweep grid"), "", "", "grid")
        self.widget.setAccessibleName(translate("grid_heat_map", "Two-parameter sweep heat map"))
        self.plot = self.widget.getPlotItem()
        for item in [i for i in self.plot.items if isinstance(i, pg.GridItem)]:
            self.plot.removeItem(item)  # cells need no grid
        self.image = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image)
        self.bar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False, width=18)
        self.bar.setImageItem(self.image, insert_in=self.plot)
        self.labels: list[pg.TextItem] = []

    def update(self, table: SweepTable) -> None:
        spec = table.spec
        assert spec.vary2 is not None
        matrix = grid_matrix(table)
        log = spec.quantity == "d1"
        with np.errstate(divide="ignore", invalid="ignore"):
            shown = np.log10(matrix) if log else matrix
        finite = shown[np.isfinite(shown)]
        low, high = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if high <= low:
            high = low + 1.0
        self.image.setImage(np.nan_to_num(shown, nan=low), levels=(low, high))
        self.image.setRect(-0.5, -0.5, len(spec.values2), len(spec.values))  # cell (i, j) centred on (j, i)
        self.bar.setLevels((low, high))
        label = translate_phrase("quantities", QUANTITY_LABELS[spec.quantity])
        short = f"{'log₁₀ ' if log else ''}{label.split(' (')[0]}"
        title = translate("grid_heat_map", "{quantity}, mean over {seeds} seed(s)").format(
            quantity=short, seeds=spec.seeds
        )
        self.widget.setProperty("titles", (title, short))  # the long one where it fits (plot_style.fit_title)
        self.plot.setTitle(title)
        fit_title(self.widget)
        colour = (
            translate("grid_heat_map", "Cell colour: log₁₀ of {quantity}, mean over {seeds} seed(s)")
            if log
            else translate("grid_heat_map", "Cell colour: {quantity}, mean over {seeds} seed(s)")
        )
        self.widget.setToolTip(colour.format(quantity=label, seeds=spec.seeds))
        self.plot.setLabel("left", translate("variables", variable_label(spec.vary, unit=True)))
        self.plot.setLabel("bottom", translate("variables", variable_label(spec.vary2, unit=True)))
        self.plot.getAxis("bottom").setTicks([[(j, shown_number(v)) for j, v in enumerate(spec.values2)]])
        left = self.plot.getAxis("left")
        left.setTicks([[(i, shown_number(v)) for i, v in enumerate(spec.values)]])
        widest = max(
            QFontMetrics(left.style.get("tickFont") or QFont()).horizontalAdvance(f"{v:g}") for v in spec.values
        )
        left.setWidth(widest + 36)  # tick labels and the axis name side by side, never on top of each other
        self.plot.setXRange(-0.5, len(spec.values2) - 0.5, padding=0.02)
        self.plot.setYRange(-0.5, len(spec.values) - 0.5, padding=0.02)
        self._label_cells(matrix, shown, low, high)

    def _label_cells(self, matrix: np.ndarray, shown: np.ndarray, low: float, high: float) -> None:
        for item in self.labels:
            self.plot.removeItem(item)
        self.labels = []
        if matrix.size > MAX_LABELLED_CELLS:
            return
        font = QFont()
        font.setPointSize(9)
        for (i, j), value in np.ndenumerate(matrix):
            if not math.isfinite(value):
                continue
            bright = (shown[i, j] - low) / (high - low) > 0.6  # viridis is light at the top: dark text there
            text = pg.TextItem(shown_number(value, ".3g"), color="k" if bright else "w", anchor=(0.5, 0.5))
            text.setFont(font)
            text.setPos(j, i)
            self.plot.addItem(text)
            self.labels.append(text)
