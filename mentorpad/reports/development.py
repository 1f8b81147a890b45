"""The development report: the mentee's development for the mentor's own records."""

from __future__ import annotations

import datetime as dt
import functools

from mentorpad.models.entities import SESSION_KIND_LABELS, STAGE_LABELS
from mentorpad.models.store import Store
from mentorpad.reports.markdown import _date, _table, chart_marker, md_heading, md_inline
from mentorpad.review import Development, human_date, load_development, month_start


@functools.cache
def theme_titles(locale: str | None = None) -> dict[str, str]:
    """Playbook entry id -> title; ids the playbook doesn't know show as themselves."""
    from mentorpad.guides import load_playbook

    return {entry.id: entry.title for entry in load_playbook(locale)}


def _theme(entry_id: str, titles: dict[str, str]) -> str:
    return titles.get(entry_id, entry_id)


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
