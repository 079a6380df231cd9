"""One colour per site (ui/style/palette.py): never two sites alike, beyond twelve along a colour map."""

from itertools import pairwise

import pytest
from PySide6.QtGui import QColor

from fourier_gui.ui.style.palette import site_colors, uses_colour_map


def luminance(colour: str) -> float:
    """WCAG's relative luminance, an independent measure of how light a colour is."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    r, g, b = (channel(x) for x in (q.redF(), q.greenF(), q.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("sites", [2, 12, 13, 16, 40])
@pytest.mark.parametrize("dark", [False, True])
def test_no_two_sites_share_a_colour(sites, dark):
    """Beyond twelve sites the colours repeated (13 = 1): a 16-curve run was unreadable."""
    colours = [c.lower() for c in site_colors(sites, dark)]
    assert len(colours) == sites and len(set(colours)) == sites


@pytest.mark.parametrize("sites", [13, 16, 30])
@pytest.mark.parametrize("dark", [False, True])
def test_beyond_twelve_sites_the_colours_run_along_a_map_from_dark_to_light(sites, dark):
    """A colour bar can name them: site 1 darkest, each next site lighter, and every site readable on its
    background (contrast of at least 1.5:1 against white, or black)."""
    assert uses_colour_map(sites) and not uses_colour_map(12)
    light = [luminance(c) for c in site_colors(sites, dark)]
    assert all(b > a for a, b in pairwise(light))
    background = 0.0 if dark else 1.0
    for value in light:
        contrast = (max(value, background) + 0.05) / (min(value, background) + 0.05)
        assert contrast >= 1.5, (value, dark)


def test_up_to_twelve_sites_keep_their_distinct_colours():
    assert site_colors(3) == ["#0072B2", "#D55E00", "#009E73"]
    assert site_colors(12)[:3] == site_colors(3)
