"""Every input path bounded before it allocates: the fuzzed command lines that raised
raw exceptions now end in one line and exit 2; special files are refused by every reader without
blocking; Dask addresses are limited to the schemes that work."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys

import pytest

from fourier_gui.cli import main
from fourier_gui.execution.cluster import ClusterError, check_address
from fourier_gui.io.couplings_file import read_couplings
from fourier_gui.io.presets import read_preset
from fourier_gui.io.session import read_session
from fourier_gui.physics.errors import FourierGuiError

LONG = "1" + "0" * 399  # 400 digits
HUGE = "1" + "0" * 4999  # beyond Python's 4300-digit conversion limit

RAW_BEFORE = [  # the command lines (each raised a raw exception) and the option each must name
    (["simulate", "--sites", LONG], "--sites"),  # OverflowError
    (["simulate", "--sites", HUGE], "--sites"),  # ValueError: the int-string limit
    (["simulate", "--levels", LONG], "--levels"),
    (["simulate", "--geometry", f"grid:{HUGE}x1"], "--geometry"),  # ValueError
    (["simulate", "--site-levels", "1" + "0" * 30 + ",1,1"], "--site-levels"),  # TypeError
    (["simulate", "--seed", HUGE], "--seed"),
    (["conductivity", "--temp-min=--"], "--temp-min"),  # TypeError
    (["sweep", "--vary=,", "--values=--"], "--values"),  # AttributeError
    (["simulate", "--initial=--"], "--initial"),
    (["simulate", "--points", LONG], "--points"),
    (["sweep", "--vary", "lam", "--values", "1e-3", "--seeds", LONG], "--seeds"),
    (["sweep", "--vary", "lam", "--values", "1e-3", "--dask", "tls://host:8786"], "--dask"),
    (["sweep", "--vary", "lam", "--values", "1e-3", "--dask", "ucx://host:8786"], "--dask"),
    (["sweep", "--vary", "lam", "--values", "1e-3", "--dask", "inproc://x"], "--dask"),
]


@pytest.mark.parametrize(("argv", "option"), RAW_BEFORE, ids=[" ".join(a)[:50] for a, _ in RAW_BEFORE])
def test_raw_exceptions_of_the_fuzzer_are_one_line(tmp_path, capsys, argv, option):
    out = tmp_path / "x.csv"
    assert main([*argv, "--csv", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and option in err and len(err) < 400, err
    assert not out.exists()


def _limited_memory() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (3 * 2**30, 3 * 2**30))


def test_a_ring_of_a_billion_sites_is_refused_before_anything_is_allocated(tmp_path):
    """In a child limited to 3 GB of address space: refused by its size, never a MemoryError (without the
    check the edges of the ring were listed first: 10⁹ tuples)."""
    cmd = [sys.executable, "-m", "fourier_gui", "simulate", "--geometry", "ring", "--sites", "1000000000"]
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "NUMBA_NUM_THREADS": "1"}
    done = subprocess.run(
        [*cmd, "--csv", str(tmp_path / "x.csv")],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limited_memory,
        env=env,
    )
    assert done.returncode == 2, done.stderr[-2000:]
    assert done.stderr.count("\n") == 1 and "--sites" in done.stderr


def test_a_ring_at_the_size_limit_is_refused_by_the_memory_estimate(tmp_path, capsys):
    argv = ["simulate", "--geometry", "ring", "--sites", "1000000", "--levels", "1", "--csv", str(tmp_path / "x")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "memory" in err and ("GB" in err or "TB" in err), err


@pytest.fixture
def no_hang():
    """Fail, instead of hanging the suite, a reader that blocks on a FIFO (an alarm after 30 s)."""

    def hung(_signum, _frame):
        raise AssertionError("a reader blocked")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(30)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def special_files(tmp_path, no_hang):
    """A FIFO (which would block a reader forever), a device (/dev/zero, endless) and a folder, each also
    behind a name that ends in .json (as --preset wants)."""
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.json"
    zero.symlink_to("/dev/zero")
    folder = tmp_path / "folder.json"
    folder.mkdir()
    return {"a pipe": fifo, "a device": zero, "a folder": folder}


READERS = [read_session, read_preset, read_couplings]


@pytest.mark.parametrize("reader", READERS, ids=lambda r: r.__name__)
def test_readers_refuse_pipes_devices_and_folders_at_once(special_files, reader):
    for kind, path in special_files.items():
        with pytest.raises(FourierGuiError) as caught:
            reader(path)
        message = str(caught.value)
        assert kind in message and str(path) in message and "\n" not in message


@pytest.mark.parametrize("option", ["--preset", "--edges"])
def test_command_line_readers_refuse_special_files(special_files, tmp_path, capsys, option):
    for kind, path in special_files.items():
        assert main(["simulate", option, str(path), "--csv", str(tmp_path / "x.csv")]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and kind in err, err


@pytest.mark.parametrize(
    "address", ["tls://h:8786", "ucx://h:8786", "inproc://x", "ws://h:1", "tcp://h:99999", "tcp://h:1/x", "local:0"]
)
def test_dask_addresses_outside_the_working_schemes_are_refused(address):
    with pytest.raises(ClusterError, match="out of range"):
        check_address(address)


@pytest.mark.parametrize("address", ["local", "local:4", "tcp://127.0.0.1:8786", "tcp://[::1]:8786", "tcp://host"])
def test_dask_addresses_that_work_pass(address):
    assert check_address(address) == address


def test_a_large_disordered_chain_is_refused_before_it_allocates(tmp_path, capsys):
    """HAM for bands at different energies holds one N × N rate matrix per energy cell: N = 2000 with
    disorder needs ≈ 120 GB. It ended in a MemoryError traceback (exit 1); now one line before anything."""
    from fourier_gui.cli import main

    out = tmp_path / "x.csv"
    assert main(["simulate", "--preset", "disorder", "--sites", "2000", "--levels", "4", "--csv", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "GB" in err and "Traceback" not in err
    assert not out.exists()
