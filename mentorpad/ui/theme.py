"""Light and dark themes: Fusion with our palettes, plus a small stylesheet for roles.

Fonts are left to the platform (Segoe UI, San Francisco, Cantarell...): we only scale them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

LIGHT = {
    "window": "#f6f5f2",
    "base": "#ffffff",
    "alt": "#f0eee9",
    "text": "#1f2328",
    "muted": "#5b6168",
    "accent": "#2f6f73",
    "accent_text": "#ffffff",
    "border": "#d9d5cc",
    "error": "#b3261e",
    "warn": "#8a5a00",
    "ok": "#2e7d32",
    "nav": "#ebe8e1",
    "highlight_bg": "#fff1b8",
}
DARK = {
    "window": "#1e2124",
    "base": "#26292d",
    "alt": "#2c3035",
    "text": "#e6e6e3",
    "muted": "#a3a8ae",
    "accent": "#5fb3b8",
    "accent_text": "#0d1b1c",
    "border": "#3a3f45",
    "error": "#ff8a80",
    "warn": "#ffcc66",
    "ok": "#81c784",
    "nav": "#181a1d",
    "highlight_bg": "#5c4d00",
}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def resolve(theme: str) -> dict[str, str]:
    if theme == "dark" or (theme == "system" and system_prefers_dark()):
        return DARK
    return LIGHT


def _palette(colors: dict[str, str]) -> QPalette:
    p = QPalette()
    c = {k: QColor(v) for k, v in colors.items()}
    role = QPalette.ColorRole
    p.setColor(role.Window, c["window"])
    p.setColor(role.WindowText, c["text"])
    p.setColor(role.Base, c["base"])
    p.setColor(role.AlternateBase, c["alt"])
    p.setColor(role.Text, c["text"])
    p.setColor(role.Button, c["base"])
    p.setColor(role.ButtonText, c["text"])
    p.setColor(role.ToolTipBase, c["base"])
    p.setColor(role.ToolTipText, c["text"])
    p.setColor(role.PlaceholderText, c["muted"])
    p.setColor(role.Highlight, c["accent"])
    p.setColor(role.HighlightedText, c["accent_text"])
    p.setColor(role.Link, c["accent"])
    p.setColor(role.Mid, c["border"])
    for r in (role.Text, role.WindowText, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, c["muted"])
    return p


def stylesheet(colors: dict[str, str]) -> str:
    return f"""
QLabel[role="heading"] {{ font-size: 20pt; font-weight: 600; }}
QLabel[role="subheading"] {{ font-size: 13pt; font-weight: 600; }}
QLabel[role="hint"] {{ color: {colors["muted"]}; }}
QLabel[role="error"] {{ color: {colors["error"]}; }}
QLabel[role="warn"] {{ color: {colors["warn"]}; }}
QLabel[role="empty"] {{ color: {colors["muted"]}; font-size: 11pt; }}
QFrame#card {{
    background: {colors["base"]}; border: 1px solid {colors["border"]}; border-radius: 10px;
}}
QWidget#nav {{ background: {colors["nav"]}; border-right: 1px solid {colors["border"]}; }}
QToolButton[role="nav"] {{
    border: none; border-radius: 6px; padding: 8px 14px; text-align: left;
    font-size: 11pt; color: {colors["text"]};
}}
QToolButton[role="nav"]:hover {{ background: {colors["alt"]}; }}
QToolButton[role="nav"]:checked {{
    background: {colors["accent"]}; color: {colors["accent_text"]}; font-weight: 600;
}}
QListView::item {{ padding: 5px 6px; }}
QLabel#brand {{ font-size: 14pt; font-weight: 700; padding: 4px 14px 12px 14px; }}
QPushButton {{
    padding: 6px 14px; border: 1px solid {colors["border"]}; border-radius: 6px;
    background: {colors["base"]};
}}
QPushButton:hover {{ border-color: {colors["accent"]}; }}
QPushButton:default {{
    background: {colors["accent"]}; color: {colors["accent_text"]};
    border-color: {colors["accent"]};
    font-weight: 600;
}}
QPushButton:default:disabled {{ background: {colors["border"]}; color: {colors["muted"]}; }}
QPushButton:flat {{ border: none; color: {colors["accent"]}; background: transparent; }}
QLineEdit, QPlainTextEdit, QTextEdit, QTextBrowser, QSpinBox, QComboBox, QDateEdit,
QDateTimeEdit {{
    border: 1px solid {colors["border"]}; border-radius: 6px; padding: 4px 6px;
    background: {colors["base"]};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border-color: {colors["accent"]}; }}
QProgressBar#strength_bar {{ border: none; background: {colors["alt"]}; border-radius: 3px; }}
QProgressBar#strength_bar::chunk {{ border-radius: 3px; background: {colors["error"]}; }}
QProgressBar#strength_bar[level="2"]::chunk {{ background: {colors["warn"]}; }}
QProgressBar#strength_bar[level="3"]::chunk,
QProgressBar#strength_bar[level="4"]::chunk {{ background: {colors["ok"]}; }}
QProgressBar#busy {{ border: none; background: {colors["alt"]}; }}
QProgressBar#busy::chunk {{ background: {colors["accent"]}; }}
"""


def apply_theme(app: QApplication, theme: str, root: QWidget | None = None) -> dict[str, str]:
    """Style and palette for the whole app; the style sheet on `root` (the main window: its
    dialogs and menus inherit it) when given, else on the app.

    An app-wide style sheet makes every widget built afterwards several times slower to
    create (Qt re-resolves the sheet on each reparenting): building the areas took 3-7x
    longer. On the window, widgets built off-window are styled once, when they join it."""
    colors = resolve(theme)
    # Each of these re-polishes every widget of the app: only when something changes.
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    palette = _palette(colors)
    if app.palette() != palette:
        app.setPalette(palette)
    if root is None:
        app.setStyleSheet(stylesheet(colors))
    else:
        root.setStyleSheet(stylesheet(colors))
    return colors
