"""fourier-gui: watch Fourier's law emerge from Schrödinger dynamics.

Michel, Mahler, Gemmer, "Fourier's Law from Schrödinger Dynamics", PRL 95, 180602 (2005).
"""

__version__ = "0.1.0"
