"""Threads that share the machine (README, "Sharing the machine"): the one place of the thread policy, applied by
`import fourier_gui` itself (so by the command line, the window, a script and a sweep's workers alike), before
numpy and numba load their thread pools; a value the user set wins.

Idle OpenBLAS threads spin ≈ 2^28 cycles before they sleep, and OpenMP's (the fused kernel's, through numba)
spin at every barrier: on a busy machine a thread that lost its core keeps the other spinning. Beside two busy
processes Fig. 2 took 31 s in three runs of five instead of 1.4 s, ten-sites 12–46 s instead of 8 s; quiet,
both cost nothing measurable (ten-sites +4 %). Where the cgroup's CPU quota allows fewer CPUs than the process
may run on (a container's `--cpus`), BLAS and the kernel start that many threads (execution/cpus.py): the
numbers never depend on the thread count.

OpenBLAS reads its variables when numpy first loads it: for a script that imported numpy before `fourier_gui`,
the policy makes the loaded OpenBLAS read them again and restart its idle threads (`_restart_openblas`); where
that cannot be done (another BLAS build), `late()` names what came too late and a run says so once. OpenMP's
wait policy is read when numba first starts its threads, so it still applies then.
"""

from __future__ import annotations

import os
import sys

from fourier_gui.execution.cpus import affinity_cpus, usable_cpus

#: The variables and their values, each set unless the user set it.
POLICY = {"OPENBLAS_THREAD_TIMEOUT": "4", "OMP_WAIT_POLICY": "PASSIVE"}
#: The variables that size the thread pools, set to the usable CPUs where a CPU quota allows fewer.
THREAD_COUNTS = ("OPENBLAS_NUM_THREADS", "NUMBA_NUM_THREADS")
#: Which library reads each variable, once, when it loads (a module of sys.modules that shows it has).
READ_BY = {"OPENBLAS_THREAD_TIMEOUT": "numpy", "OPENBLAS_NUM_THREADS": "numpy", "NUMBA_NUM_THREADS": "numba"}

_late: list[str] = []


def apply_thread_policy() -> list[str]:
    """Set the policy's variables that the user has not set; return those set too late to take effect (their
    library had loaded already)."""
    wanted = dict(POLICY)
    cpus = usable_cpus()
    if cpus < affinity_cpus():
        wanted.update(dict.fromkeys(THREAD_COUNTS, str(cpus)))
    late = []
    for name, value in wanted.items():
        if name in os.environ:
            continue
        os.environ[name] = value
        if READ_BY.get(name) in sys.modules:
            late.append(name)
    if "OPENBLAS_THREAD_TIMEOUT" in late and _restart_openblas():
        late.remove("OPENBLAS_THREAD_TIMEOUT")
    _late[:] = late
    return late


def _restart_openblas() -> bool:
    """Make an OpenBLAS that numpy loaded before the policy was set read its variables again and restart its
    threads, which then take the new timeout (the same number of threads: the same bits). Through the library's
    own exported functions (`openblas_read_env`, `blas_thread_shutdown_`; the next BLAS call starts the threads
    again); True if every OpenBLAS loaded now has the policy's timeout."""
    try:
        import ctypes

        from threadpoolctl import threadpool_info
    except ImportError:  # pragma: no cover - threadpoolctl is a dependency
        return False
    wanted = int(os.environ["OPENBLAS_THREAD_TIMEOUT"])
    libraries = [i for i in threadpool_info() if i.get("internal_api") == "openblas"]
    for info in libraries:
        try:
            library = ctypes.CDLL(info["filepath"])
            read_env, timeout = library.openblas_read_env, library.openblas_thread_timeout
            shutdown = library.blas_thread_shutdown_
        except (OSError, AttributeError, KeyError):  # another build: nothing to reach
            return False
        read_env()
        if timeout() != wanted:
            return False
        shutdown()  # idle threads end; the next call starts them with the timeout just read
    return bool(libraries)


def late() -> list[str]:
    """The variables `import fourier_gui` set after their library had read the environment (numpy imported
    first): set them in the shell, or import fourier_gui before numpy, for the policy to hold."""
    return list(_late)


def warn_if_late() -> None:
    """A RuntimeWarning (once per process) where the policy came too late, naming the remedy: a script that
    imported numpy first ran Fig. 2 beside two busy processes several times slower than the command line."""
    if _late and not _warned:
        import warnings

        _warned.append(True)
        if not _threaded_blas():  # one BLAS thread (OPENBLAS_NUM_THREADS=1, one CPU) has no idle thread to spin
            return
        warnings.warn(
            f"numpy was imported before fourier_gui, so {', '.join(_late)} came too late: idle BLAS threads spin "
            "and a run beside other busy programs can take several times longer. Import fourier_gui first, or set "
            "OPENBLAS_THREAD_TIMEOUT=4 in the environment before Python starts.",
            RuntimeWarning,
            stacklevel=3,
        )


_warned: list[bool] = []


def _threaded_blas() -> bool:
    try:
        from threadpoolctl import threadpool_info
    except ImportError:  # pragma: no cover - threadpoolctl is a dependency
        return True
    return any(i.get("user_api") == "blas" and (i.get("num_threads") or 1) > 1 for i in threadpool_info())


__all__ = ["POLICY", "apply_thread_policy", "late", "warn_if_late"]
