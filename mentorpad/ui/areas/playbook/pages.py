"""The playbook's pages as HTML for the safe NoteView: the introduction, the four sections,
the mentor guides and the session templates (an entry's page has a module of its own).

Every text is escaped, links go only to our own schemes (entry:, guide:, template:,
section:, agenda:, #anchor), and nothing is loaded: no image, no resource.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QPalette

from mentorpad.guides.playbook import (
    MentorGuide,
    PlaybookEntry,
    Reference,
    SessionTemplate,
)
from mentorpad.render import render_markdown
from mentorpad.ui.areas.playbook.entry_page import EntryPage
from mentorpad.ui.areas.playbook.keys import (
    MENTOR_SECTION,
    STAGE_ORDER,
    entry_key,
    guide_key,
    section_key,
    split_key,
    template_key,
)
from mentorpad.ui.areas.playbook.markup import cite, e, h2, kicker
from mentorpad.ui.labels import grow_phase_label, horizon_label, stage_label
from mentorpad.ui.text import fill

__all__ = ["PlaybookPages"]


class PlaybookPages(QObject):
    """Builds each page as HTML for NoteView: every text escaped, links only to our own
    schemes (entry:, guide:, template:, section:, agenda:, #anchor), no image, no resource."""

    def __init__(
        self,
        entries: Sequence[PlaybookEntry],
        guides: Sequence[MentorGuide],
        templates: Sequence[SessionTemplate],
        references: dict[str, Reference],
        parent: QObject | None = None,
        *,
        locale: str = "en",
    ) -> None:
        super().__init__(parent)
        self.locale = locale  # the language asked for; an entry not translated says so
        self.entries = {entry.id: entry for entry in entries}
        self.guides = {guide.id: guide for guide in guides}
        self.templates = {template.kind: template for template in templates}
        self.references = references

    # -- vocabulary --------------------------------------------------------------------------

    def stage_label(self, stage: str) -> str:
        if stage == MENTOR_SECTION:
            return self.tr("For the mentor")
        return stage_label(stage)

    def stage_description(self, stage: str) -> str:
        return {
            "new": self.tr(
                "Managers in their first months: finding their footing, their authority and "
                "their own way of leading."
            ),
            "struggling": self.tr(
                "Managers who have settled in but keep running into the same problems, often "
                "habits from their time as an expert or a peer."
            ),
            "capable": self.tr(
                "Managers who do well and are ready for more: bigger roles, larger changes and "
                "wider influence."
            ),
            MENTOR_SECTION: self.tr(
                "Short guides for you as a mentor, and a plan for each of the four kinds of "
                "session."
            ),
        }.get(stage, "")

    def phase_label(self, phase: str) -> str:
        return grow_phase_label(phase)

    def phase_hint(self, phase: str) -> str:
        return {
            "G": self.tr("what they want to achieve"),
            "R": self.tr("where things stand now"),
            "O": self.tr("what they could do"),
            "W": self.tr("what they will do, and when"),
        }.get(phase, "")

    def seen_by_label(self, who: str) -> str:
        return {
            "self": self.tr("the manager"),
            "team": self.tr("the team"),
            "boss": self.tr("their boss"),
            "mentor": self.tr("you, the mentor"),
        }.get(who, who)

    def push_pull_label(self, value: str) -> str:
        return {
            "push": self.tr("Push: directive"),
            "mostly-push": self.tr("Mostly push"),
            "balanced": self.tr("Balanced between push and pull"),
            "mostly-pull": self.tr("Mostly pull"),
            "pull": self.tr("Pull: non-directive"),
        }.get(value, value)

    def kram_label(self, value: str) -> str:
        return {
            "career": self.tr("career support"),
            "psychosocial": self.tr("psychosocial support"),
            "role_model": self.tr("role modelling"),
        }.get(value, value)

    def failure_label(self, value: str) -> str:
        return {
            "no_goals": self.tr("no clear goals"),
            "no_process": self.tr("no process or method"),
            "miscasting": self.tr("the mentor in the wrong role"),
            "no_time": self.tr("no time for mentoring"),
            "self_focus": self.tr("the mentor's own story taking over"),
            "confidentiality": self.tr("broken confidentiality"),
        }.get(value, value)

    def evidence_label(self, value: str) -> str:
        return {
            "research": self.tr("research evidence"),
            "practitioner_model": self.tr("practitioner model"),
            "heuristic": self.tr("rule of thumb"),
        }.get(value, value)

    def horizon_label(self, horizon: str) -> str:
        return horizon_label(horizon)

    def relationship_phase_label(self, value: str) -> str:
        return {
            "initiation": self.tr("initiation"),
            "cultivation": self.tr("cultivation"),
            "separation": self.tr("separation"),
            "redefinition": self.tr("redefinition"),
            "preparing": self.tr("preparing"),
            "negotiating": self.tr("negotiating"),
            "enabling_growth": self.tr("enabling growth"),
            "closure": self.tr("closure"),
        }.get(value, value.replace("_", " "))

    # -- style -----------------------------------------------------------------------------

    @staticmethod
    def css(palette: QPalette, base_points: float) -> str:
        """Typography on top of NoteView's sheet, coloured from the palette (light or dark)."""
        role = QPalette.ColorRole
        muted = palette.color(role.PlaceholderText).name()
        link = palette.color(role.Link).name()
        chip = palette.color(role.AlternateBase).name()
        base = base_points if base_points > 0 else 10.0

        def pt(factor: float) -> str:
            return f"{base * factor:.1f}pt"

        return f"""
h1 {{ font-size: {pt(1.9)}; font-weight: 600; margin: 2px 0 10px 0; }}
h2 {{ font-size: {pt(1.4)}; font-weight: 600; margin: 30px 0 10px 0; }}
h3 {{ font-size: {pt(1.12)}; font-weight: 600; margin: 18px 0 6px 0; }}
p {{ margin: 0 0 10px 0; line-height: 145%; }}
li {{ margin: 0 0 8px 0; line-height: 145%; }}
a {{ color: {link}; }}
.kicker {{ color: {muted}; font-size: {pt(0.95)}; margin-bottom: 6px; }}
.summary {{ font-size: {pt(1.2)}; line-height: 150%; margin-bottom: 14px; }}
.meta {{ color: {muted}; }}
.toc {{ color: {muted}; font-size: {pt(0.95)}; margin: 6px 0 4px 0; }}
.question {{ font-size: {pt(1.05)}; margin: 10px 0 2px 0; }}
.purpose {{ color: {muted}; margin: 0 0 10px 0; }}
.chip {{ background-color: {chip}; }}
.credit {{ color: {muted}; font-size: {pt(0.9)}; font-style: italic; }}
.label {{ font-weight: 600; }}
"""

    # -- shared pieces -------------------------------------------------------------------------

    def reference_list(self, ids: Iterable[str]) -> tuple[str, dict[str, int]]:
        """The numbered reference list and each id's number, for [n] citations."""
        numbers: dict[str, int] = {}
        for ref_id in ids:
            numbers.setdefault(ref_id, len(numbers) + 1)
        if not numbers:
            return "", numbers
        items = []
        for ref_id in numbers:
            reference = self.references.get(ref_id)
            citation = e(reference.citation if reference else ref_id)
            if reference is not None and not reference.verified:
                citation += ' <span class="meta">{}</span>'.format(
                    e(self.tr("(details still to be checked)"))
                )
            items.append(f'<li><a name="ref-{e(ref_id)}"></a>{citation}</li>')
        body = h2("references", self.tr("References")) + f"<ol>{''.join(items)}</ol>"
        return body, numbers

    # -- pages -------------------------------------------------------------------------------

    def page(self, key: str) -> str | None:
        """The page for a key, or None when the key names nothing we have."""
        kind, ident = split_key(key)
        if kind == "entry" and ident in self.entries:
            return self.entry(self.entries[ident])
        if kind == "guide" and ident in self.guides:
            return self.guide(self.guides[ident])
        if kind == "template" and ident in self.templates:
            return self.template(self.templates[ident])
        if kind == "section" and ident in (*STAGE_ORDER, MENTOR_SECTION):
            return self.section(ident)
        return None

    def intro(self) -> str:
        # Texts are translated outside f-strings: pyside6-lupdate does not look inside them.
        heading = self.tr("The playbook")
        parts = [
            f"<h1>{e(heading)}</h1>",
            '<p class="summary">{}</p>'.format(
                e(
                    fill(
                        self.tr(
                            "%1 struggles that managers meet, in three stages. Each entry tells "
                            "you what to look for, why it happens, how to stand as a mentor, which "
                            "questions to ask, and what progress looks like."
                        ),
                        str(len(self.entries)),
                    )
                )
            ),
            '<p class="meta">{}</p>'.format(
                e(
                    fill(
                        self.tr(
                            "Choose an entry on the left, or search with %1. Arrow keys move "
                            "through the list; Enter opens."
                        ),
                        QKeySequence(QKeySequence.StandardKey.Find).toString(
                            QKeySequence.SequenceFormat.NativeText
                        ),
                    )
                )
            ),
            "<ul>",
        ]
        for stage in (*STAGE_ORDER, MENTOR_SECTION):
            parts.append(
                f'<li><a href="{e(section_key(stage))}">{e(self.stage_label(stage))}</a>'
                f'<br/><span class="meta">{e(self.stage_description(stage))}</span></li>'
            )
        parts.append("</ul>")
        return "".join(parts)

    def section(self, stage: str) -> str:
        parts = [
            kicker(self.tr("Playbook")),
            f"<h1>{e(self.stage_label(stage))}</h1>",
            f'<p class="summary">{e(self.stage_description(stage))}</p>',
        ]
        if stage == MENTOR_SECTION:
            parts.append(h2("guides", self.tr("Guides for the mentor")))
            parts.extend(
                f'<p><a href="{e(guide_key(g.id))}">{e(g.title)}</a><br/>'
                f'<span class="meta">{e(g.summary)}</span></p>'
                for g in self.guides.values()
            )
            parts.append(h2("templates", self.tr("Session templates")))
            parts.extend(
                f'<p><a href="{e(template_key(t.kind))}">{e(t.title)}</a><br/>'
                f'<span class="meta">{e(t.purpose)}</span></p>'
                for t in self.templates.values()
            )
            return "".join(parts)
        for entry in self.entries.values():
            if entry.stage != stage:
                continue
            parts.append(
                f'<p><a href="{e(entry_key(entry.id))}">{e(entry.title)}</a><br/>'
                f'<span class="meta">{e(entry.summary)}</span></p>'
            )
        return "".join(parts)

    def entry(self, entry: PlaybookEntry) -> str:
        return EntryPage(self, entry).html()

    def guide(self, guide: MentorGuide) -> str:
        references, numbers = self.reference_list(guide.refs)
        position = list(self.guides).index(guide.id) + 1
        parts = [
            kicker(
                self.stage_label(MENTOR_SECTION),
                fill(self.tr("Guide %1 of %2"), str(position), str(len(self.guides))),
            ),
            f"<h1>{e(guide.title)}</h1>",
            f'<p class="summary">{e(guide.summary)}</p>',
            '<p class="meta">{}{}</p>'.format(
                e(fill(self.tr("Evidence: %1"), self.evidence_label(guide.evidence))),
                cite(guide.refs, numbers),
            ),
        ]
        for index, section in enumerate(guide.sections):
            parts.append(h2(f"section-{index}", section.heading))
            # Shipped Markdown, rendered by the same safe renderer as notes.
            parts.append(render_markdown(section.body))
        parts.append(references)
        return "".join(parts)

    def template(self, template: SessionTemplate) -> str:
        references, numbers = self.reference_list(template.refs)
        meta = fill(
            self.tr("%1 minutes · relationship phase: %2 (Kram), %3 (Zachary)"),
            str(template.duration_minutes),
            self.relationship_phase_label(template.kram_phase),
            self.relationship_phase_label(template.zachary_phase),
        )
        parts = [
            kicker(self.stage_label(MENTOR_SECTION), self.tr("Session template")),
            f"<h1>{e(template.title)}</h1>",
            f'<p class="summary">{e(template.purpose)}</p>',
            f'<p class="meta">{e(meta)}{cite(template.refs, numbers)}</p>',
        ]
        for phase in template.phases:
            heading = fill(self.tr("%1–%2 min · %3"), str(phase.start), str(phase.end), phase.name)
            parts.append(h2(f"phase-{e(phase.id)}", heading))
            if phase.grow:
                parts.append(
                    '<p class="meta">{}</p>'.format(
                        e(fill(self.tr("GROW: %1"), self.phase_label(phase.grow)))
                    )
                )
            parts.append(f"<p>{e(phase.purpose)}</p><ul>")
            parts.extend(f"<li>{e(prompt)}</li>" for prompt in phase.prompts)
            parts.append("</ul>")
        if template.agreement_checklist:
            parts.append(h2("agreement", self.tr("Agreement checklist")))
            parts.append("<ul>")
            parts.extend(f"<li>{e(item)}</li>" for item in template.agreement_checklist)
            parts.append("</ul>")
        parts.append(references)
        return "".join(parts)
