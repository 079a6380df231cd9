"""The CPUs this process may use: those it may run on (its affinity: `taskset`, a SLURM job's cpuset), fewer where
its cgroup's CPU quota allows less (a container's `--cpus`: cgroup v2 cpu.max, v1 cpu.cfs_quota_us). What the
default number of sweep workers, the kernel's threads and every file's provenance (`cpus`) count. A leaf module:
it imports only the other leaf, execution/memory.py, for the cgroup's folders (docs/architecture.md, "Layers").
"""

from __future__ import annotations

import math
import os

from fourier_gui.execution.memory import CGROUP_ROOT, PROC_CGROUP, cgroup_folders


def affinity_cpus() -> int:
    """How many CPUs this process may run on (all of the machine's where the system does not say)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def cgroup_cpu_quota(
    cgroup_root: str | os.PathLike = CGROUP_ROOT, proc_cgroup: str | os.PathLike = PROC_CGROUP
) -> float | None:
    """The CPUs' worth of time this process's cgroups allow (quota / period, the smallest over the cgroup and
    those above it), or None where none sets a quota."""
    quotas = []
    for folder in cgroup_folders("cpu", cgroup_root, proc_cgroup):
        try:
            if (folder / "cpu.max").exists():  # v2: "max 100000" or "150000 100000"
                quota, _, period = (folder / "cpu.max").read_text(encoding="ascii").strip().partition(" ")
            else:  # v1: -1 for none
                quota = (folder / "cpu.cfs_quota_us").read_text(encoding="ascii").strip()
                period = (folder / "cpu.cfs_period_us").read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if quota.isdigit() and period.isdigit() and int(quota) > 0 and int(period) > 0:
            quotas.append(int(quota) / int(period))
    return min(quotas) if quotas else None


def usable_cpus(cgroup_root: str | os.PathLike = CGROUP_ROOT, proc_cgroup: str | os.PathLike = PROC_CGROUP) -> int:
    """The CPUs this process may use: its affinity's, at most the cgroup's quota rounded up; at least 1."""
    cpus = affinity_cpus()
    quota = cgroup_cpu_quota(cgroup_root, proc_cgroup)
    if quota is not None:
        cpus = min(cpus, max(1, math.ceil(quota - 1e-9)))
    return cpus


__all__ = ["affinity_cpus", "cgroup_cpu_quota", "usable_cpus"]
