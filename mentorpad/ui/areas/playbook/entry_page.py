"""One playbook entry as a page: a method per section, in the order the mentor reads them.

Signals, causes, the mentor's stance, pitfalls, questions by GROW phase, exercises, signs of
progress, when to refer on, the frameworks behind it, related entries and the references.
The texts keep the translation context "PlaybookPages" (the class that rendered entries
before this module existed), so the catalogues did not change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication

from mentorpad.guides.playbook import HORIZONS, ROUTE_COUNTRIES, PlaybookEntry
from mentorpad.ui.areas.playbook.keys import entry_key, guide_key
from mentorpad.ui.areas.playbook.markup import cite, e, h2, kicker
from mentorpad.ui.text import fill

if TYPE_CHECKING:
    from mentorpad.ui.areas.playbook.pages import PlaybookPages

__all__ = ["FAILURE_GUIDES", "EntryPage"]

translate = QCoreApplication.translate

# Pitfalls name a reason mentoring programmes fail; each has a guide that answers it.
FAILURE_GUIDES: Final = {
    "no_goals": "clear-goals",
    "no_process": "process-and-method",
    "miscasting": "mentoring-mindset",
    "self_focus": "mentoring-mindset",
    "no_time": "getting-support",
    "confidentiality": "confidentiality",
}


class EntryPage:
    """The HTML of one entry; the labels and the reference list come from `pages`."""

    def __init__(self, pages: PlaybookPages, entry: PlaybookEntry) -> None:
        self._pages = pages
        self._entry = entry
        cited = [
            *entry.references,
            *(ref for cause in entry.causes for ref in cause.refs),
            *(ref for framework in entry.frameworks for ref in framework.refs),
        ]
        self._references, self._numbers = pages.reference_list(cited)

    def html(self) -> str:
        return "".join(
            (
                self._header(),
                self._signals(),
                self._causes(),
                self._stance(),
                self._pitfalls(),
                self._questions(),
                self._exercises(),
                self._progress(),
                self._referring_on(),
                self._frameworks(),
                self._related(),
                self._references,
            )
        )

    def _header(self) -> str:
        """Where the entry sits, its title and summary, and a table of contents."""
        entry = self._entry
        sections = [
            ("signals", translate("PlaybookPages", "Signals")),
            ("causes", translate("PlaybookPages", "Why it happens")),
            ("stance", translate("PlaybookPages", "Your stance")),
            ("pitfalls", translate("PlaybookPages", "Pitfalls")),
            ("questions", translate("PlaybookPages", "Questions")),
            ("exercises", translate("PlaybookPages", "Exercises")),
            ("progress", translate("PlaybookPages", "Progress")),
            ("refer", translate("PlaybookPages", "Referring on")),
            ("frameworks", translate("PlaybookPages", "Frameworks")),
            ("related", translate("PlaybookPages", "Related")),
            ("references", translate("PlaybookPages", "References")),
        ]
        return "".join(
            (
                '<a name="top"></a>',
                kicker(
                    self._pages.stage_label(entry.stage),
                    fill(translate("PlaybookPages", "No. %1"), str(entry.number)),
                    fill(translate("PlaybookPages", "“%1”"), entry.catalog_label),
                ),
                f"<h1>{e(entry.title)}</h1>",
                self._fallback_notice(),
                f'<p class="summary">{e(entry.summary)}</p>',
                '<p class="toc">{} {}</p>'.format(
                    e(translate("PlaybookPages", "On this page:")),
                    " · ".join(f'<a href="#{anchor}">{e(label)}</a>' for anchor, label in sections),
                ),
            )
        )

    def _fallback_notice(self) -> str:
        """An entry shown in English because its translation is missing says so."""
        if self._entry.locale == self._pages.locale:
            return ""
        text = translate(
            "PlaybookPages",
            "This entry is not yet translated into your language: it is shown in English.",
        )
        return f'<p class="fallback"><i>{e(text)}</i></p>'

    def _signals(self) -> str:
        """Signals, with who tends to notice them first."""
        parts = [h2("signals", translate("PlaybookPages", "Signals to notice")), "<ul>"]
        for signal in self._entry.signals:
            who = ", ".join(self._pages.seen_by_label(w) for w in signal.seen_by)
            seen_by = fill(translate("PlaybookPages", "Seen by: %1"), who)
            parts.append(f'<li>{e(signal.text)}<br/><span class="meta">{e(seen_by)}</span></li>')
        parts.append("</ul>")
        return "".join(parts)

    def _causes(self) -> str:
        parts = [h2("causes", translate("PlaybookPages", "Why it happens")), "<ul>"]
        parts.extend(
            f"<li>{e(cause.text)}{cite(cause.refs, self._numbers)}</li>"
            for cause in self._entry.causes
        )
        parts.append("</ul>")
        return "".join(parts)

    def _stance(self) -> str:
        """Push or pull, and what the mentor offers most here."""
        stance = self._entry.mentor_stance
        push_pull = e(self._pages.push_pull_label(stance.push_pull))
        scale = e(self._scale(stance.push_pull))
        parts = [
            h2("stance", translate("PlaybookPages", "Your stance as mentor")),
            f'<p><span class="label">{push_pull}</span> <span class="meta">{scale}</span></p>',
        ]
        if stance.kram_functions:
            functions = ", ".join(self._pages.kram_label(f) for f in stance.kram_functions)
            offer = translate("PlaybookPages", "What you offer most here: %1")
            parts.append(f'<p class="meta">{e(fill(offer, functions))}</p>')
        parts.append(f"<p>{e(stance.note)}</p>")
        return "".join(parts)

    def _scale(self, value: str) -> str:
        """Push ○ ○ ○ ● ○ Pull: where the stance sits, readable as text too."""
        steps = ("push", "mostly-push", "balanced", "mostly-pull", "pull")
        dots = " ".join("●" if step == value else "○" for step in steps)
        return fill(translate("PlaybookPages", "push %1 pull"), dots)

    def _pitfalls(self) -> str:
        """Pitfalls for the mentor, each with the guide that answers its failure reason."""
        parts = [h2("pitfalls", translate("PlaybookPages", "Pitfalls for you")), "<ul>"]
        for pitfall in self._entry.mentor_pitfalls:
            item = e(pitfall.text)
            if pitfall.failure_reason:
                reason = fill(
                    translate("PlaybookPages", "Why programmes fail: %1"),
                    self._pages.failure_label(pitfall.failure_reason),
                )
                item += f'<br/><span class="meta">{e(reason)}</span>'
                guide = self._pages.guides.get(FAILURE_GUIDES.get(pitfall.failure_reason, ""))
                if guide is not None:
                    item += (
                        f' <span class="meta">·</span> '
                        f'<a href="{e(guide_key(guide.id))}">{e(guide.title)}</a>'
                    )
            parts.append(f"<li>{item}</li>")
        parts.append("</ul>")
        return "".join(parts)

    def _questions(self) -> str:
        """Questions in the entry's own order (a struggle may call for Reality before Goal),
        a heading wherever the GROW phase changes, each with its link to the agenda."""
        intro = translate(
            "PlaybookPages",
            "Open questions in the order of a GROW conversation. “Add to next "
            "session's agenda” puts one on the agenda of the mentee chosen above.",
        )
        parts = [
            h2("questions", translate("PlaybookPages", "Questions to ask")),
            f'<p class="meta">{e(intro)}</p>',
        ]
        add_tip = translate("PlaybookPages", "Add this question to the next session")
        add_text = translate("PlaybookPages", "Add to next session’s agenda")
        phase = ""
        for question in self._entry.questions:
            if question.phase != phase:
                phase = question.phase
                parts.append(
                    f"<h3>{e(self._pages.phase_label(phase))} "
                    f'<span class="meta">· {e(self._pages.phase_hint(phase))}</span></h3>'
                )
            parts.append(f'<p class="question">{e(question.text)}</p>')
            parts.append(
                f'<p class="purpose">{e(question.purpose)}<br/>'
                f'<a href="agenda:{e(question.id)}" '
                f'title="{e(add_tip)}">{e(add_text)}</a></p>'
            )
        return "".join(parts)

    def _exercises(self) -> str:
        parts = [h2("exercises", translate("PlaybookPages", "Exercises between sessions"))]
        steps = translate("PlaybookPages", "Steps")
        debrief = translate("PlaybookPages", "Debrief in the next session")
        for exercise in self._entry.exercises:
            duration = fill(translate("PlaybookPages", "Duration: %1"), exercise.duration)
            parts.append(f"<h3>{e(exercise.title)}</h3>")
            parts.append(f"<p>{e(exercise.purpose)}</p>")
            if exercise.framing:
                parts.append(f"<p><i>{e(exercise.framing)}</i></p>")
            parts.append(f'<p class="meta">{e(duration)}</p>')
            parts.append(f'<p class="label">{e(steps)}</p><ol>')
            parts.extend(f"<li>{e(step)}</li>" for step in exercise.steps)
            parts.append("</ol>")
            parts.append(f'<p class="label">{e(debrief)}</p><ul>')
            parts.extend(f"<li>{e(prompt)}</li>" for prompt in exercise.debrief)
            parts.append("</ul>")
        return "".join(parts)

    def _progress(self) -> str:
        """Signs of progress by horizon: the known horizons first, then any other."""
        signs_of_progress = self._entry.progress_signs
        parts = [h2("progress", translate("PlaybookPages", "Signs of progress"))]
        horizons = [*HORIZONS, *(s.horizon for s in signs_of_progress)]
        for horizon in dict.fromkeys(horizons):
            signs = [s for s in signs_of_progress if s.horizon == horizon]
            if not signs:
                continue
            parts.append(f"<h3>{e(self._pages.horizon_label(horizon))}</h3><ul>")
            parts.extend(f"<li>{e(sign.text)}</li>" for sign in signs)
            parts.append("</ul>")
        return "".join(parts)

    def _referring_on(self) -> str:
        note = translate(
            "PlaybookPages",
            "You are a mentor, not a therapist or an investigator. In these "
            "situations, help the mentee find the right person.",
        )
        parts = [
            h2("refer", translate("PlaybookPages", "When to refer on")),
            f'<p class="meta">{e(note)}</p>',
            "<ul>",
        ]
        refer_to = translate("PlaybookPages", "Refer to:")
        for referral in self._entry.referrals:
            parts.append(f"<li>{e(referral.trigger)}")
            if referral.note:
                parts.append(f'<br/><span class="meta">{e(referral.note)}</span>')
            parts.append(f'<br/><span class="label">{e(refer_to)}</span><ul>')
            for country in ROUTE_COUNTRIES:
                routes = [route for route in referral.routes if route.country == country]
                if not routes:
                    continue
                where = self._country_label(country)
                parts.extend(
                    f'<li><span class="label">{e(where)}</span> {e(route.name)}: '
                    f"{e(route.how)}</li>"
                    for route in routes
                )
            parts.append("</ul></li>")
        parts.append("</ul>")
        return "".join(parts)

    @staticmethod
    def _country_label(country: str) -> str:
        """Where a route applies: Belgian law, Dutch law, or any organisation."""
        if country == "BE":
            return translate("PlaybookPages", "In Belgium:")
        if country == "NL":
            return translate("PlaybookPages", "In the Netherlands:")
        return translate("PlaybookPages", "In the organisation:")

    def _frameworks(self) -> str:
        parts = [h2("frameworks", translate("PlaybookPages", "Frameworks behind it"))]
        for framework in self._entry.frameworks:
            origin = framework.originator
            if framework.year:
                origin = f"{origin}, {framework.year}"
            evidence = fill(
                translate("PlaybookPages", "Evidence: %1"),
                self._pages.evidence_label(framework.evidence),
            )
            parts.append(f"<h3>{e(framework.name)}</h3>")
            parts.append(f'<p class="meta">{e(origin)} · {e(evidence)}</p>')
            parts.append(f"<p>{e(framework.gist)}{cite(framework.refs, self._numbers)}</p>")
            if framework.use:
                parts.append(f"<p>{e(framework.use)}</p>")
            if framework.note:
                parts.append(f'<p class="meta">{e(framework.note)}</p>')
            if framework.trademark:
                parts.append(f'<p class="credit">{e(framework.trademark)}</p>')
        return "".join(parts)

    def _related(self) -> str:
        """Related entries, one click away, grouped by how they relate."""
        related = self._entry.related
        parts = [h2("related", translate("PlaybookPages", "Related entries"))]
        for label, ids in (
            (translate("PlaybookPages", "Often seen together"), related.co_occurs),
            (translate("PlaybookPages", "Often lies underneath"), related.often_underlies),
            (translate("PlaybookPages", "A natural next step"), related.next_step),
        ):
            links = [self._entry_link(entry_id) for entry_id in ids]
            links = [link for link in links if link]
            if links:
                parts.append(f'<p class="label">{e(label)}</p><ul>{"".join(links)}</ul>')
        return "".join(parts)

    def _entry_link(self, entry_id: str) -> str:
        entry = self._pages.entries.get(entry_id)
        if entry is None:
            return ""
        return (
            f'<li><a href="{e(entry_key(entry.id))}">{e(entry.title)}</a> '
            f'<span class="meta">· {e(self._pages.stage_label(entry.stage))}</span></li>'
        )
