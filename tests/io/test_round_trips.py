"""Files round-trip through the io readers; writes are atomic."""

import numpy as np
import pytest

from fourier_gui.execution import ExactRun
from fourier_gui.io.atomic import atomic_open
from fourier_gui.io.couplings_file import CouplingsFileError, read_couplings, write_couplings
from fourier_gui.io.results_csv import read_csv, write_csv
from fourier_gui.physics import SimulationParameters, SimulationResult
from fourier_gui.physics.propagation import chebyshev_chunks
from fourier_gui.physics.simulation import store_chunk


@pytest.fixture(scope="module")
def run():
    r = ExactRun(SimulationParameters(sites=4, levels=10, lam=0.003, samples=2, t_max_gamma=2.0, points=15))
    list(r.chunks())
    return r


def test_csv_round_trip_full_precision(tmp_path, run):
    path = tmp_path / "r.csv"
    write_csv(path, run.result)
    table = read_csv(path)
    assert np.array_equal(table.column("t"), run.result.times)
    assert np.array_equal(table.data[:, 1:5], run.result.exact)
    assert np.array_equal(table.data[:, 5:9], run.result.ham)
    assert table.metadata["complete"] == "true"


def test_partial_result_csv_says_how_far(tmp_path):
    p = SimulationParameters(sites=3, levels=20, lam=0.002, t_max_gamma=5.0, points=40)
    r = ExactRun(p)
    partial = SimulationResult.empty(p, "chebyshev")
    # small windows: the first chunk holds only a few of the 40 rows, as when a run is stopped early
    store_chunk(
        partial, next(chebyshev_chunks(r.model, r.psi0, partial.times, products_per_window=5, outputs_per_window=6))
    )
    path = tmp_path / "p.csv"
    write_csv(path, partial)
    table = read_csv(path)
    assert table.metadata["complete"] == "false"
    rows = partial.completed
    assert 0 < rows < 40 and table.data.shape[0] == rows
    assert float(table.metadata["completed_until"]) == partial.times[rows - 1]
    assert np.all(np.isfinite(table.data))


def test_couplings_round_trip(tmp_path, run):
    path = tmp_path / "c.npz"
    write_couplings(path, run.model, run.psi0, 0.05, np.zeros(run.model.sites))
    saved = read_couplings(path)
    assert saved.bandwidth == 0.05 and np.array_equal(saved.offsets, np.zeros(run.model.sites))
    assert np.array_equal(saved.couplings, run.model.stack)
    assert np.array_equal(saved.band_energies, run.model.site_energies[0])
    assert np.array_equal(saved.psi0, run.psi0[:, 0])
    assert saved.psi0_samples.shape == (2, 40)
    assert np.array_equal(saved.psi0_samples[1], run.psi0[:, 1])
    assert np.array_equal(saved.model().dense(), run.model.dense())


def test_atomic_write_keeps_old_file_on_error(tmp_path):
    path = tmp_path / "keep.txt"
    path.write_text("old")
    with pytest.raises(RuntimeError), atomic_open(path, "w") as f:
        f.write("half a new")
        raise RuntimeError("crash mid-write")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.txt"]


def test_a_graphs_couplings_round_trip(tmp_path):
    params = SimulationParameters(sites=4, levels=6, lam=0.004, geometry="ring", site_levels="6,9,4,6", samples=2)
    graph = ExactRun(params)
    path = tmp_path / "g.npz"
    write_couplings(path, graph.model, graph.psi0, params.bandwidth, params.system().offsets)
    saved = read_couplings(path)
    assert saved.edges is not None and saved.edges.tolist() == [[0, 1], [1, 2], [2, 3], [3, 0]]
    assert np.array_equal(saved.model().dense(), graph.model.dense())
    assert np.array_equal(saved.psi0_samples, graph.psi0.T)
    with np.load(path) as data:  # a coupling block of the wrong shape is refused by name
        arrays = {key: data[key] for key in data.files} | {"coupling_1": np.zeros((3, 3), complex)}
    np.savez(tmp_path / "bad.npz", **arrays)
    with pytest.raises(CouplingsFileError, match="coupling_1"):
        read_couplings(tmp_path / "bad.npz")
    np.savez(tmp_path / "bad-offsets.npz", **(arrays | {"coupling_1": saved.blocks[1], "offsets": np.zeros(3)}))
    with pytest.raises(CouplingsFileError, match="offsets"):
        read_couplings(tmp_path / "bad-offsets.npz")


def test_a_session_keeps_where_in_each_band_the_energy_sits(tmp_path):
    """A reopened session showed every band shaded evenly: the binned level populations were not saved (they
    come from the states, not from the samples). Sessions written before still open, evenly shaded."""
    import json

    from fourier_gui.execution import simulate
    from fourier_gui.io.session import read_session, write_session
    from fourier_gui.physics import SimulationParameters

    params = SimulationParameters(sites=3, levels=40, samples=1, points=6, t_max=2000.0, t_max_gamma=None)
    result = simulate(params)
    assert result.level_populations is not None and np.isfinite(result.level_populations).all()
    path = tmp_path / "s.fourier.json"
    write_session(path, params, result)
    _params, back = read_session(path)
    assert back is not None and back.level_populations is not None
    np.testing.assert_array_equal(back.level_populations, result.level_populations)
    data = json.loads(path.read_text(encoding="utf-8"))
    del data["results"]["level_populations"]  # as an older session
    path.write_text(json.dumps(data), encoding="utf-8")
    _params, old = read_session(path)
    assert old is not None and old.completed == result.completed and np.isnan(old.level_populations).all()


def test_a_couplings_file_gives_back_the_parameters_and_version_it_carries(tmp_path, run):
    """The `.npz` carries the run's parameters and the app's version; reading it gives them back, typed as the
    parameters' own dict (a file without them: None), and a `parameters` that is not a JSON object is refused."""
    from fourier_gui import __version__

    with_them, without = tmp_path / "with.npz", tmp_path / "without.npz"
    write_couplings(with_them, run.model, run.psi0, 0.05, np.zeros(run.model.sites), run.parameters)
    write_couplings(without, run.model, run.psi0, 0.05, np.zeros(run.model.sites))
    found = read_couplings(with_them)
    assert found.parameters == run.parameters.to_dict() and found.app_version == __version__
    assert read_couplings(without).parameters is None
    with np.load(with_them) as data:
        arrays = {k: data[k] for k in data.files}
    arrays["parameters"] = np.array("[1, NaN]")
    bad = tmp_path / "bad.npz"
    np.savez(bad, **arrays)
    with pytest.raises(CouplingsFileError, match="'parameters'"):
        read_couplings(bad)
