"""A run never hands on silent garbage: a chunk whose numbers are not finite ends the run with one line."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.propagation import Chunk


class NumbersNotFinite(FourierGuiError, ArithmeticError):
    """The run's numbers turned NaN or infinite (or its eigensolver gave up): one line, no results."""


def finite_chunks(stream: Iterator[Chunk]) -> Iterator[Chunk]:
    """The chunks of `stream`, each checked: P_μ, J_μ and the norm error finite, else NumbersNotFinite."""
    try:
        for chunk in stream:
            parts = [chunk.sample_probabilities, chunk.sample_currents]
            if not all(part is None or np.isfinite(part).all() for part in parts):
                bad = int(np.argmax(~np.isfinite(chunk.sample_probabilities).all(axis=(1, 2))))
                when = float(chunk.times[bad]) if chunk.times.size else chunk.completed_time
                raise NumbersNotFinite(
                    f"the run's numbers turned non-finite at t = {when:.4g} ħ/ΔE (max |Σ P_μ − 1| = "
                    f"{chunk.norm_error:.3g}); nothing is saved — the parameters ask more than double precision holds"
                )
            yield chunk
    except np.linalg.LinAlgError as exc:
        raise NumbersNotFinite(f"the eigensolver failed ({exc}); try --method chebyshev") from None
