"""The editor of the initial state ψ(0): a kind and its fields, read and written as a spec string.

The grammar of the spec and its checks are the physics' (physics/initial_states.py); this widget only
composes and decomposes the string.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QStackedWidget, QVBoxLayout, QWidget

from fourier_gui.physics.initial_states import KINDS, InitialSpec, centre_site, parse_initial_spec
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, translate

#: The kinds' names as the editor shows them (the spec keeps the English word).
KIND_NAMES = (
    QT_TRANSLATE_NOOP("initial_state_editor", "band"),
    QT_TRANSLATE_NOOP("initial_state_editor", "level"),
    QT_TRANSLATE_NOOP("initial_state_editor", "profile"),
    QT_TRANSLATE_NOOP("initial_state_editor", "centre"),
    QT_TRANSLATE_NOOP("initial_state_editor", "mode"),
)
KIND_TIPS = {
    "band": QT_TRANSLATE_NOOP("initial_state_editor", "A random state in the band of one site (the paper's choice)"),
    "level": QT_TRANSLATE_NOOP("initial_state_editor", "One single level of one site"),
    "profile": QT_TRANSLATE_NOOP(
        "initial_state_editor", "A random band state on every site, with chosen weights P_μ(0)"
    ),
    "centre": QT_TRANSLATE_NOOP(
        "initial_state_editor", "A random state in the band of the middle site: watch the energy spread both ways"
    ),
    "mode": QT_TRANSLATE_NOOP(
        "initial_state_editor",
        "Weights 1/N + A·cos(qπ(μ−½)/N): a Fourier mode of the profile, which decays at one rate",
    ),
}


def row(*widgets: QWidget) -> QWidget:
    """Widgets side by side, the editors taking the spare width."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w, 0 if isinstance(w, QLabel) else 1)
    return box


class InitialStateEditor(QWidget):
    """A kind (band, level, profile, centre, mode) and a page of fields for it; `changed` on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        for i, kind in enumerate(KINDS):
            self.kind.addItem(translate("initial_state_editor", kind), kind)
            self.kind.setItemData(i, translate("initial_state_editor", KIND_TIPS[kind]), Qt.ItemDataRole.ToolTipRole)
        self.kind.setAccessibleName(translate("initial_state_editor", "Initial state kind"))
        self.band_site = QSpinBox(minimum=1, maximum=2)
        self.band_site.setAccessibleName(translate("initial_state_editor", "Initial band site"))
        self.level_site = QSpinBox(minimum=1, maximum=2)
        self.level_site.setAccessibleName(translate("initial_state_editor", "Initial level site"))
        self.level_index = QSpinBox(minimum=1, maximum=1)
        self.level_index.setAccessibleName(translate("initial_state_editor", "Initial level index"))
        self.profile = QLineEdit()
        self.profile.setPlaceholderText(translate("initial_state_editor", "weights P_μ(0), e.g. 0.5, 0.5, 0"))
        self.profile.setAccessibleName(translate("initial_state_editor", "Initial profile weights"))
        self.centre_label = QLabel()
        self.mode = QSpinBox(minimum=1, maximum=1)
        self.mode.setAccessibleName(translate("initial_state_editor", "Mode number q"))
        self.amplitude = QLineEdit()
        self.amplitude.setPlaceholderText(translate("initial_state_editor", "amplitude A (default 1/N)"))
        self.amplitude.setAccessibleName(translate("initial_state_editor", "Mode amplitude A"))
        self.pages = QStackedWidget()
        for page in (
            row(QLabel(translate("initial_state_editor", "site μ")), self.band_site),
            row(
                QLabel(translate("initial_state_editor", "site μ")),
                self.level_site,
                QLabel(translate("initial_state_editor", "level i")),
                self.level_index,
            ),
            self.profile,
            self.centre_label,
            row(QLabel("q"), self.mode, QLabel("A"), self.amplitude),
        ):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.pages)
        self.kind.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self.kind.currentIndexChanged.connect(self.changed)
        for spin in (self.band_site, self.level_site, self.level_index, self.mode):
            spin.valueChanged.connect(self.changed)
        for line in (self.profile, self.amplitude):
            line.textEdited.connect(self.changed)

    def set_tooltip(self, text: str) -> None:
        for w in (self, self.kind, self.band_site, self.level_site, self.level_index, self.profile, self.mode):
            w.setToolTip(text)

    def set_limits(self, sites: int, levels: int) -> None:
        """The largest site, level and mode the chain allows."""
        for spin in (self.band_site, self.level_site):
            spin.setMaximum(sites)
        self.level_index.setMaximum(levels)
        self.mode.setMaximum(max(1, sites - 1))
        self.centre_label.setText(
            translate("initial_state_editor", "the band of site {site}").format(site=centre_site(sites))
        )

    def spec(self) -> str:
        kind = self.kind.currentData()
        if kind == "band":
            return f"band:{self.band_site.value()}"
        if kind == "level":
            return f"level:{self.level_site.value()}:{self.level_index.value()}"
        if kind == "centre":
            return "centre"
        if kind == "mode":
            amplitude = self.amplitude.text().strip()
            return f"mode:{self.mode.value()}" + (f":{amplitude}" if amplitude else "")
        weights = [w.strip() for w in self.profile.text().replace(";", ",").split(",") if w.strip()]
        return "profile:" + ",".join(weights)

    def set_spec(self, text: str, sites: int, levels: int) -> None:
        """Show a valid spec (signals blocked: the panel announces the change once)."""
        spec: InitialSpec = parse_initial_spec(text, sites, levels)
        self.set_limits(sites, levels)
        self.kind.setCurrentIndex(KINDS.index(spec.kind))
        self.pages.setCurrentIndex(self.kind.currentIndex())
        if spec.kind == "band":
            self.band_site.setValue(spec.site)
        elif spec.kind == "level":
            self.level_site.setValue(spec.site)
            self.level_index.setValue(spec.level)
        elif spec.kind == "mode":
            self.mode.setValue(spec.mode)
            given = text.split(":")
            self.amplitude.setText(given[2] if len(given) > 2 else "")
        elif spec.kind == "profile":
            self.profile.setText(", ".join(f"{w:g}" for w in spec.weights))
