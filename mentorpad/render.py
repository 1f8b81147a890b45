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
# Entities the note's author typed (&copy;, &#169;) stay visible as typed; only the escapes
# markdown itself writes remain entities.
_TYPED_ENTITY = re.compile(r"&(?!(?:amp|lt|gt|quot);)")
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
    return md


def render_markdown(text: str) -> str:
    """Safe HTML for Qt's rich text engine."""
    global _md
    with _lock:
        if _md is None:
            _md = _build()
        try:
            return _TYPED_ENTITY.sub("&amp;", str(_md.reset().convert(text)))
        except RecursionError:
            # Pathological nesting: show it as typed rather than crash.
            return "<pre>" + html.escape(text) + "</pre>"
