"""Text the mentor typed is shown as typed, never as markup.

QLabel, QMessageBox and tooltips guess: a string that starts like a tag (a mentee called
`<img src=…>`) is rendered as rich text, which loads a local file, and a typed `&lt;b&gt;`
shows as `<b>`. Every message that can carry a name, a note or a path goes through here:
plain text, and run through lockdown.ask() so a lock closes it and refuses its answer.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from mentorpad.ui.lockdown import ask

PLAIN = Qt.TextFormat.PlainText
Button = QMessageBox.StandardButton


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows `text` exactly as typed."""
    label = QLabel(parent)
    label.setTextFormat(PLAIN)
    label.setText(text)
    return label


def make_plain(*labels: QLabel) -> None:
    for label in labels:
        label.setTextFormat(PLAIN)


def plain_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button = Button.Ok,
) -> QMessageBox:
    """A message box whose text and informative text are plain."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(PLAIN)
    return box


def _show(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = plain_box(parent, icon, title, text)
    try:
        ask(box)
    finally:
        box.deleteLater()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.warning, in plain text, closed by a lock."""
    _show(parent, QMessageBox.Icon.Warning, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.information, in plain text, closed by a lock."""
    _show(parent, QMessageBox.Icon.Information, title, text)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as typed: tooltips have no text format of their own, so
    the text is escaped inside an explicit rich-text paragraph."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
