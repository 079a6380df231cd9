"""How many threads the numerical libraries may take (docs/architecture.md, "Speed"): BLAS beside the fused
kernel, and both in a sweep's worker processes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fourier_gui.execution.fused_kernel import limit_threads
from fourier_gui.physics.model import Model


@contextmanager
def products_threads(model: Model) -> Iterator[None]:
    """While the fused kernel multiplies on every core, BLAS (the recombination of output times) runs on
    one thread: OpenBLAS's threads spin between calls and would steal the cores from the kernel's
    (measured: N = 10, n = 500 takes 3.5 s instead of 1.5 s)."""
    if model.product is None:
        yield
        return
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1, user_api="blas"):
        yield


def one_thread_per_worker() -> None:
    """Process-pool initializer: one BLAS thread and one kernel thread per worker, so that W workers use
    W cores. Ctrl-C is the parent's to handle: it ends the workers itself (no traceback from each)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    limit_threads(1)
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1)
    except ImportError:  # pragma: no cover - threadpoolctl is a dependency
        pass
