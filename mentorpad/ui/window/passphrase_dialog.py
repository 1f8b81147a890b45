"""The dialog behind File > Change Passphrase: the current passphrase, a new one twice, and the
strength advice the welcome page gives, so a weak or mistyped passphrase cannot be accepted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorpad.models import passphrase_strength
from mentorpad.ui.labels import strength_label, strength_reason
from mentorpad.ui.screen_fit import FittedDialog


class ChangePassphraseDialog(FittedDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(440)
        form = QFormLayout()
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.repeat = QLineEdit()
        for name, field, label in (
            ("current", self.current, self.tr("Current passphrase")),
            ("new", self.new, self.tr("New passphrase")),
            ("repeat", self.repeat, self.tr("Repeat new passphrase")),
        ):
            field.setObjectName(name)
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(label)
            form.addRow(label, field)
        self.reason = QLabel()
        self.reason.setObjectName("reason")
        self.reason.setProperty("role", "hint")
        self.reason.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.new.textChanged.connect(self._on_text_changed)
        self.repeat.textChanged.connect(self._on_text_changed)
        self._on_text_changed()

    def _on_text_changed(self) -> None:
        strength = passphrase_strength(self.new.text())
        ok = strength.acceptable and self.new.text() == self.repeat.text()
        if not self.new.text():
            self.reason.setText(self.tr("Choose a new passphrase of a few words."))
        elif not strength.acceptable:
            self.reason.setText(strength_reason(strength.reason))
        elif self.new.text() != self.repeat.text():
            self.reason.setText(self.tr("The two new passphrases do not match yet."))
        else:
            self.reason.setText(strength_label(strength) + ".")
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        button.setEnabled(ok)
