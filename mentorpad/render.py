"""Markdown to HTML for notes, treating the note as untrusted input (Joplin's lesson).

Raw HTML is never interpreted: python-markdown's HTML block and inline processors are removed,
so a typed `<style>` or `<img>` comes out escaped, exactly as typed. Images become a text
marker (nothing is ever fetched), and entities are shown as typed. One Markdown instance is
built lazily and reused with reset(): building it costs far more than a render.
"""

from __future__ import annotations

import html
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
            source = text.replace(_AMP, "").replace("&", _AMP)
            return str(_md.reset().convert(source)).replace(_AMP, "&amp;")
        except RecursionError:
            # Pathological nesting: show it as typed rather than crash.
            return "<pre>" + html.escape(text) + "</pre>"
