"""A read-only view of rendered notes that loads nothing and never navigates.

QTextBrowser reads local files for images and stylesheets even when loadResource returns None,
and its default link handling navigates and blanks the view: both are closed here.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from mentorpad.render import render_markdown

DOCUMENT_CSS = """
h1 { font-size: 17pt; margin: 10px 0 6px 0; }
h2 { font-size: 14pt; margin: 10px 0 4px 0; }
h3 { font-size: 12pt; margin: 8px 0 4px 0; }
p, li { line-height: 140%; }
code, pre { font-family: monospace; }
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
        """Copies carry plain text only, marked secret for clipboard managers."""
        from mentorpad.ui.guards import secret_mime

        return secret_mime(self.textCursor().selection().toPlainText())

    def set_markdown(self, text: str) -> None:
        self.setHtml(render_markdown(text))

    def clear_content(self) -> None:
        """Forget the text and any undo history."""
        self.clear()
        self.document().clearUndoRedoStacks()
