"""Files and dialogs of the window: saving plots, figures and results."""
