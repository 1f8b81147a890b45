"""Huge input, Qt-free (issue 17): the rendered HTML of a pasted blob gets break
opportunities and nothing else, previews split without losing a character, deep nesting
renders every item, and a 100 KB search query looks for its first words."""

from __future__ import annotations

import datetime as dt
import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from mentorpad.models import Vault
from mentorpad.models.store import MATCH_START, MAX_QUERY_WORDS, Store, fts_query, query_words
from mentorpad.render import (
    MAX_NESTING,
    PREVIEW_CHUNK,
    SOFT_BREAK,
    SOFT_BREAK_EVERY,
    clamp_nesting,
    render_markdown,
    soften_long_runs,
    split_for_preview,
)

BLOB = "".join(chr(ord("a") + (i * 7) % 26) for i in range(200_000))  # no break anywhere


def _runs_without_break(markup: str) -> int:
    text = html.unescape(re.sub(r"<[^>]*>", " ", markup))  # what is shown: &amp; is one
    return max(len(run) for run in re.split(rf"[\s{SOFT_BREAK}]", text))


def test_a_long_run_gets_break_opportunities_and_nothing_else() -> None:
    markup = render_markdown(BLOB)
    softened = soften_long_runs(markup)
    assert _runs_without_break(markup) == len(BLOB)
    assert _runs_without_break(softened) <= SOFT_BREAK_EVERY
    assert softened.replace(SOFT_BREAK, "") == markup  # the text itself is untouched
    assert soften_long_runs(softened) == softened  # softening twice changes nothing


def test_entities_and_tags_are_never_split() -> None:
    run = "a&b<c>" * 5_000  # escapes every few characters
    markup = render_markdown(f"[{run}](http://example.invalid/{'x' * 500})")
    softened = soften_long_runs(markup)
    assert softened.replace(SOFT_BREAK, "") == markup
    for piece in softened.split(SOFT_BREAK):
        assert not re.search(r"&[#\w]*$", piece), "an entity was cut"
    href = re.search(r'href="([^"]*)"', softened)
    assert href is not None and SOFT_BREAK not in href.group(1)
    assert html.unescape(re.sub(r"<[^>]*>", "", softened).replace(SOFT_BREAK, "")) == run


def test_prose_comes_back_unchanged() -> None:
    prose = render_markdown("A session about *delegation*, with [a link](http://x.invalid).\n")
    assert soften_long_runs(prose) == prose


def test_preview_split_loses_nothing_and_cuts_at_paragraphs() -> None:
    paragraphs = "\n\n".join(f"Paragraph {i} " + "word " * 40 for i in range(2_000))
    head, rest = split_for_preview(paragraphs)
    assert head + rest == paragraphs
    assert len(head) <= PREVIEW_CHUNK and head.endswith("\n\n")
    pieces, left = [], paragraphs
    while left:
        piece, left = split_for_preview(left)
        assert piece, "every step shows something"
        pieces.append(piece)
    assert "".join(pieces) == paragraphs
    head, rest = split_for_preview(BLOB)  # one line: cut at the limit
    assert (len(head), head + rest) == (PREVIEW_CHUNK, BLOB)
    lines = "\n".join(f"- {i:05d} follow up" for i in range(50_000))
    head, rest = split_for_preview(lines)
    assert head.endswith("\n") and head + rest == lines


def test_preview_split_never_cuts_at_a_blank_line_in_a_fence() -> None:
    prose = "p " * (PREVIEW_CHUNK // 4)
    inside = prose + "\n\n" + "```\n" + "code\n\n" * PREVIEW_CHUNK
    head, rest = split_for_preview(inside)  # the blank lines in the fence are no cut
    assert head == prose + "\n\n" and head + rest == inside
    heading = "## Pasted\n\n" + BLOB
    head, rest = split_for_preview(heading)  # not a chunk of just the heading
    assert len(head) == PREVIEW_CHUNK and head + rest == heading


def test_fifteen_hundred_levels_of_nested_list_render_every_item() -> None:
    for indent in ("  ", "    ", "\t"):
        text = "\n".join(indent * i + f"- level {i}" for i in range(1_500))
        markup = render_markdown(text)
        assert "<pre>" not in markup  # not the RecursionError fallback
        found = [int(n) for n in re.findall(r"level (\d+)", markup)]
        assert found == list(range(1_500)), "every item, in order"
        assert markup.count("<ul>") <= MAX_NESTING * 2 + 2
    quotes = "\n".join("> " * i + f"quote {i}" for i in range(1, 1_500))
    assert [int(n) for n in re.findall(r"quote (\d+)", render_markdown(quotes))] == list(
        range(1, 1_500)
    )


def test_clamping_leaves_shallow_text_alone() -> None:
    text = "- a\n    - b\n        - c\n\n> quote\n\n    indented code\n"
    assert clamp_nesting(text) == text


def test_query_words_are_distinct_and_capped() -> None:
    query = " ".join(["team", "Team", "plan"] * 10_000) + " " + " ".join(f"w{i}" for i in range(40))
    assert len(query) > 100_000
    words = query_words(query)
    assert words[:2] == ["team", "plan"] and len(words) == MAX_QUERY_WORDS
    assert fts_query(query) == " ".join(f'"{w}"' for w in words)  # "w7": too short a prefix
    assert query_words("a b a") == ["a", "b"]


def test_a_100_kb_query_searches_its_first_words(vault: Vault) -> None:
    store = Store(vault)
    mid = store.add_mentee("Query Quail")
    sid = store.add_session(mid, dt.datetime(2026, 3, 2, 9))
    store.save_note(mid, sid, "notes", "The team plan is ready. " + BLOB + " team again")
    query = ("team plan " * 12_000)[:100_000]
    hits = store.search(query)
    assert [h.session_id for h in hits] == [sid]
    assert MATCH_START in hits[0].snippet
    assert store.note(mid, sid, "notes").endswith(BLOB + " team again")  # stored as typed


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(["&", "<b>", "`", "\n", "x" * 300, "é" * 200, "&amp;" * 50]),
        ),
        max_size=20,
    ).map("".join)
)
def test_softening_any_note_only_adds_break_opportunities(note: str) -> None:
    markup = render_markdown(note)
    softened = soften_long_runs(markup)
    assert softened.replace(SOFT_BREAK, "") == markup.replace(SOFT_BREAK, "")
    assert _runs_without_break(softened) <= max(SOFT_BREAK_EVERY, _longest_tag(markup))


def _longest_tag(markup: str) -> int:
    """Tags are never softened (an href keeps its URL), so a run may be as long as one."""
    return max((len(t) for t in re.findall(r"<[^>]*>", markup)), default=0)
