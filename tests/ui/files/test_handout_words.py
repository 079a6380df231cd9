"""The handout's parameters in plain words (ui/files/handout.plain_parameters): written from the system as
physics resolved it and from the parsed initial state, not from the raw texts typed in the panel."""

from fourier_gui.physics.parameters import SimulationParameters
from fourier_gui.ui.files.handout import plain_parameters


def words(**changes) -> str:
    return "\n".join(plain_parameters(SimulationParameters(**changes)))


def test_the_papers_chain_in_words():
    assert plain_parameters(SimulationParameters(sites=3, levels=500, lam=5e-5, bandwidth=0.05)) == [
        "3 subunits (N) joined as a chain, each a ground state and a band of 500 levels (n)",
        "band width δε = 0.05 ΔE, coupling λ = 5e-05 ΔE",
        "energy starts in: the band of subunit 1",
        "run length: 5 relaxation times 1/γ, 201 time points; random couplings from seed 0",
    ]


def test_shapes_are_read_from_the_resolved_layout():
    assert "joined as a grid of 3 × 4," in words(sites=12, geometry="grid:3X4")  # printed raw before
    assert "joined as a ladder of 2 × 3," in words(sites=6, geometry="ladder")
    assert "joined as a ring," in words(sites=5, geometry="ring")
    assert "joined as the graph of an edge list (3 bonds)," in words(sites=3, edges="1,2;2,3;3,1")


def test_per_subunit_and_per_bond_values_are_the_resolved_ones():
    text = words(sites=3, site_levels="100, 500,100", bond_lam="1e-5;2e-5", site_offsets="0,0.025,0.05")
    assert "each a ground state and a band of its own size" in text
    assert "levels of each subunit (n_μ): 100, 500, 100" in text
    assert "coupling of each bond (λ_ab): 1–2: 1e-05, 2–3: 2e-05" in text
    assert "band offset of each subunit (Δ_μ, ΔE): 0, 0.025, 0.05" in text


def test_disorder_shows_its_width_and_the_offsets_drawn():
    p = SimulationParameters(sites=4, disorder=0.1, seed=3)
    text = "\n".join(plain_parameters(p))
    assert "random band offsets up to ±0.05 ΔE (disorder W = 0.1)" in text
    drawn = ", ".join(f"{d:.3g}" for d in p.system().offsets)
    assert f"band offset of each subunit (Δ_μ, ΔE): {drawn}" in text


def test_long_lists_are_cut_with_their_count():
    text = words(sites=30, site_levels=",".join(str(10 + i) for i in range(30)))
    assert "levels of each subunit (n_μ): 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, … (30 in all)" in text


def test_initial_states_in_words():
    assert "the band of the centre subunit (3)" in words(sites=5, initial="centre")
    assert "one level: subunit 2, level 7" in words(initial="level:2:7")
    assert "the bands, in the shares 0.5, 0.25, 0.25" in words(initial="profile:0.5,0.25,0.25")
    assert "a Fourier mode q = 2 (amplitude A = 0.1)" in words(sites=5, initial="mode:2:0.1")
    assert "averaged over 8 random starts (K)" in words(samples=8)
