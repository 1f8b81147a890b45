"""The printable mentoring agreement both sign; anything not agreed yet is a blank line."""

from __future__ import annotations

from mentorpad.models.entities import Agreement
from mentorpad.models.store import Store
from mentorpad.reports.markdown import _date, md_inline, md_plain_block

_BLANK = "\\_" * 28
_TO_AGREE = "*Still to be agreed:*\n\n" + _BLANK


def _clause(text: str) -> str:
    return md_plain_block(text) if text.strip() else _TO_AGREE


def agreement_md(store: Store, mentee_id: int) -> str:
    """A clean printable mentoring agreement to hand to the mentee and sign."""
    mentee = store.mentee(mentee_id)
    if mentee is None:
        raise KeyError(mentee_id)
    a = store.agreement(mentee_id) or Agreement(mentee_id=mentee_id)
    return agreement_from(mentee.display_name, a)


def agreement_from(mentee_name: str, a: Agreement) -> str:
    """The agreement's Markdown, clause by clause; anything not agreed yet is a blank line."""
    out = [
        *_agreement_head(mentee_name, a),
        *_agreement_goals(a),
        *_how_we_work(a),
        *_confidentiality(a),
        "## Feedback",
        "",
        _clause(a.feedback),
        "",
        "## Ending the mentoring (no-fault exit)",
        "",
        _clause(a.exit_clause),
        "",
        *_signatures(mentee_name),
    ]
    return "\n".join(out).rstrip() + "\n"


def _agreement_head(mentee_name: str, a: Agreement) -> list[str]:
    return [
        "# Mentoring agreement",
        "",
        f"**Mentee:** {md_inline(mentee_name)}  ",
        f"**Mentor:** {_BLANK}  ",
        f"**Agreed on:** {_date(a.agreed_on, _BLANK)}",
        "",
    ]


def _agreement_goals(a: Agreement) -> list[str]:
    out = ["## Goals", ""]
    if not a.goals:
        out += [_TO_AGREE, ""]
    for goal in sorted(a.goals, key=lambda g: g.position):
        out.append(f"{goal.position}\\. **{md_inline(goal.text)}**  ")
        indicator = goal.success_indicator.strip()
        out.append(
            f"Success looks like: {md_inline(indicator)}"
            if indicator
            else f"Success looks like: {_BLANK}"
        )
        out.append("")
    return out


def _how_we_work(a: Agreement) -> list[str]:
    every = "week" if a.cadence_weeks == 1 else f"{a.cadence_weeks} weeks"
    return [
        "## How we work",
        "",
        f"- **We meet:** every {every}.",
        f"- **Term:** from {_date(a.term_start, _BLANK)} to {_date(a.closing, _BLANK)}.",
        f"- **Mid-point review:** {_date(a.midpoint, _BLANK)}.",
        f"- **Closing session:** {_date(a.closing, _BLANK)}.",
        "",
        "### Contact between sessions",
        "",
        _clause(a.contact),
        "",
    ]


def _confidentiality(a: Agreement) -> list[str]:
    return [
        "## Confidentiality",
        "",
        "### The default",
        "",
        _clause(a.confidentiality),
        "",
        "### Named exceptions",
        "",
        _clause(a.exceptions),
        "",
        "### What may be reported, and by whom",
        "",
        _clause(a.reporting),
        "",
        "### Conflict of interest",
        "",
        _clause(a.conflict_of_interest),
        "",
    ]


def _signatures(mentee_name: str) -> list[str]:
    return [
        "## Signatures",
        "",
        f"**Mentee:** {md_inline(mentee_name)}  ",
        f"Signature: {_BLANK}  ",
        f"Date: {_BLANK}",
        "",
        f"**Mentor:** {_BLANK}  ",
        f"Signature: {_BLANK}  ",
        f"Date: {_BLANK}",
    ]
