"""Note editors: plain-text Markdown with a live, safe preview.

The editor is a QPlainTextEdit: no rich text can get in, and paste takes only the plain text
of whatever is on the clipboard (HTML, images and files are ignored).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QShowEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from mentorpad.ui.widgets.render_view import NoteView

PREVIEW_DELAY_MS = 250


class PlainTextEditor(QPlainTextEdit):
    """Paste brings plain text only; set_text() starts a fresh undo history."""

    # Before the content is replaced (set_text, clear_content, setPlainText, clear): the save
    # manager snapshots the text an unsaved edit of the old content left (ui/savemanager.py).
    replacing = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(self.wordWrapMode())
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.setFont(font)

    def createMimeDataFromSelection(self) -> QMimeData:
        from mentorpad.ui.guards import secret_mime

        return secret_mime(self.textCursor().selectedText().replace("\u2029", "\n"))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            self.textCursor().insertText(source.text())

    def setPlainText(self, text: str) -> None:
        self.replacing.emit()
        super().setPlainText(text)

    def clear(self) -> None:
        self.replacing.emit()
        super().clear()

    def set_text(self, text: str) -> None:
        """Replace the content without it becoming an undo step."""
        self.replacing.emit()
        self.blockSignals(True)
        try:
            self.setPlainText(text)  # resets the undo stack
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self.blockSignals(False)

    def clear_content(self) -> None:
        self.replacing.emit()
        self.blockSignals(True)
        try:
            self.clear()
            self.document().clearUndoRedoStacks()
        finally:
            self.blockSignals(False)

    def select_first(self, needle: str) -> bool:
        """Jump to the first occurrence (case-insensitive); used when opening a search hit."""
        if not needle:
            return False
        found = self.document().find(needle)
        if found.isNull():
            return False
        self.setTextCursor(found)
        self.centerCursor()
        return True


class MarkdownEditor(QWidget):
    """Editor and preview side by side; the preview renders after typing pauses."""

    text_edited = Signal()
    replacing = Signal()  # the editor's, forwarded: its content is about to be replaced

    def __init__(self, object_name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.editor = PlainTextEditor()
        self.editor.setObjectName(f"{object_name}_editor")
        self.editor.setPlaceholderText(placeholder)
        self.editor.setAccessibleName(placeholder)
        self.preview = NoteView()
        self.preview.setObjectName(f"{object_name}_preview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.editor)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.setSizes([1, 1])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._preview_stale = False
        self.editor.textChanged.connect(self._on_editor_text_changed)
        self.editor.replacing.connect(self.replacing)

    def _on_editor_text_changed(self) -> None:
        self.text_edited.emit()
        if self.preview.isVisible():
            self._timer.start()
        else:
            self._preview_stale = True

    def _on_timer_timeout(self) -> None:
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self._preview_stale = False
        self.preview.set_markdown(self.editor.toPlainText())

    def set_preview_visible(self, visible: bool) -> None:
        self.preview.setVisible(visible)
        if visible:
            self.refresh_preview()

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """A preview out of sight renders when it comes into sight: opening a session
        loads four notes, and rendering the three on hidden tabs cost ~15 ms."""
        self.editor.set_text(text)
        self._timer.stop()
        if self.preview.isVisible():
            self.refresh_preview()
        else:
            self._preview_stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._preview_stale and self.preview.isVisibleTo(self):
            self.refresh_preview()

    def append_line(self, line: str) -> None:
        """Add a line at the end as an undoable edit (fires text_edited, so it autosaves)."""
        cursor = self.editor.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        existing = self.editor.toPlainText()
        prefix = "" if not existing or existing.endswith("\n") else "\n"
        cursor.insertText(prefix + line + "\n")
        self.editor.setTextCursor(cursor)

    def clear_content(self) -> None:
        self._timer.stop()
        self._preview_stale = False
        self.editor.clear_content()
        self.preview.clear_content()
