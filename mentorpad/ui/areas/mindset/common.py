"""Small pieces the mindset views share: cards and banners drawn from the palette, labels."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from mentorpad.ui import theme
from mentorpad.ui.widgets.item_models import format_date, format_decimal, format_signed

# Module-level labels have no QObject to ask: the context is spelled out in every call, and
# every text is a literal, so that pyside6-lupdate can extract it.


def variant_label(variant: str) -> str:
    """What the mentor chose when starting, in their words."""
    labels = {
        "current": QCoreApplication.translate("MindsetArea", "My last three months"),
        "baseline": QCoreApplication.translate("MindsetArea", "Before my first mentee"),
        "mirror": QCoreApplication.translate("MindsetArea", "My mentee's view"),
    }
    return labels.get(variant, variant)


def app_setting_label(setting: str) -> tuple[str, str]:
    """The name and purpose of an app setting a suggestion recommends."""
    labels = {
        "cadence_reminders": (
            QCoreApplication.translate("MindsetArea", "Cadence reminders"),
            QCoreApplication.translate(
                "MindsetArea",
                "A reminder when a session with a mentee is due, so that none slips.",
            ),
        ),
        "grow_prompts": (
            QCoreApplication.translate("MindsetArea", "GROW prompts"),
            QCoreApplication.translate(
                "MindsetArea",
                "Goal, Reality, Options and Will prompts in the session notes, to give every "
                "session a shape.",
            ),
        ),
        "confidentiality_checklist": (
            QCoreApplication.translate("MindsetArea", "Confidentiality checklist"),
            QCoreApplication.translate(
                "MindsetArea",
                "A checklist for the first session: what stays between you, what the "
                "exceptions are, and who hears what.",
            ),
        ),
    }
    return labels.get(setting, (setting, ""))


def parse_timestamp(value: object) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def format_when(value: dt.datetime | None) -> str:
    """A date in the user's locale (attempts are rarely more than one a day)."""
    if value is None:
        return ""
    return format_date(value.date())


def format_score(score: float | None) -> str:
    if score is None:
        return QCoreApplication.translate("MindsetArea", "not scored")
    return format_decimal(score, 2)


def format_delta(delta: float | None) -> str:
    if delta is None:
        return QCoreApplication.translate("MindsetArea", "not comparable")
    if delta == 0:
        return QCoreApplication.translate("MindsetArea", "no change")
    return format_signed(delta, 2)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def band_colors(palette: QPalette) -> dict[str, QColor]:
    """One colour per band from the active theme (light or dark), never fixed black/white."""
    colors = theme.DARK if is_dark(palette) else theme.LIGHT
    return {
        "priority": QColor(colors["error"]),
        "developing": QColor(colors["warn"]),
        "solid": QColor(colors["accent"]),
        "strength": QColor(colors["ok"]),
    }


def attention_color(palette: QPalette, kind: str) -> QColor:
    colors = theme.DARK if is_dark(palette) else theme.LIGHT
    return QColor(colors["error" if kind == "alert" else "accent"])


class Card(QFrame):
    """A rounded panel on the palette's base colour; ``accent`` draws a coloured edge."""

    def __init__(self, parent: QWidget | None = None, *, kind: str = "plain") -> None:
        super().__init__(parent)
        self.kind = kind
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(18, 14, 18, 14)
        self.body.setSpacing(8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        if self.kind == "plain":
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.drawRoundedRect(rect, 10, 10)
        else:
            edge = attention_color(palette, self.kind)
            painter.setPen(QPen(edge, 2))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(edge)
            painter.drawRoundedRect(
                QRectF(rect.left() + 1, rect.top() + 1, 6, rect.height() - 2), 3, 3
            )
        painter.end()


def label(text: str = "", *, name: str = "", role: str = "", rich: bool = False) -> QLabel:
    """A word-wrapped label; plain text unless ``rich`` (vault text is never rich)."""
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget
