"""One statement of the mindset assessment with its answer scale, answered by mouse or key.

The row, not each radio button, takes the focus: Tab and the arrow keys move from statement
to statement, while the digit keys (1-5, 0 or N) answer the statement that has the focus.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentorpad.guides.mindset import SCALE_MAX, SCALE_MIN, Item
from mentorpad.ui.text import fill

__all__ = ["NOT_APPLICABLE_ID", "ItemRow"]

NOT_APPLICABLE_ID = 0
"""The button id of "not yet applicable" (0 is also its key)."""

_VALUE_KEYS: Mapping[int, int] = {
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
    Qt.Key.Key_5: 5,
}
_NOT_APPLICABLE_KEYS = frozenset({Qt.Key.Key_0, Qt.Key.Key_N})
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class ItemRow(QFrame):
    """One statement with its scale: the row, not each radio button, takes the focus.

    That keeps Tab and the arrow keys moving from statement to statement, while the digit
    keys answer the statement that has the focus.
    """

    answer_chosen = Signal(str, object)  # item id, 1..5 or None (not yet applicable)
    answered_by_key = Signal()
    next_requested = Signal()
    previous_requested = Signal()
    focused = Signal()

    def __init__(self, position: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"item_row_{position}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.item_id = ""
        self.value: int | None = None
        self.answered = False
        self._scale_labels: tuple[str, ...] = ()
        self._not_applicable_label = ""
        self.text_label = QLabel()
        self.text_label.setObjectName("text_label")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QButtonGroup(self)
        self.buttons.setObjectName("buttons")
        self.scale_buttons: dict[int, QRadioButton] = {}
        scale_row = QHBoxLayout()
        scale_row.setSpacing(14)
        for value in range(SCALE_MIN, SCALE_MAX + 1):
            button = QRadioButton()
            button.setObjectName(f"scale_button_{value}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons.addButton(button, value)
            self.scale_buttons[value] = button
            scale_row.addWidget(button)
        scale_row.addSpacing(18)
        self.not_applicable_button = QRadioButton()
        self.not_applicable_button.setObjectName("not_applicable_button")
        self.not_applicable_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.buttons.addButton(self.not_applicable_button, NOT_APPLICABLE_ID)
        scale_row.addWidget(self.not_applicable_button)
        scale_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.text_label)
        layout.addLayout(scale_row)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.idClicked.connect(self._on_buttons_id_clicked)

    # -- content -----------------------------------------------------------------------

    def set_item(
        self,
        number: int,
        item: Item,
        scale_labels: tuple[str, ...],
        not_applicable_label: str,
    ) -> None:
        self.item_id = item.id
        self._scale_labels = scale_labels
        self._not_applicable_label = not_applicable_label
        self.text_label.setText(f"{number}. {item.text}")
        self.setAccessibleName(item.text)
        for value, button in self.scale_buttons.items():
            label = scale_labels[value - SCALE_MIN]
            button.setText(label)
            button.setAccessibleName(fill(self.tr("%1 (key %2)"), label, str(value)))
        self.not_applicable_button.setText(not_applicable_label)
        self.not_applicable_button.setAccessibleName(
            fill(self.tr("%1 (key 0 or N)"), not_applicable_label)
        )

    def set_answer(self, answered: bool, value: int | None) -> None:
        """Show an answer without reporting it (loading a saved attempt)."""
        self.answered = answered
        self.value = value if answered else None
        if not answered:
            self.buttons.setExclusive(False)
            for button in self.buttons.buttons():
                button.setChecked(False)
            self.buttons.setExclusive(True)
        else:
            button_id = NOT_APPLICABLE_ID if value is None else value
            checked = self.buttons.button(button_id)
            if checked is not None:
                checked.setChecked(True)
        self._describe()

    def _describe(self) -> None:
        if not self.answered:
            answer = self.tr("Not answered yet")
        elif self.value is None:
            answer = self._not_applicable_label
        else:
            answer = self._scale_labels[self.value - SCALE_MIN] if self._scale_labels else ""
        self.setAccessibleDescription(
            fill(self.tr("Answer: %1. Keys 1 to 5 answer, 0 or N: not yet applicable."), answer)
        )

    def _choose(self, value: int | None) -> None:
        self.set_answer(True, value)
        self.answer_chosen.emit(self.item_id, value)

    # -- input -------------------------------------------------------------------------

    def _on_buttons_id_clicked(self, button_id: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._choose(None if button_id == NOT_APPLICABLE_ID else button_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() not in _PLAIN:
            super().keyPressEvent(event)
            return
        if key in _VALUE_KEYS:
            self._choose(_VALUE_KEYS[key])
            self.answered_by_key.emit()
        elif key in _NOT_APPLICABLE_KEYS:
            self._choose(None)
            self.answered_by_key.emit()
        elif key == Qt.Key.Key_Down:
            self.next_requested.emit()
        elif key == Qt.Key.Key_Up:
            self.previous_requested.emit()
        elif key == Qt.Key.Key_Right:
            start = self.value if self.answered and self.value is not None else SCALE_MIN - 1
            self._choose(min(SCALE_MAX, start + 1))
        elif key == Qt.Key.Key_Left:
            start = self.value if self.answered and self.value is not None else SCALE_MIN + 1
            self._choose(max(SCALE_MIN, start - 1))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()
        self.focused.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A focus frame in the palette's highlight, so the keyed item is always visible."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        if self.hasFocus():
            painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRoundedRect(rect, 8, 8)
        painter.end()
