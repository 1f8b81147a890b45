"""Markdown to HTML for notes, treating the note as untrusted input (Joplin's lesson).

Raw HTML is never interpreted: python-markdown's HTML block and inline processors are removed,
so a typed `<style>` or `<img>` comes out escaped, exactly as typed. Images become a text
marker (nothing is ever fetched), and entities are shown as typed. One Markdown instance is
built lazily and reused with reset(): building it costs far more than a render.
"""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree
from typing import Any

_lock = threading.Lock()
# Every & the note's author typed stays visible as typed (&copy;, and &lt;b&gt;, which
# markdown would otherwise pass on as an entity and Qt show as <b>): it travels through the
# conversion as a control character no text shows, and comes out as &amp;.
_AMP = "\x07"
_md: Any = None


def _build() -> Any:
    import markdown
    from markdown.extensions.fenced_code import FencedCodeExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension
    from markdown.treeprocessors import Treeprocessor

    class _NoImages(Treeprocessor):  # type: ignore[misc]  # markdown is untyped
        """Replace every <img> by its alt text in brackets: no resource is ever loaded."""

        def run(self, root: etree.Element) -> None:
            for parent in root.iter():
                for index, child in enumerate(list(parent)):
                    if child.tag == "img":
                        marker = etree.Element("span")
                        marker.set("class", "image-placeholder")
                        alt = child.get("alt") or "image"
                        marker.text = f"[{alt}]"
                        marker.tail = child.tail
                        parent.remove(child)
                        parent.insert(index, marker)

    md = markdown.Markdown(
        extensions=[TableExtension(), FencedCodeExtension(), SaneListExtension()],
        output_format="html",
    )
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    md.inlinePatterns.deregister("entity")
    md.treeprocessors.register(_NoImages(md), "no_images", 0)
    # Our reports escape < and & with a backslash (CommonMark allows it before any
    # punctuation, so the exported file reads right elsewhere); show them without it here.
    md.ESCAPED_CHARS = [*md.ESCAPED_CHARS, "<", _AMP, '"']
    return md


def render_markdown(text: str) -> str:
    """Safe HTML for Qt's rich text engine."""
    global _md
    with _lock:
        if _md is None:
            _md = _build()
        try:
            source = clamp_nesting(text).replace(_AMP, "").replace("&", _AMP)
            return str(_md.reset().convert(source)).replace(_AMP, "&amp;")
        except RecursionError:
            # Pathological nesting: show it as typed rather than crash.
            return "<pre>" + html.escape(text) + "</pre>"


# -- huge input -------------------------------------------------------------------------------
# Qt lays out a line with no break opportunity in time that grows with the square of its
# length (200,000 characters took 7-8 s on the 2-core VM), and even well-broken text costs
# about 0.6 ms per 1,000 characters. So a preview lays out at most PREVIEW_CHUNK characters
# of the source at a time (the rest on request), runs of more than SOFT_BREAK_EVERY
# characters without a space get invisible break opportunities in the rendered HTML (the
# stored text never changes), and list or quote nesting deeper than MAX_NESTING is shown at
# that depth (python-markdown's list parsing is quadratic in the depth: 1,500 levels took 5 s).

SOFT_BREAK = "\u200b"  # ZERO WIDTH SPACE: a line-break opportunity that draws nothing
SOFT_BREAK_EVERY = 120
PREVIEW_CHUNK = 20_000
MAX_NESTING = 16

_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
_LONG_RUN = re.compile(rf"[^\s<>\u200b]{{{SOFT_BREAK_EVERY + 1},}}")
_ENTITY_OR_CHAR = re.compile(r"&#?\w+;|.", re.DOTALL)
_DEEP_LIST = re.compile(rf"(?m)^([ \t]{{{MAX_NESTING + 1},}})(?=(?:[-*+]|\d{{1,9}}[.)])[ \t])")
_DEEP_QUOTE = re.compile(rf"(?m)^(?:[ \t]{{0,3}}>){{{MAX_NESTING + 1},}}")


def _soften_run(match: re.Match[str]) -> str:
    run = match.group(0)
    if "&" not in run:
        step = SOFT_BREAK_EVERY
        return SOFT_BREAK.join(run[i : i + step] for i in range(0, len(run), step))
    units = _ENTITY_OR_CHAR.findall(run)  # never split an entity such as &amp;
    step = SOFT_BREAK_EVERY
    return SOFT_BREAK.join("".join(units[i : i + step]) for i in range(0, len(units), step))


def soften_long_runs(markup: str) -> str:
    """Give every run of more than SOFT_BREAK_EVERY non-space characters in the text of
    `markup` (never inside a tag) a zero-width break opportunity every SOFT_BREAK_EVERY
    characters. Shorter runs, and so ordinary prose, come back unchanged."""
    if not _LONG_RUN.search(markup):
        return markup
    parts = _TAG_OR_TEXT.split(markup)
    for index in range(0, len(parts), 2):  # even indexes are text, odd ones tags
        if len(parts[index]) > SOFT_BREAK_EVERY:
            parts[index] = _LONG_RUN.sub(_soften_run, parts[index])
    return "".join(parts)


def _clamp_indent(match: re.Match[str]) -> str:
    width = len(match.group(1).expandtabs(4))
    return match.group(1) if width <= 4 * MAX_NESTING else " " * (4 * MAX_NESTING)


def clamp_nesting(text: str) -> str:
    """List items and quotes nested deeper than MAX_NESTING levels are shown at that depth:
    every item stays, in order, with its text as typed."""
    text = _DEEP_LIST.sub(_clamp_indent, text)
    return _DEEP_QUOTE.sub(">" * MAX_NESTING, text)


def split_for_preview(text: str, limit: int = PREVIEW_CHUNK) -> tuple[str, str]:
    """The first part of `text` a preview lays out now, and the rest. The cut falls on the
    last blank line before `limit` (a paragraph boundary) outside a fenced code block, else
    on the last line end, else at `limit`, whichever keeps at least half a chunk (a heading
    before a pasted blob must not make a chunk of one line); nothing is dropped:
    head + rest == text."""
    if len(text) <= limit:
        return text, ""
    window = text[:limit]
    cut = _paragraph_cut(window)
    if cut < limit // 2:
        cut = window.rfind("\n") + 1
    if cut < limit // 2:
        cut = limit
        if text[cut - 1] == "\r" and text[cut : cut + 1] == "\n":
            cut -= 1
    return text[:cut], text[cut:]


_FENCE = re.compile(r"(?m)^[ \t]{0,3}(?:```|~~~)")


def _paragraph_cut(window: str) -> int:
    """Offset just after the last blank line of `window` outside a fenced block, or -1."""
    fences = [m.start() for m in _FENCE.finditer(window)]
    cut = window.rfind("\n\n")
    while cut > 0:
        if sum(1 for f in fences if f < cut) % 2 == 0:
            return cut + 2
        cut = window.rfind("\n\n", 0, cut)
    return -1
