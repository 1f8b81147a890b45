"""The shared summary: what the mentee receives of one session, and nothing else."""

from __future__ import annotations

from mentorpad.models.store import Store
from mentorpad.reports.markdown import md_embed, md_heading, md_inline
from mentorpad.reports.words import ENGLISH, Words


def shared_summary_md(store: Store, session_id: int, *, words: Words = ENGLISH) -> str:
    """What the mentee receives: the session's shared summary, its date, the mentee's display
    name, and the text of the session's open commitments. Never notes, agenda, reflection,
    talk share, ratings, themes, or anything about another mentee."""
    session = store.session(session_id)
    if session is None:
        raise KeyError(session_id)
    mentee = store.mentee(session.mentee_id)
    if mentee is None:
        raise KeyError(session.mentee_id)
    summary = store.note(session.mentee_id, session_id, "summary")
    open_items = [
        c
        for c in store.commitments(session_id=session_id, open_only=True)
        if c.mentee_id == session.mentee_id
    ]
    w = words
    out = [
        "# " + w("Session summary: %1", md_heading(mentee.display_name)),
        "",
        "**" + w("%1:", w("Date")) + "** " + w.date(session.starts_at.date()),
        "",
        "## " + w("Summary"),
        "",
        md_embed(summary)
        if summary.strip()
        else "*" + w("No summary written for this session.") + "*",
        "",
    ]
    if open_items:
        out += ["## " + w("Open commitments"), ""]
        out += [f"- {md_inline(c.text)}" for c in open_items]
        out.append("")
    return "\n".join(out).rstrip() + "\n"
