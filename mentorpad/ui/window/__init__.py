"""The main window and the parts it is made of (see main_window)."""

from mentorpad.ui.window.main_window import MainWindow
from mentorpad.ui.window.passphrase_dialog import ChangePassphraseDialog

__all__ = ["ChangePassphraseDialog", "MainWindow"]
