"""The development report: the mentee's development for the mentor's own records."""

from __future__ import annotations

import datetime as dt
import functools

from mentorpad.models.entities import SESSION_KIND_LABELS, STAGE_LABELS
from mentorpad.models.store import Store
from mentorpad.reports.markdown import _table, chart_marker, md_heading, md_inline
from mentorpad.reports.words import ENGLISH, Words
from mentorpad.review import Development, load_development, month_start
from mentorpad.review.trends import CommitmentStats


@functools.cache
def theme_titles(locale: str | None = None) -> dict[str, str]:
    """Playbook entry id -> title; ids the playbook doesn't know show as themselves."""
    from mentorpad.guides import load_playbook

    return {entry.id: entry.title for entry in load_playbook(locale)}


def _theme(entry_id: str, titles: dict[str, str]) -> str:
    return titles.get(entry_id, entry_id)


def development_report_md(
    store: Store,
    mentee_id: int,
    today: dt.date,
    *,
    chart_markers: bool = False,
    words: Words = ENGLISH,
) -> str:
    """The mentee's development for the mentor's own records: agreement, goals and ratings
    over time, themes, sessions and commitments. `chart_markers` places [[chart:KEY]]
    paragraphs (keys "themes", "goal-<id>", "commitments") where the PDF shows charts."""
    dev = load_development(store, mentee_id, today)
    if dev is None:
        raise KeyError(mentee_id)
    return development_report_from(dev, chart_markers=chart_markers, words=words)


def development_report_from(
    dev: Development, *, chart_markers: bool = False, words: Words = ENGLISH
) -> str:
    """The development report's Markdown from already loaded data, section by section."""
    w = words
    titles = theme_titles(w.locale)
    out = [
        *_report_header(dev, w),
        *_mentee_section(dev, w),
        *_agreement_section(dev, w),
        *_goals_section(dev, chart_markers, w),
        *_themes_section(dev, titles, chart_markers, w),
        *_sessions_section(dev, titles, w),
        *_commitments_section(dev, chart_markers, w),
    ]
    return "\n".join(out).rstrip() + "\n"


def _report_header(dev: Development, w: Words) -> list[str]:
    return [
        "# " + w("Development report: %1", md_heading(dev.mentee.display_name)),
        "",
        "*"
        + w(
            "Prepared on %1 for the mentor's own records. This file is not encrypted: keep it "
            "private and delete it when it has served its purpose.",
            w.date(dev.today),
        )
        + "*",
        "",
    ]


def _fact(w: Words, label: str, value: str) -> str:
    return "- **" + w("%1:", w(label)) + "** " + value


def _mentee_section(dev: Development, w: Words) -> list[str]:
    m = dev.mentee
    out = ["## " + w("Mentee"), ""]
    facts = [
        ("Role", md_inline(m.role)),
        ("Organisation", md_inline(m.organisation)),
        ("Stage", w(STAGE_LABELS.get(m.stage or "", "")) if m.stage else ""),
        ("Status", w(m.status.capitalize())),
        ("Started", w.date(m.start_date) if m.start_date else ""),
    ]
    out += [_fact(w, label, value) for label, value in facts if value]
    if dev.stage_history:
        changes = w("; ").join(
            w("%1 from %2", w(STAGE_LABELS.get(c.stage, c.stage)), w.date(c.changed_on))
            for c in dev.stage_history
        )
        out.append(_fact(w, "Stage history", changes))
    return out


def _every(w: Words, weeks: int) -> str:
    return w("every week") if weeks == 1 else w("every %1 weeks", weeks)


def _agreement_section(dev: Development, w: Words) -> list[str]:
    a = dev.agreement
    out = ["", "## " + w("Agreement"), ""]
    if a is None:
        out.append(w("No agreement recorded yet."))
        return out
    out += [
        _fact(w, "Cadence", _every(w, a.cadence_weeks)),
        _fact(w, "Term", w("%1 to %2", w.day(a.term_start), w.day(a.closing))),
        _fact(w, "Mid-point review", w.day(a.midpoint)),
    ]
    if a.agreed_on:
        out.append(_fact(w, "Agreed on", w.date(a.agreed_on)))
    return out


def _goals_section(dev: Development, chart_markers: bool, w: Words) -> list[str]:
    out = ["", "## " + w("Goals over time"), ""]
    if not dev.goals:
        out.append(w("No goals agreed yet."))
    for series in dev.ratings:
        goal = next(g for g in dev.goals if g.id == series.goal_id)
        out += ["### " + w("Goal %1: %2", goal.position, md_heading(goal.text)), ""]
        if goal.success_indicator:
            out += [w("Success looks like: %1", md_inline(goal.success_indicator)), ""]
        if not series.points:
            out += [w("Not rated yet."), ""]
            continue
        out += [
            w(
                "Rated %1 times: from %2 to %3 (1 = far from the goal, 5 = reached).",
                len(series.points),
                series.first,
                series.latest,
            ),
            "",
        ]
        if chart_markers:
            out += [chart_marker(f"goal-{goal.id}"), ""]
        rows = ((w.date(p.day), str(p.rating)) for p in series.points)
        out += [_table((w("Date"), w("Rating")), rows), ""]
    return out


def _themes_section(
    dev: Development, titles: dict[str, str], chart_markers: bool, w: Words
) -> list[str]:
    out = ["## " + w("Themes"), ""]
    matrix = dev.themes
    if matrix.is_empty:
        return [*out, w("No themes tagged yet."), ""]
    if chart_markers:
        out += [chart_marker("themes"), ""]
    rows = []
    for theme in matrix.themes:
        months = [mo for mo in matrix.months if matrix.count(theme, mo)]
        rows.append(
            (
                _theme(theme, titles),
                str(matrix.total(theme)),
                w.month(month_start(months[0])),
                w.month(month_start(months[-1])),
            )
        )
    header = (w("Theme"), w("Sessions"), w("First"), w("Latest"))
    return [*out, _table(header, rows), ""]


def _sessions_section(dev: Development, titles: dict[str, str], w: Words) -> list[str]:
    out = ["## " + w("Sessions"), ""]
    if not dev.sessions:
        return [*out, w("No sessions yet."), ""]
    today = dev.today
    held = [s for s in dev.sessions if s.starts_at.date() <= today]
    planned = [s for s in dev.sessions if s.starts_at.date() > today]
    out += [w("%1 held, %2 planned.", len(held), len(planned)), ""]
    counts: dict[int, int] = {}
    for c in dev.commitments:
        if c.session_id is not None:
            counts[c.session_id] = counts.get(c.session_id, 0) + 1
    rows = [
        (
            w("%1 (planned)", w.date(s.starts_at.date()))
            if s.starts_at.date() > today
            else w.date(s.starts_at.date()),
            w(SESSION_KIND_LABELS.get(s.kind, s.kind)),
            ", ".join(_theme(t, titles) for t in s.themes),
            str(counts.get(s.id, 0)),
        )
        for s in dev.sessions
    ]
    header = (w("Date"), w("Kind"), w("Themes"), w("Commitments"))
    return [*out, _table(header, rows), ""]


def _stats_sentence(stats: CommitmentStats, w: Words) -> str:
    """CommitmentStats.sentence() in the report's language."""
    if not stats.total:
        return w("No commitments yet.")
    if not stats.due:
        return (
            w("1 commitment, none due yet.")
            if stats.total == 1
            else w("%1 commitments, none due yet.", stats.total)
        )
    text = (
        w("%1 of %2 due kept (%3 on time)", stats.kept, stats.due, stats.kept_on_time)
        if stats.kept
        else w("None of %1 due kept yet", stats.due)
    )
    if stats.overdue:
        text += w(", %1 overdue", stats.overdue)
    return text + "."


def _commitments_section(dev: Development, chart_markers: bool, w: Words) -> list[str]:
    stats = dev.commitment_stats
    out = ["## " + w("Commitments"), "", _stats_sentence(stats, w), ""]
    if stats.by_month and chart_markers:
        out += [chart_marker("commitments"), ""]
    if not dev.commitments:
        return out
    rows = []
    for c in dev.commitments:
        if c.done_on is not None:
            state = w("done %1", w.date(c.done_on))
        elif c.is_overdue(dev.today):
            state = w("overdue")
        else:
            state = w("open")
        whose = w("mentor") if c.owner == "mentor" else w("mentee")
        rows.append((w.day(c.due_date, "no date"), whose, c.text, state))
    header = (w("Due"), w("Whose"), w("Commitment"), w("State"))
    return [*out, _table(header, rows), ""]
