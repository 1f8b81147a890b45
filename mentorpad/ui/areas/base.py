"""What every area does across the lock cycle."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGraphicsBlurEffect, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from mentorpad.models import Vault


class Area(QWidget):
    """An area shows vault content. It must save on flush() and forget on clear_content().

    On lock the window calls flush() (the edit in progress is saved), then the connection
    closes, then clear_content() (widgets, undo stacks and tooltips emptied). On unlock,
    on_vault_opened() reloads; an area keeps only ids in memory to return to the same place.
    """

    title = ""

    def presenting_targets(self) -> list[QWidget]:
        """The widgets that show mentee names or notes: blurred in presenting mode."""
        return [self]

    def set_presenting(self, on: bool) -> None:
        """Screen sharing: blur whatever could identify a mentee or show a note."""
        for widget in self.presenting_targets():
            if on:
                blur = QGraphicsBlurEffect(widget)
                blur.setBlurRadius(18)
                widget.setGraphicsEffect(blur)
            else:
                widget.setGraphicsEffect(None)  # type: ignore[arg-type]
            # Qt repaints only the widget itself: item views' opaque viewports (the mentee
            # and session lists) kept showing sharp names until something else redrew them.
            widget.update()
            for child in widget.findChildren(QWidget):
                child.update()

    def on_vault_opened(self, vault: Vault) -> None:
        """Reload content; restore the selection remembered as ids."""

    def warm(self) -> None:
        """Prepare what the area will need later (a search index, parsed content), in an
        idle moment once every area is built, off the path of the first screen."""

    def flush(self) -> None:
        """Save the edit in progress; raises a VaultError if it cannot."""

    def clear_content(self) -> None:
        """Drop every widget's content that came from the vault."""

    def shown_text(self) -> str:
        """Everything this area shows right now (tests prove lock empties it)."""
        parts: list[str] = []
        for child in self.findChildren(QWidget):
            for getter in ("text", "toPlainText"):
                fn = getattr(child, getter, None)
                if callable(fn):
                    try:
                        value = fn()
                    except TypeError:
                        continue
                    if isinstance(value, str) and value:
                        parts.append(value)
                    break
            if child.toolTip():
                parts.append(child.toolTip())
        return "\n".join(parts)


def empty_state(title: str, text: str) -> QWidget:
    """A centred explanation of what to do next, for areas with nothing to show yet."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.addStretch(1)
    heading = QLabel(title)
    heading.setProperty("role", "subheading")
    heading.setWordWrap(True)
    body = QLabel(text)
    body.setProperty("role", "empty")
    body.setWordWrap(True)
    body.setMaximumWidth(520)
    layout.addWidget(heading)
    layout.addWidget(body)
    layout.addStretch(2)
    return box


def headed_box(title: str, content: QWidget, *, top: int = 0) -> tuple[QWidget, QVBoxLayout]:
    """A subheading over `content` (which takes the spare height); the layout is returned so
    a caller can add more below it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, top, 0, 0)
    heading = QLabel(title)
    heading.setProperty("role", "subheading")
    layout.addWidget(heading)
    layout.addWidget(content, 1)
    return box, layout


@dataclass(frozen=True)
class AreaSpec:
    """An area before it is built: enough for its navigation button. The window builds it
    when first needed, or in idle moments after the unlock prompt has painted, so the
    prompt never waits for the areas' modules and widgets (docs/benchmark.md)."""

    name: str  # the area's objectName
    title: str  # the navigation label; the area's own `title`
    build: Callable[[], Area]
