"""The Explain panel (ui/shell/explain.py) follows the parameters."""

import pytest

from fourier_gui.physics import SimulationParameters
from tests.ui.runs import SMALL

WINDOW_PARAMETERS = SMALL  # the window opens with it (tests/conftest.py)


@pytest.mark.parametrize(
    ("changes", "heading"),
    [
        ({}, "Why equilibrium is 1/N"),
        ({"site_levels": "100,200,300"}, "Where equilibrium lies"),
        ({"site_offsets": "0,0.025,0.05"}, "Bands at different energies"),
    ],
)
def test_explain_says_where_the_excitation_ends_on_each_system(qtbot, window, changes, heading):
    """On the disorder preset Explain said 'Why equilibrium is 1/N' while P₁ stayed near 0.95."""
    window.panel.set_parameters(SimulationParameters(sites=3, levels=100, lam=2e-4, **changes))
    assert heading in window.explain.toHtml()


@pytest.mark.parametrize("preset", ["fig2", "ten-sites", "fourier-law", "ballistic"])
def test_explain_rounds_its_numbers_for_people(preset):
    """ "6.37e+03" in Explain: 1/γ and γ read as a person writes them (6 400), never in e-notation."""
    import re

    from fourier_gui.io.presets import load_preset
    from fourier_gui.ui.shell.explain import explanation_html
    from fourier_gui.ui.style.rich_text import THOUSANDS

    p = load_preset(preset).parameters
    html = explanation_html(p, preset)
    assert not re.search(r"\de[+-]\d", html), html
    shown = re.search(r"1/γ ≈ ([\d\u202f.·⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+) ħ/ΔE", html)
    assert shown is not None
    number = shown.group(1).replace(THOUSANDS, "")
    if "·" not in number:  # two significant digits of 1/γ
        assert float(number) == pytest.approx(1 / p.gamma, rel=0.05)


def test_explain_says_what_hams_lines_leave_out_where_bands_are_offset():
    from fourier_gui.ui.shell.explain import explanation_html

    aligned = SimulationParameters(sites=3, levels=100, lam=5e-4, bandwidth=0.05)
    partly = aligned.with_changes(site_offsets="0,0.045,0")  # 0.9 δε: overlapping partly
    apart = aligned.with_changes(site_offsets="0,0.075,0")  # 1.5 δε: not at all
    assert "leave something out" not in explanation_html(aligned)
    assert "overlap only partly" in explanation_html(partly) and "0.9 δε" in explanation_html(partly)
    assert "do not overlap" in explanation_html(apart)
