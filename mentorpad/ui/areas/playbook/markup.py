"""The small HTML pieces every playbook page is made of, each escaping what it is given.

The pages are shown by the safe NoteView: whatever comes from the shipped content goes
through `e()`, and the only links are to our own schemes and anchors.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

__all__ = ["cite", "e", "h2", "kicker"]


def e(text: str) -> str:
    """Escaped for text and attribute values alike."""
    return html.escape(text, quote=True)


def kicker(*parts: str) -> str:
    """The small line above a page title: where the page sits in the playbook."""
    return f'<p class="kicker">{" · ".join(e(part) for part in parts if part)}</p>'


def h2(anchor: str, text: str) -> str:
    """A section heading the table of contents can link to."""
    return f'<h2><a name="{anchor}"></a>{e(text)}</h2>'


def cite(refs: Iterable[str], numbers: dict[str, int]) -> str:
    """Marks such as " [1] [3]", linking to the numbered reference list of the page."""
    marks = [
        f'<a href="#ref-{e(ref_id)}">[{numbers[ref_id]}]</a>'
        for ref_id in refs
        if ref_id in numbers
    ]
    return (" " + " ".join(marks)) if marks else ""
