"""The run's views: P_μ(t), the level diagram, the system view, the profile, κ(T) and the Transport tab."""
