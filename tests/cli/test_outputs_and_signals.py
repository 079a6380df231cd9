"""Files that never betray, all of them: every output checked before the run (folder
there and writable, not a folder or a device, no two outputs on one file), `--figures` and `--screenshot`
through the safe writer (one line, exit 2, the old file intact), temporary names that fit any valid name,
and Ctrl-C or kill ending with one line, 130 or 143, and no temporary file."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from fourier_gui.cli import main
from fourier_gui.io import atomic
from fourier_gui.io.atomic import atomic_write_text, temporary_prefix

SMALL = ["--sites", "2", "--levels", "20", "--lam", "1e-3", "--bandwidth", "0.5", "--points", "5", "--quiet"]


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if p.name.endswith(".tmp")]


@pytest.fixture
def no_run(monkeypatch):
    """Fail the test if a run starts: the refusal must come before it."""
    import fourier_gui.execution as execution

    def refuse(*args, **kwargs):
        raise AssertionError("the run started although an output was unwritable")

    monkeypatch.setattr(execution, "ExactRun", refuse)


def _mount(options: str) -> Path | None:
    folder = Path(tempfile.mkdtemp(prefix="fourier-gui-tmpfs-"))
    if subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True).returncode:
        folder.rmdir()
        return None
    return folder


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", str(folder)], check=False)
    folder.rmdir()


@pytest.fixture
def read_only_disk():
    """A tmpfs holding `old.csv` and a folder `figs`, then remounted read-only (skipped where mounting is
    not allowed)."""
    folder = _mount("size=64k")
    if folder is None:
        pytest.skip("cannot mount a tmpfs here")
    (folder / "old.csv").write_text("old data")
    (folder / "figs").mkdir()
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    yield folder
    _unmount(folder)


@pytest.mark.parametrize("option", ["--csv", "--json", "--couplings", "--figures"])
def test_a_read_only_disk_is_refused_before_the_run(read_only_disk, tmp_path, capsys, no_run, option):
    target = read_only_disk / ("figs" if option == "--figures" else "old.csv")
    argv = ["simulate", *SMALL, "--csv", str(tmp_path / "x.csv"), option, str(target)]
    if option == "--csv":
        argv = ["simulate", *SMALL, "--csv", str(target)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only" in err and option in err, err
    assert (read_only_disk / "old.csv").read_text() == "old data"


@pytest.mark.parametrize("option", ["--csv", "--figures"])
def test_an_unwritable_folder_is_refused_before_the_run(tmp_path, monkeypatch, capsys, no_run, option):
    """A folder that takes no new file (permission refused at create: as root, injected where the OS says it)."""

    figs = tmp_path / "figs"
    figs.mkdir()
    closed = tmp_path if option == "--csv" else figs
    make = atomic.tempfile.mkstemp

    def refused(*args, dir=None, **kwargs):
        if Path(dir) == closed:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return make(*args, dir=dir, **kwargs)

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refused)
    argv = ["simulate", *SMALL, "--csv", str(tmp_path / "x.csv")]
    if option == "--figures":
        argv += ["--figures", str(tmp_path / "figs")]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Permission denied" in err and option in err, err


def test_figures_through_a_dangling_link_go_where_it_points(tmp_path):
    link = tmp_path / "figures"
    link.symlink_to("made-here")
    assert main(["simulate", *SMALL, "--csv", str(tmp_path / "x.csv"), "--figures", str(link)]) == 0
    assert link.is_symlink() and (tmp_path / "made-here" / "fourier-law.csv").is_file()
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("kind", ["loop", "into nothing", "a file"])
def test_figures_folder_that_cannot_be_one_is_one_line(tmp_path, capsys, no_run, kind):
    target = tmp_path / "figures"
    if kind == "loop":
        target.symlink_to(tmp_path / "other")
        (tmp_path / "other").symlink_to(target)
    elif kind == "into nothing":
        target.symlink_to(tmp_path / "missing" / "deeper")
    else:
        target.write_text("a file")
    assert main(["simulate", *SMALL, "--csv", str(tmp_path / "x.csv"), "--figures", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--figures" in err and "Error" not in err, err


@pytest.mark.parametrize(
    "second", ["same.out", "./sub/../same.out", "link.out", "hard.out", "figs/fourier-law.csv", "figs/plot.png"]
)
def test_two_outputs_on_one_file_are_refused_before_the_run(tmp_path, capsys, no_run, monkeypatch, second):
    monkeypatch.chdir(tmp_path)
    Path("same.out").write_text("old")
    Path("sub").mkdir()
    Path("link.out").symlink_to("same.out")
    os.link("same.out", "hard.out")
    argv = ["simulate", *SMALL, "--csv", "same.out", "--json", second, "--figures", "figs"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--json" in err, err
    assert Path("same.out").read_text() == "old"


def test_standard_output_twice_is_refused(capsys, no_run):
    assert main(["simulate", *SMALL, "--csv", "-", "--json", "-"]) == 2
    assert "--json" in capsys.readouterr().err


def test_a_valid_246_character_name_is_written(tmp_path):
    target = tmp_path / ("r" * 242 + ".csv")
    assert main(["simulate", *SMALL, "--csv", str(target)]) == 0
    assert target.is_file() and _leftovers(tmp_path) == []


@pytest.mark.parametrize("name", ["a.csv", "é" * 127, "x" * 255, "日本" * 42 + ".csv"])
def test_temporary_names_stay_within_255_bytes(tmp_path, name):
    assert len(os.fsencode(temporary_prefix(name))) + 8 + len(".tmp") <= 255
    if len(os.fsencode(name)) <= 255:
        atomic_write_text(tmp_path / name, "data")
        assert (tmp_path / name).read_text() == "data"


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_during_a_write_removes_the_temporary_file(tmp_path, monkeypatch, capsys, signum, status):
    """The signal arrives while the CSV's temporary file is half written: one line, 128 + signal, the old
    file intact, no temporary file (without the handler SIGTERM kills at once and leaves it behind)."""
    import fourier_gui.io.results_csv as results_csv

    target = tmp_path / "run.csv"
    target.write_text("old data")
    original = results_csv.write_table

    def write_and_get_signalled(path, metadata, columns, data):
        with atomic.atomic_open(path, "w") as f:
            f.write("half")
            f.flush()
            os.kill(os.getpid(), signum)
            time.sleep(5)  # the handler interrupts this
            original(path, metadata, columns, data)

    monkeypatch.setattr(results_csv, "write_table", write_and_get_signalled)
    assert main(["simulate", *SMALL, "--csv", str(target)]) == status
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and signal.Signals(signum).name in err and "Traceback" not in err, err
    assert target.read_text() == "old data" and _leftovers(tmp_path) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the handlers are put back


def _started(argv: list[str], folder: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "fourier_gui", *argv],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: a signal to the group reaches pool workers too
    )


@pytest.mark.slow
@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_during_a_run_ends_it_with_one_line(tmp_path, signum, status):
    (tmp_path / "run.csv").write_text("old data")
    argv = ["simulate", "--preset", "ten-sites", "--t-max-gamma", "100", "--quiet", "--csv", "run.csv"]  # ≈ 30 s
    process = _started(argv, tmp_path)
    time.sleep(4)
    os.killpg(process.pid, signum)  # as Ctrl-C reaches the whole foreground group
    _out, err = process.communicate(timeout=60)
    assert process.returncode == status, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err and err.count("\n") == 1, err
    assert (tmp_path / "run.csv").read_text() == "old data" and _leftovers(tmp_path) == []


@pytest.mark.slow
def test_ctrl_c_during_a_sweep_stops_the_workers_without_tracebacks(tmp_path):
    """The runs in progress end at once: each of these two takes over a minute on its worker (twelve
    starts of ten-sites), and the command must be gone long before either could finish."""
    argv = ["sweep", "--preset", "ten-sites", "--samples", "12", "--vary", "lam", "--values", "5e-5,6e-5"]
    process = _started([*argv, "--seeds", "1", "--workers", "2", "--quiet", "--csv", "s.csv"], tmp_path)
    for _ in range(600):  # until the pool's workers run
        group = subprocess.run(["pgrep", "-g", str(process.pid)], capture_output=True, text=True).stdout.split()
        if len(group) >= 3:
            break
        time.sleep(0.1)
    time.sleep(2)
    os.kill(process.pid, signal.SIGINT)  # to the command alone (Ctrl-C reaches the workers too): it must end them
    _out, err = process.communicate(timeout=25)
    assert process.returncode == 130, err
    assert "Traceback" not in err and err.count("\n") == 1, err
    for _ in range(100):  # no worker left in the group (the pool's resource tracker leaves last)
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError(
            subprocess.run(["ps", "-o", "pid,args", "-g", str(process.pid)], capture_output=True, text=True).stdout
        )
    assert not (tmp_path / "s.csv").exists()


@pytest.fixture
def nearly_full_disk():
    """A 128 kB tmpfs holding `shot.png` ("old") and a filler that leaves 8 kB: a new file can be made,
    a screenshot cannot be written."""
    folder = _mount("size=128k")
    if folder is None:
        pytest.skip("cannot mount a tmpfs here")
    (folder / "shot.png").write_text("old")
    (folder / "filler").write_bytes(bytes(112 * 1024))
    yield folder
    _unmount(folder)


@pytest.mark.slow
def test_a_screenshot_on_a_full_disk_says_why_and_exits_2(nearly_full_disk):
    shot = nearly_full_disk / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "fourier_gui", "--preset", "ballistic", "--run", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 2, done.stderr
    assert "--screenshot" in done.stderr and "the disk is full" in done.stderr
    assert shot.read_text() == "old" and _leftovers(nearly_full_disk) == []


def test_a_screenshot_on_a_read_only_disk_is_refused_before_the_window_opens(read_only_disk, capsys):
    assert main(["--preset", "ballistic", "--screenshot", str(read_only_disk / "shot.png")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--screenshot" in err and "read-only" in err
