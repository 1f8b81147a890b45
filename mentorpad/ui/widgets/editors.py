"""Note editors: plain-text Markdown with a live, safe preview.

The editor is a QPlainTextEdit: no rich text can get in, and paste takes only the plain text
of whatever is on the clipboard (HTML, images and files are ignored).

Huge input (issue 17): Qt wraps a line with no break opportunity in time that grows with the
square of its length (a 200,000-character line: 2.7 s to show, 2 s per keystroke). A note
holding a run of LONG_RUN_CHARS characters without a space wraps anywhere instead (the same
line then takes 30 ms), and a paste that would make a note longer than MAX_NOTE_CHARS is
refused with a message (SECURITY.md says why).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QMimeData, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QShowEvent, QTextCursor, QTextOption
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from mentorpad.render import PREVIEW_CHUNK
from mentorpad.ui.widgets.render_view import NoteView

PREVIEW_DELAY_MS = 250
LONG_RUN_CHARS = 2_000  # a 2,000-character unbroken line costs Qt about 2 ms to wrap
MAX_NOTE_CHARS = 2_000_000  # about 300,000 words; showing or saving it takes < 100 ms
# Even wrapped anywhere, one line costs Qt more than linearly at every keystroke: 200,000
# characters 30 ms, 500,000 about 0.5 s, 1,000,000 1.3 s (2-core VM).
MAX_LINE_CHARS = 250_000
# A run starts after a space or at the start (the lookbehind): each run is scanned once.
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{LONG_RUN_CHARS}}}")
LOAD_CHUNK = 100_000  # characters the editor takes per event-loop turn (about 10 ms)


def _split_lines(text: str, limit: int) -> tuple[str, str]:
    """`text` cut after the last line end before `limit` (or at `limit`): head + rest."""
    if len(text) <= limit:
        return text, ""
    cut = text.rfind("\n", 0, limit) + 1 or limit
    return text[:cut], text[cut:]


def has_long_run(text: str) -> bool:
    """Whether `text` holds LONG_RUN_CHARS or more characters without a space."""
    return _LONG_RUN.search(text) is not None


def wrap_mode_for(text: str) -> QTextOption.WrapMode:
    """Words wrap at their boundaries, unless the text holds a run too long to wrap so."""
    if has_long_run(text):
        return QTextOption.WrapMode.WrapAnywhere
    return QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere


class PlainTextEditor(QPlainTextEdit):
    """Paste brings plain text only; set_text() starts a fresh undo history."""

    # Before the content is replaced (set_text, clear_content, setPlainText, clear): the save
    # manager snapshots the text an unsaved edit of the old content left (ui/savemanager.py).
    replacing = Signal()
    paste_refused = Signal(int)  # the characters a refused paste held

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.setFont(font)
        self.refusal: QMessageBox | None = None
        self._loading = False
        self._pending = ""  # the end of a long text still to load (set_text)
        self.document().contentsChange.connect(self._on_contents_change)

    def createMimeDataFromSelection(self) -> QMimeData:
        from mentorpad.ui.guards import secret_mime

        return secret_mime(self.textCursor().selectedText().replace("\u2029", "\n"))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste and drop: plain text only, refused when the note would grow past
        MAX_NOTE_CHARS or a line past MAX_LINE_CHARS (nothing is inserted, so nothing
        typed before is lost)."""
        if not source.hasText():
            return
        self.finish_loading()  # the user cannot paste while loading; code can: keep order
        text = source.text()
        cursor = self.textCursor()
        length = self.document().characterCount() - 1 + len(self._pending)
        replaced = cursor.selectionEnd() - cursor.selectionStart()
        if length - replaced + len(text) > MAX_NOTE_CHARS:
            self._refuse_paste(len(text), MAX_NOTE_CHARS)
            return
        line = self._longest_line_after(cursor, text)
        if line > MAX_LINE_CHARS:
            self._refuse_paste(line, MAX_LINE_CHARS, line=True)
            return
        self.wrap_for(text)
        cursor.insertText(text)

    def _longest_line_after(self, cursor: QTextCursor, text: str) -> int:
        """The longest line the note would have with `text` put in place of the selection."""
        document = self.document()
        first = document.findBlock(cursor.selectionStart())
        last = document.findBlock(cursor.selectionEnd())
        before = cursor.selectionStart() - first.position()
        after = last.position() + last.length() - 1 - cursor.selectionEnd()
        lines = [len(part) for part in text.replace("\r\n", "\n").split("\n")]
        lines[0] += before
        lines[-1] += after
        return max(lines)

    def _refuse_paste(self, size: int, limit: int, *, line: bool = False) -> None:
        locale = QLocale()
        if line:
            message = self.tr(
                "This paste would make a line of %1 characters, and a line holds at most %2. "
                "Nothing was pasted: your note is unchanged. Keep very long lines, such as "
                "encoded data, in a file of their own."
            )
        else:
            message = self.tr(
                "This paste holds %1 characters, and a note holds at most %2. Nothing was "
                "pasted: your note is unchanged. Keep very large texts, such as logs or "
                "exports, in a file of their own."
            )
        self.refusal = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Too much to paste"),
            message.replace("%1", locale.toString(size)).replace("%2", locale.toString(limit)),
            QMessageBox.StandardButton.Ok,
            self,
        )
        self.refusal.setObjectName("paste_refused")
        self.refusal.open()  # window-modal, never a nested event loop
        self.paste_refused.emit(size)

    def wrap_for(self, text: str) -> None:
        """Wrap anywhere once the note holds a run too long to wrap at word boundaries; set
        before such text is laid out. Back to word wrap only when another text is set."""
        if self.wordWrapMode() != QTextOption.WrapMode.WrapAnywhere and has_long_run(text):
            self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        """Typing or undo may join or bring back a long run: check the blocks it touched."""
        if self._loading or added == 0 or self.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere:
            return
        document = self.document()
        block = document.findBlock(position)
        last = document.findBlock(position + added)
        while block.isValid():
            if block.length() > LONG_RUN_CHARS and has_long_run(block.text()):
                self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
                return
            if block == last:
                return
            block = block.next()

    def setPlainText(self, text: str) -> None:
        self.replacing.emit()
        super().setPlainText(text)

    def clear(self) -> None:
        self.replacing.emit()
        super().clear()

    def set_text(self, text: str) -> None:
        """Replace the content without it becoming an undo step. A text longer than
        LOAD_CHUNK loads in steps of that size, one event-loop turn each (Qt needs about 0.1 s
        for 1,500,000 characters at once, 0.3 s on a busy machine): the editor is read-only
        until it is all there, and toPlainText() always returns all of it."""
        self.replacing.emit()  # first: the snapshot includes an end still loading
        self._pending = ""
        self.blockSignals(True)
        self._loading = True
        try:
            mode = wrap_mode_for(text)
            if mode != self.wordWrapMode():
                self.clear()  # the old text is never laid out again in the new mode
                self.setWordWrapMode(mode)
            head, self._pending = _split_lines(text, LOAD_CHUNK)
            self.setPlainText(head)  # resets the undo stack
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self._loading = False
            self.blockSignals(False)
        if self._pending:
            self.document().setUndoRedoEnabled(False)
            self.setReadOnly(True)
            QTimer.singleShot(0, self, self._load_more)

    def toPlainText(self) -> str:
        """The whole text, also while its end is still loading."""
        return super().toPlainText() + self._pending

    @property
    def loading(self) -> bool:
        """Whether the end of the text is still being loaded (the editor is read-only)."""
        return bool(self._pending)

    def _load_more(self, everything: bool = False) -> None:
        if not self._pending:
            return
        piece, rest = (self._pending, "") if everything else _split_lines(self._pending, LOAD_CHUNK)
        self._pending = ""  # toPlainText() must not count the piece twice while it goes in
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.blockSignals(True)
        self._loading = True
        try:
            cursor.insertText(piece)
        finally:
            self._loading = False
            self.blockSignals(False)
        self._pending = rest
        if rest:
            QTimer.singleShot(0, self, self._load_more)
        else:
            self.document().setUndoRedoEnabled(True)
            self.setReadOnly(False)

    def finish_loading(self) -> None:
        """Load the rest at once (finding a search hit needs the whole text)."""
        self._load_more(everything=True)

    def clear_content(self) -> None:
        self.replacing.emit()
        self._pending = ""
        self.blockSignals(True)
        try:
            self.clear()
            self.document().setUndoRedoEnabled(True)
            self.document().clearUndoRedoStacks()
            self.setReadOnly(False)
            self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        finally:
            self.blockSignals(False)

    def select_first(self, needle: str) -> bool:
        """Jump to the first occurrence (case-insensitive); used when opening a search hit."""
        if not needle:
            return False
        self.finish_loading()
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
        if self.preview.isVisible() and len(text) <= PREVIEW_CHUNK:
            self.refresh_preview()
        elif self.preview.isVisible():
            # A long note: the editor's layout and the preview's are two event-loop turns.
            self._preview_stale = True
            QTimer.singleShot(0, self, self._refresh_if_stale)
        else:
            self._preview_stale = True

    def _refresh_if_stale(self) -> None:
        if self._preview_stale and self.preview.isVisible():
            self.refresh_preview()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._preview_stale and self.preview.isVisibleTo(self):
            self.refresh_preview()

    def append_line(self, line: str) -> None:
        """Add a line at the end as an undoable edit (fires text_edited, so it autosaves)."""
        self.editor.finish_loading()
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
