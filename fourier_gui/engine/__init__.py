"""Runs physics jobs off the GUI thread (QThread), streams chunks through signals, pauses, cancels."""
