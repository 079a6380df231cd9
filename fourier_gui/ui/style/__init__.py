"""Widgets and style shared by every view: colours, plot styling, small widgets."""
