"""One colour and one marker per site, the same in every plot.

Twelve qualitative colours per scheme, each with at least 3:1 contrast on its plot background (WCAG's
minimum for graphics): a light set for white plots and a paler one for dark plots. The first three are
the Okabe–Ito blue, vermillion and green of the paper-style figures. Beyond twelve sites colours repeat
with other markers; the marker is always a second cue, for colour-blind readers and for print.
"""

from __future__ import annotations

LIGHT = [
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#AA3377",
    "#8C6D00",
    "#5D3A9B",
    "#333333",
    "#1B7F86",
    "#C7254E",
    "#5B7F00",
    "#A0522D",
    "#3355CC",
]
DARK = [
    "#56B4E9",
    "#FF8C42",
    "#2EC4A0",
    "#F08CC0",
    "#E6C229",
    "#B39DFF",
    "#E0E0E0",
    "#5FD3DB",
    "#FF6F91",
    "#A8D84E",
    "#D9A066",
    "#8FA8FF",
]
SYMBOLS = ["o", "s", "t", "d", "h", "star", "p", "t1", "+", "x", "t2", "t3"]


def site_colors(sites: int, dark: bool = False) -> list[str]:
    """The colour of each of `sites` sites on a light (or dark) plot background."""
    palette = DARK if dark else LIGHT
    return [palette[i % len(palette)] for i in range(sites)]


def site_symbol(index: int) -> str:
    """The marker of site `index` (0-based); with the colour it tells 144 sites apart."""
    return SYMBOLS[(index + index // len(SYMBOLS)) % len(SYMBOLS)]
