"""The session's quick keys, in one place: the editor binds them, the buttons show them in
tooltips, and the cheat sheet (mentorpad.ui.shortcuts) lists them."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

QUICK_COMMITMENT = QKeySequence("Ctrl+Shift+C")
QUICK_INSIGHT = QKeySequence("Ctrl+Shift+I")
QUICK_THEME = QKeySequence("Ctrl+Shift+T")
TOGGLE_IN_SESSION = QKeySequence("Ctrl+Shift+S")


def native(sequence: QKeySequence) -> str:
    """The keys as the platform writes them (Ctrl+Shift+C, ⇧⌘C)."""
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)
