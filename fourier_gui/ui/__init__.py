"""The window: parameter panel, plots, menus. Talks to the engine by jobs and signals; computes no physics."""
