"""Property-based: random Unicode, Markdown and HTML in every text field and query."""

from __future__ import annotations

import datetime as dt
import re
import secrets
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from mentorpad.render import render_markdown

# Any Unicode scalar except lone surrogates (not valid UTF-8 text anywhere).
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
MARKUPISH = st.lists(
    st.sampled_from(
        [
            "<b>",
            "</b>",
            "<img src=x>",
            "<style>",
            "](",
            "![",
            "*",
            "_",
            "`",
            "# ",
            "\n",
            "&amp;",
            "&#x41;",
            "<!--",
            "-->",
            "<script>",
            "\\",
            "|",
            "> ",
        ]
    ),
    max_size=40,
).map("".join)
HOSTILE = st.one_of(TEXT, MARKUPISH, st.tuples(TEXT, MARKUPISH).map("".join))
FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _vault() -> tuple[Vault, Path]:
    folder = Path(tempfile.mkdtemp(prefix="mentorpad-hyp-"))
    key = VaultKey(secrets.token_bytes(32), secrets.token_bytes(16))
    return Vault.create(folder / "h.vault", key=key), folder


VAULT, _FOLDER = _vault()
STORE = Store(VAULT)


@FAST
@given(
    name=HOSTILE.filter(lambda s: s.strip() != ""),
    note=HOSTILE,
    agenda=HOSTILE,
    commitment=HOSTILE.filter(lambda s: s.strip() != ""),
)
def test_text_round_trips_exactly(name: str, note: str, agenda: str, commitment: str) -> None:
    mid = STORE.add_mentee(name, background=note)
    sid = STORE.add_session(mid, dt.datetime(2026, 1, 1, 9), agenda=agenda)
    STORE.save_note(mid, sid, "notes", note)
    cid = STORE.add_commitment(mid, commitment, session_id=sid)
    assert STORE.mentee(mid).display_name == name.strip()  # type: ignore[union-attr]
    assert STORE.background(mid) == note
    assert STORE.note(mid, sid, "agenda") == agenda
    assert STORE.note(mid, sid, "notes") == note
    assert [c.text for c in STORE.commitments(session_id=sid) if c.id == cid] == [
        commitment.strip()
    ]
    STORE.delete_mentee(mid)


@FAST
@given(tags=st.lists(HOSTILE, max_size=5))
def test_theme_tags_round_trip(tags: list[str]) -> None:
    mid = STORE.add_mentee("Tagged")
    sid = STORE.add_session(mid, dt.datetime(2026, 1, 1, 9))
    STORE.set_themes(sid, tags)
    assert set(STORE.session(sid).themes) == set(tags)  # type: ignore[union-attr]
    STORE.delete_mentee(mid)


@FAST
@given(query=HOSTILE)
def test_search_never_raises(query: str) -> None:
    assert isinstance(STORE.search(query), list)


@FAST
@given(text=HOSTILE)
def test_rendering_never_loads_or_interprets(text: str) -> None:
    out = render_markdown(text)
    assert "<img" not in out
    assert not re.search(r"<(script|style|link|iframe|object)", out, re.IGNORECASE)
    for tag in ("script", "style", "img"):
        if f"<{tag}" in text:
            assert f"&lt;{tag}" in out


@FAST
@given(text=HOSTILE)
def test_rendered_view_requests_nothing(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    from mentorpad.ui.widgets.render_view import NoteView

    view = NoteView()
    view.set_markdown(text + "\n\n![x](file:///etc/passwd) ![y](http://example.invalid/a.png)")
    assert view.document().requested == []  # type: ignore[attr-defined]
    view.deleteLater()
