"""The run model's state machine, without a window: every transition, including failure."""

import numpy as np
import pytest

from fourier_gui.engine.run_model import RunModel, RunState
from fourier_gui.physics.parameters import SimulationParameters

TINY = SimulationParameters(sites=3, levels=20, lam=0.002, points=40, t_max_gamma=2.0, method="chebyshev")
#: Long enough (many Chebyshev blocks) to pause and stop in the middle.
LONG = SimulationParameters(sites=4, levels=300, lam=1e-4, points=400, t_max_gamma=60.0, method="chebyshev")


@pytest.fixture
def model(qtbot):
    m = RunModel()
    yield m
    m.shutdown()


def test_starts_idle_and_refuses_to_run_without_valid_parameters(model):
    assert model.state is RunState.IDLE and model.result is None and not model.stale
    assert not model.start()  # no parameters yet (an invalid panel gives None)
    assert model.state is RunState.IDLE and not model.engine.busy


def test_idle_running_finished(qtbot, model, run_to_end):
    model.set_parameters(TINY)
    states = []
    model.state_changed.connect(states.append)
    end = run_to_end(model)
    assert end.state is RunState.FINISHED and model.state is RunState.FINISHED
    assert states[0] is RunState.RUNNING and RunState.FINISHED in states
    r = model.result
    assert r is not None and r.is_complete and r.parameters == TINY
    assert model.data_version > 1
    # the derived series were stored once per chunk and agree with their definitions
    np.testing.assert_allclose(r.exact, r.exact_samples.mean(axis=2))
    p = r.exact[-1]
    np.testing.assert_allclose(r.temperatures[-1], 1.0 / np.log(TINY.levels * (1 - p) / p))
    np.testing.assert_allclose(r.exact.sum(axis=1), 1.0, atol=1e-8)


def test_start_while_running_is_refused(qtbot, model):
    model.set_parameters(LONG)
    assert model.start()
    assert not model.start()
    assert model.state is RunState.RUNNING
    model.stop()
    qtbot.waitUntil(lambda: model.state is RunState.STOPPED, timeout=30_000)


def test_pause_holds_the_run_and_resume_continues(qtbot, model):
    model.set_parameters(LONG)
    model.start()
    qtbot.waitUntil(lambda: model.result is not None and model.result.completed > 0, timeout=30_000)
    model.pause()
    assert model.state is RunState.PAUSED
    # the block in progress ends at the next checkpoint (later on a loaded machine): wait until no
    # chunk arrives for half a second, at most ten seconds…
    for _ in range(20):
        before = model.result.completed_time
        qtbot.wait(500)
        if model.result.completed_time == before:
            break
    held = model.result.completed_time  # …then it must hold
    qtbot.wait(600)
    assert model.result.completed_time == held, "a paused run went on computing"
    model.toggle_pause()
    assert model.state is RunState.RUNNING
    qtbot.waitUntil(lambda: model.result.completed_time > held, timeout=30_000)
    model.stop()
    qtbot.waitUntil(lambda: model.state is RunState.STOPPED, timeout=30_000)


@pytest.mark.parametrize("pause_first", [False, True], ids=["from running", "from paused"])
def test_stop_keeps_the_partial_result(qtbot, model, pause_first):
    model.set_parameters(LONG)
    model.start()
    qtbot.waitUntil(lambda: model.result is not None and model.result.completed > 0, timeout=30_000)
    if pause_first:
        model.pause()
    with qtbot.waitSignal(model.ended, timeout=30_000) as blocker:
        model.stop()
    assert blocker.args[0].state is RunState.STOPPED and model.state is RunState.STOPPED
    r = model.result
    assert 0 < r.completed < r.times.size
    assert np.all(np.isfinite(r.exact[: r.completed])) and np.all(np.isnan(r.exact[r.completed :]))
    assert r.transport.rows == r.completed  # the pooled transport summary covers every stored row


def test_failure_is_reported_and_the_next_run_works(qtbot, model, run_to_end, monkeypatch):
    def broken(params, **_options):
        raise RuntimeError("simulated failure")

    monkeypatch.setattr("fourier_gui.execution.run.ExactRun", broken)
    model.set_parameters(TINY)
    end = run_to_end(model)
    assert end.state is RunState.FAILED and model.state is RunState.FAILED
    assert "simulated failure" in end.reason and "Traceback" in end.details
    monkeypatch.undo()
    assert run_to_end(model).state is RunState.FINISHED


def test_a_refused_run_fails_with_one_line_and_no_traceback(qtbot, model, run_to_end):
    model.set_parameters(TINY.with_changes(initial="band:7"))  # not validated by a panel on purpose
    end = run_to_end(model)
    assert end.state is RunState.FAILED and "initial" in end.reason and end.details == ""


def test_reset_forgets_the_result_even_mid_run(qtbot, model):
    model.set_parameters(LONG)
    model.start()
    qtbot.waitUntil(lambda: model.result is not None, timeout=30_000)
    model.reset()
    assert model.state is RunState.IDLE and model.result is None and not model.engine.busy


def test_stale_follows_the_parameters(qtbot, model, run_to_end):
    model.set_parameters(TINY)
    run_to_end(model)
    changes = []
    model.stale_changed.connect(changes.append)
    model.set_parameters(TINY.with_changes(lam=0.003))
    assert model.stale and changes == [True]
    model.set_parameters(None)  # an invalid panel: still not the shown run's parameters
    assert model.stale
    model.set_parameters(TINY)
    assert not model.stale and changes == [True, False]
    model.set_parameters(TINY.with_changes(sites=4))
    model.reset()
    assert not model.stale  # nothing shown, nothing stale


def test_load_shows_a_saved_result(qtbot, model, run_to_end):
    model.set_parameters(TINY)
    run_to_end(model)
    saved = model.result
    model.reset()
    prepared = []
    model.prepared.connect(prepared.append)
    model.load(saved)
    assert model.state is RunState.FINISHED and model.result is saved and prepared == [saved]
    model.load(None)
    assert model.state is RunState.IDLE and model.result is None
