"""The parameter panel in the window (ui/controls/parameter_panel.py): refused values say why and disable Run,
every field explains itself, the badges follow eq. (14)."""

import numpy as np
import pytest

from fourier_gui.physics import SimulationParameters
from tests.ui.runs import SMALL

WINDOW_PARAMETERS = SMALL  # the window opens with it (tests/conftest.py)


def test_invalid_field_disables_run_and_says_why(qtbot, window):
    panel = window.panel
    assert window.action["run"].isEnabled()
    panel.initial.kind.setCurrentText("profile")
    panel.initial.profile.setText("0.5, 0.2, 0.1, 0.1")
    panel.initial.profile.textEdited.emit(panel.initial.profile.text())
    assert not window.action["run"].isEnabled()
    assert "sum to 1" in panel.error and panel.error_label.isVisible()
    assert "sum to 1" in panel.initial.toolTip()
    panel.initial.profile.setText("0.5, 0.2, 0.2, 0.1")
    panel.initial.profile.textEdited.emit(panel.initial.profile.text())
    assert window.action["run"].isEnabled() and panel.error == ""
    # a number out of its range, typed in
    panel.lam.lineEdit().setText("0")
    panel.lam.lineEdit().textEdited.emit("0")
    assert not window.action["run"].isEnabled()
    assert "Coupling λ" in panel.error


def test_too_large_run_is_refused_with_estimate(qtbot, window):
    window.panel.levels.setValue(1_000_000)
    window.panel.sites.setValue(40)
    assert not window.action["run"].isEnabled()
    assert "GB" in window.panel.error or "TB" in window.panel.error


def test_every_field_has_a_tooltip_and_a_name(window):
    for key, widget in window.panel.field_widgets.items():
        assert len(widget.toolTip()) > 20, key
        assert widget.accessibleName(), key


@pytest.mark.parametrize(
    ("c1", "levels", "window_verdict", "c2_verdict"),
    [(2.0, 500, "met", "met"), (5.0, 150, "violated", "met"), (1.0, 500, "met", "met")],
)
def test_the_panel_shows_the_diffusive_window_beside_c1_and_c2(qtbot, window, c1, levels, window_verdict, c2_verdict):
    """At c1 = 5, n = 150 c2 = 0.042 looks small, but 4π²·c2 = 1.6: no diffusive window (HAM's rate is off by
    a third there); the numbers shown are eq. (14)'s, computed here from their definitions."""
    from fourier_gui.physics.criteria import lam_for_c1

    bandwidth = 0.05
    lam = lam_for_c1(c1, levels, bandwidth)
    window.panel.set_parameters(SimulationParameters(levels=levels, lam=lam, bandwidth=bandwidth))
    c2 = lam**2 * levels / bandwidth**2
    assert float(window.panel.window_label.text()) == pytest.approx(4 * np.pi**2 * c2, rel=1e-2)
    assert window.panel.window_badge.accessibleDescription() == window_verdict
    assert window.panel.c2_badge.accessibleDescription() == c2_verdict


def test_the_geometry_offers_its_shapes_and_takes_any_grid(qtbot, window):
    """A free-text field a student could not discover: now a list of the shapes, still editable."""
    combo = window.panel.field_widgets["geometry"]
    shapes = [combo.itemText(i) for i in range(combo.count())]
    assert {"chain", "ring", "ladder"} <= set(shapes) and combo.isEditable()
    window.panel.set_parameters(SimulationParameters(sites=6, levels=50, lam=5e-4))
    combo.setCurrentText("ring")
    assert window.model.parameters.geometry == "ring"
    combo.setCurrentText("grid:2x3")
    assert window.model.parameters.geometry == "grid:2x3"


def test_the_badges_answer_their_question_in_words_and_a_narrow_window_is_explained(qtbot, window):
    """ "Diffusive window? marginal" sat beside "Fourier's law holds" with no word of why: the badges answer
    yes / barely / narrow / no, their grade stays their colour, and the tooltip says what it means."""
    panel = window.panel
    crit = SMALL.edge_criteria
    assert crit.window_verdict == "marginal" and crit.c1_verdict == "violated" and crit.c2_verdict == "met"
    assert panel.window_badge.text() == "narrow" and panel.window_badge.accessibleDescription() == "marginal"
    assert panel.c1_badge.text() == "no" and panel.c2_badge.text() == "yes"
    tip = panel.window_badge.toolTip()
    assert "Fourier's law can still hold" in tip and "4π²·c2" in tip  # the words, then the physics
    window.panel.lam.setValue(0.01)  # c2 = 1.2: too strong, no window
    assert panel.c2_badge.text() == "no" and panel.window_badge.text() == "no"
    assert panel.window_badge.toolTip().startswith("Closed")


def test_the_panel_takes_every_size_and_seed_the_physics_allows_and_lowers_nothing(qtbot, window):
    """A lesson's 100 000 sites ran with 10 000, a session's seed 2^40 with 2^31 − 1: silently other runs."""
    from fourier_gui.physics.fields import FIELD_BY_NAME

    base = window.panel.current_parameters() or SimulationParameters()
    for name in ("sites", "levels", "seed"):
        high = int(FIELD_BY_NAME[name].high)
        window.panel.set_parameters(base.with_changes(**{name: high}))
        assert window.panel.field_widgets[name].value() == high
    assert FIELD_BY_NAME["seed"].high == FIELD_BY_NAME["initial_seed"].high == 2**31 - 1  # one range everywhere


@pytest.mark.parametrize(("name", "value"), [("lam", 50.0), ("disorder", 2.0), ("t_max_gamma", 1e13)])
def test_a_value_beyond_the_windows_editors_is_refused_by_name_and_changes_nothing(qtbot, window, name, value):
    from fourier_gui.physics.errors import ParameterError

    before = window.panel.current_parameters()
    params = (before or SimulationParameters()).with_changes(**{name: value})
    with pytest.raises(ParameterError, match="in the window") as refused:
        window.panel.set_parameters(params)
    assert refused.value.name == name and refused.value.value == value
    assert window.panel.current_parameters() == before
