"""Sweeps beyond one machine: Dask distributed as the executor (the `cluster` extra).

    fourier-gui sweep … --dask local:4            a LocalCluster of 4 worker processes on this machine
    fourier-gui sweep … --dask tcp://host:8786    join a running scheduler (`dask scheduler` on one host,
                                                  `dask worker tcp://host:8786` on the others)

A sweep is a list of independent runs, each a pure function of its parameters, so any worker computes the
same numbers as the local pool, bit for bit. When a worker dies mid-run, the scheduler gives its runs to
another worker (Dask retries a task up to `distributed.scheduler.allowed-failures` times); a run that
still fails is reported by point and seed (sweep_runner.SweepRunError), never dropped.
"""

from __future__ import annotations

import logging
import re
import shutil
import socket
import struct
import tempfile
import time
import warnings
import weakref
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager

from fourier_gui.physics.errors import FourierGuiError
from fourier_gui.physics.fields import shown

LOCAL = re.compile(r"local(?::(\d{1,4}))?")
#: A running scheduler's address: plain TCP, the one scheme that needs nothing more (tls:// wants certificates,
#: ucx:// the UCX library, inproc:// and ws:// a scheduler in this process or behind a web server).
ADDRESS = re.compile(r"tcp://(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.\-_]+)(?::(\d{1,5}))?")
#: Seconds to wait for a scheduler before giving up: to connect, and again for its handshake.
CONNECT_TIMEOUT = 20
#: Seconds to wait for the scheduler's answer to "how many workers?".
ASK_TIMEOUT = 5

#: The client behind each executor `dask_executor` made (for `worker_count`).
_CLIENTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

#: The port of a `tcp://HOST` without one: Dask's own default (`dask scheduler` listens there).
DEFAULT_PORT = 8786
#: The largest first message a Dask scheduler's handshake may claim (its handshake is a few hundred bytes):
#: a server that answers anything else claims a length of exabytes, which Dask would try to allocate.
HANDSHAKE_LIMIT = 1 << 20


class ClusterError(FourierGuiError):
    """Dask is missing, or the scheduler cannot be reached; the message says which and what to do."""


def check_address(text: str) -> str:
    """`local`, `local:W` (1 ≤ W ≤ 256) or a scheduler address; raises ClusterError otherwise."""
    match = LOCAL.fullmatch(text)
    if match:
        workers = int(match.group(1) or 0)
        if match.group(1) is not None and not 1 <= workers <= 256:
            raise ClusterError(f"--dask: {text!r} is out of range (allowed: local:W with W = 1 … 256)")
        return text
    address = ADDRESS.fullmatch(text)
    if address and (address.group(1) is None or 1 <= int(address.group(1)) <= 65535):
        host = _host(text)
        try:  # what the resolver would do to it (raw UnicodeError from idna): refused here, in one line
            ok = host.startswith("[") or (len(host) <= 253 and bool(host.encode("idna")))
        except UnicodeError:
            ok = False
        if ok:
            return text
        raise ClusterError(
            f"--dask: {shown(text)!r} is out of range (allowed: a host name of labels of 1 … 63 letters, digits "
            "or hyphens, 253 in all, or an IP address)"
        )
    raise ClusterError(
        f"--dask: {shown(text)!r} is out of range (allowed: local, local:W or tcp://HOST[:PORT], PORT 1 … 65535)"
    )


def _host(address: str) -> str:
    """The HOST of `tcp://HOST[:PORT]` (an IPv6 address keeps its brackets)."""
    rest = address.removeprefix("tcp://")
    return rest[: rest.index("]") + 1] if rest.startswith("[") else rest.split(":")[0]


def scheduler_address(address: str) -> str:
    """`tcp://HOST:PORT`, with Dask's default port when none is given."""
    return address if ADDRESS.fullmatch(address).group(1) else f"{address}:{DEFAULT_PORT}"  # type: ignore[union-attr]


def probe_scheduler(address: str, timeout: float | None = None) -> None:
    """Refuse, within about 2 × `timeout` seconds, an address where no Dask scheduler answers: nothing listens,
    a server that never speaks (Dask's own handshake has no time limit), or one that answers something else.
    A scheduler speaks first on a new connection: eight bytes, the length of its handshake, then the handshake."""
    timeout = CONNECT_TIMEOUT if timeout is None else timeout
    host, port = _host(address).strip("[]"), int(address.rsplit(":", 1)[1])
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except OSError as exc:
        reason = "no answer" if isinstance(exc, TimeoutError) else (exc.strerror or type(exc).__name__)
        raise ClusterError(f"--dask: cannot reach the scheduler at {shown(address)!r}: {reason}") from None
    not_dask = f"--dask: {shown(address)!r} is not a Dask scheduler"
    with sock:
        deadline = time.monotonic() + timeout
        try:
            head = _read(sock, 8, deadline)
            size = struct.unpack("<Q", head)[0] if len(head) == 8 else 0
            if 0 < size <= HANDSHAKE_LIMIT and len(_read(sock, size, deadline)) == size:
                return
        except TimeoutError:
            raise ClusterError(f"{not_dask}: it said nothing in {timeout:g} s") from None
        except OSError as exc:
            raise ClusterError(f"{not_dask}: {exc.strerror or type(exc).__name__}") from None
    raise ClusterError(f"{not_dask}: it answered something else")


def _read(sock: socket.socket, size: int, deadline: float) -> bytes:
    """Up to `size` bytes, fewer if the peer closes; TimeoutError at `deadline`."""
    data = bytearray()
    while len(data) < size:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        sock.settimeout(left)
        chunk = sock.recv(min(size - len(data), 1 << 16))
        if not chunk:
            break
        data += chunk
    return bytes(data)


@contextmanager
def _quiet_dask() -> Iterator[None]:
    """Dask's own WARNING lines (a lost connection, a closing worker) kept off the terminal: the command says
    what went wrong in its one line."""
    loggers = [logging.getLogger(name) for name in ("distributed", "tornado", "asyncio")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():  # "Port 8787 is already in use": another cluster's dashboard, said by Dask
            warnings.filterwarnings("ignore", message="Port .* is already in use", category=UserWarning)
            yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def _distributed():
    try:
        import distributed
    except ImportError:
        raise ClusterError(
            "Dask distributed is not installed: pip install 'fourier-gui[cluster]' (or drop --dask)"
        ) from None
    return distributed


@contextmanager
def dask_executor(address: str) -> Iterator[Executor]:
    """An executor on a Dask cluster: a new LocalCluster of worker processes (`local[:W]`, one thread and
    one BLAS thread each; W defaults to the CPUs this process may use) or a running scheduler (`tcp://host:port`)."""
    address = check_address(address)
    distributed = _distributed()
    match = LOCAL.fullmatch(address)
    with _quiet_dask():
        if match:
            # the workers' scratch space (and its lock files) in a folder of our own, removed at the end
            scratch = tempfile.mkdtemp(prefix="fourier-gui-dask.")
            try:
                yield from _local_cluster(distributed, int(match.group(1) or 0), scratch)
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
            return
        target = scheduler_address(address)
        probe_scheduler(target)
        try:
            client = distributed.Client(target, timeout=CONNECT_TIMEOUT)
        except Exception as exc:  # an unreachable scheduler, or one that stopped making sense
            raise ClusterError(f"--dask: cannot use the scheduler at {shown(address)!r}: {_reason(exc)}") from None
        with _serving(client) as executor:
            yield executor


@contextmanager
def _serving(client) -> Iterator[Executor]:
    """The client's executor, known to `worker_count`, until the block ends and the client closes."""
    executor = client.get_executor(pure=False)
    _CLIENTS[executor] = client
    try:
        yield executor
    finally:
        client.close()


def _reason(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__


def _local_cluster(distributed, workers: int, scratch: str) -> Iterator[Executor]:
    import os

    import dask

    from fourier_gui.execution.cpus import usable_cpus

    # the workers' own log lines (a task cancelled by Ctrl-C) off the terminal too: read when they start
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")
    cluster = None
    try:
        with dask.config.set({"temporary-directory": scratch}):  # the scheduler's and nannies' lock files
            cluster = distributed.LocalCluster(
                n_workers=workers or usable_cpus(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                local_directory=scratch,
            )
        client = distributed.Client(cluster, timeout=CONNECT_TIMEOUT)
    except Exception as exc:  # workers that could not start
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"--dask: cannot start a local cluster: {_reason(exc)}") from None
    try:
        with _serving(client) as executor:
            yield executor
    finally:
        cluster.close()


def worker_count(executor: Executor) -> Callable[[], int] | None:
    """For an executor of `dask_executor`: a function that asks the scheduler how many workers it has
    (waiting at most ASK_TIMEOUT seconds); None for any other executor (sweep_runner.run_sweep's `workers`)."""
    client = _CLIENTS.get(executor)
    if client is None:
        return None
    return lambda: len(client.nthreads(callback_timeout=ASK_TIMEOUT))
