"""The printable mentoring agreement both sign; anything not agreed yet is a blank line."""

from __future__ import annotations

from mentorpad.models.entities import Agreement
from mentorpad.models.store import Store
from mentorpad.reports.markdown import md_inline, md_plain_block
from mentorpad.reports.words import ENGLISH, Words

_BLANK = "\\_" * 28


def _clause(text: str, w: Words) -> str:
    if text.strip():
        return md_plain_block(text)
    return "*" + w("Still to be agreed:") + "*\n\n" + _BLANK


def agreement_md(store: Store, mentee_id: int, *, words: Words = ENGLISH) -> str:
    """A clean printable mentoring agreement to hand to the mentee and sign."""
    mentee = store.mentee(mentee_id)
    if mentee is None:
        raise KeyError(mentee_id)
    a = store.agreement(mentee_id) or Agreement(mentee_id=mentee_id)
    return agreement_from(mentee.display_name, a, words=words)


def agreement_from(mentee_name: str, a: Agreement, *, words: Words = ENGLISH) -> str:
    """The agreement's Markdown, clause by clause; anything not agreed yet is a blank line."""
    w = words
    out = [
        *_agreement_head(mentee_name, a, w),
        *_agreement_goals(a, w),
        *_how_we_work(a, w),
        *_confidentiality(a, w),
        "## " + w("Feedback"),
        "",
        _clause(a.feedback, w),
        "",
        "## " + w("Ending the mentoring (no-fault exit)"),
        "",
        _clause(a.exit_clause, w),
        "",
        *_signatures(mentee_name, w),
    ]
    return "\n".join(out).rstrip() + "\n"


def _line(w: Words, label: str, value: str, end: str = "  ") -> str:
    return "**" + w("%1:", w(label)) + "** " + value + end


def _agreement_head(mentee_name: str, a: Agreement, w: Words) -> list[str]:
    return [
        "# " + w("Mentoring agreement"),
        "",
        _line(w, "Mentee", md_inline(mentee_name)),
        _line(w, "Mentor", _BLANK),
        _line(w, "Agreed on", w.date(a.agreed_on) if a.agreed_on else _BLANK, ""),
        "",
    ]


def _agreement_goals(a: Agreement, w: Words) -> list[str]:
    out = ["## " + w("Goals"), ""]
    if not a.goals:
        out += [_clause("", w), ""]
    for goal in sorted(a.goals, key=lambda g: g.position):
        out.append(f"{goal.position}\\. **{md_inline(goal.text)}**  ")
        indicator = goal.success_indicator.strip()
        out.append(w("Success looks like: %1", md_inline(indicator) if indicator else _BLANK))
        out.append("")
    return out


def _how_we_work(a: Agreement, w: Words) -> list[str]:
    every = w("every week") if a.cadence_weeks == 1 else w("every %1 weeks", a.cadence_weeks)

    def day(value: object) -> str:
        return w.date(value) if value else _BLANK  # type: ignore[arg-type]

    return [
        "## " + w("How we work"),
        "",
        "- " + _line(w, "We meet", w("%1.", every), ""),
        "- " + _line(w, "Term", w("from %1 to %2.", day(a.term_start), day(a.closing)), ""),
        "- " + _line(w, "Mid-point review", w("%1.", day(a.midpoint)), ""),
        "- " + _line(w, "Closing session", w("%1.", day(a.closing)), ""),
        "",
        "### " + w("Contact between sessions"),
        "",
        _clause(a.contact, w),
        "",
    ]


def _confidentiality(a: Agreement, w: Words) -> list[str]:
    parts = [
        ("The default", a.confidentiality),
        ("Named exceptions", a.exceptions),
        ("What may be reported, and by whom", a.reporting),
        ("Conflict of interest", a.conflict_of_interest),
    ]
    out = ["## " + w("Confidentiality"), ""]
    for heading, text in parts:
        out += ["### " + w(heading), "", _clause(text, w), ""]
    return out


def _signatures(mentee_name: str, w: Words) -> list[str]:
    signature = w("%1:", w("Signature")) + " " + _BLANK
    date = w("%1:", w("Date")) + " " + _BLANK
    return [
        "## " + w("Signatures"),
        "",
        _line(w, "Mentee", md_inline(mentee_name)),
        signature + "  ",
        date,
        "",
        _line(w, "Mentor", _BLANK),
        signature + "  ",
        date,
    ]
