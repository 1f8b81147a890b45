"""The main window and its parts."""

from mentorpad.ui.window.main_window import MainWindow

__all__ = ["MainWindow"]
