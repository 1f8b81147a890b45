"""Markdown pieces every report uses: text the mentor typed, escaped where it could break
the document's structure; tables; dates; and the chart markers the PDF writer replaces."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from mentorpad.review import human_date

_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]|<>])")
_LINE_START = re.compile(
    r"^(\s*)("  # keep the indentation
    r"#+|>|[-+*](?=\s|$)|\d+(?=[.)](?:\s|$))|=+\s*$|-+\s*$|~~~"
    r")"
)
_ZWSP = "\u200b"


def md_inline(text: str) -> str:
    """One line of plain text, shown as typed inside any Markdown context."""
    line = " ".join(text.split())
    line = _INLINE_SPECIALS.sub(r"\\\1", line)
    return _escape_line_start(line)


def _escape_line_start(line: str) -> str:
    match = _LINE_START.match(line)
    if not match:
        return line
    indent, token = match.group(1), match.group(2)
    rest = line[match.end() :]
    if token.startswith("~"):
        return f"{indent}{_ZWSP}{token}{rest}"
    if token[0].isdigit():
        return f"{indent}{token}\\{rest}"  # "1." -> "1\."
    if token[0] in "#>+*-=":
        return f"{indent}\\{token[0]}{token[1:]}{rest}"
    return line


def md_heading(text: str) -> str:
    """Text for inside a heading: one line, every # escaped (so none closes the heading),
    never empty."""
    line = _INLINE_SPECIALS.sub(r"\\\1", " ".join(text.split()))
    return line.replace("#", "\\#") or "\\-"


def md_cell(text: str) -> str:
    """Text for a table cell: one line; pipes and backticks can't split or swallow cells."""
    return md_inline(text) or " "


def md_plain_block(text: str) -> str:
    """Several lines of plain text as typed: every line escaped, paragraphs kept, line breaks
    kept as hard breaks."""
    paragraphs: list[str] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [md_inline(line) for line in chunk.splitlines() if line.strip()]
        if lines:
            paragraphs.append("  \n".join(lines))
    return "\n\n".join(paragraphs)


_ATX = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")


def md_embed(text: str, *, min_level: int = 3) -> str:
    """A Markdown body the mentor wrote, inside our document: its headings start at
    `min_level`, setext headings become ATX ones, and an open code fence is closed so it
    cannot swallow the rest of the document."""
    out: list[str] = []
    fence: str | None = None
    for line in text.strip().splitlines():
        fence_match = _FENCE.match(line)
        if fence_match:
            marker = fence_match.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence):
                fence = None
            out.append(line)
            continue
        if fence is not None:
            out.append(line)
            continue
        heading = _ATX.match(line)
        if heading:
            level = min(6, len(heading.group(2)) + min_level - 1)
            line = f"{heading.group(1)}{'#' * level}{line[heading.end() :]}"
        elif _SETEXT.match(line) and out and out[-1].strip():
            level = min(6, (1 if line.strip()[0] == "=" else 2) + min_level - 1)
            out[-1] = f"{'#' * level} {out[-1].strip()}"
            continue
        out.append(line)
    if fence is not None:
        out.append(fence)
    return "\n".join(out)


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    head = [md_cell(h) for h in header]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _date(day: dt.date | None, missing: str = "not set") -> str:
    return human_date(day) if day else missing


# -- charts embedded in the PDF -------------------------------------------------------------

_MARKER = re.compile(r"^\[\[chart:([A-Za-z0-9_.-]+)\]\]$", re.MULTILINE)


def chart_marker(key: str) -> str:
    """A paragraph the PDF writer replaces by the chart image of that key."""
    return f"[[chart:{key}]]"


def chart_keys(markdown_text: str) -> list[str]:
    return _MARKER.findall(markdown_text)


def strip_chart_markers(markdown_text: str) -> str:
    """The Markdown file carries no images: drop the markers (and the blank lines around)."""
    return re.sub(r"\n{3,}", "\n\n", _MARKER.sub("", markdown_text)).strip() + "\n"
