"""The command line contract (docs/contracts.md, "Command line"), checked from outside where it matters."""

import json
import math
import os
import subprocess
import sys

import numpy as np
import pytest

from fourier_gui.cli import main
from fourier_gui.io.couplings_file import read_couplings
from fourier_gui.io.results_csv import read_csv
from fourier_gui.io.summary import read_json
from tests.reference import reference_hamiltonian, reference_probabilities

SMALL = ["--sites", "3", "--levels", "12", "--lam", "0.002", "--points", "9", "--t-max-gamma", "5"]

BAD_OPTIONS = [
    (["--sites", "1"], "--sites"),
    (["--sites", "three"], "--sites"),
    (["--levels", "0"], "--levels"),
    (["--lam", "0"], "--lam"),
    (["--lam", "nan"], "--lam"),
    (["--bandwidth", "1.5"], "--bandwidth"),
    (["--bandwidth", "0"], "--bandwidth"),
    (["--seed", "-1"], "--seed"),
    (["--initial-seed", "-2"], "--initial-seed"),
    (["--ensemble", "gue"], "--ensemble"),
    (["--initial", "band:9"], "--initial"),
    (["--initial", "profile:0.5,0.5"], "--initial"),
    (["--initial", "profile:0.7,0.7,-0.4"], "--initial"),
    (["--samples", "0"], "--samples"),
    (["--t-max", "-1"], "--t-max"),
    (["--t-max-gamma", "0"], "--t-max-gamma"),
    (["--t-max", "10", "--t-max-gamma", "2"], "--t-max"),
    (["--points", "1"], "--points"),
    (["--method", "fast"], "--method"),
    (["--preset", "nope"], "--preset"),
    (["--levels", "3000000"], "--levels"),  # would not fit in memory
    (["--geometry", "star"], "--geometry"),
    (["--geometry", "grid:2x2"], "--geometry"),  # 4 sites for N = 3
    (["--geometry", "ring", "--sites", "2"], "--geometry"),
    (["--site-levels", "12,12"], "--site-levels"),  # N = 3 needs three
    (["--site-levels", "12,0,12"], "--site-levels"),
    (["--bond-lam", "0.002"], "--bond-lam"),  # two bonds
    (["--disorder", "-0.1"], "--disorder"),
    (["--edges", "/no/such/edges.csv"], "--edges"),
]


@pytest.mark.parametrize(("extra", "option"), BAD_OPTIONS, ids=[" ".join(b[0]) for b in BAD_OPTIONS])
def test_bad_option_exits_2_with_one_line_and_writes_nothing(tmp_path, capsys, extra, option):
    files = [tmp_path / "out.csv", tmp_path / "c.npz", tmp_path / "s.json"]
    argv = ["simulate", *SMALL, *extra, "--csv", str(files[0]), "--couplings", str(files[1]), "--json", str(files[2])]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert option in err
    assert list(tmp_path.iterdir()) == []


def test_memory_refusal_quotes_the_estimate(tmp_path, capsys):
    assert main(["simulate", "--levels", "3000000", "--csv", str(tmp_path / "x.csv")]) == 2
    assert "GB" in capsys.readouterr().err or "TB" in capsys.readouterr().err


def test_missing_output_folder_is_refused(tmp_path, capsys):
    assert main(["simulate", *SMALL, "--csv", str(tmp_path / "no" / "x.csv")]) == 2
    assert "--csv" in capsys.readouterr().err


def test_simulate_subprocess_writes_files_an_outsider_can_check(tmp_path):
    """Exit 0, and the CSV's exact columns agree with expm of H rebuilt from the .npz alone."""
    csv, npz, js = tmp_path / "run.csv", tmp_path / "run.npz", tmp_path / "run.json"
    cmd = [sys.executable, "-m", "fourier_gui", "simulate", *SMALL, "--initial", "band:2", "--seed", "5"]
    cmd += ["--csv", str(csv), "--couplings", str(npz), "--json", str(js)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    table = read_csv(csv)
    # the contract's columns in their places, γt added last
    assert table.columns == ["t", "exact_P1", "exact_P2", "exact_P3", "ham_P1", "ham_P2", "ham_P3", "gamma_t"]
    assert table.data.shape == (9, 8)
    for key in ("version", "gamma", "c1", "c2", "method", "date", "param.levels", "param.lam", "param.seed"):
        assert key in table.metadata
    gamma = 2 * np.pi * 0.002**2 * 12 / 0.05  # eq. (10), from the options alone
    assert np.allclose(table.column("gamma_t"), gamma * table.column("t"), rtol=1e-13, atol=0)
    with np.load(npz, allow_pickle=False) as arrays:  # the parameters and the version travel with H
        assert str(arrays["app_version"]) == table.metadata["version"]
        written = json.loads(str(arrays["parameters"]))
    assert written["levels"] == 12 and written["lam"] == 0.002 and written["seed"] == 5
    saved = read_couplings(npz)
    assert saved.couplings.dtype == np.complex128 and saved.couplings.shape == (2, 12, 12)
    assert saved.psi0.shape == (36,)
    h = reference_hamiltonian(saved.band_energies, saved.couplings)
    ref = reference_probabilities(h, saved.psi0, table.column("t"), 3)
    assert np.max(np.abs(table.data[:, 1:4] - ref)) <= 1e-8
    summary = read_json(js)
    assert summary["gamma"] == pytest.approx(gamma, rel=1e-12)
    assert summary["c1"] == pytest.approx(2 * 0.002 * 12 / 0.05)
    assert summary["c2"] == pytest.approx(0.002**2 * 12 / 0.05**2)
    assert summary["method"] in ("eigen", "chebyshev")
    assert summary["max_norm_error"] <= 1e-8 and summary["elapsed_s"] >= 0
    # D₁² recomputed from the CSV alone
    t, d = table.column("t"), table.column("ham_P1") - table.column("exact_P1")
    assert summary["d1_squared"] == pytest.approx(gamma / 5 * np.trapezoid(d**2, t), rel=1e-9)


@pytest.mark.slow
@pytest.mark.parametrize(
    "options",
    [
        ["--sites", "4", "--levels", "10", "--lam", "0.002", "--disorder", "0.06", "--seed", "3"],
        [
            "--sites",
            "3",
            "--levels",
            "10",
            "--lam",
            "0.002",
            "--site-offsets",
            "0,0.02,-0.01",
            "--site-levels",
            "10,14,8",
        ],
        ["--sites", "5", "--levels", "8", "--lam", "0.002", "--geometry", "ring"],
    ],
    ids=["disorder", "site-offsets", "ring"],
)
def test_a_graph_run_is_rebuilt_from_its_couplings_file_alone(tmp_path, options):
    """An outsider's check of any non-chain run: H built by loops from the file's arrays (absolute energies
    with the offsets, edges, one block per edge), every stored initial state propagated by expm, their
    mean against the CSV's exact columns; δε and the offsets in the file agree with the run."""
    csv, npz = tmp_path / "run.csv", tmp_path / "run.npz"
    cmd = [sys.executable, "-m", "fourier_gui", "simulate", *options, "--samples", "2", "--points", "9"]
    cmd += ["--t-max-gamma", "2", "--csv", str(csv), "--couplings", str(npz), "--quiet"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    table = read_csv(csv)
    with np.load(npz) as data:
        arrays = {key: data[key] for key in data.files}
    levels, edges, energies = arrays["site_levels"], arrays["edges"], arrays["band_energies"]
    starts = np.concatenate([[0], np.cumsum(levels)])
    dim = int(starts[-1])
    h = np.zeros((dim, dim), dtype=complex)
    for i in range(dim):
        h[i, i] = energies[i]
    for e, (a, b) in enumerate(edges):
        block = arrays[f"coupling_{e}"]
        for j in range(levels[b]):
            for i in range(levels[a]):
                h[starts[b] + j, starts[a] + i] += block[j, i]
                h[starts[a] + i, starts[b] + j] += np.conj(block[j, i])
    values, vectors = np.linalg.eigh(h)
    t = table.column("t")
    sites = levels.size
    mean = np.zeros((t.size, sites))
    for psi0 in arrays["psi0_samples"]:
        psi = (vectors * np.exp(-1j * np.outer(t, values))[:, None, :]) @ (vectors.conj().T @ psi0)
        weights = np.abs(psi) ** 2
        mean += np.column_stack([weights[:, starts[m] : starts[m + 1]].sum(axis=1) for m in range(sites)]) / 2
    exact = np.column_stack([table.column(f"exact_P{m + 1}") for m in range(sites)])
    assert np.max(np.abs(exact - mean)) <= 1e-8
    assert float(arrays["bandwidth"]) == float(table.metadata["param.bandwidth"])
    centres = [energies[starts[m] : starts[m + 1]].mean() - 1.0 for m in range(sites)]
    np.testing.assert_allclose(arrays["offsets"], centres, atol=1e-12)  # band centres at ΔE + Δ_μ
    if "--site-offsets" in options:
        np.testing.assert_allclose(arrays["offsets"], [0, 0.02, -0.01], atol=0)


def test_bad_value_in_subprocess_exits_2(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "fourier_gui", "simulate", "--sites", "1", "--csv", str(tmp_path / "x.csv")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--sites" in done.stderr and "integer 2 …" in done.stderr
    assert not (tmp_path / "x.csv").exists()


def test_ham_columns_are_the_rate_equation_solution(tmp_path):
    csv = tmp_path / "r.csv"
    assert main(["simulate", *SMALL, "--initial", "profile:0.6,0.4,0", "--csv", str(csv)]) == 0
    table = read_csv(csv)
    gamma = float(table.metadata["gamma"])
    t = table.column("t")
    # N = 3 closed form from P(0) = (0.6, 0.4, 0): modes with rates 0, γ, 3γ
    p0 = np.array([0.6, 0.4, 0.0])
    v1, v2 = np.array([1, 0, -1]) / np.sqrt(2), np.array([1, -2, 1]) / np.sqrt(6)
    expected = 1 / 3 + np.outer(np.exp(-gamma * t), v1 * (v1 @ p0)) + np.outer(np.exp(-3 * gamma * t), v2 * (v2 @ p0))
    assert np.allclose(table.data[:, 4:7], expected, atol=1e-12)


def test_presets_lists_every_required_preset(capsys):
    assert main(["presets"]) == 0
    out = capsys.readouterr().out
    for name in ("fig2", "fig3", "fig4", "ten-sites", "ballistic", "strong-coupling"):
        line = next(ln for ln in out.splitlines() if ln.startswith(name + " "))
        assert len(line) > len(name) + 20  # has a description


def test_preset_with_override(tmp_path):
    csv = tmp_path / "b.csv"
    assert main(["simulate", "--preset", "ballistic", "--points", "11", "--csv", str(csv), "--quiet"]) == 0
    meta = read_csv(csv).metadata
    assert meta["param.levels"] == "50" and meta["param.points"] == "11"


def test_conductivity_csv(tmp_path):
    csv = tmp_path / "k.csv"
    assert (
        main(["conductivity", "--temp-min", "0.05", "--temp-max", "0.5", "--temp-points", "10", "--csv", str(csv)]) == 0
    )
    table = read_csv(csv)
    assert table.columns == ["T", "u", "c", "kappa"]
    t = table.column("T")
    n, lam, de = 500, 5e-5, 0.05  # fig4 preset
    kappa = 2 * np.pi * lam**2 * n**2 / de / t**2 * np.exp(-1 / t) / (1 + n * np.exp(-1 / t)) ** 2
    assert np.allclose(table.column("kappa"), kappa, rtol=1e-12)


def test_conductivity_bad_range(tmp_path, capsys):
    assert main(["conductivity", "--temp-min", "0.5", "--temp-max", "0.1", "--csv", str(tmp_path / "k.csv")]) == 2
    assert "--temp-max" in capsys.readouterr().err
    assert not (tmp_path / "k.csv").exists()


def test_json_is_valid_utf8(tmp_path):
    js = tmp_path / "s.json"
    assert main(["simulate", *SMALL, "--csv", str(tmp_path / "a.csv"), "--json", str(js)]) == 0
    assert json.loads(js.read_text(encoding="utf-8"))["parameters"]["levels"] == 12


def test_simulate_currents_add_the_current_columns_that_obey_continuity(tmp_path):
    out, js = tmp_path / "j.csv", tmp_path / "j.json"
    argv = ["simulate", "--sites", "4", "--levels", "40", "--lam", "0.00125", "--points", "401"]
    assert (
        main([*argv, "--t-max-gamma", "10", "--samples", "4", "--currents", "--csv", str(out), "--json", str(js)]) == 0
    )
    table = read_csv(out)
    names = [f"exact_J{m}" for m in range(1, 4)] + [f"ham_J{m}" for m in range(1, 4)]
    assert table.columns[9:] == [*names, "gamma_t"]
    t, p = table.column("t"), np.column_stack([table.column(f"exact_P{m}") for m in range(1, 5)])
    j = np.column_stack([table.column(f"exact_J{m}") for m in range(1, 4)])
    # continuity, read from the file alone: dP/dt (central differences) = J_{μ−1} − J_μ
    dp = np.gradient(p, t, axis=0)[1:-1]
    flow = (np.pad(j, ((0, 0), (1, 1)))[:, :-1] - np.pad(j, ((0, 0), (1, 1)))[:, 1:])[1:-1]
    assert np.max(np.abs(dp - flow)) < 0.05 * np.max(np.abs(flow))
    ham_p = np.column_stack([table.column(f"ham_P{m}") for m in range(1, 5)])
    gamma = float(table.metadata["gamma"])
    np.testing.assert_allclose(table.data[:, 12:15], gamma * (ham_p[:, :-1] - ham_p[:, 1:]), atol=1e-15)
    fit = read_json(js)["fourier_fit"]
    fields = {
        "verdict",
        "reason",
        "gamma_ratio",
        "gamma_ratio_error",
        "chi2",
        "chi2_limit",
        "windows",
        "t_fit",
        "outside_regime",
        "r2",
    }
    assert set(fit) == fields and 0 < fit["gamma_ratio"] < 3
    assert fit["verdict"] in ("holds", "fails", "undecided") and fit["reason"]
    # the CSV's metadata carry the same verdict
    assert table.metadata["fourier_law.verdict"] == fit["verdict"]
    assert float(table.metadata["fourier_law.chi2"]) == pytest.approx(fit["chi2"], rel=1e-12)


def test_sweep_of_a_transport_figure_writes_it_per_run_and_per_point(tmp_path, capsys):
    out = tmp_path / "s.csv"
    argv = ["sweep", "--sites", "4", "--levels", "40", "--vary", "lam", "--values", "0.00125,0.0025", "--seeds", "2"]
    assert (
        main([*argv, "--hold", "lam", "--figure", "mode-rate", "--mode", "1", "--workers", "1", "--csv", str(out)]) == 0
    )
    from fourier_gui.io.sweep_files import read_sweep_csv

    metadata, rows = read_sweep_csv(out)
    assert metadata["figure"] == "mode-rate" and metadata["mode"] == "1"
    assert "mode-rate" in capsys.readouterr().out  # results on stdout, progress on stderr
    runs = [r for r in rows if r["row"] == "run"]
    means = [r for r in rows if r["row"] == "mean"]
    assert len(runs) == 4 and len(means) == 2
    ratios = [float(r["mode_rate_ratio"]) for r in runs]
    assert all(0 < r < 3 for r in ratios)  # a measured rate near HAM's γ_q
    assert float(means[0]["mode_rate_ratio"]) == pytest.approx(np.mean(ratios[:2]))
    for r in runs + means:  # each row says where mode 1 sits against τ_c = 2π/δε and t_H = 2πn/δε
        gamma_q = 2 * (2 * math.pi * float(r["lam"]) ** 2 * 40 / 0.05) * (1 - math.cos(math.pi / 4))
        short, long = gamma_q * 2 * math.pi / 0.05 > 1, gamma_q * 2 * math.pi * 40 / 0.05 < 1
        assert r["mode_window"] == ("short" if short else "long" if long else "diffusive")


@pytest.mark.parametrize(
    ("extra", "option"), [(["--figure", "heat"], "--figure"), (["--figure", "mode-rate", "--mode", "9"], "--mode")]
)
def test_bad_sweep_figure_is_one_line(tmp_path, capsys, extra, option):
    argv = [
        "sweep",
        "--sites",
        "4",
        "--levels",
        "20",
        "--vary",
        "lam",
        "--values",
        "0.001",
        "--csv",
        str(tmp_path / "x"),
    ]
    assert main([*argv, *extra]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and option in err and not (tmp_path / "x").exists()


@pytest.mark.parametrize(
    ("text", "why"), [("1,2\n", "connected"), ("1,2\n2,9\n", "sites must be"), ("1,2\n1,2\n2,3\n", "at most once")]
)
def test_bad_edge_files_are_one_line_and_write_nothing(tmp_path, capsys, text, why):
    edges = tmp_path / "edges.csv"
    edges.write_text(text, encoding="utf-8")
    out = tmp_path / "x.csv"
    assert main(["simulate", *SMALL, "--edges", str(edges), "--csv", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "--edges" in err and why in err and not out.exists()


def test_a_long_run_is_announced_before_it_starts(tmp_path, capsys, monkeypatch):
    from fourier_gui.physics import cost

    monkeypatch.setattr(cost, "LONG_RUN_SECONDS", 0.0)  # every run is "long": this small one says so too
    assert main(["simulate", *SMALL, "--quiet", "--csv", str(tmp_path / "x.csv")]) == 0
    err = capsys.readouterr().err
    assert "note: this run is estimated at ≈" in err and "Ctrl-C stops it" in err


@pytest.mark.parametrize(
    ("given", "expected"),
    [({}, ("4", "PASSIVE")), ({"OPENBLAS_THREAD_TIMEOUT": "28", "OMP_WAIT_POLICY": "ACTIVE"}, ("28", "ACTIVE"))],
)
def test_the_command_line_lets_idle_threads_sleep_unless_the_user_says_otherwise(given, expected):
    """Spinning BLAS and OpenMP threads collapsed a run on a busy machine (tests/benchmarks/bench_load.py):
    the entry point asks them to sleep when idle, before numpy or numba load; a value the user set wins."""
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_THREAD_TIMEOUT", "OMP_WAIT_POLICY")}
    probe = (  # what the environment holds when numpy is first imported, through the command line's package
        "import os, sys; import fourier_gui.cli; import numpy; "
        "print(os.environ['OPENBLAS_THREAD_TIMEOUT'], os.environ['OMP_WAIT_POLICY'])"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env | given, timeout=60)
    assert tuple(done.stdout.split()) == expected, done.stderr


@pytest.mark.parametrize("command", [[], ["simulate"], ["sweep"], ["correlation"], ["conductivity"]])
def test_each_help_opens_with_what_the_command_does(command, capsys):
    """--help began with "The command line (docs/contracts.md).", a sentence for the code's readers."""
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    purpose = out.split("\n\n")[1]  # after the usage
    assert "docs/" not in purpose and "command line" not in purpose.lower()
    assert purpose.split()[0] in {"Open", "Run", "The"} and len(purpose) > 40
