"""The resolved system (physics/system.py): every geometry, an explicit edge list winning over the geometry,
λ per edge, levels per site and disorder offsets, worked out once from the parameters; bad values refused
by the name of their field."""

import dataclasses

import numpy as np
import pytest

from fourier_gui.physics import ParameterError, SimulationParameters
from fourier_gui.physics.geometry import disorder_offsets
from fourier_gui.physics.system import System


def system(**changes) -> System:
    return SimulationParameters(lam=0.002, levels=10, **changes).validated().system()


def test_the_chain_is_the_uniform_chain_on_a_line():
    s = system(sites=4)
    assert s.edges == ((0, 1), (1, 2), (2, 3)) and s.is_uniform_chain
    assert s.site_levels.tolist() == [10] * 4 and s.lams.tolist() == [0.002] * 3 and not np.any(s.offsets)
    assert s.layout.shape == "line" and s.positions().tolist() == [[0, 0], [1, 0], [2, 0], [3, 0]]
    assert s.dimension == 40 and s.coupling_entries == 3 * 100 and s.starts.tolist() == [0, 10, 20, 30, 40]
    assert s.current_names() == ["J1", "J2", "J3"]


def test_a_ring_closes_the_chain_and_sits_on_a_circle():
    s = system(sites=4, geometry="ring")
    assert s.edges == ((0, 1), (1, 2), (2, 3), (3, 0)) and not s.is_uniform_chain
    radius = np.hypot(*s.positions().T)
    np.testing.assert_allclose(radius, radius[0])
    assert s.positions()[0].tolist() == pytest.approx([0.0, radius[0]])  # site 1 on top
    assert s.current_names() == ["J_1-2", "J_2-3", "J_3-4", "J_4-1"]


def test_a_ladder_has_two_rails_and_rungs():
    s = system(sites=6, geometry="ladder")
    assert set(s.edges) == {(0, 1), (1, 2), (3, 4), (4, 5), (0, 3), (1, 4), (2, 5)}
    assert (s.layout.shape, s.layout.rows, s.layout.cols) == ("rails", 2, 3)
    assert s.positions().tolist() == [[0, 0], [1, 0], [2, 0], [0, -1], [1, -1], [2, -1]]


@pytest.mark.parametrize("text", ["grid:2x3", "grid:2X3", "grid:2×3"])
def test_a_grid_of_rows_by_columns(text):
    s = system(sites=6, geometry=text)
    assert (s.layout.shape, s.layout.rows, s.layout.cols) == ("grid", 2, 3)
    assert set(s.edges) == {(0, 1), (1, 2), (3, 4), (4, 5), (0, 3), (1, 4), (2, 5)}
    assert s.positions()[5].tolist() == [2.0, -1.0]  # row-major, row 0 on top


def test_an_explicit_edge_list_wins_over_the_geometry():
    s = system(sites=4, geometry="grid:2x2", edges="1,3; 3,2,0.005\n2,4 # a path")
    assert s.edges == ((0, 2), (2, 1), (1, 3)) and s.lams.tolist() == [0.002, 0.005, 0.002]
    assert s.layout.shape == "circle" and not s.is_uniform_chain
    # the geometry is not read at all, not even to refuse it
    assert system(sites=4, geometry="star", edges="1,2;2,3;3,4").edges == ((0, 1), (1, 2), (2, 3))


def test_bond_couplings_and_site_levels():
    s = system(sites=3, site_levels="10,30,20", bond_lam="0.001,0.004")
    assert s.site_levels.tolist() == [10, 30, 20] and s.lams.tolist() == [0.001, 0.004]
    assert s.dimension == 60 and s.coupling_entries == 10 * 30 + 30 * 20
    assert s.band(1) == slice(10, 40) and not s.is_uniform_chain


def test_disorder_offsets_come_from_their_own_seeded_stream():
    s = system(sites=5, disorder=0.03, seed=11)
    assert np.array_equal(s.offsets, disorder_offsets(5, 0.03, 11)) and np.any(s.offsets)
    assert not s.is_uniform_chain and s.edges == ((0, 1), (1, 2), (2, 3), (3, 4))


def test_a_chain_spelled_out_with_the_runs_n_and_lam_is_the_uniform_chain():
    for spelled in ({"site_levels": "10,10,10"}, {"bond_lam": "0.002,0.002"}, {"edges": "1,2\n2,3"}):
        assert system(sites=3, **spelled).is_uniform_chain
    for other in ({"site_levels": "12,12,12"}, {"bond_lam": "0.003,0.003"}, {"edges": "2,3\n1,2"}):
        assert not system(sites=3, **other).is_uniform_chain


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"geometry": "ring", "sites": 2}, "geometry"),
        ({"geometry": "ladder", "sites": 5}, "geometry"),
        ({"geometry": "grid:2x2", "sites": 6}, "geometry"),
        ({"geometry": "hexagon"}, "geometry"),
        ({"site_levels": "10,10"}, "site_levels"),
        ({"site_levels": "10,0,10"}, "site_levels"),
        ({"site_levels": "a,b,c"}, "site_levels"),
        ({"bond_lam": "0.001"}, "bond_lam"),
        ({"bond_lam": "0.001,-1"}, "bond_lam"),
        ({"edges": "1,2"}, "edges"),
        ({"edges": "1,4;2,3"}, "edges"),
    ],
)
def test_bad_systems_are_refused_by_field_name(changes, field):
    with pytest.raises(ParameterError) as info:
        SimulationParameters(**({"sites": 3} | changes)).validated()
    assert info.value.name == field


def test_the_system_is_worked_out_once_and_cannot_change():
    p = SimulationParameters(sites=4, geometry="ring")
    s = p.system()
    assert p.system() is s and p.with_changes(seed=1).system() is not s
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.edges = ()  # type: ignore[misc]
    for array in (s.site_levels, s.offsets, s.lams, s.starts):
        with pytest.raises(ValueError):
            array[0] = 0


def test_only_a_uniform_chain_may_be_flagged_as_one():
    chain = System.uniform_chain(4, 10, 0.002)
    assert chain.is_uniform_chain and chain.edges == ((0, 1), (1, 2), (2, 3))
    with pytest.raises(ValueError):
        System(np.full(3, 10), np.zeros(3), [(0, 1), (1, 2), (2, 0)], np.full(3, 0.002), is_uniform_chain=True)
    with pytest.raises(ValueError):
        System(np.array([10, 12]), np.zeros(2), [(0, 1)], np.full(1, 0.002), is_uniform_chain=True)
