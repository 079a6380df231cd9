"""The presentation look of a video (docs/contracts.md, "Animations"): one chosen view large in projector
type, the views that move beside it small; and the splitter handles' grips kept out of every frame.

`PresentationLayout` takes the views it shows out of the run view's splitters into a layout of its own;
ui/files/animation_export.py's `AnimationStage` then draws them frame by frame.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from fourier_gui.engine.run_model import RunModel
from fourier_gui.io.animation_file import VIEWS
from fourier_gui.ui.style.plot_style import PlotStyle
from fourier_gui.ui.views.run_plot import RunPlot
from fourier_gui.ui.views.run_view import RunView

#: The presentation look's type in points on the 720-line stage: 1/45 of the height, a little larger than
#: presentation mode's 1/54 of the screen (docs/architecture.md, "Screens"): a video often plays in a
#: slide smaller than the screen. The small views beside the large one take SMALL_PT.
VIDEO_PT, SMALL_PT = 16, 11
#: The presentation look's share of the width for the large view (the small views share the rest).
LARGE_SHARE = (2, 1)
#: The run view's key of each view a video can show large (io/animation_file.VIEWS).
VIEW_KEYS = dict(zip(VIEWS, ("dynamics", "levels", "system", "profile", "conductivity", "transport"), strict=True))
#: The views that move during a run, in the order they sit beside the large one (two at most): κ(T) is a
#: closed form of the parameters and its κ_meas is pooled over the whole run, the same in every frame.
MOVING = ("dynamics", "first", "profile")


class NoGrip(QObject):
    """Eats a splitter handle's paint events: the dotted grip is for a hand on a mouse, not for a video."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Paint


#: A small view's legend with more entries than this is left out (a site each: it took the plot's room).
SMALL_LEGEND_ENTRIES = 4


def hide_long_legend(item) -> None:
    """Take a legend of more than SMALL_LEGEND_ENTRIES entries out of its plot's layout, its room to the plot."""
    legend = item.legend
    if legend is not None and len(legend.items) > SMALL_LEGEND_ENTRIES and legend.isVisible():
        item.layout.removeItem(legend)
        legend.hide()


def video_style(style: PlotStyle, font_pt: int, scale: float) -> PlotStyle:
    """`style`'s colours in presentation type of `font_pt` points, thick curves as thick at every size
    (pens are drawn in device pixels: scaled with the frame's)."""
    large = PlotStyle.presentation(font_pt)
    return PlotStyle(
        font_pt=font_pt,
        foreground=style.foreground,
        background=style.background,
        line_width=large.line_width if font_pt >= VIDEO_PT else 3.0,
        symbol_size=large.symbol_size,
        symbol_alpha=large.symbol_alpha,
        line_darker=large.line_darker,
    ).for_pixel_ratio(scale)


class PresentationLayout(QHBoxLayout):
    """The chosen view large on the left, at most two of the moving views in a column on its right, in
    smaller type; the run view's own layout (and its splitters) left out of sight."""

    def __init__(self, view: RunView, model: RunModel, large: str, style: PlotStyle, scale: float, font: QFont) -> None:
        """`view`'s chosen view `large` (io/animation_file.VIEWS) in `style`, the others in SMALL_PT; `scale`
        the frame's device pixels per logical pixel; `font` the stage's."""
        super().__init__()
        self.shown: list[RunPlot] = []  # the views a frame draws, the large one first
        self.small_widgets: list[QWidget] = []
        params = model.parameters
        assert params is not None
        key = VIEW_KEYS[large]
        first = "system" if view.first_view.currentWidget() is view.system.widget else "levels"
        if key == "levels" and first != "levels":  # asked for, though the window shows the system here
            preview = model.preview_for(params)
            view.levels.set_levels(preview.level_energies, params.sites, params.bandwidth)
        elif key == "system" and first != "system":
            view.system.set_system(params)
        moving = [first if name == "first" else name for name in MOVING]
        small = [name for name in moving if name != key and {name, key} != {"levels", "system"}][:2]
        if key == "transport":  # four plots and the verdict of their own: the whole width
            small = []
        view.set_time_unit(True)  # γt: a class reads 0 … 5 relaxation times, not ħ/ΔE to 3·10⁴
        column = QVBoxLayout()
        column.setSpacing(4)
        small_style = video_style(style, SMALL_PT, scale)
        for name in (key, *small):
            plot = view.views[name]
            if plot.widget.parentWidget() is view.first_view:
                view.first_view.removeWidget(plot.widget)
            if name == key:
                self.addWidget(plot.widget, LARGE_SHARE[0])
            else:
                plot.set_style(small_style)
                small_font = QFont(font)
                small_font.setPointSize(SMALL_PT)
                plot.widget.setFont(small_font)  # the profile's line of temperatures, too
                for figure in plot.figures().values():
                    hide_long_legend(figure.getPlotItem())
                column.addWidget(plot.widget, 1)
                self.small_widgets.append(plot.widget)
            plot.widget.show()
            self.shown.append(plot)
        if small:
            self.addLayout(column, LARGE_SHARE[1])
        self.column = column
        self.setContentsMargins(6, 6, 10, 4)
        self.setSpacing(8)
        view.hide()

    def share_column(self) -> None:
        """The small views share their column's height evenly. Their layout alone gave the profile (whose
        wrapping line of temperatures asks for height for width) three times the level diagram's."""
        column, widgets = self.column, self.small_widgets
        if not widgets:
            return
        room = column.geometry().height() - column.spacing() * (len(widgets) - 1)
        for widget in widgets:
            widget.setFixedHeight(room // len(widgets))
            for label in widget.findChildren(QLabel):  # a wrapping line (the temperatures) gets two lines in
                if label.wordWrap():  # every frame: given one, a second was cut off by the caption
                    one, need = label.fontMetrics().lineSpacing(), label.heightForWidth(widget.width())
                    label.setMinimumHeight(need if need >= 2 * one else need + one)
