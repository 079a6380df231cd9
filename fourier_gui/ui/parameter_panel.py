"""The parameter panel: every input of a run, validated as you type, with γ, c1, c2 and the cost beside."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fourier_gui.physics import cost
from fourier_gui.physics.analysis import diffusion_criteria
from fourier_gui.physics.initial_states import parse_initial_spec
from fourier_gui.physics.parameters import ParameterError, SimulationParameters
from fourier_gui.ui.widgets import Badge, ScientificSpinBox

INVALID_STYLE = "border: 2px solid #b3261e; border-radius: 3px;"

TIPS = {
    "sites": "N — number of subunits in the chain (≥ 2). Each is a ground state plus a band of n levels (Fig. 1).",
    "levels": "n — levels in each subunit's band (≥ 1). Enters γ = 2πλ²n/δε (eq. 10) and both criteria (eq. 14).",
    "bandwidth": "δε — width of each band in units of the gap ΔE = 1 (0 < δε < 1). Enters γ (eq. 10) and eq. (14).",
    "lam": "λ — strength of the next-neighbour coupling λ·V (eq. 3). γ grows like λ² (eq. 10).",
    "seed": "Seed of the random coupling matrices c^(μ) (numpy default_rng). Same seed, same couplings, bit for bit.",
    "ensemble": "Distribution of the coupling entries: complex Gaussian (default) or real Gaussian, E|c|² = 1.",
    "initial": "Initial state: a random state in one site's band (the paper's choice), one single level, "
    "or a random band state on every site with chosen weights P_μ(0).",
    "samples": "K — number of random pure initial states propagated together and averaged "
    "(emulates a mixed state; the spread is shown as a band).",
    "t_max": "Length of the run, in units of 1/γ (the HAM time scale) or in ħ/ΔE. D₁² (eq. 15) needs ≥ 5/γ.",
    "points": "Number of output times M from 0 to t_max (≥ 2).",
    "method": "auto picks the faster of: eigen — one dense eigendecomposition (cost D³, cannot be interrupted "
    "while it runs); chebyshev — Chebyshev expansion with matrix–vector products (any size).",
}


class ParameterPanel(QWidget):
    """Emits `parameters_changed(params_or_None)` after every edit; `error` holds the reason if invalid."""

    parameters_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = ""
        self._updating = False
        self._build()
        self.set_parameters(SimulationParameters())

    # --- construction -------------------------------------------------------------------
    def _build(self) -> None:
        self.sites = QSpinBox(minimum=2, maximum=10_000)
        self.levels = QSpinBox(minimum=1, maximum=1_000_000)
        self.bandwidth = ScientificSpinBox()
        self.bandwidth.setRange(1e-9, 0.999999)
        self.lam = ScientificSpinBox()
        self.lam.setRange(1e-15, 10.0)
        self.seed = QSpinBox(minimum=0, maximum=2**31 - 1)
        self.ensemble = QComboBox()
        self.ensemble.addItems(["complex", "real"])
        self.initial_kind = QComboBox()
        self.initial_kind.addItems(["band", "level", "profile"])
        self.initial_kind.setItemData(0, "Random state in the band of one site", Qt.ItemDataRole.ToolTipRole)
        self.initial_site = QSpinBox(minimum=1, maximum=2)
        self.level_site = QSpinBox(minimum=1, maximum=2)
        self.level_index = QSpinBox(minimum=1, maximum=1)
        self.profile = QLineEdit()
        self.profile.setPlaceholderText("weights P_μ(0), e.g. 0.5, 0.5, 0")
        self.samples = QSpinBox(minimum=1, maximum=10_000)
        self.t_max = ScientificSpinBox()
        self.t_max.setRange(1e-9, 1e12)
        self.t_unit = QComboBox()
        self.t_unit.addItems(["× 1/γ", "ħ/ΔE"])
        self.points = QSpinBox(minimum=2, maximum=1_000_000)
        self.method = QComboBox()
        self.method.addItems(["auto", "eigen", "chebyshev"])

        band_page = _row(QLabel("site μ"), self.initial_site)
        level_page = _row(QLabel("site μ"), self.level_site, QLabel("level i"), self.level_index)
        self.initial_pages = QStackedWidget()
        for page in (band_page, level_page, self.profile):
            self.initial_pages.addWidget(page)

        chain = QGroupBox("Chain")
        form = QFormLayout(chain)
        form.addRow("Subunits N", self.sites)
        form.addRow("Levels per band n", self.levels)
        form.addRow("Band width δε", self.bandwidth)
        form.addRow("Coupling λ", self.lam)
        form.addRow("Coupling seed", self.seed)
        form.addRow("Ensemble", self.ensemble)
        start = QGroupBox("Initial state")
        form2 = QFormLayout(start)
        form2.addRow("Kind", self.initial_kind)
        form2.addRow(self.initial_pages)
        form2.addRow("Samples K", self.samples)
        run = QGroupBox("Run")
        form3 = QFormLayout(run)
        form3.addRow("Length t_max", _row(self.t_max, self.t_unit))
        form3.addRow("Output times M", self.points)
        form3.addRow("Method", self.method)

        derived = QGroupBox("Derived (updated as you type)")
        form4 = QFormLayout(derived)
        self.gamma_label = QLabel()
        self.gamma_label.setWordWrap(True)
        self.c1_badge, self.c2_badge = Badge(), Badge()
        self.c1_label, self.c2_label = QLabel(), QLabel()
        self.dimension_label = QLabel()
        self.estimate_label = QLabel()
        self.estimate_label.setWordWrap(True)
        form4.addRow("γ, 1/γ", self.gamma_label)
        form4.addRow("c1 = 2λn/δε ≥ 1", _row(self.c1_label, self.c1_badge))
        form4.addRow("c2 = λ²n/δε² ≪ 1", _row(self.c2_label, self.c2_badge))
        form4.addRow("Dimension D = N·n", self.dimension_label)
        form4.addRow("Estimate", self.estimate_label)
        self.gamma_label.setToolTip("Eq. (10): γ = 2πλ²n/δε, the HAM hopping rate; 1/γ is the diffusion time scale.")
        self.c1_badge.setToolTip("Eq. (14): c1 ≥ 1 — enough levels within the coupling's energy width for a rate.")
        self.c2_badge.setToolTip("Eq. (14): c2 ≪ 1 — weak coupling (≤ 0.1 met, 0.1–1 marginal, > 1 violated).")

        self._forms = [
            (form, (self.seed, self.ensemble)),
            (form2, (self.samples,)),
            (form3, (self.points, self.method)),
            (form4, (self.dimension_label, self.estimate_label)),
        ]
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#b3261e; font-weight:bold;")
        self.error_label.setAccessibleName("Parameter error")

        layout = QVBoxLayout(self)
        for box in (chain, start, run, derived):
            layout.addWidget(box)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.field_widgets = {
            "sites": self.sites,
            "levels": self.levels,
            "bandwidth": self.bandwidth,
            "lam": self.lam,
            "seed": self.seed,
            "ensemble": self.ensemble,
            "initial": self.initial_pages,
            "samples": self.samples,
            "t_max": self.t_max,
            "t_max_gamma": self.t_max,
            "points": self.points,
            "method": self.method,
        }
        names = {
            "sites": "Subunits N",
            "levels": "Levels per band n",
            "bandwidth": "Band width δε",
            "lam": "Coupling λ",
            "seed": "Coupling seed",
            "ensemble": "Coupling ensemble",
            "samples": "Samples K",
            "t_max": "Run length t_max",
            "points": "Output times M",
            "method": "Method",
        }
        for key, widget in self.field_widgets.items():
            widget.setToolTip(TIPS.get(key, TIPS["t_max"]))
            widget.setAccessibleName(names.get(key, "Initial state"))
        for w in (self.initial_kind, self.initial_site, self.level_site, self.level_index, self.profile):
            w.setToolTip(TIPS["initial"])
        self.initial_kind.setAccessibleName("Initial state kind")
        self.initial_site.setAccessibleName("Initial band site")
        self.level_site.setAccessibleName("Initial level site")
        self.level_index.setAccessibleName("Initial level index")
        self.profile.setAccessibleName("Initial profile weights")
        self.t_unit.setAccessibleName("Run length unit")
        self.t_unit.setToolTip(TIPS["t_max"])

        for spin in (self.sites, self.levels, self.seed, self.samples, self.points, self.initial_site):
            spin.valueChanged.connect(self._changed)
        for spin in (self.level_site, self.level_index):
            spin.valueChanged.connect(self._changed)
        for spin in (self.bandwidth, self.lam, self.t_max):
            spin.valueChanged.connect(self._changed)
            spin.lineEdit().textEdited.connect(self._changed)
        for combo in (self.ensemble, self.method, self.t_unit):
            combo.currentIndexChanged.connect(self._changed)
        self.initial_kind.currentIndexChanged.connect(self.initial_pages.setCurrentIndex)
        self.initial_kind.currentIndexChanged.connect(self._changed)
        self.profile.textEdited.connect(self._changed)
        for spin in self.findChildren(QAbstractSpinBox):
            spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)

    def set_advanced_visible(self, visible: bool) -> None:
        """Show or hide the fields a class demonstration does not need (seed, ensemble, K, M, method)."""
        for form, widgets in self._forms:
            for widget in widgets:
                form.setRowVisible(widget, visible)

    # --- values -------------------------------------------------------------------------
    def set_parameters(self, p: SimulationParameters) -> None:
        self._updating = True
        try:
            self.sites.setValue(p.sites)
            self.levels.setValue(p.levels)
            self.bandwidth.setValue(p.bandwidth)
            self.lam.setValue(p.lam)
            self.seed.setValue(min(p.seed, self.seed.maximum()))
            self.ensemble.setCurrentText(p.ensemble)
            self._limit_sites()
            spec = parse_initial_spec(p.initial, p.sites)
            self.initial_kind.setCurrentText(spec.kind)
            self.initial_pages.setCurrentIndex(self.initial_kind.currentIndex())
            if spec.kind == "band":
                self.initial_site.setValue(spec.site)
            elif spec.kind == "level":
                self.level_site.setValue(spec.site)
                self.level_index.setValue(spec.level)
            else:
                self.profile.setText(", ".join(f"{w:g}" for w in spec.weights))
            self.samples.setValue(p.samples)
            if p.t_max is not None:
                self.t_unit.setCurrentIndex(1)
                self.t_max.setValue(p.t_max)
            else:
                self.t_unit.setCurrentIndex(0)
                self.t_max.setValue(p.t_max_gamma or 5.0)
            self.points.setValue(p.points)
            self.method.setCurrentText(p.method)
        finally:
            self._updating = False
        self._changed()

    def initial_spec(self) -> str:
        kind = self.initial_kind.currentText()
        if kind == "band":
            return f"band:{self.initial_site.value()}"
        if kind == "level":
            return f"level:{self.level_site.value()}:{self.level_index.value()}"
        weights = [w.strip() for w in self.profile.text().replace(";", ",").split(",") if w.strip()]
        return "profile:" + ",".join(weights)

    def raw_parameters(self) -> SimulationParameters:
        """The fields as they stand, not yet validated."""
        in_gamma = self.t_unit.currentIndex() == 0
        return SimulationParameters(
            sites=self.sites.value(),
            levels=self.levels.value(),
            bandwidth=self.bandwidth.value(),
            lam=self.lam.value(),
            seed=self.seed.value(),
            ensemble=self.ensemble.currentText(),
            initial=self.initial_spec(),
            samples=self.samples.value(),
            t_max=None if in_gamma else self.t_max.value(),
            t_max_gamma=self.t_max.value() if in_gamma else None,
            points=self.points.value(),
            method=self.method.currentText(),
        )

    def parameters(self) -> SimulationParameters | None:
        """Validated parameters, or None while any field is invalid (see `error`)."""
        return self._validate()

    # --- validation and readouts ---------------------------------------------------------
    def _limit_sites(self) -> None:
        n_sites = self.sites.value()
        for spin in (self.initial_site, self.level_site):
            spin.setMaximum(n_sites)
        self.level_index.setMaximum(self.levels.value())

    def _validate(self) -> SimulationParameters | None:
        for spin in (self.bandwidth, self.lam, self.t_max):
            if not spin.hasAcceptableInput():
                name = {self.bandwidth: "bandwidth", self.lam: "lam", self.t_max: "t_max"}[spin]
                lo, hi = spin.minimum(), spin.maximum()
                label = self.field_widgets[name].accessibleName()
                self._mark(name, f"{label}: “{spin.text()}” is not allowed: a number from {lo:g} to {hi:g}")
                return None
        p = self.raw_parameters()
        try:
            p = p.validated()
            cost.check_memory(p)
        except ParameterError as exc:
            label = self.field_widgets.get(exc.name, self.initial_pages).accessibleName()
            self._mark(exc.name, f"{label}: {exc.allowed} (got {exc.value!r})")
            return None
        except cost.InsufficientMemoryError as exc:
            self._mark("levels", f"Too large: {exc}")
            return None
        self._mark(None, "")
        return p

    def _mark(self, name: str | None, message: str) -> None:
        self.error = message
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        for key, widget in self.field_widgets.items():
            bad = key == name or (name == "t_max_gamma" and key == "t_max")
            widget.setStyleSheet(INVALID_STYLE if bad else "")
            if bad:
                widget.setToolTip(f"{message}\n\n{TIPS.get(key, TIPS['t_max'])}")
            else:
                widget.setToolTip(TIPS.get(key, TIPS["t_max"]))

    def _changed(self, *_args) -> None:
        if self._updating:
            return
        self._limit_sites()
        p = self._validate()
        self._update_readouts(p or self.raw_parameters(), valid=p is not None)
        self.parameters_changed.emit(p)

    def _update_readouts(self, p: SimulationParameters, valid: bool) -> None:
        try:
            gamma = p.gamma
            self.gamma_label.setText(f"γ = {gamma:.4g}, 1/γ = {1 / gamma:.4g} ħ/ΔE")
            crit = diffusion_criteria(p.levels, p.lam, p.bandwidth)
            self.c1_label.setText(f"{crit.c1:.3g}")
            self.c2_label.setText(f"{crit.c2:.3g}")
            self.c1_badge.set_verdict(crit.c1_verdict)
            self.c2_badge.set_verdict(crit.c2_verdict)
            self.dimension_label.setText(f"{p.dimension:,}".replace(",", " "))
        except (ZeroDivisionError, OverflowError, ValueError):
            self.gamma_label.setText("—")
        if valid:
            est = cost.estimate(p)
            self.estimate_label.setText(
                f"{est.method}: ≈ {cost.format_bytes(est.memory_bytes)}, ≈ {cost.format_seconds(est.seconds)}"
                + (f", {est.products:,} H·ψ".replace(",", " ") if est.products else "")
            )
        else:
            self.estimate_label.setText("—")


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(w, 1 if isinstance(w, (QSpinBox, QDoubleSpinBox, QComboBox)) else 0)
    return box
