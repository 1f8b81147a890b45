"""A read-only view of rendered notes that loads nothing, never navigates and never freezes.

QTextBrowser reads local files for images and stylesheets even when loadResource returns None,
and its default link handling navigates and blanks the view: both are closed here.

Huge notes (issue 17): Qt lays out a line without break opportunities in quadratic time and
any text in about 0.6 ms per 1,000 characters, on the GUI thread. So the view lays out at
most PREVIEW_CHUNK characters of the note at a time, with a "Show more" link for the rest,
and long unbroken runs get zero-width break opportunities in the HTML (never in the stored
text; copies leave them out).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, QMimeData, QUrl
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from mentorpad.render import SOFT_BREAK, render_markdown, soften_long_runs, split_for_preview

MORE_URL = "mentorpad-preview:more"

DOCUMENT_CSS = """
h1 { font-size: 17pt; margin: 10px 0 6px 0; }
h2 { font-size: 14pt; margin: 10px 0 4px 0; }
h3 { font-size: 12pt; margin: 8px 0 4px 0; }
p, li { line-height: 140%; }
code, pre { font-family: monospace; }
pre { white-space: pre-wrap; }
blockquote { margin-left: 12px; font-style: italic; }
table { border-collapse: collapse; }
th, td { padding: 3px 8px; border: 1px solid #b9b4aa; }
.image-placeholder { font-style: italic; }
"""


class SafeDocument(QTextDocument):
    """Every resource request gets empty bytes: no file, no URL, nothing."""

    requested: list[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.requested = []
        self.setDefaultStyleSheet(DOCUMENT_CSS)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        self.requested.append(name.toString() if isinstance(name, QUrl) else name)
        return QByteArray()


class NoteView(QTextBrowser):
    """Shows Markdown safely; link clicks are reported, never followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.setReadOnly(True)
        # Read-only: "Show more" edits the document, and an undo stack would keep every chunk.
        self.document().setUndoRedoEnabled(False)
        self._rest = ""  # the part of the note not laid out yet
        self._shown = 0  # characters of the note laid out so far
        self._more_at = -1  # where the "Show more" paragraph starts in the document
        self._mid_line = False  # the last chunk ended inside a line: the next continues it
        self.anchorClicked.connect(self._on_anchor_clicked)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        document = self.document()
        if isinstance(document, SafeDocument):
            document.requested.append(name.toString() if isinstance(name, QUrl) else name)
        return QByteArray()

    def doSetSource(
        self,
        name: QUrl | str,
        type: QTextDocument.ResourceType = QTextDocument.ResourceType.UnknownResource,
    ) -> None:
        """Never load a document from a URL: the view only shows what set_markdown gives it."""

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copies carry plain text only, marked secret for clipboard managers, without the
        break opportunities the view added."""
        from mentorpad.ui.guards import secret_mime

        text = self.textCursor().selection().toPlainText()
        return secret_mime(text.replace(SOFT_BREAK, ""))

    def setHtml(self, text: str) -> None:
        """Every HTML shown here (notes, playbook pages, briefs) gets its long runs softened."""
        self._rest, self._shown, self._more_at = "", 0, -1
        super().setHtml(soften_long_runs(text))

    def set_markdown(self, text: str) -> None:
        """The note's first PREVIEW_CHUNK characters (cut at a paragraph), and a link that
        shows more: one layout never holds more than a chunk."""
        head, rest = split_for_preview(text)
        self.setHtml(render_markdown(head))
        self._shown, self._rest = len(head), rest
        self._mid_line = not head.endswith("\n")
        if rest:
            self._append_more_link()

    @property
    def has_more(self) -> bool:
        """Whether part of the note is not shown yet (the "Show more" link is there)."""
        return bool(self._rest)

    def show_more(self) -> None:
        """Lay out the next chunk of the note below what is shown (the link's action)."""
        if not self._rest:
            return
        head, rest = split_for_preview(self._rest)
        cursor = self._cursor_at_more()
        cursor.insertHtml(soften_long_runs(render_markdown(head)))
        self._shown += len(head)
        self._rest = rest
        self._mid_line = not head.endswith("\n")
        if rest:
            self._append_more_link()

    def _cursor_at_more(self) -> QTextCursor:
        """A cursor where the next chunk goes: the "Show more" paragraph removed, in a new
        block, or at the end of the last one when the chunk before ended inside a line."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._more_at - 1 if self._mid_line else self._more_at)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        self._more_at = -1
        return cursor

    def _append_more_link(self) -> None:
        locale = QLocale()
        total = self._shown + len(self._rest)
        note = (
            # A literal context: PageView (the playbook) inherits this method.
            QCoreApplication.translate("NoteView", "Showing the first %1 of %2 characters.")
            .replace("%1", locale.toString(self._shown))
            .replace("%2", locale.toString(total))
        )
        cursor = QTextCursor(self.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        self._more_at = cursor.position()
        more = QCoreApplication.translate("NoteView", "Show more")
        cursor.insertHtml(
            f'<p><i>{html.escape(note)}</i> <a href="{MORE_URL}">{html.escape(more)}</a></p>'
        )

    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.toString() == MORE_URL:
            self.show_more()

    def clear_content(self) -> None:
        """Forget the text and any undo history."""
        self._rest, self._shown, self._more_at = "", 0, -1
        self.clear()
        self.document().clearUndoRedoStacks()
