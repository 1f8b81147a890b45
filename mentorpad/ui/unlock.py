"""The first-run welcome and the unlock screen: the only screens a locked app shows."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentorpad.models.errors import NotAVault, VaultCorrupted, VaultError, WrongPassphrase
from mentorpad.ui.text import fill

if TYPE_CHECKING:
    from mentorpad.models.crypto import Strength

# The passphrase meter and the error texts load on first use: the unlock prompt paints
# before them (docs/benchmark.md).


def _strength(passphrase: str) -> Strength:
    from mentorpad.models.crypto import passphrase_strength

    return passphrase_strength(passphrase)


def _heading(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setProperty("role", "heading")
    label.setWordWrap(True)
    return label


def _passphrase_field(object_name: str, placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(object_name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(placeholder)
    field.setMinimumHeight(34)
    # Passphrases never go through the clipboard from here, nor into input-method history.
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return field


def _message_label() -> QLabel:
    """Where an error shows, hidden until there is one."""
    label = QLabel()
    label.setObjectName("message")
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def _busy_bar() -> QProgressBar:
    """A thin indeterminate bar while the session is busy opening or creating the vault."""
    bar = QProgressBar()
    bar.setObjectName("busy")
    bar.setRange(0, 0)
    bar.setMaximumHeight(4)
    bar.setTextVisible(False)
    bar.hide()
    return bar


def _location_label() -> QLabel:
    label = QLabel()
    label.setObjectName("location")
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    return label


def _link_button(text: str, object_name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(object_name)
    button.setFlat(True)
    return button


class _Card(QWidget):
    """A centred column of fixed readable width, used by both screens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.frame = QFrame()
        self.frame.setObjectName("card")
        self.frame.setMaximumWidth(520)
        self.frame.setMinimumWidth(380)
        self.frame.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.body = QVBoxLayout(self.frame)
        self.body.setContentsMargins(36, 32, 36, 32)
        self.body.setSpacing(12)
        row.addWidget(self.frame, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)


class WelcomePage(_Card):
    """First run: what is protected, that the passphrase is unrecoverable, and its choice."""

    create_requested = Signal(str)
    open_other_requested = Signal()
    join_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        self.body.addWidget(_heading(self.tr("Welcome to mentorpad"), "welcome_heading"))
        self.explanation = QLabel(
            self.tr(
                "Your notes about the people you mentor are encrypted on this computer and "
                "never leave it: mentorpad works fully offline and sends nothing anywhere. "
                "Everything is locked with one passphrase that only you know. If you forget "
                "it, nobody can recover your notes, not even us."
            )
        )
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.body.addWidget(self.explanation)
        self.body.addSpacing(8)
        self.passphrase = _passphrase_field("passphrase", self.tr("Choose a passphrase"))
        self.repeat = _passphrase_field("repeat", self.tr("Repeat the passphrase"))
        self._build_strength()
        self.message = _message_label()
        self.create_button = QPushButton(self.tr("Create my vault"))
        self.create_button.setObjectName("create_button")
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.busy = _busy_bar()
        self.location = _location_label()
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_other = _link_button(self.tr("Open another vault…"), "open_other")
        self.join = _link_button(
            self.tr("Already use mentorpad on another computer? Join its sync folder…"), "join"
        )
        for widget in (
            self.passphrase,
            self.strength_bar,
            self.strength_label,
            self.repeat,
            self.message,
            self.create_button,
            self.busy,
            self.location,
            self.open_other,
            self.join,
        ):
            self.body.addWidget(widget)
        self._connect_signals()

    def _build_strength(self) -> None:
        """The strength bar and its advice, updated as the passphrase is typed."""
        self.strength_bar = QProgressBar()
        self.strength_bar.setObjectName("strength_bar")
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumHeight(6)
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.strength_label = QLabel(self.tr("A short sentence of four or more words is ideal."))
        self.strength_label.setObjectName("strength_label")
        self.strength_label.setProperty("role", "hint")
        self.strength_label.setWordWrap(True)

    def _connect_signals(self) -> None:
        self.passphrase.textChanged.connect(self._on_passphrase_text_changed)
        self.repeat.textChanged.connect(self._on_passphrase_text_changed)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self._on_create_button_clicked)
        self.create_button.clicked.connect(self._on_create_button_clicked)
        self.open_other.clicked.connect(self.open_other_requested)
        self.join.clicked.connect(self.join_requested)

    def set_location(self, path: Path) -> None:
        self.location.setText(fill(self.tr("The vault will be created at %1"), str(path)))

    def _problem(self) -> str | None:
        from mentorpad.ui.labels import strength_reason

        strength = _strength(self.passphrase.text())
        if not strength.acceptable:
            return strength_reason(strength.reason)
        if self.repeat.text() != self.passphrase.text():
            return self.tr("The two passphrases do not match yet.")
        return None

    def _on_passphrase_text_changed(self) -> None:
        from mentorpad.ui.labels import strength_label, strength_reason

        strength = _strength(self.passphrase.text())
        self.strength_bar.setValue(strength.score if self.passphrase.text() else 0)
        self.strength_bar.setProperty("level", str(strength.score))
        self.strength_bar.style().unpolish(self.strength_bar)
        self.strength_bar.style().polish(self.strength_bar)
        if self.passphrase.text():
            self.strength_label.setText(
                fill(
                    self.tr("%1. %2", "strength, advice"),
                    strength_label(strength),
                    strength_reason(strength.reason),
                )
            )
        self.create_button.setEnabled(self._problem() is None)
        self.message.hide()

    def _on_create_button_clicked(self) -> None:
        problem = self._problem()
        if problem is not None:
            self.show_error(problem)
            return
        self.create_requested.emit(self.passphrase.text())

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.repeat, self.create_button, self.open_other):
            widget.setEnabled(not busy)
        if not busy:
            self.create_button.setEnabled(self._problem() is None)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def reset(self) -> None:
        """Forget both fields, their undo history included (QLineEdit.clear drops it)."""
        self.passphrase.clear()
        self.repeat.clear()
        self.message.hide()


class UnlockPage(_Card):
    """Later runs. Wrong passphrases are explained and the field stays ready for a retry."""

    unlock_requested = Signal(str)
    open_other_requested = Signal()
    create_new_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_page")
        self.heading = _heading(self.tr("mentorpad is locked"), "unlock_heading")
        self.body.addWidget(self.heading)
        self.hint = QLabel(self.tr("Enter your passphrase to open your notes."))
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.body.addWidget(self.hint)
        self.passphrase = _passphrase_field("passphrase", self.tr("Passphrase"))
        self.message = _message_label()
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("unlock_button")
        self.unlock_button.setDefault(True)
        self.unlock_button.setToolTip(QKeySequence("Return").toString())
        self.busy = _busy_bar()
        self.location = _location_label()
        for widget in (self.passphrase, self.message, self.unlock_button, self.busy):
            self.body.addWidget(widget)
        self.body.addWidget(self.location)
        self.body.addLayout(self._build_links())
        self._connect_signals()

    def _build_links(self) -> QHBoxLayout:
        """Other ways out of the lock screen; Restore shows only after a failure a backup
        may cure."""
        self.open_other = _link_button(self.tr("Open another vault…"), "open_other")
        self.create_new = _link_button(self.tr("Create a new vault…"), "create_new")
        self.restore = _link_button(self.tr("Restore from a backup…"), "restore")
        self.restore.hide()
        links = QHBoxLayout()
        links.addWidget(self.open_other)
        links.addWidget(self.restore)
        links.addStretch(1)
        links.addWidget(self.create_new)
        return links

    def _connect_signals(self) -> None:
        self.unlock_button.clicked.connect(self._on_unlock_button_clicked)
        self.passphrase.returnPressed.connect(self._on_unlock_button_clicked)
        self.passphrase.textEdited.connect(self._on_passphrase_text_edited)
        self.open_other.clicked.connect(self.open_other_requested)
        self.create_new.clicked.connect(self.create_new_requested)
        self.restore.clicked.connect(self.restore_requested)

    def set_location(self, path: Path) -> None:
        self.location.setText(fill(self.tr("Vault: %1"), str(path)))

    def _on_unlock_button_clicked(self) -> None:
        if not self.passphrase.text():
            self.show_error(self.tr("Enter your passphrase."))
            return
        self.unlock_requested.emit(self.passphrase.text())

    def _on_passphrase_text_edited(self) -> None:
        self.message.hide()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (self.passphrase, self.unlock_button, self.open_other, self.create_new):
            widget.setEnabled(not busy)
        if not busy:
            self.passphrase.setFocus()

    def show_failure(self, error: VaultError) -> None:
        from mentorpad.ui.labels import error_text

        self.show_error(error_text(error))
        # Damage of any kind: offer the way out right here. Nothing was changed on disk.
        self.restore.setVisible(isinstance(error, VaultCorrupted | NotAVault | WrongPassphrase))
        self.passphrase.selectAll()
        self.passphrase.setFocus()

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def reset(self) -> None:
        self.passphrase.clear()
        self.message.hide()
