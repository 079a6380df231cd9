"""Benchmark of the exact dynamics against its peers (run by hand or `make bench`; not a test).

Jobs: the Fig. 2 run (N=3, n=500, 201 times to 5/γ), the paper's largest
(N=10, n=500, 201 times to 5/γ), a long chain (N=20, n=1000, 201 times: its peak memory) and a big one beyond
the paper (N=40, n=1000, λ=δε/(2n), 101 times).
Peers on the same couplings and initial state: numpy `eigh`, SciPy `expm_multiply` on the shifted sparse
matrix, QuTiP 5 `sesolve`, QuSpin's `expm_multiply_parallel`. Each (job, solver) runs in a fresh process,
so its peak memory is its own. Every peer's P_μ(t) is checked against ours. Prints a Markdown table of
medians and ratios: "median s" is ours from before the couplings are drawn (setup included) and the peers'
from after; "propagation s" is ours without the setup (the JSON's elapsed_s). "× c128 read" =
propagation s / (products × one pass of single matrix–vector products over all blocks stored as complex128,
in the same process): what any method that reads double-precision couplings once per product needs at
least; "× c64 read" the same over the blocks as complex64 (the default storage). "peak MB" is the process's
peak before those passes (which copy the blocks).

    python tests/benchmarks/bench_exact.py [--repeats 3] [--jobs fig2,ten,twenty,big] [--skip-peers-over 300]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

JOBS = {
    "fig2": dict(sites=3, levels=500, lam=5e-5, points=201),
    "ten": dict(sites=10, levels=500, lam=5e-5, points=201),
    "twenty": dict(sites=20, levels=1000, lam=0.05 / 2000, points=201),
    "big": dict(sites=40, levels=1000, lam=0.05 / 2000, points=101),
}
SOLVERS = ("ours", "ours-numpy", "eigh", "expm_multiply", "sesolve", "quspin")
#: Peers that cannot run a job on this machine (dense D×D of 25 GB; hours of sparse products).
INFEASIBLE = {(job, peer) for job in ("twenty", "big") for peer in ("eigh", "expm_multiply", "sesolve", "quspin")}


def parameters(job: str):
    from fourier_gui.physics import SimulationParameters

    return SimulationParameters(t_max_gamma=5.0, **JOBS[job]).validated()


def site_probabilities(states: np.ndarray, sites: int) -> np.ndarray:
    """states (M, D) → P (M, N)."""
    m = states.shape[0]
    return (np.abs(states.reshape(m, sites, -1)) ** 2).sum(axis=2)


def run_one(job: str, solver: str, out: str) -> None:
    """Time one solver on one job in this process; write P and figures to `out` (.npz)."""
    from fourier_gui.execution import ExactRun

    p = parameters(job)
    products, limit, limit64, propagation = 0, 0.0, 0.0, 0.0
    start = time.perf_counter()
    if solver in ("ours", "ours-numpy"):  # ours-numpy: the pure-numpy product, FOURIER_GUI_KERNEL=numpy
        run = ExactRun(p)
        original = run.model.apply
        count = [0]

        def counted(*args, **kwargs):
            count[0] += 1
            return original(*args, **kwargs)

        run.model.apply = counted  # type: ignore[method-assign]
        for _ in run.chunks():
            pass
        probs = run.result.exact
        elapsed = time.perf_counter() - start
        propagation = run.result.elapsed_s  # the JSON's elapsed_s: the propagation, without the setup
        method = run.method
        products = count[0]
    else:
        run = ExactRun(p.with_changes(method="chebyshev"))  # only to get the same couplings and ψ(0)
        psi0 = run.psi0[:, 0]
        times = run.result.times
        start = time.perf_counter()
        probs = PEERS[solver](run.model, psi0, times, p.sites)
        elapsed = time.perf_counter() - start
        propagation = elapsed
        method = solver
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    if products:  # after the peak: the passes copy the blocks into each storage
        stack = run.model.stack
        limit = products * single_read_pass(stack.astype(np.complex128, copy=False))
        limit64 = products * single_read_pass(stack.astype(np.complex64, copy=False))
    np.savez(
        out, probabilities=probs, elapsed=elapsed, propagation=propagation, peak=peak, method=method,
        products=products, limit=limit, limit64=limit64,
    )  # fmt: skip


def single_read_pass(blocks: np.ndarray, repeats: int = 30) -> float:
    """Median seconds of one pass of single matrix–vector products over all coupling blocks: the time a
    Hamiltonian product would take if it read each block exactly once (the memory-bound floor)."""
    v = np.ones(blocks.shape[2], dtype=blocks.dtype)
    y = np.empty(blocks.shape[1], dtype=blocks.dtype)
    passes = []
    for _ in range(repeats):
        t = time.perf_counter()
        for b in blocks:
            np.dot(b, v, out=y)
        passes.append(time.perf_counter() - t)
    return statistics.median(passes)


def peer_eigh(model, psi0, times, sites):
    energies, vectors = np.linalg.eigh(model.dense())
    coeff = vectors.conj().T @ psi0
    states = (vectors @ (np.exp(-1j * np.outer(energies, times)) * coeff[:, None])).T
    return site_probabilities(states, sites)


def sparse_hamiltonian(model):
    import scipy.sparse as sp

    sites = model.sites
    blocks = [[None] * sites for _ in range(sites)]
    for mu in range(sites):
        blocks[mu][mu] = sp.diags(model.diagonal[model.band(mu)].astype(complex))
    for mu in range(sites - 1):
        b = sp.csr_matrix(model.blocks[mu].astype(complex))
        blocks[mu + 1][mu] = b
        blocks[mu][mu + 1] = b.conj().T
    return sp.bmat(blocks, format="csr")


def peer_expm_multiply(model, psi0, times, sites):
    from scipy.sparse.linalg import expm_multiply

    h = sparse_hamiltonian(model)
    states = expm_multiply(-1j * h, psi0, start=times[0], stop=times[-1], num=times.size, endpoint=True)
    return site_probabilities(states, sites)


def peer_sesolve(model, psi0, times, sites):
    import qutip

    h = qutip.Qobj(sparse_hamiltonian(model))
    result = qutip.sesolve(h, qutip.Qobj(psi0), times, options={"atol": 1e-10, "rtol": 1e-9, "nsteps": 10**7})
    states = np.array([s.full().ravel() for s in result.states])
    return site_probabilities(states, sites)


def peer_quspin(model, psi0, times, sites):
    """QuSpin's `expm_multiply_parallel`: one operator e^{−iH·dt}, applied step by step on the uniform grid."""
    from quspin.tools.expm_multiply_parallel_core import ExpmMultiplyParallel

    h = sparse_hamiltonian(model)
    dt = float(times[1] - times[0])
    step = ExpmMultiplyParallel(h, a=-1j * dt, dtype=np.complex128)
    state = np.array(psi0, dtype=np.complex128)
    states = [state.copy()]
    work = np.zeros(2 * state.size, dtype=np.complex128)
    for _ in times[1:]:
        step.dot(state, work_array=work, overwrite_v=True)
        states.append(state.copy())
    return site_probabilities(np.array(states), sites)


PEERS = {
    "eigh": peer_eigh,
    "expm_multiply": peer_expm_multiply,
    "sesolve": peer_sesolve,
    "quspin": peer_quspin,
}


def measure(job: str, solver: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "r.npz")
        env = dict(os.environ)
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[2]) + os.pathsep + env.get("PYTHONPATH", "")
        if solver == "ours-numpy":
            env["FOURIER_GUI_KERNEL"] = "numpy"
        cmd = [sys.executable, __file__, "--one", job, solver, out]
        done = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if done.returncode != 0:
            return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"}
        with np.load(out) as d:
            return {k: d[k] for k in d.files}


def fmt_s(x: float) -> str:
    return f"{x:.2f}" if x < 100 else f"{x:.0f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3, help="runs per (job, solver); medians are quoted")
    ap.add_argument("--jobs", default="fig2,ten,twenty,big")
    ap.add_argument("--solvers", default=",".join(SOLVERS))
    ap.add_argument("--skip-peers-over", type=float, default=600.0, help="run a peer once if its first run took longer")
    ap.add_argument("--json", help="also write the figures here")
    ap.add_argument("--one", nargs=3, metavar=("JOB", "SOLVER", "OUT"), help=argparse.SUPPRESS)
    ns = ap.parse_args()
    if ns.one:
        run_one(*ns.one)
        return 0
    try:
        from threadpoolctl import threadpool_info

        blas = ", ".join(
            f"{i['internal_api']} {i.get('architecture', '')} ×{i['num_threads']}" for i in threadpool_info()
        )
    except ImportError:
        blas = "unknown BLAS"
    print(f"# fourier-gui exact-dynamics benchmark — {os.cpu_count()} cores, {blas}, numpy {np.__version__}\n")
    rows = []
    for job in ns.jobs.split(","):
        reference = None
        ours_time = None
        for solver in ns.solvers.split(","):
            if (job, solver) in INFEASIBLE:
                rows.append((job, solver, "not run: does not fit this machine's time or memory", *[""] * 9))
                continue
            times, runs, last = [], [], None
            for k in range(ns.repeats):
                r = measure(job, solver)
                if "error" in r:
                    last = r
                    break
                times.append(float(r["elapsed"]))
                runs.append(float(r["propagation"]))
                last = r
                if solver != "ours" and k == 0 and times[0] > 30:
                    break  # slow peers: one run is enough to compare
            if "error" in last:
                rows.append((job, solver, f"error: {last['error']}", *[""] * 9))
                continue
            median = statistics.median(times)
            probs = last["probabilities"]
            if solver == "ours":
                reference, ours_time = probs, median
                dev, ratio = "—", "1.0"
            else:
                dev = f"{np.max(np.abs(probs - reference)):.1e}" if reference is not None else "?"
                ratio = f"{median / ours_time:.1f}" if ours_time else "?"
            peak = f"{float(last['peak']) / 2**20:.0f}"
            label = f"ours ({last['method']})" if solver == "ours" else solver
            limit, limit64 = float(last["limit"]), float(last["limit64"])
            run_median = statistics.median(runs)
            over_limit = f"{run_median / limit:.2f}" if limit > 0 else ""
            over_limit64 = f"{run_median / limit64:.2f}" if limit64 > 0 else ""
            over_limit_wall = f"{median / limit:.2f}" if limit > 0 else ""
            products = str(int(last["products"])) if int(last["products"]) else ""
            rows.append((
                job, label, fmt_s(median), fmt_s(run_median), str(len(times)), ratio, peak, dev, products,
                over_limit, over_limit64, over_limit_wall,
            ))  # fmt: skip
            print(f"  {job:5s} {solver:14s} {fmt_s(median):>8s} s  (n={len(times)})", file=sys.stderr)
    header = (
        "job", "solver", "median s", "propagation s", "runs", "time / ours", "peak MB", "max ΔP vs ours",
        "products", "× c128 read", "× c64 read", "× c128 read, with setup",
    )  # fmt: skip
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if ns.json:
        Path(ns.json).write_text(json.dumps([dict(zip(header, r, strict=True)) for r in rows], indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
