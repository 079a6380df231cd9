"""The window's documents and environment, refused in one line before anything waits or is lowered
(docs/contracts.md, "Command line"): a lesson or session whose values the window cannot hold, a run that
cannot start in a scripted window, a FILE too large to parse, thread counts numba cannot take, a settings
file that is a pipe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import fourier_gui
from fourier_gui.cli import main
from fourier_gui.io.session import write_session
from fourier_gui.physics import SimulationParameters

ROOT = str(Path(fourier_gui.__file__).resolve().parents[1])


def _lesson(path: Path, changes: dict, run: bool = True, **top) -> Path:
    data = {"format": "fourier-gui lesson", "version": 1, "title": "Hostile", **top}
    data["steps"] = [{"title": "One", "text": "A step.", "run": run, "parameters": changes}]
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _app(args: list[str], cwd: Path, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": ROOT, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run(
        [sys.executable, "-m", "fourier_gui", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if "propagateSizeHints" not in line]  # Qt's offscreen plugin


@pytest.mark.parametrize(
    ("changes", "field"), [({"lam": 50}, "lam"), ({"seed": 2**40}, "seed"), ({"disorder": 3.0}, "disorder")]
)
def test_a_lesson_value_the_window_cannot_hold_is_refused_by_name(tmp_path, capsys, changes, field):
    lesson = _lesson(tmp_path / "l.json", changes)
    assert main(["--lesson", str(lesson), "--screenshot", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"parameters.{field}" in err and repr(changes[field]) in err, err


def test_a_session_seed_beyond_the_one_seed_range_is_refused(tmp_path, capsys):
    path = tmp_path / "s.fourier.json"
    write_session(path, SimulationParameters())
    data = json.loads(path.read_text())
    data["parameters"]["seed"] = 2**40
    path.write_text(json.dumps(data))
    assert main([str(path), "--screenshot", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "seed" in err and "2147483647" in err, err
    assert main(["simulate", "--seed", str(2**40), "--csv", str(tmp_path / "x.csv")]) == 2  # the same range
    assert "2147483647" in capsys.readouterr().err


@pytest.mark.parametrize("as_session", [False, True])
def test_a_refused_run_ends_a_scripted_window_with_exit_2(tmp_path, as_session):
    """A lesson's step that runs (it hung `--screenshot` for good) and a session with --run: exit 2, one line,
    no PNG."""
    too_large = {"sites": 100_000}
    if as_session:
        path = tmp_path / "s.fourier.json"
        write_session(path, SimulationParameters().with_changes(**too_large))
        args = [str(path), "--run"]
    else:
        args = ["--lesson", str(_lesson(tmp_path / "l.json", too_large))]
    done = _app([*args, "--screenshot", "x.png"], tmp_path)
    lines = _lines(done.stderr)
    assert done.returncode == 2 and len(lines) == 1 and "cannot run: Too large" in lines[0], done.stderr
    assert not (tmp_path / "x.png").exists()


def test_a_file_too_large_for_a_lesson_is_read_as_a_session_and_checked_before_parsing(tmp_path, capsys, monkeypatch):
    """`fourier-gui FILE` parsed up to 512 MB as JSON before the lesson's 1 MB check (`[{},…]` of 500 MB ended
    in a MemoryError): now the size decides first, and JSON that could take more than the free memory to parse
    is refused before it is."""
    import fourier_gui.execution.memory as memory

    path = tmp_path / "big.json"
    path.write_text("[" + "{}," * 700_000 + "{}]")  # 2.1 MB: ≈ 50 MB parsed
    monkeypatch.setattr(memory, "available_memory", lambda: 20 * 2**20)
    parsed = []
    monkeypatch.setattr(json, "loads", lambda *a, **k: parsed.append(1))
    assert main([str(path), "--screenshot", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "more than the" in err and "free" in err, err
    assert parsed == []


@pytest.mark.parametrize("value", ["0", "-1", "10000", "two", "1e3"])
def test_numba_thread_counts_it_cannot_take_are_one_line(tmp_path, capsys, monkeypatch, value):
    monkeypatch.setenv("NUMBA_NUM_THREADS", value)
    assert main(["simulate", "--sites", "2", "--levels", "20", "--csv", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "NUMBA_NUM_THREADS" in err and f"{value!r}" in err, err
    assert not (tmp_path / "x.csv").exists()


def test_a_thread_count_within_the_cores_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("NUMBA_NUM_THREADS", "1")
    assert (
        main(
            ["simulate", "--sites", "2", "--levels", "20", "--points", "5", "--quiet", "--csv", str(tmp_path / "x.csv")]
        )
        == 0
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize(("kind", "said"), [("fifo", "is a pipe"), ("huge", "bytes, more than")])
def test_a_settings_file_that_is_a_pipe_or_huge_neither_hangs_nor_stays_unsaid(tmp_path, kind, said):
    config = tmp_path / "config"
    (config / "fourier-gui").mkdir(parents=True)
    fifo = config / "fourier-gui" / "fourier-gui.ini"
    if kind == "fifo":
        os.mkfifo(fifo)
    else:
        with open(fifo, "wb") as f:
            f.truncate(64 * 2**20)  # sparse: 64 MB that Qt would have parsed at start
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    done = _app(
        ["--preset", "fig2", "--screenshot", "x.png"], tmp_path, 120, XDG_CONFIG_HOME=str(config), TMPDIR=str(scratch)
    )
    lines = _lines(done.stderr)
    assert done.returncode == 0 and (tmp_path / "x.png").exists(), done.stderr
    assert len(lines) == 1 and said in lines[0], done.stderr
    assert fifo.is_fifo() if kind == "fifo" else fifo.stat().st_size == 64 * 2**20  # left as it was
    assert list(scratch.iterdir()) == []  # its own settings gone with it


def test_a_sweep_whose_seeds_run_past_the_seed_range_names_its_options(tmp_path, capsys):
    argv = ["sweep", "--vary", "levels", "--values", "20,30", "--sites", "2", "--seed", str(2**31 - 1)]
    assert main([*argv, "--seeds", "3", "--csv", str(tmp_path / "x.csv")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--seed (+ --seeds − 1)" in err and "2147483648" in err, err


def test_a_lesson_over_1_mb_given_as_file_says_both_limits(tmp_path, capsys):
    path = tmp_path / "big.json"
    lesson = {"format": "fourier-gui lesson", "version": 1, "title": "Big", "steps": [{"title": "s", "text": "t"}]}
    path.write_text(json.dumps(lesson) + " " * 2**20)
    assert main([str(path), "--screenshot", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a fourier-gui session" in err and "too large for a lesson" in err, err


@pytest.mark.parametrize(
    "argv",
    [
        ["--preset", "fig2", "--screenshot", "x.png"],
        ["simulate", "--sites", "2", "--levels", "20", "--points", "5", "--csv", "r.csv", "--figures", "figs"],
        ["simulate", "--sites", "2", "--levels", "20", "--points", "5", "--csv", "r.csv", "--animation", "v.gif"],
        ["correlation", "--csv", "c.csv", "--plot", "c.png"],
    ],
)
def test_a_qt_platform_qt_does_not_have_is_one_line_before_any_work(tmp_path, argv):
    """Qt aborted on it (SIGABRT, exit 134, a block of lines) when it first drew: after the run."""
    done = _app(argv, tmp_path, 60, QT_QPA_PLATFORM="nonexistent")
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "QT_QPA_PLATFORM: 'nonexistent' is out of range" in done.stderr and "offscreen" in done.stderr
    assert sorted(os.listdir(tmp_path)) == []


def test_xcb_without_a_display_is_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("QT_PLUGIN_PATH", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM_PLUGIN_PATH", raising=False)
    assert main(["--preset", "fig2", "--screenshot", str(tmp_path / "x.png")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "DISPLAY is unset" in err, err


def test_a_platform_list_with_one_that_exists_is_taken(monkeypatch):
    from fourier_gui.cli.usage import check_qt_platform

    for text in ("offscreen", "offscreen:fontengine=freetype", "nonexistent;offscreen", "wayland-egl"):
        monkeypatch.setenv("QT_QPA_PLATFORM", text)
        check_qt_platform()
