"""Note bodies (kept apart from the rows they belong to) and full-text search over notes
and commitments."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from mentorpad.models.entities import NOTE_KINDS, SearchHit
from mentorpad.models.store.base import Repository, _check, note_id
from mentorpad.models.store.snippets import SNIPPET_BODY_CHARS, long_snippet
from mentorpad.models.vault import translate_errors

MATCH_START = "\x02"
MATCH_END = "\x03"
_TOKEN = re.compile(r"\w+", re.UNICODE)
MIN_PREFIX_CHARS = 3
# FTS5's snippet() costs grow with every phrase of the query: 200 words (8 distinct) took
# 21 s over 200 notes; 10 distinct words stay within a few tens of milliseconds.
MAX_QUERY_WORDS = 10


def query_words(text: str, limit: int = MAX_QUERY_WORDS) -> list[str]:
    """The words a search looks for: each once (case aside), the first `limit`. A pasted
    page or a 100 KB query thus searches its first words, quickly."""
    seen: set[str] = set()
    words: list[str] = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        if word.casefold() not in seen:
            seen.add(word.casefold())
            words.append(word)
            if len(words) == limit:
                break
    return words


def fts_query(text: str, *, prefix_last: bool = True) -> str | None:
    """User text to a safe FTS5 query: every word quoted, the last one as a prefix once it
    has MIN_PREFIX_CHARS characters (a one- or two-letter prefix matches nearly every note
    and took 30-150 ms at 10k sessions, for no useful result; such a word matches whole).

    FTS5 syntax (quotes, NEAR, column filters, stray operators) can never reach the parser,
    so a query never raises.
    """
    words = query_words(text)
    if not words:
        return None
    parts = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix_last and len(words[-1]) >= MIN_PREFIX_CHARS:
        parts[-1] += "*"
    return " ".join(parts)


def _snippet_sql(table: str, column: str) -> str:
    """FTS5's snippet for short texts only (CASE evaluates it only then): see snippets.py."""
    return (
        f"CASE WHEN length({column}) <= {SNIPPET_BODY_CHARS} THEN "
        f"snippet({table}, 0, '{MATCH_START}', '{MATCH_END}', '…', 14) END"
    )


class NoteRepository(Repository):
    """Bodies of background, agenda, notes, summary and reflection; and the search over them."""

    def background(self, mentee_id: int) -> str:
        return self.note(mentee_id, None, "background")

    def note(self, mentee_id: int, session_id: int | None, kind: str) -> str:
        row = self._conn.execute(
            "SELECT body FROM note WHERE mentee_id = ? AND ifnull(session_id, 0) = ? AND kind = ?",
            (mentee_id, session_id or 0, kind),
        ).fetchone()
        return str(row[0]) if row else ""

    def save_note(self, mentee_id: int, session_id: int | None, kind: str, body: str) -> None:
        """Upsert one body. The FTS triggers keep the index in step in the same transaction."""
        self.save_notes([(mentee_id, session_id, kind, body)])

    def save_notes(self, items: Iterable[tuple[int, int | None, str, str]]) -> None:
        """Several bodies in one transaction (autosave flushes everything dirty at once)."""
        with self.vault.transaction("save your notes") as conn:
            for mentee_id, session_id, kind, body in items:
                _check(kind in (*NOTE_KINDS, "background"), "unknown note kind")
                conn.execute(
                    "INSERT INTO note(id, mentee_id, session_id, kind, body, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT(mentee_id, ifnull(session_id, 0), kind) "
                    "DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at "
                    "WHERE body IS NOT excluded.body",
                    (
                        note_id(mentee_id, session_id, kind),
                        mentee_id,
                        session_id,
                        kind,
                        body,
                        self._now(),
                    ),
                )

    def session_notes(self, session_id: int) -> dict[str, str]:
        """Every body of one session by kind."""
        return {
            kind: body
            for kind, body in self._conn.execute(
                "SELECT kind, body FROM note WHERE session_id = ?", (session_id,)
            )
        }

    def search(
        self, text: str, *, mentee_id: int | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Full text over notes, agendas, summaries, reflections, background and commitments,
        newest first. Never raises on odd input."""
        query = fts_query(text)
        if query is None:
            return []
        with translate_errors("search"):
            rows = [
                *self._note_hits(query, mentee_id, limit),
                *self._commitment_hits(query, mentee_id, limit),
            ]
        words = query_words(text)
        hits = [
            SearchHit(
                source=r[0],
                mentee_id=r[1],
                mentee_name=r[2],
                session_id=r[3],
                when=r[4],
                snippet=r[5] if r[7] is None else long_snippet(r[7], words, MATCH_START, MATCH_END),
                row_id=r[6],
            )
            for r in rows
        ]
        hits.sort(key=lambda h: h.when, reverse=True)
        return hits[:limit]

    # Rank every hit by date from compact pages only (note_hit covers the note columns;
    # note rows hold whole bodies), then read rows and make snippets for the top ones:
    # the CROSS JOINs keep SQLite from joining the big tables before the LIMIT.

    def _note_hits(self, query: str, mentee_id: int | None, limit: int) -> list[Any]:
        filter_sql = "AND n.mentee_id = ?" if mentee_id is not None else ""
        params = [query] if mentee_id is None else [query, mentee_id]
        return list(
            self._conn.execute(
                "WITH hits AS ("
                "  SELECT n.id AS id, coalesce(s.starts_at, n.updated_at) AS at"
                "  FROM note_fts JOIN note n INDEXED BY note_hit ON n.id = note_fts.rowid"
                "  LEFT JOIN session s ON s.id = n.session_id"
                f"  WHERE note_fts MATCH ? {filter_sql} ORDER BY at DESC LIMIT ?)"
                " SELECT n.kind, n.mentee_id, m.display_name, n.session_id, hits.at,"
                f"  {_snippet_sql('note_fts', 'n.body')}, n.id,"
                f"  CASE WHEN length(n.body) > {SNIPPET_BODY_CHARS} THEN n.body END"
                " FROM note_fts CROSS JOIN hits ON hits.id = note_fts.rowid"
                " CROSS JOIN note n ON n.id = hits.id JOIN mentee m ON m.id = n.mentee_id"
                " WHERE note_fts MATCH ? ORDER BY hits.at DESC",
                (*params, limit, query),
            ).fetchall()
        )

    def _commitment_hits(self, query: str, mentee_id: int | None, limit: int) -> list[Any]:
        filter_c = "AND c.mentee_id = ?" if mentee_id is not None else ""
        params = [query] if mentee_id is None else [query, mentee_id]
        return list(
            self._conn.execute(
                "WITH hits AS ("
                "  SELECT c.id AS id, coalesce(s.starts_at, c.created_at) AS at"
                "  FROM commitment_fts JOIN commitment c ON c.id = commitment_fts.rowid"
                "  LEFT JOIN session s ON s.id = c.session_id"
                f"  WHERE commitment_fts MATCH ? {filter_c} ORDER BY at DESC LIMIT ?)"
                " SELECT 'commitment', c.mentee_id, m.display_name, c.session_id, hits.at,"
                f"  {_snippet_sql('commitment_fts', 'c.text')}, c.id,"
                f"  CASE WHEN length(c.text) > {SNIPPET_BODY_CHARS} THEN c.text END"
                " FROM commitment_fts CROSS JOIN hits ON hits.id = commitment_fts.rowid"
                " CROSS JOIN commitment c ON c.id = hits.id JOIN mentee m ON m.id = c.mentee_id"
                " WHERE commitment_fts MATCH ? ORDER BY hits.at DESC",
                (*params, limit, query),
            ).fetchall()
        )
