"""The run's views: P_μ(t), the level diagram, the system view, the profile, κ(T) and the Transport tab.

One rule names the modules: a module is named after the one class it is for (`DynamicsPlot` in
dynamics_plot.py, `ChainProfile` in chain_profile.py, `PlaybackBar` in playback_bar.py); the class's own name
says what it is (a `…Plot` is one plot, a `…View` a composed picture, `LevelDiagram` a diagram). Importers take
each class from its own module. `registry.py` holds the list of views, `run_plot.py` the protocol they share.
"""
