"""A run propagates exactly the couplings it stores (docs/physics.md §3): H rebuilt in double by loops from the
couplings file alone reproduces the run, in single precision as in double, by the fused kernel as by numpy;
single and double storage differ by what the rounding of H allows; the first run after numba compiled its
kernels and every later run give the same bits; the files name the product that ran."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from fourier_gui.execution import ExactRun
from fourier_gui.execution.fused_kernel import KERNEL_ENV
from fourier_gui.io.couplings_file import write_couplings
from fourier_gui.io.summary import run_summary
from fourier_gui.physics import SimulationParameters
from tests.reference import reference_graph_hamiltonian

ROOT = Path(__file__).resolve().parents[2]
SMALL = SimulationParameters(sites=4, levels=12, lam=2e-3, samples=2, points=9, method="chebyshev")


def _outsider_hamiltonian(path: Path) -> tuple[np.ndarray, np.ndarray, int]:
    """H in double, its sites' starts and N, built by loops from the .npz alone (numpy's own reader)."""
    with np.load(path) as data:
        arrays = {key: data[key] for key in data.files}
    if "edges" in arrays:
        levels, edges = arrays["site_levels"], [tuple(e) for e in arrays["edges"].tolist()]
        blocks = [arrays[f"coupling_{e}"].astype(np.complex128) for e in range(len(edges))]
        energies = np.split(arrays["band_energies"], np.cumsum(levels)[:-1])
    else:
        couplings = arrays["couplings"]
        levels = np.full(couplings.shape[0] + 1, couplings.shape[1])
        edges = [(mu, mu + 1) for mu in range(couplings.shape[0])]
        blocks = [c.astype(np.complex128) for c in couplings]
        energies = [arrays["band_energies"]] * levels.size
    h = reference_graph_hamiltonian(list(energies), edges, blocks)
    return h, np.concatenate([[0], np.cumsum(levels)]), int(levels.size)


@pytest.mark.parametrize("kernel", ["numba", "numpy"])
@pytest.mark.parametrize("precision", ["single", "double"])
@pytest.mark.parametrize(("seed", "geometry"), [(0, "chain"), (5, "chain"), (11, "ring"), (3, "grid:2x2")])
def test_a_run_is_its_couplings_files_hamiltonian(tmp_path, monkeypatch, kernel, precision, seed, geometry):
    if kernel == "numba":
        pytest.importorskip("numba")
    monkeypatch.setenv(KERNEL_ENV, kernel)
    params = SMALL.with_changes(seed=seed, geometry=geometry, couplings_precision=precision)
    run = ExactRun(params)
    for _ in run.chunks():
        pass
    assert run.result.product == ("numba kernel" if kernel == "numba" else "numpy")
    path = tmp_path / "run.npz"
    write_couplings(path, run.model, run.psi0, params.bandwidth, params.system().offsets)
    with np.load(path) as data:
        stored = [data[key] for key in data.files if key.startswith("coupling")]
    assert {a.dtype for a in stored} == {np.dtype(np.complex64 if precision == "single" else np.complex128)}
    h, starts, sites = _outsider_hamiltonian(path)
    values, vectors = np.linalg.eigh(h)
    psi0 = run.psi0  # (D, K)
    worst = 0.0
    for row, t in enumerate(run.result.times):
        psi = vectors @ (np.exp(-1j * values * t)[:, None] * (vectors.conj().T @ psi0))
        weights = np.abs(psi) ** 2
        p = np.stack([weights[starts[mu] : starts[mu + 1]].sum(axis=0) for mu in range(sites)])  # (N, K)
        worst = max(worst, float(np.max(np.abs(run.result.exact_samples[row] - p))))
    assert worst <= 1e-10


def test_single_and_double_storage_differ_as_the_rounding_of_h_allows():
    """‖ψ_single(t) − ψ_double(t)‖ ≤ t·‖H_single − H_double‖₂, so |ΔP_μ| ≤ 2t·‖ΔH‖₂: over seeds, the two
    runs differ (the couplings are other numbers) and stay inside that bound."""
    for seed in (0, 1, 2):
        params = SMALL.with_changes(seed=seed, samples=1, t_max_gamma=5.0)
        single, double = ExactRun(params), ExactRun(params.with_changes(couplings_precision="double"))
        for run in (single, double):
            for _ in run.chunks():
                pass
        dh = np.linalg.norm(single.model.dense() - double.model.dense(), ord=2)
        coupling = double.model.dense() - np.diag(double.model.diagonal)
        assert 0 < dh <= 2.0**-24 * np.linalg.norm(coupling)  # ≤ ‖ΔH‖_F: every entry moved ≤ 2⁻²⁴ of itself
        delta = np.abs(single.result.exact - double.result.exact)
        bound = 2.0 * single.result.times[:, None] * dh + 1e-13
        assert np.all(delta <= bound)
        assert np.max(delta) > 0


def test_the_summary_and_the_csv_name_the_product_and_numba(tmp_path, monkeypatch):
    monkeypatch.setenv(KERNEL_ENV, "numpy")
    run = ExactRun(SMALL)
    for _ in run.chunks():
        pass
    provenance = run_summary(run.result)["provenance"]
    assert provenance["product"] == "numpy"
    try:
        import numba
    except ImportError:
        assert provenance["numba"] is None
    else:
        assert provenance["numba"] == numba.__version__
    from fourier_gui.io.results_csv import write_csv

    write_csv(tmp_path / "run.csv", run.result)
    header = [line for line in (tmp_path / "run.csv").read_text().splitlines() if line.startswith("#")]
    assert "# provenance.product: numpy" in header
    eigen = ExactRun(SMALL.with_changes(method="eigen"))
    assert eigen.result.product == "numpy eigh"


PROBE = """
import hashlib, json, sys
from fourier_gui.execution import ExactRun
from fourier_gui.execution.fused_numba import cached
from fourier_gui.physics import SimulationParameters
was_cached = cached()
run = ExactRun(SimulationParameters(sites=5, levels=40, lam=1e-3, samples=2, points=21, method="chebyshev",
                                    couplings_precision=sys.argv[1]))
for _ in run.chunks():
    pass
print(json.dumps({"cached": was_cached, "product": run.result.product,
                  "bits": hashlib.sha256(run.result.exact_samples.tobytes()).hexdigest()}))
"""


@pytest.mark.slow
@pytest.mark.parametrize("precision", ["single", "double"])
def test_the_first_run_after_the_compile_and_later_runs_give_the_same_bits(tmp_path, precision):
    """A fresh numba cache: the first process compiles the kernels (in a child process), the next loads them;
    both runs, and a run in a process whose kernels were cached before it started, agree bit for bit."""
    pytest.importorskip("numba")
    env = dict(os.environ, NUMBA_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    env[KERNEL_ENV] = "numba"

    def probe() -> dict:
        done = subprocess.run(
            [sys.executable, "-c", PROBE, precision], env=env, cwd=ROOT, capture_output=True, text=True, timeout=900
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])

    cold, warm = probe(), probe()
    assert not cold["cached"] and warm["cached"]
    assert cold["product"] == warm["product"] == "numba kernel"
    assert cold["bits"] == warm["bits"]
    assert hashlib.sha256(b"").hexdigest() not in (cold["bits"], warm["bits"])
