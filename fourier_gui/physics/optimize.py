"""A bounded one-dimensional minimizer (golden-section search), so that the app needs only numpy."""

from __future__ import annotations

import math
from collections.abc import Callable

INVERSE_GOLDEN = (math.sqrt(5.0) - 1.0) / 2.0


def minimize_bounded(function: Callable[[float], float], lo: float, hi: float, xtol: float = 1e-10) -> float:
    """The x in [lo, hi] that minimizes a unimodal `function`, to within `xtol`."""
    a, b = (lo, hi) if lo <= hi else (hi, lo)
    c = b - INVERSE_GOLDEN * (b - a)
    d = a + INVERSE_GOLDEN * (b - a)
    fc, fd = function(c), function(d)
    while b - a > xtol:
        if fc <= fd:
            b, d, fd = d, c, fc
            c = b - INVERSE_GOLDEN * (b - a)
            fc = function(c)
        else:
            a, c, fc = c, d, fd
            d = a + INVERSE_GOLDEN * (b - a)
            fd = function(d)
    return 0.5 * (a + b)
