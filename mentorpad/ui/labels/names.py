"""Names as lists and titles show them: a mentee's name is kept as typed (10,000 characters
if that is what was typed), but a list row, a heading, a combo box or a message shows at most
NAME_CHARS of it, ended by an ellipsis; the full name stays in the edit dialog and tooltips.

A character cap, not only Qt's pixel elision: labels, combo boxes and columns sized to their
contents would otherwise be as wide as the whole name (a 10,000-character name made the
window wider than any screen).
"""

from __future__ import annotations

NAME_CHARS = 64
ELLIPSIS = "…"


def short_name(name: str, limit: int = NAME_CHARS) -> str:
    """`name` itself when it has at most `limit` characters, else its start and an ellipsis."""
    if len(name) <= limit:
        return name
    return name[: limit - 1].rstrip() + ELLIPSIS
