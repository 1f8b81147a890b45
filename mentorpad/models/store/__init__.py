"""Repositories: every query the app runs, in one Qt-free place, on an injected vault.

One repository per aggregate (mentees, notes and search, agreements, sessions, commitments,
mindset attempts), the only modules with SQL; `Store` is the facade every caller holds.
Methods are small and explicit. Writes go through `vault.transaction()`, which turns
disk-full and damage into typed errors.
"""

from mentorpad.models.store.facade import Store
from mentorpad.models.store.notes import (
    MATCH_END,
    MATCH_START,
    MAX_QUERY_WORDS,
    MIN_PREFIX_CHARS,
    fts_query,
    query_words,
)

__all__ = [
    "MATCH_END",
    "MATCH_START",
    "MAX_QUERY_WORDS",
    "MIN_PREFIX_CHARS",
    "Store",
    "fts_query",
    "query_words",
]
