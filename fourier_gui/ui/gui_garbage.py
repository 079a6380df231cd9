"""Python's cycle collector, run only in the GUI thread (docs/architecture.md, "Threads").

Left automatic, it runs wherever allocations trigger it: in a run's worker thread (or the animation encoder's)
it destroyed Qt objects caught in a cycle there, which deadlocked against the GUI thread or crashed.
Set up by the app (ui/shell/app.py) and by the command line's animation export (ui/files/animation_export.py),
which needs no window: so it sits beside the ui packages, not in the window shell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyqtgraph.util.garbage_collector import GarbageCollector


def collect_garbage_in_gui_thread() -> GarbageCollector:
    """Automatic collection off; pyqtgraph's GarbageCollector collects from a timer in this (the GUI) thread,
    and on `check()`. The caller keeps it; `gc.enable()` hands collection back."""
    from pyqtgraph.util.garbage_collector import GarbageCollector

    return GarbageCollector(interval=1.0)
