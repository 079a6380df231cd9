"""The Studies tab: f(τ), sweeps, grids and their plots."""
