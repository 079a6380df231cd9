"""The free memory this process may use: the one reader of /proc/meminfo and of the cgroup's memory limit. A
leaf module (no project imports), so that the file readers of io/ may ask it before they load anything
(docs/architecture.md, "Layers").

A process in a cgroup with a memory limit (a SLURM job, a container, a systemd slice) is killed when it goes
past that limit, however much the machine has free: its free memory is the smaller of the machine's
(MemAvailable) and what the limit leaves, limit − (usage − reclaimable page cache), over the cgroup and every
cgroup above it (cgroup v2: memory.max, memory.current and memory.stat's inactive_file; v1:
memory.limit_in_bytes, memory.usage_in_bytes and total_inactive_file).
"""

from __future__ import annotations

import os
from pathlib import Path

MEMINFO = "/proc/meminfo"
#: Where the cgroup file systems are mounted, and where the kernel says which cgroups this process is in.
CGROUP_ROOT = "/sys/fs/cgroup"
PROC_CGROUP = "/proc/self/cgroup"
#: A v1 limit at or above this is "no limit" (the kernel writes 2^63 rounded down to a page).
NO_LIMIT = 2**62


def available_memory(
    cgroup_root: str | os.PathLike = CGROUP_ROOT, proc_cgroup: str | os.PathLike = PROC_CGROUP, meminfo: str = MEMINFO
) -> int | None:
    """Free memory in bytes: the machine's (MemAvailable on Linux, free physical pages elsewhere), or less where
    this process's cgroup limits it; None if neither is known."""
    machine = _machine_available(meminfo)
    room = cgroup_memory_room(cgroup_root, proc_cgroup)
    if room is None:
        return machine
    return room if machine is None else min(machine, room)


def _machine_available(meminfo: str) -> int | None:
    try:
        with open(meminfo, encoding="ascii") as f:
            for line in f:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError, AttributeError):
        return None


def cgroup_folders(
    controller: str, cgroup_root: str | os.PathLike = CGROUP_ROOT, proc_cgroup: str | os.PathLike = PROC_CGROUP
) -> list[Path]:
    """The folders of this process's cgroup for `controller` ("memory", "cpu"), its own first, then each one
    above it up to the root: the unified hierarchy (v2) where the process is in one, else the controller's
    v1 hierarchy. Empty where there is no cgroup file system (not Linux, or not mounted)."""
    root = Path(cgroup_root)
    try:
        lines = Path(proc_cgroup).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    for line in lines:  # v2: "0::/user.slice/…"; v1: "4:memory:/slurm/uid_1/job_2" or "3:cpu,cpuacct:/…"
        number, _, rest = line.partition(":")
        controllers, _, path = rest.partition(":")
        if number == "0" and controllers == "" and (root / "cgroup.controllers").exists():
            return _up_from(root, path)
        if controller in controllers.split(","):
            mount = next((root / name for name in (controllers, controller) if (root / name).is_dir()), None)
            if mount is not None:
                return _up_from(mount, path)
    return []


def _up_from(mount: Path, path: str) -> list[Path]:
    """`mount/path` and each folder above it up to `mount`, those that exist (inside a container the process's
    path is often not under the mount: the container sees its own cgroup as the root)."""
    parts = [part for part in path.strip().split("/") if part and part != ".."]
    folders = [mount.joinpath(*parts[:depth]) for depth in range(len(parts), -1, -1)]
    return [folder for folder in folders if folder.is_dir()]


def _number(path: Path) -> int | None:
    """The whole number a cgroup file holds, or None ("max", missing, unreadable)."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return int(text) if text.lstrip("-").isdigit() else None


def _stat(path: Path, key: str) -> int:
    """One entry of a memory.stat file (0 if absent)."""
    try:
        for line in path.read_text(encoding="ascii").splitlines():
            name, _, value = line.partition(" ")
            if name == key and value.strip().isdigit():
                return int(value)
    except (OSError, UnicodeDecodeError):
        pass
    return 0


def cgroup_memory_room(
    cgroup_root: str | os.PathLike = CGROUP_ROOT, proc_cgroup: str | os.PathLike = PROC_CGROUP
) -> int | None:
    """The bytes this process's cgroups still allow (the smallest over the cgroup and those above it), or None
    where no cgroup sets a limit."""
    rooms = []
    for folder in cgroup_folders("memory", cgroup_root, proc_cgroup):
        if (folder / "memory.max").exists() or (folder / "memory.current").exists():  # v2
            limit, usage = _number(folder / "memory.max"), _number(folder / "memory.current")
            reclaimable = _stat(folder / "memory.stat", "inactive_file")
        else:  # v1
            limit, usage = _number(folder / "memory.limit_in_bytes"), _number(folder / "memory.usage_in_bytes")
            reclaimable = _stat(folder / "memory.stat", "total_inactive_file")
        if limit is None or limit >= NO_LIMIT:
            continue
        used = max(0, (usage or 0) - reclaimable)
        rooms.append(max(0, limit - used))
    return min(rooms) if rooms else None


__all__ = ["available_memory", "cgroup_folders", "cgroup_memory_room"]
