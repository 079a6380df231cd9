"""How the physics runs: the fused kernel and its loading, process pools, clusters, the machine's resources. No Qt."""

from fourier_gui.execution.run import ExactRun, simulate

__all__ = ["ExactRun", "simulate"]
