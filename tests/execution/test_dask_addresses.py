"""`--dask` addresses where no Dask scheduler answers (docs/contracts.md, "Command line"): a server of the
test's own on 127.0.0.1 that answers junk or never answers, an address without a port, host names the resolver
would choke on. Each is one line, exit status 2, within a bounded time, nothing written. Traffic goes to the
loopback address only: the odd host names are refused before any lookup."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fourier_gui.cli import main
from fourier_gui.execution import cluster
from fourier_gui.execution.cluster import ClusterError, check_address, probe_scheduler, scheduler_address

JUNK = [
    b"HTTP/1.0 200 OK\r\n\r\nhello",  # a web server: its first 8 bytes claim 3 EiB
    b"\xff" * 8,
    b"\x10\x00\x00\x00\x00\x00\x00\x00abc",  # a plausible length, then the server closes early
    b"",  # accepts and closes at once
]


class Server:
    """A TCP server on 127.0.0.1 that sends `answer` on each connection (None: never says a word)."""

    def __init__(self, answer: bytes | None) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.answer = answer
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.thread = threading.Thread(target=self._serve, name="fake-scheduler", daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.conns.append(conn)
            if self.answer is not None:
                try:
                    conn.sendall(self.answer)
                    conn.close()
                except OSError:
                    pass

    def close(self) -> None:
        self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self.thread.join(5)
        for conn in self.conns:
            conn.close()


@pytest.fixture
def server(request) -> Iterator[Server]:
    s = Server(request.param)
    yield s
    s.close()


@pytest.fixture
def quick(monkeypatch) -> float:
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 2)
    return 2.0


def sweep_argv(tmp_path, address: str) -> list[str]:
    out = str(tmp_path / "x.csv")
    return [
        "sweep",
        "--vary",
        "levels",
        "--values",
        "20,40",
        "--sites",
        "3",
        "--seeds",
        "1",
        "--csv",
        out,
        "--dask",
        address,
    ]


@pytest.mark.parametrize("server", [*JUNK, None], indirect=True, ids=["http", "ff", "short", "closed", "silent"])
def test_a_server_that_is_not_dask_is_one_line_in_bounded_time(server, quick, tmp_path, capsys):
    started = time.monotonic()
    assert main(sweep_argv(tmp_path, f"tcp://127.0.0.1:{server.port}")) == 2
    took = time.monotonic() - started
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--dask" in err and "Traceback" not in err, err
    assert ("said nothing" if server.answer is None else "not a Dask scheduler") in err
    assert took < 3 * quick + 5, took
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize("server", [None], indirect=True)
def test_the_probe_gives_up_on_a_silent_listener_after_its_timeout(server):
    started = time.monotonic()
    with pytest.raises(ClusterError, match=r"said nothing in 0\.5 s"):
        probe_scheduler(f"tcp://127.0.0.1:{server.port}", timeout=0.5)
    assert time.monotonic() - started < 3


def test_the_probe_takes_a_handshake_of_the_form_dask_sends():
    """The reference: 8 bytes of length (little-endian), then that many bytes, as a scheduler speaks first."""
    payload = b"\x81\xa2op\xa9handshake" * 3
    s = Server(len(payload).to_bytes(8, "little") + payload)
    try:
        probe_scheduler(f"tcp://127.0.0.1:{s.port}", timeout=2)
    finally:
        s.close()


def test_an_address_without_port_takes_daskss_default_port():
    assert scheduler_address("tcp://127.0.0.1") == "tcp://127.0.0.1:8786"
    assert scheduler_address("tcp://[::1]") == "tcp://[::1]:8786"
    assert scheduler_address("tcp://127.0.0.1:99") == "tcp://127.0.0.1:99"


def test_an_address_without_port_is_one_line_when_nothing_listens(quick, tmp_path, capsys):
    """No port: Dask's 8786 (nothing of ours listens there; if something else did, it is one line too)."""
    assert main(sweep_argv(tmp_path, "tcp://127.0.0.1")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "8786" in err and "ValueError" not in err, err


@pytest.mark.parametrize(
    "address",
    ["tcp://" + "a" * 64 + ".org:1", "tcp://" + ".".join(["abc"] * 70) + ":1", "tcp://a..b:1", "tcp://.:1"],
)
def test_host_names_the_resolver_refuses_are_one_line_before_any_lookup(address, tmp_path, capsys, monkeypatch):
    def no_lookup(*_args, **_kwargs):
        raise AssertionError("looked up")

    monkeypatch.setattr(socket, "create_connection", no_lookup)
    monkeypatch.setattr(socket, "getaddrinfo", no_lookup)
    assert main(sweep_argv(tmp_path, address)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--dask" in err and "out of range" in err, err


@given(st.text(max_size=300))
def test_any_address_text_is_taken_or_refused_in_one_line(text):
    try:
        assert check_address(text) == text
    except ClusterError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("--dask: ")


@pytest.mark.slow
def test_a_local_cluster_says_nothing_and_leaves_no_scratch_space(tmp_path):
    """`--dask local` printed Dask's WARNING lines and left dask-scratch-space/*.lock in TMPDIR."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import fourier_gui

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch), "PYTHONPATH": str(Path(fourier_gui.__file__).resolve().parents[1])}
    argv = [*sweep_argv(tmp_path, "local:1"), "--quiet"]
    done = subprocess.run(
        [sys.executable, "-m", "fourier_gui", *argv], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert list(scratch.iterdir()) == []


@pytest.mark.slow
@pytest.mark.leaves_threads("IO loop")
def test_a_real_scheduler_on_loopback_passes_the_probe(tmp_path, capsys):
    """The reference for the probe: a Dask scheduler of the test's own, on 127.0.0.1, runs the sweep."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, host="127.0.0.1", dashboard_address=None) as local:
        probe_scheduler(local.scheduler_address, timeout=5)
        assert main(sweep_argv(tmp_path, local.scheduler_address)) == 0
    assert (tmp_path / "x.csv").exists()
