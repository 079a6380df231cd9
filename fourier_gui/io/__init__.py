"""Files: CSV results, couplings (.npz), JSON summaries and sessions, presets. No Qt."""
