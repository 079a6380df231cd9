"""Initial states from a spec string (docs/physics.md §2): `band:μ`, `level:μ:i`, `profile:p1,…,pN`,
`centre` (a band state on the middle site) and `mode:q[:A]` (a Fourier mode of the profile, §5).

Random states are drawn from `numpy.random.default_rng([initial_seed, 1])`, a stream of its own so
that the initial state is independent of the couplings even when both use the same seed. Sample s of
an ensemble of K is the s-th state drawn, so sample 0 is the state of a single run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from fourier_gui.physics.errors import ParameterError

SPEC_HELP = (
    "band:μ, level:μ:i, profile:p1,…,pN, centre or mode:q[:A] "
    "(sites μ = 1…N, levels i = 1…n, weights ≥ 0 summing to 1, q = 1…N−1, 0 < A ≤ 1/N)"
)
KINDS = ("band", "level", "profile", "centre", "mode")
PROFILE_TOLERANCE = 1e-9


def centre_site(sites: int) -> int:
    """The middle site (1-based); the left one of the two middle sites when N is even."""
    return (sites + 1) // 2


def mode_profile(sites: int, q: int) -> np.ndarray:
    """cos(qπ(μ − ½)/N) for μ = 1..N: the q-th eigenvector of the chain's Laplacian (free ends)."""
    mu = np.arange(1, sites + 1)
    return np.cos(q * np.pi * (mu - 0.5) / sites)


def mode_weights(sites: int, q: int, amplitude: float) -> tuple[float, ...]:
    """Profile weights p_μ = 1/N + A·cos(qπ(μ − ½)/N) of Fourier mode q (docs/physics.md §5)."""
    return tuple(float(w) for w in 1.0 / sites + amplitude * mode_profile(sites, q))


@dataclass(frozen=True)
class InitialSpec:
    """A parsed spec. `site` and `level` are 1-based as in the paper; `weights` the P_μ(0) of a profile."""

    kind: str
    site: int = 1
    level: int = 1
    weights: tuple[float, ...] = ()
    mode: int = 0
    amplitude: float = 0.0

    def to_string(self) -> str:
        if self.kind == "band":
            return f"band:{self.site}"
        if self.kind == "level":
            return f"level:{self.site}:{self.level}"
        if self.kind == "centre":
            return "centre"
        if self.kind == "mode":
            return f"mode:{self.mode}:{self.amplitude!r}"
        return "profile:" + ",".join(repr(w) for w in self.weights)

    @property
    def is_profile(self) -> bool:
        """True when every site gets a random band state with its own weight (profile and mode)."""
        return self.kind in ("profile", "mode")

    def probabilities(self, sites: int) -> np.ndarray:
        """P_μ(0) of the spec (exact for every sample drawn from it)."""
        p = np.zeros(sites)
        if self.is_profile:
            p[:] = self.weights
            return p / p.sum()
        p[self.site - 1] = 1.0
        return p


def parse_initial_spec(spec: object, sites: int, levels: int | None = None) -> InitialSpec:
    """Parse and check a spec against N sites (and n levels when given); raise ParameterError naming
    `initial`, the spec and what is allowed."""
    if not isinstance(spec, str):
        raise ParameterError("initial", spec, SPEC_HELP)
    kind, _, rest = spec.strip().partition(":")
    kind = kind.lower()
    if kind not in KINDS:
        raise ParameterError("initial", spec, f"unknown kind {kind!r}; use {SPEC_HELP}")
    try:
        if kind == "band":
            site = int(rest)
            _check_site(spec, site, sites)
            return InitialSpec("band", site=site)
        if kind == "centre":
            if rest.strip():
                raise ParameterError("initial", spec, "centre takes no arguments")
            return InitialSpec("centre", site=centre_site(sites))
        if kind == "level":
            site_text, _, level_text = rest.partition(":")
            site, level = int(site_text), int(level_text)
            _check_site(spec, site, sites)
            upper = "n" if levels is None else str(levels)
            if level < 1 or (levels is not None and level > levels):
                raise ParameterError("initial", spec, f"level i must be 1 … {upper}")
            return InitialSpec("level", site=site, level=level)
        if kind == "mode":
            return _parse_mode(spec, rest, sites)
        weights = tuple(float(x) for x in rest.split(","))
        return InitialSpec("profile", weights=_check_weights(spec, weights, sites))
    except ValueError as exc:
        if isinstance(exc, ParameterError):
            raise
        raise ParameterError("initial", spec, f"{kind} needs numbers: {SPEC_HELP}") from None


def _parse_mode(spec: str, rest: str, sites: int) -> InitialSpec:
    q_text, _, a_text = rest.partition(":")
    q = int(q_text)
    if not 1 <= q <= sites - 1:
        raise ParameterError("initial", spec, f"mode q must be 1 … {sites - 1} (N − 1)")
    amplitude = float(a_text) if a_text.strip() else 1.0 / sites
    if not (math.isfinite(amplitude) and 0.0 < amplitude <= 1.0 / sites * (1.0 + 1e-12)):
        raise ParameterError("initial", spec, f"mode amplitude A must satisfy 0 < A ≤ 1/N = {1.0 / sites:.6g}")
    weights = tuple(max(w, 0.0) for w in mode_weights(sites, q, amplitude))
    return InitialSpec("mode", weights=weights, mode=q, amplitude=amplitude)


def _check_site(spec: str, site: int, sites: int) -> None:
    if not 1 <= site <= sites:
        raise ParameterError("initial", spec, f"site μ must be 1 … {sites}")


def _check_weights(spec: str, weights: tuple[float, ...], sites: int) -> tuple[float, ...]:
    if len(weights) != sites:
        raise ParameterError("initial", spec, f"profile needs exactly {sites} weights (one per site)")
    if any(not math.isfinite(w) or w < 0 for w in weights):
        raise ParameterError("initial", spec, "profile weights must be finite and ≥ 0")
    if abs(sum(weights) - 1.0) > PROFILE_TOLERANCE:
        raise ParameterError("initial", spec, f"profile weights must sum to 1 (they sum to {sum(weights):.12g})")
    return weights


def initial_state_rng(initial_seed: int) -> np.random.Generator:
    """The generator of the initial states' randomness (independent of the couplings' stream)."""
    return np.random.default_rng([initial_seed, 1])


def random_band_vector(rng: np.random.Generator, levels: int) -> np.ndarray:
    """A normalized complex Gaussian vector on the n levels of one band."""
    z = rng.standard_normal(levels) + 1j * rng.standard_normal(levels)
    return z / np.linalg.norm(z)


def initial_block(spec: InitialSpec, site_levels: np.ndarray, samples: int, initial_seed: int) -> np.ndarray:
    """K initial states as one (D, K) block (D = Σ n_μ, the model's basis order), drawn site after site,
    sample after sample, from `initial_state_rng(initial_seed)`."""
    starts = np.concatenate([[0], np.cumsum(site_levels)]).astype(int)
    block = np.zeros((int(starts[-1]), samples), dtype=np.complex128)
    if spec.kind == "level":
        if spec.level > site_levels[spec.site - 1]:
            raise ParameterError("initial", spec.to_string(), f"level i must be 1 … {site_levels[spec.site - 1]}")
        block[starts[spec.site - 1] + spec.level - 1, :] = 1.0
        return block
    rng = initial_state_rng(initial_seed)
    weights = spec.weights if spec.is_profile else tuple(float(mu == spec.site - 1) for mu in range(len(site_levels)))
    for s in range(samples):
        for mu, weight in enumerate(weights):
            if weight > 0 or spec.is_profile:
                band = slice(starts[mu], starts[mu + 1])
                block[band, s] = math.sqrt(weight) * random_band_vector(rng, int(site_levels[mu]))
    return block
