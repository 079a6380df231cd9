"""What of the machine a process may use (execution/cpus.py, execution/memory.py) and the thread policy that
`import fourier_gui` sets (execution/thread_policy.py): fake cgroup folders in a temporary directory, a real
affinity in a subprocess."""

import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import fourier_gui
from fourier_gui.execution import thread_policy
from fourier_gui.execution.cpus import cgroup_cpu_quota, usable_cpus
from fourier_gui.execution.memory import available_memory, cgroup_folders, cgroup_memory_room

MiB = 2**20
#: The checkout under test, for processes started in a temporary folder.
SOURCE = Path(fourier_gui.__file__).resolve().parents[1]


def _files(root, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="ascii")


def _meminfo(tmp_path, kib: int) -> str:
    path = tmp_path / "meminfo"
    path.write_text(f"MemTotal: 99999999 kB\nMemFree: 1 kB\nMemAvailable: {kib} kB\n", encoding="ascii")
    return str(path)


def test_cgroup_v2_memory_limit_leaves_limit_minus_what_is_used_but_the_page_cache(tmp_path):
    """A SLURM job's cgroup: 1000 MiB allowed, 700 MiB used of which 100 MiB reclaimable page cache."""
    root = tmp_path / "cgroup"
    _files(
        root,
        {
            "cgroup.controllers": "cpu memory",
            "slurm/job_7/memory.max": f"{1000 * MiB}\n",
            "slurm/job_7/memory.current": f"{700 * MiB}\n",
            "slurm/job_7/memory.stat": f"anon {600 * MiB}\nfile {100 * MiB}\ninactive_file {100 * MiB}\n",
            "slurm/memory.max": "max\n",  # the slice above sets no limit
            "slurm/memory.current": f"{5000 * MiB}\n",
        },
    )
    proc = tmp_path / "cgroup_of_self"
    proc.write_text("0::/slurm/job_7\n", encoding="ascii")
    assert cgroup_folders("memory", root, proc) == [root / "slurm/job_7", root / "slurm", root]
    assert cgroup_memory_room(root, proc) == 400 * MiB
    # the machine has 20 GiB free, the job 400 MiB: the job's; a machine with less: the machine's
    assert available_memory(root, proc, _meminfo(tmp_path, 20 * 2**20)) == 400 * MiB
    assert available_memory(root, proc, _meminfo(tmp_path, 300 * 1024)) == 300 * MiB
    _files(root, {"slurm/memory.max": f"{800 * MiB}\n"})  # a tighter limit above: the smaller room wins
    assert cgroup_memory_room(root, proc) == 0  # 800 MiB allowed to the slice, 5000 MiB used there


def test_cgroup_v1_memory_limit_and_no_limit(tmp_path):
    root = tmp_path / "cgroup"
    _files(
        root,
        {
            "memory/docker/abc/memory.limit_in_bytes": f"{512 * MiB}\n",
            "memory/docker/abc/memory.usage_in_bytes": f"{128 * MiB}\n",
            "memory/docker/abc/memory.stat": f"cache {64 * MiB}\ntotal_inactive_file {28 * MiB}\n",
            "memory/memory.limit_in_bytes": "9223372036854771712\n",  # the root: no limit
        },
    )
    proc = tmp_path / "cgroup_of_self"
    proc.write_text("12:pids:/docker/abc\n4:memory:/docker/abc\n1:name=systemd:/docker/abc\n0::/\n", encoding="ascii")
    assert cgroup_memory_room(root, proc) == (512 - 100) * MiB
    proc.write_text("4:memory:/\n", encoding="ascii")  # the root alone: no limit, the machine's memory
    assert cgroup_memory_room(root, proc) is None
    assert available_memory(root, proc, _meminfo(tmp_path, 1024)) == MiB


def test_a_container_sees_its_own_cgroup_as_the_root(tmp_path):
    """Inside a container /proc/self/cgroup names a path of the host's tree; the mount is the container's own."""
    root = tmp_path / "cgroup"
    _files(root, {"cgroup.controllers": "memory", "memory.max": f"{256 * MiB}\n", "memory.current": f"{56 * MiB}\n"})
    proc = tmp_path / "cgroup_of_self"
    proc.write_text("0::/system.slice/docker-1234.scope\n", encoding="ascii")
    assert cgroup_memory_room(root, proc) == 200 * MiB


def test_no_cgroup_file_system_leaves_the_machines_memory(tmp_path):
    proc = tmp_path / "missing"
    assert cgroup_folders("memory", tmp_path, proc) == [] and cgroup_memory_room(tmp_path, proc) is None
    assert available_memory(tmp_path, proc, _meminfo(tmp_path, 2048)) == 2 * MiB


@pytest.mark.parametrize(
    ("files", "line", "quota"),
    [
        ({"cgroup.controllers": "cpu", "job/cpu.max": "150000 100000\n"}, "0::/job", 1.5),
        ({"cgroup.controllers": "cpu", "job/cpu.max": "max 100000\n"}, "0::/job", None),
        (
            {"cpu,cpuacct/job/cpu.cfs_quota_us": "50000\n", "cpu,cpuacct/job/cpu.cfs_period_us": "100000\n"},
            "3:cpu,cpuacct:/job",
            0.5,
        ),
        ({"cpu/job/cpu.cfs_quota_us": "-1\n", "cpu/job/cpu.cfs_period_us": "100000\n"}, "3:cpu:/job", None),
    ],
)
def test_the_cpu_quota_of_cgroup_v2_and_v1(tmp_path, files, line, quota):
    root = tmp_path / "cgroup"
    _files(root, files)
    proc = tmp_path / "cgroup_of_self"
    proc.write_text(line + "\n", encoding="ascii")
    assert cgroup_cpu_quota(root, proc) == quota
    expected = os.cpu_count() if quota is None else max(1, min(len(os.sched_getaffinity(0)), -(-quota // 1)))
    assert usable_cpus(root, proc) == min(expected, len(os.sched_getaffinity(0)))


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity") or len(os.sched_getaffinity(0)) < 2, reason="one CPU")
def test_under_a_narrower_affinity_the_workers_and_provenance_count_its_cpus():
    """As `taskset -c 0`: the process may run on one CPU of several; the pool, Dask's local default and every
    file's provenance count one."""
    probe = (
        "import os\n"
        "os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})\n"
        "from fourier_gui.execution.cpus import usable_cpus\n"
        "from fourier_gui.execution.pools import default_executor\n"
        "from fourier_gui.io.provenance import provenance\n"
        "pool = default_executor()\n"
        "print(usable_cpus(), provenance()['cpus'], pool._max_workers, os.cpu_count())\n"
        "pool.shutdown()\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    usable, recorded, workers, machine = map(int, done.stdout.split())
    assert (usable, recorded, workers) == (1, 1, 1) and machine >= 2


def _env_without_policy() -> dict[str, str]:
    names = (*thread_policy.POLICY, *thread_policy.THREAD_COUNTS)
    return {k: v for k, v in os.environ.items() if k not in names}


def test_importing_the_package_sets_the_policy_before_numpy_or_restarts_a_loaded_openblas(tmp_path):
    """Imported first, the package sets the variables numpy then reads; imported after numpy, it makes the
    loaded OpenBLAS read them again (its own timeout reads 4 after), says nothing, and the run's numbers are the
    command line's, bit for bit (the same number of BLAS threads)."""
    probe = (
        "import ctypes, os, sys, warnings\n"
        "if sys.argv[1] == 'numpy-first':\n"
        "    import numpy\n"
        "import fourier_gui\n"
        "from threadpoolctl import threadpool_info\n"
        "from fourier_gui.execution.thread_policy import late\n"
        "with warnings.catch_warnings(record=True) as said:\n"
        "    warnings.simplefilter('always')\n"
        "    run = fourier_gui.simulate(sites=3, levels=40, lam=0.001, points=11, method='chebyshev')\n"
        "run.save(sys.argv[1] + '.csv')\n"
        "blas = [i for i in threadpool_info() if i['internal_api'] == 'openblas']\n"
        "timeouts = [ctypes.CDLL(i['filepath']).openblas_thread_timeout() for i in blas]\n"
        "print(os.environ['OMP_WAIT_POLICY'], ','.join(late()) or '-', len(said), timeouts)\n"
    )
    env = {**_env_without_policy(), "OPENBLAS_NUM_THREADS": "2", "PYTHONPATH": str(SOURCE)}
    outputs = {}
    for order in ("package-first", "numpy-first"):
        done = subprocess.run(
            [sys.executable, "-c", probe, order], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
        )
        assert done.returncode == 0, done.stderr
        outputs[order] = done.stdout.split()
    assert outputs["package-first"][:3] == outputs["numpy-first"][:3] == ["PASSIVE", "-", "0"]
    assert outputs["numpy-first"][3] in ("[4]", "[]")  # 4 where numpy's BLAS is OpenBLAS
    options = ["--sites", "3", "--levels", "40", "--lam", "0.001", "--points", "11", "--method", "chebyshev"]
    cli = subprocess.run(
        [sys.executable, "-m", "fourier_gui", "simulate", *options, "--quiet", "--csv", "cli.csv"],
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert cli.returncode == 0
    rows = {
        name: [line for line in (tmp_path / name).read_text().splitlines() if not line.startswith("#")]
        for name in ("package-first.csv", "numpy-first.csv", "cli.csv")
    }
    assert rows["package-first.csv"] == rows["numpy-first.csv"] == rows["cli.csv"]


def test_a_policy_that_came_too_late_is_said_once_where_blas_has_idle_threads(monkeypatch):
    monkeypatch.setattr(thread_policy, "_late", ["OPENBLAS_THREAD_TIMEOUT"])
    monkeypatch.setattr(thread_policy, "_warned", [])
    monkeypatch.setattr(thread_policy, "_threaded_blas", lambda: True)
    with pytest.warns(RuntimeWarning, match="Import fourier_gui first, or set OPENBLAS_THREAD_TIMEOUT=4"):
        thread_policy.warn_if_late()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning now would be an error
        thread_policy.warn_if_late()  # once: a second call says nothing
        monkeypatch.setattr(thread_policy, "_warned", [])
        monkeypatch.setattr(thread_policy, "_threaded_blas", lambda: False)  # one BLAS thread: nothing to spin
        thread_policy.warn_if_late()


def test_a_cpu_quota_below_the_affinity_sizes_the_thread_pools(monkeypatch):
    for name in (*thread_policy.POLICY, *thread_policy.THREAD_COUNTS):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")  # the user's own value wins
    monkeypatch.setattr(thread_policy, "affinity_cpus", lambda: 8)
    monkeypatch.setattr(thread_policy, "usable_cpus", lambda: 2)
    thread_policy.apply_thread_policy()
    assert os.environ["OPENBLAS_NUM_THREADS"] == os.environ["NUMBA_NUM_THREADS"] == "2"
    assert os.environ["OMP_WAIT_POLICY"] == "ACTIVE" and os.environ["OPENBLAS_THREAD_TIMEOUT"] == "4"
    for name in thread_policy.THREAD_COUNTS:
        monkeypatch.delenv(name)
    monkeypatch.setattr(thread_policy, "usable_cpus", lambda: 8)  # no quota: the libraries choose as ever
    thread_policy.apply_thread_policy()
    assert not any(name in os.environ for name in thread_policy.THREAD_COUNTS)
