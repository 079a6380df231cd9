"""The results store is a plain container: every attribute declared, no clock; the runner decides when the
pooled transport summary is recomputed, and what it stores is what `summarize` computes."""

import dataclasses

import numpy as np
import pytest

from fourier_gui.execution import ExactRun, run
from fourier_gui.physics import SimulationParameters, SimulationResult
from fourier_gui.physics.simulation import summarize

#: Many small chunks: a run long enough for several Chebyshev blocks.
P = SimulationParameters(sites=4, levels=40, lam=0.05 / 80, points=120, t_max_gamma=6.0, method="chebyshev")


def same_summary(a, b) -> bool:
    arrays = (a.alpha, a.kappa.temperature, a.kappa.median, a.kappa.low, a.kappa.high, a.kappa.count)
    others = (b.alpha, b.kappa.temperature, b.kappa.median, b.kappa.low, b.kappa.high, b.kappa.count)
    same_arrays = all(np.array_equal(x, y, equal_nan=True) for x, y in zip(arrays, others, strict=True))
    return a.rows == b.rows and a.fourier == b.fourier and same_arrays


def test_the_stored_summary_is_what_summarize_computes():
    r = ExactRun(P)
    chunks = list(r.chunks())
    assert len(chunks) >= 3 and r.result.is_complete
    stored = r.result.transport
    assert stored.rows == r.result.completed == P.points
    assert stored.fourier is not None and stored.kappa.median.size > 0
    assert same_summary(summarize(r.result), stored)
    assert np.array_equal(r.result.alpha, stored.alpha, equal_nan=True)


def test_every_attribute_of_the_store_is_declared():
    r = ExactRun(P.with_changes(geometry="ring"))
    for _ in r.chunks():
        pass
    declared = {f.name for f in dataclasses.fields(SimulationResult)}
    assert set(vars(r.result)) == declared
    assert not any("time" in name and "completed" not in name for name in declared - {"times"})  # no clock


def test_the_runner_throttles_the_summaries_by_its_clock(monkeypatch):
    monkeypatch.setattr(run, "SUMMARY_SECONDS", 1e9)  # never by time: only at the end
    r = ExactRun(P)
    seen = [(r.result.completed, r.result.transport.rows) for _ in r.chunks()]
    assert len(seen) >= 3 and all(rows == 0 for _, rows in seen[:-1])
    assert seen[-1] == (P.points, P.points)
    monkeypatch.setattr(run, "SUMMARY_SECONDS", 0.0)  # every chunk
    r = ExactRun(P)
    seen = [(r.result.completed, r.result.transport.rows) for _ in r.chunks()]
    assert all(completed == rows for completed, rows in seen)


def test_summaries_are_swapped_in_never_changed(monkeypatch):
    monkeypatch.setattr(run, "SUMMARY_SECONDS", 0.0)
    r = ExactRun(P)
    stream = r.chunks()
    next(stream)
    next(stream)
    early = r.result.transport
    kept = (early.rows, early.alpha.copy(), early.kappa.median.copy(), early.fourier)
    assert not early.alpha.flags.writeable
    with pytest.raises(ValueError):
        early.alpha[0] = 1.0
    for _ in stream:
        pass
    assert r.result.transport is not early and r.result.transport.rows == P.points > early.rows
    assert early.rows == kept[0] and early.fourier == kept[3]
    assert np.array_equal(early.alpha, kept[1], equal_nan=True) and np.array_equal(early.kappa.median, kept[2])


def test_a_stopped_run_is_summarized_to_its_last_row(monkeypatch):
    monkeypatch.setattr(run, "SUMMARY_SECONDS", 1e9)
    r = ExactRun(P)
    stop = []
    for _ in r.chunks(lambda: bool(stop)):
        stop.append(True)  # after the first chunk: stop at the next checkpoint
    assert 0 < r.result.completed < P.points
    assert r.result.transport.rows == r.result.completed
    assert same_summary(r.result.transport, summarize(r.result))
