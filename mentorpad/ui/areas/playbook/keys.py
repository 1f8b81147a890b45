"""Page keys: every page of the playbook is named "<kind>:<id>", in links and in the tree.

"entry:<id>", "guide:<id>", "template:<kind>" or "section:<stage>"; the sections are the
three stages and "For the mentor". Plain functions, no Qt: the tree, the pages and the area
all speak this one vocabulary.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "MENTOR_SECTION",
    "STAGE_ORDER",
    "entry_key",
    "guide_key",
    "section_key",
    "split_key",
    "template_key",
]

STAGE_ORDER: Final = ("new", "struggling", "capable")
MENTOR_SECTION: Final = "mentor"


def entry_key(entry_id: str) -> str:
    return f"entry:{entry_id}"


def guide_key(guide_id: str) -> str:
    return f"guide:{guide_id}"


def template_key(kind: str) -> str:
    return f"template:{kind}"


def section_key(section: str) -> str:
    return f"section:{section}"


def split_key(key: str) -> tuple[str, str]:
    """("entry", "new.feedback") from "entry:new.feedback"; ("", "") for anything else."""
    kind, sep, ident = key.partition(":")
    if not sep or kind not in ("entry", "guide", "template", "section") or not ident:
        return "", ""
    return kind, ident
