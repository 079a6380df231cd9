"""One colour and one marker per site, the same in every plot.

Twelve qualitative colours per scheme, each with at least 3:1 contrast on its plot background (WCAG's
minimum for graphics): a light set for white plots and a paler one for dark plots. The first three are
the Okabe–Ito blue, vermillion and green of the paper-style figures; the other nine were chosen from
well-known qualitative sets (Tableau, Paul Tol, ColorBrewer) one by one as the farthest in CIELAB from
those already taken, so that no two sites of a twelve-site run look alike (4 and 9 were both magenta). Beyond
twelve sites the colours would repeat (13 = 1): the sites then take a sequential colour map instead (viridis,
site 1 darkest), which the views name with a colour bar of the subunits (ui/views/dynamics_plot.py); the marker
is always a second cue, for colour-blind readers and for print.
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


#: Viridis (matplotlib's, perceptually uniform) at 0, 0.1, …, 1.
VIRIDIS = [
    "#440154",
    "#482475",
    "#414487",
    "#355f8d",
    "#2a788e",
    "#21918c",
    "#22a884",
    "#44bf70",
    "#7ad151",
    "#bddf26",
    "#fde725",
]
#: The stretch of viridis the sites take on a light and on a dark background: its pale yellow end is lost on
#: white, its dark purple end on black.
SEQUENTIAL_RANGE = {False: (0.0, 0.8), True: (0.2, 1.0)}


def uses_colour_map(sites: int) -> bool:
    """True where the sites are coloured along a colour map (beyond the twelve qualitative colours)."""
    return sites > len(LIGHT)


def site_colors(sites: int, dark: bool = False) -> list[str]:
    """The colour of each of `sites` sites on a light (or dark) plot background: twelve distinct colours, or
    beyond twelve sites a colour map from site 1 to site N (`uses_colour_map`)."""
    if uses_colour_map(sites):
        low, high = SEQUENTIAL_RANGE[dark]
        return [_viridis(low + (high - low) * i / (sites - 1)) for i in range(sites)]
    return list((DARK if dark else LIGHT)[:sites])


def _viridis(x: float) -> str:
    """Viridis at x in 0 … 1, linear between its anchors."""
    where = min(max(x, 0.0), 1.0) * (len(VIRIDIS) - 1)
    i = min(int(where), len(VIRIDIS) - 2)
    f = where - i
    a, b = (tuple(int(c[k : k + 2], 16) for k in (1, 3, 5)) for c in VIRIDIS[i : i + 2])
    return "#" + "".join(f"{round(u + (v - u) * f):02x}" for u, v in zip(a, b, strict=True))


def site_symbol(index: int) -> str:
    """The marker of site `index` (0-based); with the colour it tells 144 sites apart."""
    return SYMBOLS[(index + index // len(SYMBOLS)) % len(SYMBOLS)]
