"""Does every screen and dialog fit a laptop screen? Run as a subprocess, one screen size
per process (Qt fixes the screen at start): `python -m tests.harness.fit_check 1280x720`.

Walks the demo vault through every main screen and dialog (tools/screens.py) in English,
Dutch and French, light and dark, and prints one JSON list of problems:
- a window or dialog whose frame leaves the screen's available geometry;
- a list or table that shows a horizontal scrollbar;
- a label or button whose text is wider than the room it has (clipped);
- a list row whose text is elided or cut ("Mid-point re…");
- a hint stretched far taller than its text, taking the room of what it explains.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from tools.screens import use_screen

SCREEN = sys.argv[1] if len(sys.argv) > 1 else "1280x720"
LANGUAGES = sys.argv[2].split(",") if len(sys.argv) > 2 else ["en", "nl", "fr"]
THEMES = sys.argv[3].split(",") if len(sys.argv) > 3 else ["light", "dark"]
use_screen(SCREEN)

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QListView,
    QPlainTextEdit,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)

from mentorpad.ui.app import make_application  # noqa: E402
from mentorpad.ui.i18n import install_language  # noqa: E402
from mentorpad.ui.theme import apply_theme  # noqa: E402
from tools.screens import dialogs, open_demo_window, settle, unlock_demo, visit_screens  # noqa: E402


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _inside(outer: QRect, inner: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def inspect(top: QWidget, where: str) -> list[str]:
    problems: list[str] = []
    screen = top.screen().availableGeometry()
    if not _inside(screen, top.frameGeometry()):
        problems.append(
            f"{where}: {top.objectName() or type(top).__name__} is "
            f"{top.frameGeometry().width()}x{top.frameGeometry().height()} at "
            f"({top.frameGeometry().x()},{top.frameGeometry().y()}), the screen has "
            f"{screen.width()}x{screen.height()}"
        )
    for view in top.findChildren(QAbstractItemView):
        if not _shown(view):
            continue
        name = view.objectName() or type(view).__name__
        if view.horizontalScrollBar().isVisible():
            problems.append(f"{where}: {name} shows a horizontal scrollbar")
        if isinstance(view, QListView) and not isinstance(view, QTableView):
            problems += _clipped_rows(view, where, name)
    for label in top.findChildren(QLabel):
        if _shown(label) and not label.wordWrap() and label.text() and label.pixmap().isNull():
            need = label.sizeHint().width()
            if need > label.width() + 2 and not _ellipsis_by_design(label):
                problems.append(
                    f"{where}: label {label.objectName() or repr(label.text()[:40])} needs "
                    f"{need} px, has {label.width()}"
                )
    problems += _hints_taking_room(top, where)
    for combo in top.findChildren(QComboBox):
        if _shown(combo) and combo.currentText():
            room = _combo_text_room(combo)
            need = combo.fontMetrics().horizontalAdvance(combo.currentText())
            if need > room:
                problems.append(
                    f"{where}: field {combo.objectName()} shows {combo.currentText()!r} "
                    f"in {room} px, needs {need}"
                )
    for spin in top.findChildren(QAbstractSpinBox):
        if _shown(spin) and spin.sizeHint().width() > spin.width() + 2:
            problems.append(
                f"{where}: field {spin.objectName()} needs {spin.sizeHint().width()} px, "
                f"has {spin.width()}"
            )
    for button in top.findChildren(QAbstractButton):
        if _shown(button) and button.text():
            need = button.sizeHint().width()
            if isinstance(button, QCheckBox | QRadioButton):
                need = button.minimumSizeHint().width()
            if need > button.width() + 2:
                problems.append(
                    f"{where}: button {button.text().replace('&', '')!r} needs {need} px, "
                    f"has {button.width()}"
                )
    return problems


def _hints_taking_room(top: QWidget, where: str) -> list[str]:
    """A one-line hint stretched far beyond its text's height: the room it takes is missing
    from the editor below it (the Notes tab once gave half its height to its hint)."""
    problems = []
    for label in top.findChildren(QLabel):
        if _shown(label) and label.property("role") == "hint" and label.text():
            if not label.parentWidget().findChildren(QPlainTextEdit):
                continue  # an empty state filling its own panel is laid out that way on purpose
            need = label.sizeHint().height()
            if label.wordWrap():
                need = label.heightForWidth(label.width())
            if label.height() > need + 40:
                problems.append(
                    f"{where}: hint {label.objectName() or repr(label.text()[:40])} is "
                    f"{label.height()} px tall for {need} px of text"
                )
    return problems


def _combo_text_room(combo: QComboBox) -> int:
    """The width the style gives the current text (the edit field, arrow excluded)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    rect = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return rect.width()


def _ellipsis_by_design(label: QLabel) -> bool:
    return bool(label.property("elide"))


def _clipped_rows(view: QListView, where: str, name: str) -> list[str]:
    model = view.model()
    if model is None:
        return []
    problems = []
    metrics = view.fontMetrics()
    room = view.viewport().width()
    for row in range(min(model.rowCount(), 40)):
        index = model.index(row, 0)
        text = str(model.data(index) or "")
        rect = view.visualRect(index)
        if not rect.isValid():
            continue
        widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        if widest + 12 > min(rect.width(), room) and not view.wordWrap():
            problems.append(f"{where}: {name} row {text.splitlines()[0][:30]!r} is cut")
    return problems


def main() -> int:
    app = make_application()
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="mentorpad-fit-") as tmp:
        for language in LANGUAGES:
            installed = install_language(app, language)
            window = open_demo_window(Path(tmp), app, config_name=f"{language}.json")
            settle(app)
            problems += inspect(window, f"{SCREEN} {language} unlock")  # type: ignore[arg-type]
            unlock_demo(window, app)
            for theme in THEMES:
                apply_theme(app, theme, window)  # type: ignore[arg-type]
                for name in visit_screens(window, app):
                    settle(app)
                    problems += inspect(window, f"{SCREEN} {language} {theme} {name}")  # type: ignore[arg-type]
                for name, make in dialogs(window):
                    dialog = make()
                    dialog.show()  # type: ignore[attr-defined]
                    settle(app)
                    problems += inspect(dialog, f"{SCREEN} {language} {theme} {name}")  # type: ignore[arg-type]
                    dialog.close()  # type: ignore[attr-defined]
            window.session.lock()  # type: ignore[attr-defined]
            window.close()  # type: ignore[attr-defined]
            window.deleteLater()  # type: ignore[attr-defined]
            settle(app)
            installed.uninstall(app)
    print(json.dumps(problems, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
