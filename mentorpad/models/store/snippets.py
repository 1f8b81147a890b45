"""Snippets for long texts, made in Python instead of by FTS5.

FTS5's snippet() scores every phrase instance against every other: its cost grows with the
square of the matches in one text. An 8,000-line note took 2 s for one word and 28 s for a
five-word query (a 50,000-line note would take minutes), all on the GUI thread. Texts longer
than SNIPPET_BODY_CHARS therefore get a snippet around their first match found here: the
same markers, about the same length, case ignored (accents are not folded, so a hit FTS5
found through an accent may show the text's start instead).
"""

from __future__ import annotations

import re

SNIPPET_BODY_CHARS = 10_000  # at most ~30 ms of snippet() when every word matches
_CONTEXT_BEFORE = 60
_CONTEXT_AFTER = 90
ELLIPSIS = "…"


def long_snippet(body: str, words: list[str], start_mark: str, end_mark: str) -> str:
    """An excerpt of `body` around the first of `words`, marked like FTS5's snippet()."""
    pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w)
    found = re.search(pattern, body, re.IGNORECASE) if pattern else None
    if found is None:
        excerpt = body[: _CONTEXT_BEFORE + _CONTEXT_AFTER]
        return excerpt + (ELLIPSIS if len(body) > len(excerpt) else "")
    begin = max(0, found.start() - _CONTEXT_BEFORE)
    end = min(len(body), found.end() + _CONTEXT_AFTER)
    return (
        (ELLIPSIS if begin > 0 else "")
        + body[begin : found.start()]
        + start_mark
        + found.group(0)
        + end_mark
        + body[found.end() : end]
        + (ELLIPSIS if end < len(body) else "")
    )
