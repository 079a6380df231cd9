"""Parameters the window tests open with (a module sets `WINDOW_PARAMETERS`, read by tests/conftest.py's
`window_parameters`)."""

from fourier_gui.physics import SimulationParameters

#: A run of a fraction of a second: four subunits of 30 levels to 5/γ.
SMALL = SimulationParameters(sites=4, levels=30, lam=0.0008, bandwidth=0.05, t_max_gamma=5.0, points=41)
