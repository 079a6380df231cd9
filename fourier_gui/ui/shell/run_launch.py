"""Before a run: a run estimated at hours asks first, and the fast kernel loads while the window waits."""

from __future__ import annotations

import math

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from fourier_gui.engine.run_model import RunModel
from fourier_gui.physics import cost
from fourier_gui.ui.language import shown_number_text, translate
from fourier_gui.ui.shell.run_status import LOADING_SOLVER, RunStatus

#: How often the status looks whether the background load of the kernel has ended.
POLL_MS = 500


def confirm_long_run(parent: QWidget, model: RunModel) -> tuple[float, str | None]:
    """The estimate of the model's run in seconds (NaN where it cannot start), and why it is not to start
    (None: start it): a run estimated at over cost.LONG_RUN_SECONDS asks first."""
    params = model.parameters
    if params is None or not model.can_start:
        return math.nan, None
    estimate = cost.choose(params, model.available_memory()).seconds
    if estimate <= cost.LONG_RUN_SECONDS:
        return estimate, None
    answer = QMessageBox.question(
        parent,
        translate("run_launch", "A long run"),
        translate(
            "run_launch",
            "This run is estimated at ≈ {time} on this machine. Start it anyway? "
            "(Fewer levels, sites, samples or time points make it shorter; Stop ends it at any time.)",
        ).format(time=shown_number_text(cost.format_seconds(estimate))),
    )
    if answer == QMessageBox.StandardButton.Yes:
        return estimate, None
    return estimate, translate("run_launch", "Not started: estimated at ≈ {time}").format(
        time=shown_number_text(cost.format_seconds(estimate))
    )


def warm_up_kernel(model: RunModel, status: RunStatus) -> None:
    """Start loading the fast kernel in the background and say so in the status until it has loaded."""
    if not model.warm_up():
        return
    if model.active or model.result is not None:  # a run's own line (its end, its progress) is not overwritten
        return
    loading = translate("run_status", LOADING_SOLVER)
    status.say(
        loading,
        translate("run_launch", "Loading the fast kernel (numba) in the background: compiled once per machine"),
    )

    def check() -> None:
        if model.kernel_loading():
            QTimer.singleShot(POLL_MS, check)
        elif status.last_text == loading:
            status.say(translate("run_launch", "Ready"))

    QTimer.singleShot(POLL_MS, check)
