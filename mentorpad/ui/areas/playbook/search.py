"""Searching the playbook as you type: plain functions, no Qt, so the tree model can filter
itself and tests can check the matching on its own.

Words are folded (case and accents) and cut to a rough stem, and a term matches the start of
a word: "deleg" already finds "delegation", "Inès" finds "ines".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

__all__ = ["haystack", "matches", "query_terms"]

_WORD: Final = re.compile(r"\w+", re.UNICODE)
# Longest first: "delegate" and "delegation" both come down to "delegat".
_SUFFIXES: Final = ("ations", "ation", "ings", "ions", "ing", "ion", "ies", "es", "ed", "e", "s")
_MIN_STEM: Final = 4


def _plain(text: str) -> str:
    """Lower-case, accent-free words separated by single spaces (Inès finds 'ines')."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(folded))


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            return word[: -len(suffix)]
    return word


def query_terms(query: str) -> tuple[str, ...]:
    """The words a query searches for, each cut to its stem; empty means "show everything"."""
    return tuple(dict.fromkeys(_stem(word) for word in _plain(query).split()))


def haystack(*texts: str) -> str:
    """Searchable text: every word preceded by a space, so a term matches word starts."""
    return " " + _plain(" ".join(texts))


def matches(terms: Sequence[str], text: str) -> bool:
    """Every term starts some word of the text (as you type, 'deleg' already matches)."""
    return all(f" {term}" in text for term in terms)
