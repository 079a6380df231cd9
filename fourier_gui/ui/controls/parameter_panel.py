"""The parameter panel, generated from the table of fields (physics/fields.py): one editor per row,
validated as you type, with γ, c1, c2 and the cost beside (docs/architecture.md, "How to add a parameter").
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fourier_gui.physics import cost
from fourier_gui.physics.criteria import diffusion_criteria
from fourier_gui.physics.errors import ParameterError
from fourier_gui.physics.fields import FIELD_BY_NAME, FIELDS, Field
from fourier_gui.physics.fourier_verdict import FourierVerdict
from fourier_gui.physics.parameters import SimulationParameters, check_window_range
from fourier_gui.ui.controls.initial_state_editor import InitialStateEditor, row
from fourier_gui.ui.controls.log_slider import LogSlider, stacked
from fourier_gui.ui.language import QT_TRANSLATE_NOOP, shown_number, shown_number_text, translate, translate_phrase
from fourier_gui.ui.style.rich_text import shape_title
from fourier_gui.ui.style.widgets import Badge, ScientificSpinBox

INVALID_STYLE = "border: 2px solid #b3261e; border-radius: 3px;"
GROUPS = (
    QT_TRANSLATE_NOOP("parameter_panel", "Chain"),
    QT_TRANSLATE_NOOP("parameter_panel", "System"),
    QT_TRANSLATE_NOOP("parameter_panel", "Initial state"),
    QT_TRANSLATE_NOOP("parameter_panel", "Run"),
)
#: The panel shows one run length, in 1/γ or in ħ/ΔE: the field `t_max_gamma` with a unit switch.
RUN_LENGTH = "t_max_gamma"
#: Fields with no row of their own, carried over from the parameters last shown (t_max is the run length's).
HIDDEN = tuple(f.name for f in FIELDS if not f.group and f.name != "t_max")
#: Fields with a slider over decades under their editor: (low, high) of the slider (the field's own
#: range still applies to typed values).
SLIDERS = {"lam": (1e-6, 1e-1), "levels": (2, 5000)}


#: The badges answer their row's question in plain words (the grade met / marginal / violated is their colour
#: and their accessible description; the criterion's numbers are in the tooltip).
ANSWERS = {
    "met": QT_TRANSLATE_NOOP("parameter_panel", "yes"),
    "marginal": QT_TRANSLATE_NOOP("parameter_panel", "barely"),
    "violated": QT_TRANSLATE_NOOP("parameter_panel", "no"),
}
WINDOW_ANSWERS = {
    "met": QT_TRANSLATE_NOOP("parameter_panel", "yes"),
    "marginal": QT_TRANSLATE_NOOP("parameter_panel", "narrow"),
    "violated": QT_TRANSLATE_NOOP("parameter_panel", "no"),
}
#: What a narrow or closed window means, beside a run's verdict that may still say the law holds.
WINDOW_MEANING = {
    "met": QT_TRANSLATE_NOOP(
        "parameter_panel",
        "The couplings forget their phase long before the energy has spread: a rate, and Fourier's law, can show.",
    ),
    "marginal": QT_TRANSLATE_NOOP(
        "parameter_panel",
        "Narrow: the couplings forget their phase only a little before the energy has spread, so the "
        "time in which a rate can show is short. Fourier's law can still hold — the run's verdict below says "
        "whether it did.",
    ),
    "violated": QT_TRANSLATE_NOOP(
        "parameter_panel",
        "Closed: the energy spreads before the couplings forget their phase; no rate, and no Fourier's "
        "law, is expected.",
    ),
}
WINDOW_PHYSICS = QT_TRANSLATE_NOOP(
    "parameter_panel",
    "(2π/δε)·γ = 4π²·c2: the correlation time 2π/δε over the relaxation time 1/γ. A rate — and Fourier's law — "
    "needs times past the first and before the second, so ≪ 1 (≤ 0.1 met, 0.1–1 marginal, > 1 violated).",
)


def row_label(f: Field) -> str:
    """The label of a field's row: its plain name, and its symbol where that is a letter of the paper."""
    label = translate("fields", f.label)
    return label if f.symbol in (f.name, f.label) or len(f.symbol) > 5 else f"{label} {f.symbol}"


def make_editor(f: Field) -> QWidget:
    """The editor of one number or choice, with the range of the field."""
    if f.choices:
        combo = QComboBox()
        combo.addItems(list(f.choices))
        for i, tip in enumerate(f.choice_tips):
            combo.setItemData(i, translate("fields", tip), Qt.ItemDataRole.ToolTipRole)
        return combo
    if f.suggestions:  # free text a student can discover: the common values in the list
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(list(f.suggestions))
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo
    if f.kind is str:
        line = QLineEdit()
        line.setPlaceholderText(f"{f.default}" if f.default else translate("parameter_panel", "same for all"))
        return line
    high = f.panel_high if f.panel_high is not None else f.high
    if f.kind is int:
        return QSpinBox(minimum=int(f.low or 0), maximum=int(high if high is not None else 2**31 - 1))
    scientific = ScientificSpinBox()
    low = float(f.low or 0.0) + (1e-15 if f.open_low else 0.0)
    top = float(high if high is not None else 1e12)
    scientific.setRange(low, top * (1 - 1e-6) if f.open_high else top)
    return scientific


def editor_value(editor: QWidget) -> object:
    if isinstance(editor, QComboBox):
        return editor.currentText()
    if isinstance(editor, QLineEdit):
        return editor.text().strip()
    if isinstance(editor, QAbstractSpinBox):
        return editor.value()  # type: ignore[attr-defined]
    raise TypeError(editor)


def set_editor_value(editor: QWidget, value: object) -> None:
    if isinstance(editor, QComboBox):
        editor.setCurrentText(str(value))
    elif isinstance(editor, QLineEdit):
        editor.setText(str(value))
    elif isinstance(editor, QSpinBox):
        editor.setValue(int(value))  # type: ignore[call-overload]
    elif isinstance(editor, ScientificSpinBox):
        editor.setValue(float(value))  # type: ignore[arg-type]
    if isinstance(editor, QSpinBox) and editor.value() != value:
        raise ValueError(f"{value!r} does not fit the editor's range")  # never lowered silently


def connect_editor(editor: QWidget, slot: Callable[..., object]) -> None:
    if isinstance(editor, QComboBox) and editor.isEditable():
        editor.currentTextChanged.connect(slot)
    elif isinstance(editor, QComboBox):
        editor.currentIndexChanged.connect(slot)
    elif isinstance(editor, QLineEdit):
        editor.textEdited.connect(slot)
    elif isinstance(editor, InitialStateEditor):
        editor.changed.connect(slot)
    elif isinstance(editor, QAbstractSpinBox):
        editor.valueChanged.connect(slot)  # type: ignore[attr-defined]
        if isinstance(editor, ScientificSpinBox):
            editor.lineEdit().textEdited.connect(slot)


class ParameterPanel(QWidget):
    """Emits `parameters_changed(params_or_None)` after every edit; `error` holds the reason if invalid.

    `field_widgets[name]` is the editor of each field shown (also an attribute of that name).
    """

    parameters_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, available_memory: Callable[[], int | None] | None = None) -> None:
        super().__init__(parent)
        #: The machine's free memory (the run model's); without it, runs are not checked against memory.
        self.available_memory = available_memory or (lambda: None)
        self.error = ""
        self._valid: SimulationParameters | None = None
        self._hidden: dict[str, object] = {}  # fields without a row (initial seed, edges): kept as shown
        self._updating = False
        self.field_widgets: dict[str, QWidget] = {}
        self.sliders: dict[str, LogSlider] = {}
        self._rows: list[tuple[QFormLayout, QWidget, Field]] = []
        layout = QVBoxLayout(self)
        forms = {}
        self.group_boxes: dict[str, QGroupBox] = {}
        for group in GROUPS:
            box = QGroupBox(translate("parameter_panel", group))
            forms[group] = QFormLayout(box)
            layout.addWidget(box)
            self.group_boxes[group] = box
        for f in FIELDS:
            if f.group:
                self._add_row(forms[f.group], f)
        self._build_derived(layout)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color:#b3261e; font-weight:bold;")
        self.error_label.setAccessibleName(translate("parameter_panel", "Parameter error"))
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        for spin in self.findChildren(QAbstractSpinBox):
            spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.set_parameters(SimulationParameters())

    # --- construction -------------------------------------------------------------------
    def _add_row(self, form: QFormLayout, f: Field) -> None:
        editor: QWidget
        if f.name == "initial":
            self.initial = editor = InitialStateEditor()
            editor.set_tooltip(translate("fields", f.tooltip))
            shown: QWidget = editor
        else:
            editor = make_editor(f)
            editor.setToolTip(translate("fields", f.tooltip))
            shown = editor
            if f.name in SLIDERS and isinstance(editor, QAbstractSpinBox):
                slider = LogSlider(*SLIDERS[f.name], integer=f.kind is int)
                slider.bind(editor)
                slider.setAccessibleName(translate("parameter_panel", "{field} slider").format(field=row_label(f)))
                slider.setToolTip(
                    translate(
                        "parameter_panel", "Drag to change {symbol} over decades; γ, c1 and c2 follow as you drag."
                    ).format(symbol=f.symbol)
                )
                self.sliders[f.name] = slider
                shown = stacked(editor, slider)
            if f.name == RUN_LENGTH:
                self.t_unit = QComboBox()
                self.t_unit.addItems(["× 1/γ", "ħ/ΔE"])
                self.t_unit.setAccessibleName(translate("parameter_panel", "Run length unit"))
                self.t_unit.setToolTip(translate("fields", f.tooltip))
                connect_editor(self.t_unit, self._changed)
                shown = row(editor, self.t_unit)
        editor.setAccessibleName(row_label(f))
        connect_editor(editor, self._changed)
        form.addRow(row_label(f), shown)
        self.field_widgets[f.name] = editor
        setattr(self, f.name, editor)
        self._rows.append((form, shown, f))

    def _build_derived(self, layout: QVBoxLayout) -> None:
        derived = QGroupBox(translate("parameter_panel", "Derived (updated as you type)"))
        form = QFormLayout(derived)
        self.gamma_label = QLabel()
        self.gamma_label.setWordWrap(True)
        self.c1_badge, self.c2_badge, self.window_badge = Badge(), Badge(), Badge()
        self.c1_label, self.c2_label, self.window_label = QLabel(), QLabel(), QLabel()
        self.dimension_label = QLabel()
        self.estimate_label = QLabel()
        self.estimate_label.setWordWrap(True)
        form.addRow("γ, 1/γ", self.gamma_label)
        form.addRow(translate("parameter_panel", "Enough levels? c1"), row(self.c1_label, self.c1_badge))
        form.addRow(translate("parameter_panel", "Weak coupling? c2"), row(self.c2_label, self.c2_badge))
        form.addRow(translate("parameter_panel", "Diffusive window? 4π²c2"), row(self.window_label, self.window_badge))
        self.law_label, self.law_badge = QLabel("—"), Badge()
        self.law_label.setWordWrap(True)
        self.law_badge.set_verdict("marginal", translate("parameter_panel", "no run"))
        self.law_badge.setToolTip(
            translate(
                "parameter_panel",
                "Measured in the last exact run (docs/physics.md §5): do the bond currents J follow the golden-rule "
                "drive γ·(P_μ − P_μ₊₁) (k_ab·P_a − k_ba·P_b on a graph) past the correlation time 2π/δε, within the "
                "fluctuations one pure state must show? holds (γ_fit/γ within 30 %), holds with HAM's rate off, "
                "fails, or undecided (too short or too noisy). The reason is in this badge's tooltip after a run.",
            )
        )
        form.addRow(translate("parameter_panel", "Fourier's law (run)"), row(self.law_label, self.law_badge))
        form.addRow(translate("parameter_panel", "Problem size D = N·n"), self.dimension_label)
        form.addRow(translate("parameter_panel", "Estimate"), self.estimate_label)
        self.gamma_label.setToolTip(
            translate(
                "parameter_panel", "Eq. (10): γ = 2πλ²n/δε, the HAM hopping rate; 1/γ is the diffusion time scale."
            )
        )
        for widget in (self.c1_label, self.c1_badge):
            widget.setToolTip(
                translate(
                    "parameter_panel",
                    "Eq. (14): c1 = 2λn/δε ≥ 1 — enough levels within the coupling's energy width for a rate.",
                )
            )
        for widget in (self.c2_label, self.c2_badge):
            widget.setToolTip(
                translate(
                    "parameter_panel",
                    "Eq. (14): c2 = λ²n/δε² ≪ 1 — weak coupling (≤ 0.1 met, 0.1–1 marginal, > 1 violated).",
                )
            )
        for widget in (self.window_label, self.window_badge):
            widget.setToolTip(translate("parameter_panel", WINDOW_PHYSICS))
        self.dimension_label.setToolTip(
            translate("parameter_panel", "D = N·n, the number of basis states the Schrödinger equation is solved in.")
        )
        self._advanced_derived = (form, (self.dimension_label, self.estimate_label))
        layout.addWidget(derived)

    def set_field(self, key: str, value: str) -> str | None:
        """Change one field of the current parameters (an Explain link); the reason if it is refused."""
        current = self.current_parameters()
        try:
            self.set_parameters(current.with_changes(**{key: type(getattr(current, key))(float(value))}))
        except (TypeError, ValueError, ParameterError) as exc:
            return translate("parameter_panel", "Cannot set {key} = {value}: {reason}").format(
                key=key, value=value, reason=exc
            )
        return None

    def set_run_verdict(self, verdict: FourierVerdict | None) -> None:
        """The Fourier-law verdict of the shown run (None: no run yet); its reason in the tooltip."""
        if verdict is None:
            self.law_label.setText("—")
            self.law_label.setToolTip("")
            self.law_badge.set_verdict("marginal", translate("parameter_panel", "no run"))
            return
        ratio = (
            ""
            if verdict.gamma_ratio != verdict.gamma_ratio
            else translate("parameter_panel", "fitted rate/γ = {ratio}").format(
                ratio=shown_number(verdict.gamma_ratio, ".2f")
            )
        )
        self.law_label.setText(ratio or translate_phrase("verdicts", verdict.label))
        tip = f"{translate_phrase('verdicts', verdict.plain)}.\n\n{translate_phrase('verdicts', verdict.reason)}"
        self.law_label.setToolTip(tip)
        self.law_badge.setToolTip(tip)
        grade, word = verdict.badge
        self.law_badge.set_verdict(grade, translate_phrase("verdicts", word))

    def set_advanced_visible(self, visible: bool) -> None:
        """Show or hide the fields a class demonstration does not need (the table's `advanced` rows)."""
        for form, shown, f in self._rows:
            if f.advanced:
                form.setRowVisible(shown, visible)
        form, widgets = self._advanced_derived
        for widget in widgets:
            form.setRowVisible(widget, visible)

    # --- values -------------------------------------------------------------------------
    def set_parameters(self, p: SimulationParameters) -> None:
        """Show `p` in the editors and announce it once. ParameterError, nothing changed, for a value beyond
        the window's editors (physics/parameters.check_window_range): the readers refuse those first."""
        check_window_range(p)
        self._updating = True
        try:
            for name, editor in self.field_widgets.items():
                if name not in ("initial", RUN_LENGTH):
                    set_editor_value(editor, getattr(p, name))
            self.initial.set_spec(p.initial, p.sites, p.levels)
            in_gamma = p.t_max is None
            self.t_unit.setCurrentIndex(0 if in_gamma else 1)
            length = p.t_max_gamma if in_gamma else p.t_max
            set_editor_value(self.field_widgets[RUN_LENGTH], length or FIELD_BY_NAME[RUN_LENGTH].default)
            self._hidden = {name: getattr(p, name) for name in HIDDEN}
        finally:
            self._updating = False
        self._changed()

    def raw_parameters(self) -> SimulationParameters:
        """The fields as they stand, not yet validated."""
        values = {
            name: editor_value(editor)
            for name, editor in self.field_widgets.items()
            if name not in ("initial", RUN_LENGTH)
        }
        length = editor_value(self.field_widgets[RUN_LENGTH])
        in_gamma = self.t_unit.currentIndex() == 0
        return SimulationParameters(
            **values,  # type: ignore[arg-type]
            initial=self.initial.spec(),
            t_max=None if in_gamma else length,  # type: ignore[arg-type]
            t_max_gamma=length if in_gamma else None,  # type: ignore[arg-type]
            **self._hidden,  # type: ignore[arg-type]
        )

    def parameters(self) -> SimulationParameters | None:
        """Validated parameters, or None while any field is invalid (see `error`); validated once per edit."""
        return self._valid

    def current_parameters(self) -> SimulationParameters:
        """The valid parameters, or the fields as they stand."""
        return self._valid or self.raw_parameters()

    # --- validation and readouts ---------------------------------------------------------
    def _validate(self) -> SimulationParameters | None:
        for name, editor in self.field_widgets.items():
            if isinstance(editor, ScientificSpinBox) and not editor.hasAcceptableInput():
                lo, hi = editor.minimum(), editor.maximum()
                text = translate("parameter_panel", "“{text}” is not allowed: a number from {low} to {high}").format(
                    text=editor.text(), low=shown_number(lo), high=shown_number(hi)
                )
                self._mark(name, f"{editor.accessibleName()}: {text}")
                return None
        p = self.raw_parameters()
        try:
            p = p.validated()
            cost.check_memory(p, self.available_memory())
        except ParameterError as exc:
            editor = self.field_widgets.get("t_max_gamma" if exc.name == "t_max" else exc.name, self.initial)
            allowed = translate_phrase("allowed", exc.allowed)
            got = translate("parameter_panel", "(got {value})").format(value=repr(exc.value))
            self._mark(exc.name, f"{editor.accessibleName()}: {allowed} {got}")
            return None
        except cost.InsufficientMemoryError as exc:
            self._mark("levels", translate("parameter_panel", "Too large: {reason}").format(reason=exc))
            return None
        self._mark(None, "")
        return p

    def _mark(self, name: str | None, message: str) -> None:
        """Show the message and outline the refused field (styles change only here, never on a read)."""
        self.error = message
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        bad_name = RUN_LENGTH if name == "t_max" else name
        for key, editor in self.field_widgets.items():
            bad = key == bad_name
            editor.setStyleSheet(INVALID_STYLE if bad else "")
            tip = translate("fields", FIELD_BY_NAME[key].tooltip)
            editor.setToolTip(f"{message}\n\n{tip}" if bad else tip)

    def _changed(self, *_args: object) -> None:
        if self._updating:
            return
        sites, levels = self.field_widgets["sites"], self.field_widgets["levels"]
        self.initial.set_limits(int(editor_value(sites)), int(editor_value(levels)))  # type: ignore[call-overload]
        self._valid = self._validate()
        self._update_readouts(self._valid or self.raw_parameters(), valid=self._valid is not None)
        self.parameters_changed.emit(self._valid)

    def _update_readouts(self, p: SimulationParameters, valid: bool) -> None:
        try:
            gamma = p.gamma
            self.gamma_label.setText(f"γ = {shown_number(gamma, '.4g')}, 1/γ = {shown_number(1 / gamma, '.4g')} ħ/ΔE")
            crit = diffusion_criteria(p.levels, p.lam, p.bandwidth)
            if valid:  # eq. (14) on every edge, the worst one shown (on the uniform chain: every bond alike)
                crit = p.edge_criteria
            self.c1_label.setText(shown_number(crit.c1, ".3g"))
            self.c2_label.setText(shown_number(crit.c2, ".3g"))
            self.c1_badge.set_verdict(crit.c1_verdict, translate("parameter_panel", ANSWERS[crit.c1_verdict]))
            self.c2_badge.set_verdict(crit.c2_verdict, translate("parameter_panel", ANSWERS[crit.c2_verdict]))
            self.window_label.setText(shown_number(crit.window, ".3g"))
            self.window_badge.set_verdict(
                crit.window_verdict, translate("parameter_panel", WINDOW_ANSWERS[crit.window_verdict])
            )
            meaning = translate("parameter_panel", WINDOW_MEANING[crit.window_verdict])
            for widget in (self.window_label, self.window_badge):
                widget.setToolTip(f"{meaning}\n\n{translate('parameter_panel', WINDOW_PHYSICS)}")
            self.dimension_label.setText(f"{p.dimension:,}".replace(",", " "))
            if valid:  # the first group is named after the system's shape: a ring's was "Chain"
                self.group_boxes[GROUPS[0]].setTitle(translate_phrase("shapes", shape_title(p.system().layout.words)))
        except (ZeroDivisionError, OverflowError, ValueError):
            self.gamma_label.setText("—")
        if valid:
            est = cost.choose(p, self.available_memory())
            self.estimate_label.setText(
                f"{est.method}: ≈ {shown_number_text(cost.format_bytes(est.memory_bytes))}, "
                f"≈ {shown_number_text(cost.format_seconds(est.seconds))}"
                + (
                    translate("parameter_panel", ", {steps} steps").format(steps=f"{est.products:,}".replace(",", " "))
                    if est.products
                    else ""
                )
            )
        else:
            self.estimate_label.setText("—")
