"""Graphs of subunits (docs/physics.md §6): geometries, the general model against a dense reference built
by loops, exact dynamics and currents on a ring and a grid with unequal bands, and the generalised HAM."""

import numpy as np
import pytest
import scipy.linalg

from fourier_gui.physics.errors import ParameterError
from fourier_gui.physics.geometry import check_edges, disorder_offsets, parse_edge_list, parse_geometry
from fourier_gui.physics.golden_rule import cell_rates, energy_cells
from fourier_gui.physics.ham import ham_probabilities, rate_matrix, rate_probabilities
from fourier_gui.physics.model import Model
from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.physics.propagation import chebyshev_chunks, eigen_chunks
from fourier_gui.physics.system import System
from fourier_gui.physics.transport import population_derivative
from tests.reference import reference_graph_hamiltonian


def geometry_edges(geometry: str, sites: int) -> list[tuple[int, int]]:
    return parse_geometry(geometry, sites)[0]


def draw(levels, offsets, bandwidth, edges, lams, seed, ensemble="complex") -> Model:
    """The one model on a system given by hand (stored edge by edge: not flagged as the uniform chain)."""
    return Model.draw(System(levels, offsets, edges, lams), bandwidth, seed, ensemble)


def test_named_geometries():
    assert geometry_edges("chain", 4) == [(0, 1), (1, 2), (2, 3)]
    assert geometry_edges("ring", 4)[-1] == (3, 0) and len(geometry_edges("ring", 4)) == 4
    ladder = geometry_edges("ladder", 6)  # 2×3: two rails of 2 edges, 3 rungs
    assert sorted(ladder) == sorted([(0, 1), (1, 2), (3, 4), (4, 5), (0, 3), (1, 4), (2, 5)])
    grid = geometry_edges("grid:2x3", 6)
    assert len(grid) == 2 * 2 + 3 * 1 and (0, 3) in grid and (2, 5) in grid and (2, 3) not in grid


@pytest.mark.parametrize(
    ("geometry", "sites"), [("ring", 2), ("ladder", 5), ("grid:2x3", 5), ("star", 4), ("grid:0x4", 0)]
)
def test_impossible_geometries_are_refused_by_name(geometry, sites):
    with pytest.raises(ParameterError) as info:
        geometry_edges(geometry, sites)
    assert info.value.name == "geometry"


@pytest.mark.parametrize(
    ("text", "why"),
    [("1,5", "sites must be"), ("1,1", "different"), ("1,2\n2,1", "at most once"), ("1,2", "connected"),
     ("1,2,-3\n2,3", "λ must"), ("a,b", "line 1"), ("", "at least one")],
)  # fmt: skip
def test_bad_edge_lists_are_refused_with_the_reason(text, why):
    with pytest.raises(ParameterError) as info:
        parse_edge_list(text, 3)
    assert why in str(info.value)


def test_edge_list_with_lambdas():
    edges, lams = parse_edge_list("# a ring\n1,2\n2,3,0.002\n3,1", 3)
    assert edges == [(0, 1), (1, 2), (2, 0)] and lams == [None, 0.002, None]
    with pytest.raises(ParameterError):
        check_edges([(0, 1), (2, 3)], 4)  # two pieces


def test_disorder_is_seeded_and_bounded():
    a, b = disorder_offsets(50, 0.1, 7), disorder_offsets(50, 0.1, 7)
    assert np.array_equal(a, b) and np.all(np.abs(a) <= 0.05) and a.std() > 0.01
    assert not np.any(disorder_offsets(5, 0.0, 7))


def test_uniform_chain_draws_the_chain_models_couplings_bit_for_bit():
    p = SimulationParameters(sites=4, levels=30, lam=0.002)
    chain = Model.from_parameters(p)
    general = draw(np.full(4, 30), np.zeros(4), p.bandwidth, geometry_edges("chain", 4), np.full(3, p.lam), 0)
    assert chain.stack is not None and general.stack is None  # one stack, or a block per edge
    for mu in range(3):
        assert np.array_equal(general.blocks[mu], chain.stack[mu])
    assert np.array_equal(general.dense(), chain.dense())
    x = np.random.default_rng(1).standard_normal((120, 2)) + 0j
    np.testing.assert_allclose(general.apply(x), chain.apply(x), atol=1e-15)


def _ring_with_unequal_bands(ensemble="complex") -> Model:
    levels = np.array([8, 16, 24, 12])
    offsets = np.array([0.0, 0.01, -0.005, 0.0])
    edges = geometry_edges("ring", 4)
    return draw(levels, offsets, 0.05, edges, np.array([0.004, 0.003, 0.004, 0.002]), 3, ensemble)


@pytest.mark.parametrize("ensemble", ["complex", "real"])
def test_general_model_matches_a_dense_reference_built_by_loops(ensemble):
    model = _ring_with_unequal_bands(ensemble)
    h = reference_graph_hamiltonian(model.site_energies, model.edges, model.blocks)
    np.testing.assert_allclose(model.dense(), h - np.eye(h.shape[0]), atol=1e-15)  # dense() is H − ΔE
    x = np.random.default_rng(2).standard_normal((model.dimension, 3)) + 1j
    np.testing.assert_allclose(model.apply(x), (h - np.eye(h.shape[0])) @ x, atol=1e-13)
    lo, hi = model.spectral_bounds()
    spectrum = np.linalg.eigvalsh(h - np.eye(h.shape[0]))
    assert lo <= spectrum.min() and spectrum.max() <= hi


@pytest.mark.parametrize("method", ["chebyshev", "eigen"])
def test_exact_dynamics_on_a_grid_and_a_ring_match_expm(method):
    for model in (_ring_with_unequal_bands(), _grid()):
        psi0 = np.zeros((model.dimension, 1), complex)
        psi0[model.band(0), 0] = np.random.default_rng(4).standard_normal(model.site_levels[0])
        psi0 /= np.linalg.norm(psi0)
        times = np.linspace(0, 800, 9)
        if method == "chebyshev":
            chunks = list(chebyshev_chunks(model, psi0, times, products_per_window=300, outputs_per_window=4))
        else:
            chunks = list(eigen_chunks(model, psi0, times, outputs_per_chunk=4))
        p = np.concatenate([c.sample_probabilities[:, :, 0] for c in chunks if c.times.size])
        h = model.dense()
        for t, row in zip(times, p, strict=True):
            psi = scipy.linalg.expm(-1j * h * t) @ psi0[:, 0]
            expected = [np.sum(np.abs(psi[model.band(s)]) ** 2) for s in range(model.sites)]
            np.testing.assert_allclose(row, expected, atol=1e-8)


def _grid() -> Model:
    edges = geometry_edges("grid:2x3", 6)
    return draw(np.full(6, 10), np.zeros(6), 0.05, edges, np.full(len(edges), 0.004), 5)


def test_currents_obey_continuity_on_every_site_of_a_ring():
    model = _ring_with_unequal_bands()
    rng = np.random.default_rng(6)
    states = (rng.standard_normal((3, model.dimension, 2)) + 1j * rng.standard_normal((3, model.dimension, 2))) / 8
    j = model.bond_currents(states)  # (m, E, K), from a to b
    flow = np.zeros((3, model.sites, 2))
    for e, (a, b) in enumerate(model.edges):
        flow[:, a] -= j[:, e]
        flow[:, b] += j[:, e]
    rate = np.stack([_rate(model, s) for s in states])
    np.testing.assert_allclose(rate, flow, atol=1e-12)
    assert np.max(np.abs(j)) > 1e-4


def _rate(model: Model, state: np.ndarray) -> np.ndarray:
    """dP/dt from H·ψ: 2·Im(ψ_μ^† (Hψ)_μ), site by site."""
    h_state = model.apply(state)
    weights = 2.0 * (state.real * h_state.imag - state.imag * h_state.real)
    return np.add.reduceat(weights, model.starts[:-1], axis=0)


def test_rates_reduce_to_ham_on_a_uniform_chain():
    levels, lam, bandwidth = 100, 2.5e-4, 0.05
    edges = geometry_edges("chain", 5)
    k = rate_matrix(np.full(5, levels), bandwidth, edges, np.full(4, lam))
    gamma = 2 * np.pi * lam**2 * levels / bandwidth
    p0, times = np.array([1.0, 0, 0, 0, 0]), np.linspace(0, 5 / gamma, 30)
    np.testing.assert_allclose(
        rate_probabilities(p0, k, np.full(5, levels), times), ham_probabilities(p0, gamma, times), atol=1e-12
    )


def test_rates_reach_equilibrium_in_proportion_to_the_levels():
    levels = np.array([150, 300, 450])
    k = rate_matrix(levels, 0.05, geometry_edges("chain", 3), np.full(2, 1e-4))
    assert np.allclose(k.sum(axis=0), 0.0)
    late = rate_probabilities(np.array([1.0, 0, 0]), k, levels, np.array([0.0, 1e7]))
    np.testing.assert_allclose(late[1], levels / levels.sum(), atol=1e-9)
    cells = energy_cells(levels, np.array([0.0, 0.06, 0.0]), 0.05)
    offset = cell_rates(cells, geometry_edges("chain", 3), np.full(2, 1e-4))
    assert not np.any(offset[:, :, 1]) and not np.any(offset[:, 1, :])  # bands that do not overlap exchange nothing


def test_population_derivative_of_the_chain_model_still_agrees():
    p = SimulationParameters(sites=3, levels=12, lam=0.004)
    chain = Model.from_parameters(p)
    states = np.random.default_rng(9).standard_normal((2, 36, 1)) + 0j
    j = chain.bond_currents(states)
    rate = population_derivative(chain, states)
    padded = np.pad(j, ((0, 0), (1, 1), (0, 0)))
    np.testing.assert_allclose(rate, padded[:, :-1] - padded[:, 1:], atol=1e-12)


def test_simulate_on_a_ring_writes_edge_currents_and_a_general_couplings_file(tmp_path):
    from fourier_gui.cli import main
    from fourier_gui.io.results_csv import read_csv

    out, npz = tmp_path / "ring.csv", tmp_path / "ring.npz"
    argv = ["simulate", "--sites", "4", "--levels", "12", "--lam", "0.004", "--points", "9", "--geometry", "ring"]
    assert main([*argv, "--site-levels", "8,16,12,12", "--currents", "--csv", str(out), "--couplings", str(npz)]) == 0
    table = read_csv(out)
    assert table.columns[9:13] == ["exact_J_1-2", "exact_J_2-3", "exact_J_3-4", "exact_J_4-1"]
    with np.load(npz) as data:
        edges, levels = data["edges"].tolist(), data["site_levels"]
        blocks = [data[f"coupling_{e}"] for e in range(len(edges))]
        energies = np.split(data["band_energies"], np.cumsum(levels)[:-1])
        psi0 = data["psi0"]
    assert edges == [[0, 1], [1, 2], [2, 3], [3, 0]] and levels.tolist() == [8, 16, 12, 12]
    # rebuild H by loops from the file alone and check the populations the CSV holds
    h = reference_graph_hamiltonian(energies, [tuple(e) for e in edges], blocks)
    starts = np.concatenate([[0], np.cumsum(levels)])
    for row in table.data:
        psi = scipy.linalg.expm(-1j * h * row[0]) @ psi0
        expected = [np.sum(np.abs(psi[starts[s] : starts[s + 1]]) ** 2) for s in range(4)]
        np.testing.assert_allclose(row[1:5], expected, atol=1e-8)


def test_a_chain_spelled_out_is_the_uniform_chain_bit_for_bit():
    from fourier_gui.execution import simulate

    p = SimulationParameters(sites=3, levels=20, lam=0.002, points=11, t_max_gamma=2.0)
    a = simulate(p)
    assert p.system().is_uniform_chain
    for spelled in ({"site_levels": "20,20,20"}, {"bond_lam": "0.002,0.002"}, {"edges": "1,2; 2,3"}):
        b = simulate(p.with_changes(**spelled))
        assert b.parameters.system().is_uniform_chain and np.array_equal(a.exact_samples, b.exact_samples)
    # bands of another n than the run's: a graph (γ and the level diagram belong to the run's n)
    assert not p.with_changes(site_levels="21,21,21").system().is_uniform_chain


@pytest.mark.slow
@pytest.mark.parametrize("name", ["grid-corner", "ring", "heat-sink", "weak-bond", "disorder"])
def test_graph_presets_tell_their_story(name):
    """Each preset runs, conserves the norm, and shows what its description promises."""
    from fourier_gui.execution import simulate
    from fourier_gui.io.presets import load_preset

    r = simulate(load_preset(name).parameters)
    late = r.exact[-1]
    assert r.max_norm_error < 1e-8 and r.is_complete
    if name == "grid-corner":
        assert late.max() - late.min() < 0.05 and late[0] > late[-1]  # spread over the plane, still a gradient
    elif name == "ring":
        assert abs(late[1] - late[7]) < 0.03  # both ways alike
    elif name == "heat-sink":
        assert late[4] > 0.4 and r.ham[-1][4] == pytest.approx(1000 / 1800, abs=0.05)
    elif name == "weak-bond":
        assert late[2] > 5 * late[3]  # a step across the weak middle bond
    else:
        assert late[0] > 0.8  # disorder keeps the energy where it started


def test_a_session_keeps_the_graph_and_its_edge_currents(tmp_path):
    from fourier_gui.execution import simulate
    from fourier_gui.io.session import read_session, write_session

    p = SimulationParameters(sites=4, levels=10, lam=0.004, points=9, geometry="ring", site_levels="10,20,10,10")
    result = simulate(p)
    write_session(tmp_path / "s.json", p, result)
    params, back = read_session(tmp_path / "s.json")
    assert params == p and back is not None and back.edges == result.edges
    np.testing.assert_array_equal(back.current_samples, result.current_samples)
    np.testing.assert_allclose(back.ham, result.ham)


def test_the_badges_show_the_worst_edge():
    from fourier_gui.physics.criteria import diffusion_criteria, worst_edge_criteria

    # one bond 10× weaker: its c1 = 0.2 fails eq. (14) while the others (c1 = 2) meet it
    crit = worst_edge_criteria([200, 200, 200], [(0, 1), (1, 2)], [2.5e-4, 2.5e-5], 0.05)
    assert crit == diffusion_criteria(200, 2.5e-5, 0.05) and crit.c1_verdict == "violated"
    # a big band: c2 = λ²n/δε² is largest with the receiving band's n = 5000
    crit = worst_edge_criteria([200, 5000], [(0, 1)], [2.5e-3], 0.05)
    assert crit == diffusion_criteria(5000, 2.5e-3, 0.05)


def test_an_edge_file_becomes_one_line_of_the_csv_header(tmp_path):
    from fourier_gui.cli import main
    from fourier_gui.io.results_csv import read_csv

    edges = tmp_path / "ring.csv"
    edges.write_text("# a ring\n1,2\n2,3\n3,4,0.001\n4,1\n", encoding="utf-8")
    out = tmp_path / "r.csv"
    argv = ["simulate", "--sites", "4", "--levels", "10", "--lam", "0.004", "--points", "5", "--edges", str(edges)]
    assert main([*argv, "--currents", "--csv", str(out)]) == 0
    table = read_csv(out)
    assert table.metadata["param.edges"] == "1,2; 2,3; 3,4,0.001; 4,1"
    assert table.columns[0] == "t" and table.columns[-1] == "gamma_t" and table.data.shape == (5, 1 + 8 + 8 + 1)
