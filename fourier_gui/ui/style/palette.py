"""One colour and one marker per site, the same in every plot.

Twelve qualitative colours per scheme, each with at least 3:1 contrast on its plot background (WCAG's
minimum for graphics): a light set for white plots and a paler one for dark plots. The first three are
the Okabe–Ito blue, vermillion and green of the paper-style figures; the other nine were chosen from
well-known qualitative sets (Tableau, Paul Tol, ColorBrewer) one by one as the farthest in CIELAB from
those already taken, so that no two sites of a twelve-site run look alike (4 and 9 were both magenta). Beyond twelve sites colours repeat
with other markers; the marker is always a second cue, for colour-blind readers and for print.
"""

from __future__ import annotations

LIGHT = [
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#000080",
    "#EE3377",
    "#000000",
    "#808000",
    "#8C564B",
    "#800000",
    "#9467BD",
    "#004D40",
    "#2CA02C",
]
DARK = [
    "#56B4E9",
    "#FF8C42",
    "#2EC4A0",
    "#E377C2",
    "#FFFF99",
    "#5B7F00",
    "#9C755F",
    "#E0E0E0",
    "#E31A1C",
    "#EE6677",
    "#B39DFF",
    "#E6C229",
]
SYMBOLS = ["o", "s", "t", "d", "h", "star", "p", "t1", "+", "x", "t2", "t3"]


def site_colors(sites: int, dark: bool = False) -> list[str]:
    """The colour of each of `sites` sites on a light (or dark) plot background."""
    palette = DARK if dark else LIGHT
    return [palette[i % len(palette)] for i in range(sites)]


def site_symbol(index: int) -> str:
    """The marker of site `index` (0-based); with the colour it tells 144 sites apart."""
    return SYMBOLS[(index + index // len(SYMBOLS)) % len(SYMBOLS)]
