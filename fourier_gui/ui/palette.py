"""One colour and one marker per site, the same in every plot.

Okabe–Ito colours (colour-blind safe) for up to eight sites; beyond, viridis (perceptually uniform,
colour-blind safe, monotone in greyscale) without its palest end; markers give a second cue.
"""

from __future__ import annotations

import pyqtgraph as pg

OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
SYMBOLS = ["o", "s", "t", "d", "h", "star", "p", "t1"]


def site_colors(sites: int) -> list[str]:
    if sites <= len(OKABE_ITO):
        return OKABE_ITO[:sites]
    cmap = pg.colormap.get("viridis")
    return [cmap.map(0.88 * i / (sites - 1), mode="qcolor").name() for i in range(sites)]


def site_symbol(index: int) -> str:
    return SYMBOLS[index % len(SYMBOLS)]
