"""Review sync conflicts: the same text edited on two devices, both versions kept until the
mentor chooses (mentorpad/sync/resolve.py). One conflict at a time, side by side: what the
vault holds now, and the other version; keep one, or keep both."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorpad.models.entities import ConflictCopy
from mentorpad.models.store import Store
from mentorpad.ui.labels import note_source_label, short_name
from mentorpad.ui.screen_fit import FittedDialog
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.item_models import format_date


class ConflictsDialog(FittedDialog):
    """Walks through every conflict copy; each decision is saved at once (and syncs)."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(self.tr("Edited on two devices"))
        self.setMinimumSize(640, 420)
        self.store = store
        self.copies: list[ConflictCopy] = []
        self.where = QLabel()
        self.where.setObjectName("where")
        self.where.setWordWrap(True)
        self.current = _text_view("current", self.tr("Now in the vault"))
        self.other = _text_view("other", self.tr("The other version"))
        self.keep_current = QPushButton(self.tr("Keep what is in the vault"))
        self.keep_current.setObjectName("keep_current")
        self.use_other = QPushButton(self.tr("Use the other version"))
        self.use_other.setObjectName("use_other")
        self.keep_both = QPushButton(self.tr("Keep both, one after the other"))
        self.keep_both.setObjectName("keep_both")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Now in the vault")), 0, 0)
        grid.addWidget(QLabel(self.tr("The other version")), 0, 1)
        grid.addWidget(self.current, 1, 0)
        grid.addWidget(self.other, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(grid, 1)
        for button in (self.keep_current, self.use_other, self.keep_both):
            layout.addWidget(button)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.reload()

    def _connect_signals(self) -> None:
        self.keep_current.clicked.connect(lambda: self._resolve("keep-current"))
        self.use_other.clicked.connect(lambda: self._resolve("use-copy"))
        self.keep_both.clicked.connect(lambda: self._resolve("keep-both"))
        self.buttons.rejected.connect(self.reject)

    def reload(self) -> None:
        self.copies = self.store.conflict_copies()
        self._show_first()

    def _show_first(self) -> None:
        if not self.copies:
            self.where.setText(self.tr("No conflicts left: every device agrees."))
            for view in (self.current, self.other):
                view.clear()
            for button in (self.keep_current, self.use_other, self.keep_both):
                button.setEnabled(False)
            return
        copy = self.copies[0]
        gone = copy.current is None
        self.where.setText(
            fill(self.tr("%1 of %2: %3"), "1", str(len(self.copies)), self._describe(copy))
        )
        self.current.setPlainText(
            copy.current if copy.current is not None else self.tr("(deleted on a device)")
        )
        self.other.setPlainText(copy.text)
        self.keep_current.setText(
            self.tr("Let this text go") if gone else self.tr("Keep what is in the vault")
        )
        self.keep_current.setEnabled(True)
        self.use_other.setEnabled(not gone)
        self.keep_both.setEnabled(not gone)

    def _describe(self, copy: ConflictCopy) -> str:
        mentee = self.store.mentee(copy.mentee_id) if copy.mentee_id is not None else None
        session = self.store.session(copy.session_id) if copy.session_id is not None else None
        what = {
            "commitment": self.tr("a commitment"),
            "goal": self.tr("a goal"),
            "agreement": self.tr("the agreement"),
        }.get(copy.kind) or note_source_label(copy.kind).lower()
        if mentee is None:
            return fill(self.tr("%1 of something that was deleted since"), what)
        if session is not None:
            return fill(
                self.tr("%1 of %2, session of %3"),
                what,
                short_name(mentee.display_name),
                format_date(session.starts_at.date()),
            )
        return fill(self.tr("%1 of %2"), what, short_name(mentee.display_name))

    def _resolve(self, resolution: str) -> None:
        if not self.copies:
            return
        self.store.resolve_conflict(self.copies[0].id, resolution)
        self.reload()


def _text_view(name: str, accessible: str) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setAccessibleName(accessible)
    return view
