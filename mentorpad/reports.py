"""Markdown reports built from the vault, and the one way a plaintext file is written.

Qt-free: the CLI writes Markdown without importing Qt; the GUI and the CLI's PDF path turn
the same Markdown into a PDF (mentorpad.ui.widgets.exports).

Three documents with three audiences:
- the development report is for the mentor's own records;
- the shared summary is what the mentee receives: only that session's shared summary, its
  date, the mentee's display name and the session's open commitments, nothing else;
- the agreement is the printable mentoring agreement both sign.

Text the mentor typed is escaped where it could break the document's structure (headings,
table cells, line starts); a Markdown body (the shared summary) keeps its formatting, with its
headings demoted below the document's own and unbalanced code fences closed.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from pathlib import Path

from mentorpad.models.entities import SESSION_KIND_LABELS, STAGE_LABELS, Agreement
from mentorpad.models.files import publish_bytes
from mentorpad.models.store import Store
from mentorpad.review import Development, human_date, load_development, month_start

# -- escaping -----------------------------------------------------------------------------

_INLINE_SPECIALS = re.compile(r"([\\`*_\[\]|<>])")
_LINE_START = re.compile(
    r"^(\s*)("  # keep the indentation
    r"#+|>|[-+*](?=\s|$)|\d+(?=[.)](?:\s|$))|=+\s*$|-+\s*$|~~~"
    r")"
)
_ZWSP = "\u200b"


def md_inline(text: str) -> str:
    """One line of plain text, shown as typed inside any Markdown context."""
    line = " ".join(text.split())
    line = _INLINE_SPECIALS.sub(r"\\\1", line)
    return _escape_line_start(line)


def _escape_line_start(line: str) -> str:
    match = _LINE_START.match(line)
    if not match:
        return line
    indent, token = match.group(1), match.group(2)
    rest = line[match.end() :]
    if token.startswith("~"):
        return f"{indent}{_ZWSP}{token}{rest}"
    if token[0].isdigit():
        return f"{indent}{token}\\{rest}"  # "1." -> "1\."
    if token[0] in "#>+*-=":
        return f"{indent}\\{token[0]}{token[1:]}{rest}"
    return line


def md_heading(text: str) -> str:
    """Text for inside a heading: one line, every # escaped (so none closes the heading),
    never empty."""
    line = _INLINE_SPECIALS.sub(r"\\\1", " ".join(text.split()))
    return line.replace("#", "\\#") or "\\-"


def md_cell(text: str) -> str:
    """Text for a table cell: one line; pipes and backticks can't split or swallow cells."""
    return md_inline(text) or " "


def md_plain_block(text: str) -> str:
    """Several lines of plain text as typed: every line escaped, paragraphs kept, line breaks
    kept as hard breaks."""
    paragraphs: list[str] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [md_inline(line) for line in chunk.splitlines() if line.strip()]
        if lines:
            paragraphs.append("  \n".join(lines))
    return "\n\n".join(paragraphs)


_ATX = re.compile(r"^( {0,3})(#{1,6})(?=\s|$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")


def md_embed(text: str, *, min_level: int = 3) -> str:
    """A Markdown body the mentor wrote, inside our document: its headings start at
    `min_level`, setext headings become ATX ones, and an open code fence is closed so it
    cannot swallow the rest of the document."""
    out: list[str] = []
    fence: str | None = None
    for line in text.strip().splitlines():
        fence_match = _FENCE.match(line)
        if fence_match:
            marker = fence_match.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence):
                fence = None
            out.append(line)
            continue
        if fence is not None:
            out.append(line)
            continue
        heading = _ATX.match(line)
        if heading:
            level = min(6, len(heading.group(2)) + min_level - 1)
            line = f"{heading.group(1)}{'#' * level}{line[heading.end() :]}"
        elif _SETEXT.match(line) and out and out[-1].strip():
            level = min(6, (1 if line.strip()[0] == "=" else 2) + min_level - 1)
            out[-1] = f"{'#' * level} {out[-1].strip()}"
            continue
        out.append(line)
    if fence is not None:
        out.append(fence)
    return "\n".join(out)


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    head = [md_cell(h) for h in header]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


# -- charts embedded in the PDF -------------------------------------------------------------

_MARKER = re.compile(r"^\[\[chart:([A-Za-z0-9_.-]+)\]\]$", re.MULTILINE)


def chart_marker(key: str) -> str:
    """A paragraph the PDF writer replaces by the chart image of that key."""
    return f"[[chart:{key}]]"


def chart_keys(markdown_text: str) -> list[str]:
    return _MARKER.findall(markdown_text)


def strip_chart_markers(markdown_text: str) -> str:
    """The Markdown file carries no images: drop the markers (and the blank lines around)."""
    return re.sub(r"\n{3,}", "\n\n", _MARKER.sub("", markdown_text)).strip() + "\n"


# -- writing plaintext files ----------------------------------------------------------------


def write_private_bytes(path: Path, data: bytes) -> Path:
    """A new 0600 file, published with the no-replace primitive (models.files): refuses
    with TargetExists if anything at all is at `path`, leaves nothing behind on failure."""
    return publish_bytes(Path(path), data, what="report")


def write_private_text(path: Path, text: str) -> Path:
    return write_private_bytes(path, text.encode("utf-8"))


# -- shared pieces ----------------------------------------------------------------------------


@functools.cache
def theme_titles(locale: str | None = None) -> dict[str, str]:
    """Playbook entry id -> title; ids the playbook doesn't know show as themselves."""
    from mentorpad.guides import load_playbook

    return {entry.id: entry.title for entry in load_playbook(locale)}


def _theme(entry_id: str, titles: dict[str, str]) -> str:
    return titles.get(entry_id, entry_id)


def _date(day: dt.date | None, missing: str = "not set") -> str:
    return human_date(day) if day else missing


# -- development report -----------------------------------------------------------------------


def development_report_md(
    store: Store, mentee_id: int, today: dt.date, *, chart_markers: bool = False
) -> str:
    """The mentee's development for the mentor's own records: agreement, goals and ratings
    over time, themes, sessions and commitments. `chart_markers` places [[chart:KEY]]
    paragraphs (keys "themes", "goal-<id>", "commitments") where the PDF shows charts."""
    dev = load_development(store, mentee_id, today)
    if dev is None:
        raise KeyError(mentee_id)
    return development_report_from(dev, chart_markers=chart_markers)


def development_report_from(dev: Development, *, chart_markers: bool = False) -> str:
    """The development report's Markdown from already loaded data, section by section."""
    titles = theme_titles()
    out = [
        *_report_header(dev),
        *_mentee_section(dev),
        *_agreement_section(dev),
        *_goals_section(dev, chart_markers),
        *_themes_section(dev, titles, chart_markers),
        *_sessions_section(dev, titles),
        *_commitments_section(dev, chart_markers),
    ]
    return "\n".join(out).rstrip() + "\n"


def _report_header(dev: Development) -> list[str]:
    return [
        f"# Development report: {md_heading(dev.mentee.display_name)}",
        "",
        f"*Prepared on {human_date(dev.today)} for the mentor's own records. This file is not "
        "encrypted: keep it private and delete it when it has served its purpose.*",
        "",
    ]


def _mentee_section(dev: Development) -> list[str]:
    m = dev.mentee
    out = ["## Mentee", ""]
    facts = [
        ("Role", m.role),
        ("Organisation", m.organisation),
        ("Stage", STAGE_LABELS.get(m.stage or "", "") if m.stage else ""),
        ("Status", m.status.capitalize()),
        ("Started", _date(m.start_date, "")),
    ]
    out += [f"- **{label}:** {md_inline(value)}" for label, value in facts if value]
    if dev.stage_history:
        changes = "; ".join(
            f"{STAGE_LABELS.get(c.stage, c.stage)} from {human_date(c.changed_on)}"
            for c in dev.stage_history
        )
        out.append(f"- **Stage history:** {changes}")
    return out


def _agreement_section(dev: Development) -> list[str]:
    a = dev.agreement
    out = ["", "## Agreement", ""]
    if a is None:
        out.append("No agreement recorded yet.")
        return out
    every = "week" if a.cadence_weeks == 1 else f"{a.cadence_weeks} weeks"
    out += [
        f"- **Cadence:** every {every}",
        f"- **Term:** {_date(a.term_start)} to {_date(a.closing)}",
        f"- **Mid-point review:** {_date(a.midpoint)}",
    ]
    if a.agreed_on:
        out.append(f"- **Agreed on:** {human_date(a.agreed_on)}")
    return out


def _goals_section(dev: Development, chart_markers: bool) -> list[str]:
    out = ["", "## Goals over time", ""]
    if not dev.goals:
        out.append("No goals agreed yet.")
    for series in dev.ratings:
        goal = next(g for g in dev.goals if g.id == series.goal_id)
        out += [f"### Goal {goal.position}: {md_heading(goal.text)}", ""]
        if goal.success_indicator:
            out += [f"Success looks like: {md_inline(goal.success_indicator)}", ""]
        if not series.points:
            out += ["Not rated yet.", ""]
            continue
        out += [
            f"Rated {len(series.points)} times: from {series.first} to {series.latest} "
            "(1 = far from the goal, 5 = reached).",
            "",
        ]
        if chart_markers:
            out += [chart_marker(f"goal-{goal.id}"), ""]
        out += [
            _table(
                ("Date", "Rating"),
                ((human_date(p.day), str(p.rating)) for p in series.points),
            ),
            "",
        ]
    return out


def _themes_section(dev: Development, titles: dict[str, str], chart_markers: bool) -> list[str]:
    out = ["## Themes", ""]
    matrix = dev.themes
    if matrix.is_empty:
        return [*out, "No themes tagged yet.", ""]
    if chart_markers:
        out += [chart_marker("themes"), ""]
    rows = []
    for theme in matrix.themes:
        months = [mo for mo in matrix.months if matrix.count(theme, mo)]
        rows.append(
            (
                _theme(theme, titles),
                str(matrix.total(theme)),
                _month_label(months[0]),
                _month_label(months[-1]),
            )
        )
    return [*out, _table(("Theme", "Sessions", "First", "Latest"), rows), ""]


def _sessions_section(dev: Development, titles: dict[str, str]) -> list[str]:
    out = ["## Sessions", ""]
    if not dev.sessions:
        return [*out, "No sessions yet.", ""]
    today = dev.today
    held = [s for s in dev.sessions if s.starts_at.date() <= today]
    planned = [s for s in dev.sessions if s.starts_at.date() > today]
    out += [f"{len(held)} held, {len(planned)} planned.", ""]
    counts: dict[int, int] = {}
    for c in dev.commitments:
        if c.session_id is not None:
            counts[c.session_id] = counts.get(c.session_id, 0) + 1
    rows = [
        (
            human_date(s.starts_at.date()) + (" (planned)" if s.starts_at.date() > today else ""),
            SESSION_KIND_LABELS.get(s.kind, s.kind),
            ", ".join(_theme(t, titles) for t in s.themes),
            str(counts.get(s.id, 0)),
        )
        for s in dev.sessions
    ]
    return [*out, _table(("Date", "Kind", "Themes", "Commitments"), rows), ""]


def _commitments_section(dev: Development, chart_markers: bool) -> list[str]:
    stats = dev.commitment_stats
    out = ["## Commitments", "", stats.sentence(), ""]
    if stats.by_month and chart_markers:
        out += [chart_marker("commitments"), ""]
    if not dev.commitments:
        return out
    rows = []
    for c in dev.commitments:
        if c.done_on is not None:
            state = f"done {human_date(c.done_on)}"
        elif c.is_overdue(dev.today):
            state = "overdue"
        else:
            state = "open"
        rows.append(
            (
                _date(c.due_date, "no date"),
                "mentor" if c.owner == "mentor" else "mentee",
                c.text,
                state,
            )
        )
    return [*out, _table(("Due", "Whose", "Commitment", "State"), rows), ""]


def _month_label(month: str) -> str:
    day = month_start(month)
    return human_date(day).split(" ", 1)[1]


# -- shared summary -----------------------------------------------------------------------------


def shared_summary_md(store: Store, session_id: int) -> str:
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
    out = [
        f"# Session summary: {md_heading(mentee.display_name)}",
        "",
        f"**Date:** {human_date(session.starts_at.date())}",
        "",
        "## Summary",
        "",
        md_embed(summary) if summary.strip() else "*No summary written for this session.*",
        "",
    ]
    if open_items:
        out += ["## Open commitments", ""]
        out += [f"- {md_inline(c.text)}" for c in open_items]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# -- the agreement ----------------------------------------------------------------------------

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
