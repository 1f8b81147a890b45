"""Everything that leaves the vault as a plaintext file goes through here.

First a warning that says what will be written, that it is not encrypted and where it should
(not) go; then the save dialog (which leaves no history); then an atomic write (temp file in
the same folder, fsync, rename) readable by the owner only. PDFs are laid out by QTextDocument
from the same safe HTML as the note viewer; charts are embedded as in-memory resources under
an internal URL scheme, so the document never loads a file or a URL.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorpad.models.errors import TargetExists, VaultError
from mentorpad.render import render_markdown, soften_long_runs
from mentorpad.reports import (
    chart_keys,
    strip_chart_markers,
    write_private_bytes,
    write_private_text,
)
from mentorpad.ui.labels import error_message, error_title
from mentorpad.ui.lockdown import ask, generation, locked_since, run_dialog
from mentorpad.ui.screen_fit import FittedDialog
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.editors import wrap_mode_for
from mentorpad.ui.widgets.file_dialogs import ask_new_file, name_taken
from mentorpad.ui.widgets.plain import warn
from mentorpad.ui.widgets.render_view import NoteView, SafeDocument

__all__ = [
    "ExportWarningBox",
    "PreviewDialog",
    "export_markdown_or_pdf",
    "markdown_for_file",
    "pdf_bytes",
    "preview_dialog",
    "write_pdf",
    "write_private_text",
]

CHART_SCHEME = "mentorpad-chart"
IMAGE_WIDTH = 600  # px at 96 dpi: the text width of A4 with 2 cm margins is about 640
_CHART_PARAGRAPH = re.compile(r"<p>\[\[chart:([A-Za-z0-9_.-]+)\]\]</p>")
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


# -- writing ------------------------------------------------------------------------------------


def markdown_for_file(markdown_text: str) -> str:
    """Exactly what a Markdown export writes (chart markers dropped: a .md file has no
    images). The preview shows this same string."""
    return strip_chart_markers(markdown_text) if chart_keys(markdown_text) else markdown_text


def build_print_document(
    markdown_text: str, images: Mapping[str, QImage] | None = None
) -> QTextDocument:
    """The report as a QTextDocument: safe HTML, charts as in-memory resources only."""
    document = SafeDocument()
    font = QFont(document.defaultFont())
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    available = dict(images or {})

    def chart(match: re.Match[str]) -> str:
        key = match.group(1)
        image = available.get(key)
        if image is None or image.isNull():
            return ""
        url = f"{CHART_SCHEME}:{key}"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        size = image.deviceIndependentSize()
        height = round(IMAGE_WIDTH * size.height() / max(size.width(), 1))
        return f'<p align="center"><img src="{url}" width="{IMAGE_WIDTH}" height="{height}"></p>'

    document.setHtml(_CHART_PARAGRAPH.sub(chart, soften_long_runs(render_markdown(markdown_text))))
    return document


def pdf_bytes(
    markdown_text: str, images: Mapping[str, QImage] | None = None, *, title: str = ""
) -> bytes:
    """A4 PDF with 2 cm margins and page numbers (QTextDocument.print_ adds both when the
    document has no page size of its own)."""
    document = build_print_document(markdown_text, images)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setCreator("mentorpad")
    writer.setTitle(title)
    document.print_(writer)
    del writer
    buffer.close()
    return bytes(data.data())


def write_pdf(
    path: Path,
    markdown_text: str,
    images: Mapping[str, QImage] | None = None,
    *,
    title: str = "",
) -> Path:
    """Render and publish a new PDF, 0600, never over anything. Needs a QGuiApplication."""
    return write_private_bytes(Path(path), pdf_bytes(markdown_text, images, title=title))


# -- dialogs ----------------------------------------------------------------------------------


class ExportWarningBox(QMessageBox):
    """What will be written, that it is not encrypted, and where it should not go; doubles as
    the choice of format. Cancel is the default: Enter never writes a file by accident."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        title: str,
        markdown_text: str,
        has_images: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_warning")
        self.setTextFormat(Qt.TextFormat.PlainText)  # the title may hold a mentee's name
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Save outside the vault"))
        self.setText(
            fill(self.tr("“%1” will be written to a file outside your encrypted vault."), title)
        )
        words = len(markdown_text.split())
        what = fill(
            self.tr("About %1 words of text, with charts.")
            if has_images
            else self.tr("About %1 words of text."),
            str(words),
        )
        self.setInformativeText(
            what
            + "\n\n"
            + self.tr(
                "The file is NOT encrypted: anyone who can open the folder you choose next can "
                "read it, and backup or sync tools may copy it elsewhere. Choose a private "
                "folder, not a shared or cloud-synced one, and delete the file when you no "
                "longer need it."
            )
        )
        self.pdf_button = self.addButton(self.tr("Save as PDF…"), QMessageBox.ButtonRole.AcceptRole)
        self.pdf_button.setObjectName("pdf_button")
        self.markdown_button = self.addButton(
            self.tr("Save as Markdown…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.markdown_button.setObjectName("markdown_button")
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel_button")
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)

    def choice(self) -> str | None:
        """ "pdf", "md", or None (cancelled)."""
        clicked = self.clickedButton()
        if clicked is self.pdf_button:
            return "pdf"
        if clicked is self.markdown_button:
            return "md"
        return None


def confirm_plaintext_export(
    parent: QWidget | None,
    *,
    title: str,
    markdown_text: str,
    has_images: bool,
    since: int | None = None,
) -> str | None:
    """The format chosen, or None: cancelled, or refused by a lock (lockdown)."""
    box = ExportWarningBox(parent, title=title, markdown_text=markdown_text, has_images=has_images)
    try:
        return box.choice() if ask(box, since) is not None else None
    finally:
        box.deleteLater()


def _suggested_path(suggested_name: str, suffix: str) -> str:
    from PySide6.QtCore import QStandardPaths

    name = _UNSAFE_NAME.sub("-", suggested_name).strip(" .-") or "mentorpad-export"
    if not name.lower().endswith(f".{suffix}"):
        name = f"{name}.{suffix}"
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    return str(Path(folder) / name)


def export_markdown_or_pdf(
    parent: QWidget | None,
    *,
    title: str,
    suggested_name: str,
    markdown_text: str,
    images: Mapping[str, QImage] | None = None,
) -> Path | None:
    """Warn, ask where, write (md or pdf). Returns the written path, or None if the mentor
    cancelled, a lock came in between (nothing is written once the vault locks), or the file
    could not be written (they were told why)."""
    since = generation()
    choice = confirm_plaintext_export(
        parent, title=title, markdown_text=markdown_text, has_images=bool(images), since=since
    )
    if choice is None:
        return None
    name_filter = (
        QCoreApplication.translate("exports", "PDF document (*.pdf)")
        if choice == "pdf"
        else QCoreApplication.translate("exports", "Markdown (*.md)")
    )
    # The caption names no one: window titles show in task switchers, window lists and the
    # screen-sharing picker. The file name field holds the suggested name.
    title_text = (
        QCoreApplication.translate("exports", "Save as PDF")
        if choice == "pdf"
        else QCoreApplication.translate("exports", "Save as Markdown")
    )
    start = _suggested_path(suggested_name, choice)
    while True:
        chosen = ask_new_file(parent, title_text, start, name_filter, choice, since=since)  # type: ignore[arg-type]
        if not chosen or locked_since(since):
            return None
        path = Path(chosen)
        try:
            if choice == "pdf":
                write_pdf(path, markdown_text, images, title=title)
            else:
                write_private_text(path, markdown_for_file(markdown_text))
        except TargetExists:  # appeared since the dialog closed: ask again, replace nothing
            name_taken(parent, path, since=since)
            start = chosen
            continue
        except VaultError as exc:
            warn(parent, error_title(exc), error_message(exc))
            return None
        return path


class PreviewDialog(FittedDialog):
    """Shows exactly the text that will leave the vault, rendered and as plain text, before
    the mentor decides to save it."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        markdown_text: str,
        *,
        suggested_name: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preview_dialog")
        self.setWindowTitle(fill(self.tr("Preview: %1"), title))
        self.resize(720, 640)
        self._title = title
        self._suggested_name = suggested_name or title
        self._text = markdown_for_file(markdown_text)
        self.saved_path: Path | None = None
        self.intro = QLabel(
            self.tr(
                "This is exactly what will leave the vault; nothing else is included. "
                "The saved file is not encrypted."
            )
        )
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.rendered_view = NoteView()
        self.rendered_view.setObjectName("rendered_view")
        self.rendered_view.setAccessibleName(self.tr("Preview as it will look"))
        self.rendered_view.set_markdown(self._text)
        self.text_view = QPlainTextEdit()
        self.text_view.setObjectName("text_view")
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("Exact text of the file"))
        self.text_view.setWordWrapMode(wrap_mode_for(self._text))  # a pasted blob: issue 17
        self.text_view.setPlainText(self._text)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self.rendered_view, self.tr("As it will look"))
        self.tabs.addTab(self.text_view, self.tr("Exact text"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("buttons")
        self.save_button = QPushButton(self.tr("Save as File…"))
        self.save_button.setObjectName("save_button")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.finished.connect(self._on_finished)

    def text(self) -> str:
        return self._text

    def _on_save_button_clicked(self) -> None:
        path = export_markdown_or_pdf(
            self,
            title=self._title,
            suggested_name=self._suggested_name,
            markdown_text=self._text,
        )
        if path is not None:
            self.saved_path = path
            self.accept()

    def _on_finished(self, _result: int) -> None:
        self.clear_content()

    def clear_content(self) -> None:
        self.rendered_view.clear_content()
        self.text_view.clear()


def preview_dialog(
    parent: QWidget | None,
    title: str,
    markdown_text: str,
    *,
    suggested_name: str | None = None,
) -> Path | None:
    """Modal preview of exactly what will leave; returns the saved path, if any."""
    dialog = PreviewDialog(parent, title, markdown_text, suggested_name=suggested_name)
    try:
        run_dialog(dialog)
        return dialog.saved_path
    finally:
        dialog.clear_content()
        dialog.deleteLater()
