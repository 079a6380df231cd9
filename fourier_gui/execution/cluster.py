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

import re
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
#: Seconds to wait for a scheduler before giving up.
CONNECT_TIMEOUT = 20
#: Seconds to wait for the scheduler's answer to "how many workers?".
ASK_TIMEOUT = 5

#: The client behind each executor `dask_executor` made (for `worker_count`).
_CLIENTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


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
        return text
    raise ClusterError(
        f"--dask: {shown(text)!r} is out of range (allowed: local, local:W or tcp://HOST[:PORT], PORT 1 … 65535)"
    )


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
    cluster = None
    try:
        if match:
            from fourier_gui.execution.cpus import usable_cpus

            workers = int(match.group(1) or usable_cpus())
            cluster = distributed.LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            client = distributed.Client(cluster, timeout=CONNECT_TIMEOUT)
        else:
            client = distributed.Client(address, timeout=CONNECT_TIMEOUT)
    except OSError as exc:  # includes the timeout of an unreachable scheduler
        if cluster is not None:
            cluster.close()
        raise ClusterError(f"--dask: cannot reach the scheduler at {address!r}: {exc}") from None
    executor = client.get_executor(pure=False)
    _CLIENTS[executor] = client
    try:
        yield executor
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def worker_count(executor: Executor) -> Callable[[], int] | None:
    """For an executor of `dask_executor`: a function that asks the scheduler how many workers it has
    (waiting at most ASK_TIMEOUT seconds); None for any other executor (sweep_runner.run_sweep's `workers`)."""
    client = _CLIENTS.get(executor)
    if client is None:
        return None
    return lambda: len(client.nthreads(callback_timeout=ASK_TIMEOUT))
