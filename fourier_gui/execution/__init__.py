"""How the physics runs: the fused kernel and its loading, process pools, clusters, the machine's free memory. No Qt."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fourier_gui.execution.run import ExactRun, simulate

__all__ = ["ExactRun", "simulate"]


def __getattr__(name: str) -> object:
    """`ExactRun` and `simulate` on first use: importing a submodule (the memory probe) stays cheap."""
    if name in __all__:
        from fourier_gui.execution import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
