"""The Prepare tab: the prep brief, the playbook's suggested questions, and the agenda.

Its texts keep the translation context "SessionEditor" (the class they were written in), so
the committed catalogues still match.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from mentorpad.guides.suggest import Suggestion
from mentorpad.prep import PrepBrief
from mentorpad.ui.areas.base import headed_box
from mentorpad.ui.labels import grow_phase_label, owner_label, review_label, suggestion_reason
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.editors import MarkdownEditor
from mentorpad.ui.widgets.item_models import format_date
from mentorpad.ui.widgets.render_view import NoteView

translate = QCoreApplication.translate


BRIEF_COMMITMENTS = 10  # a glance: the first ten due; the full list is on the Follow-up tab


def prep_brief_markdown(brief: PrepBrief, titles: dict[str, str]) -> str:
    """The brief as Markdown: rendered by NoteView, so mentee text stays inert."""
    sections = (
        _since_last_time(brief),
        _upcoming_reviews(brief),
        _open_commitments(brief),
        _goals(brief),
        _recent_themes(brief, titles),
        _text_section(translate("SessionEditor", "Last shared summary"), brief.last_summary),
        _text_section(translate("SessionEditor", "Last session's notes"), brief.last_notes),
    )
    return "\n".join(line for section in sections for line in section)


def _md_escape(text: str) -> str:
    return text.replace("\n", " ")


def _since_last_time(brief: PrepBrief) -> list[str]:
    if brief.last_session is None:
        return [
            "### " + translate("SessionEditor", "First meeting"),
            "",
            translate(
                "SessionEditor",
                "No earlier session. Use the first-session template: connect, roles, goals, "
                "the agreement, a first action.",
            ),
            "",
        ]
    return ["### " + translate("SessionEditor", "Since last time"), "", _rhythm(brief), ""]


def _rhythm(brief: PrepBrief) -> str:
    """Days since the last session, the agreed cadence, and whether the next one is due."""
    days = brief.days_since_last or 0
    weeks = (brief.cadence_days or 0) // 7
    rhythm = (
        translate("SessionEditor", "**1 day** since the last session")
        if days == 1
        else fill(translate("SessionEditor", "**%1 days** since the last session"), str(days))
    )
    if weeks == 1:
        rhythm += translate("SessionEditor", " · agreed: every week")
    elif weeks:
        rhythm += fill(translate("SessionEditor", " · agreed: every %1 weeks"), str(weeks))
    status = {
        "overdue": translate("SessionEditor", " · **overdue**"),
        "due": translate("SessionEditor", " · **due now**"),
    }.get(brief.cadence_status, "")
    return rhythm + status


def _upcoming_reviews(brief: PrepBrief) -> list[str]:
    lines: list[str] = []
    for label, when in brief.upcoming_reviews:
        lines += [
            fill(
                translate("SessionEditor", "**Coming up: %1 on %2.**"),
                review_label(label),
                format_date(when),
            ),
            "",
        ]
    return lines


def _open_commitments(brief: PrepBrief) -> list[str]:
    if not brief.open_commitments:
        return []
    lines = ["### " + translate("SessionEditor", "Open commitments"), ""]
    shown = brief.open_commitments[:BRIEF_COMMITMENTS]  # by due date: the most pressing
    for c in shown:
        due = (
            fill(translate("SessionEditor", " (due %1)"), format_date(c.due_date))
            if c.due_date
            else ""
        )
        flag = translate("SessionEditor", " **OVERDUE**") if c.is_overdue(brief.today) else ""
        lines.append(f"- {_md_escape(c.text)}: {owner_label(c.owner)}{due}{flag}")
    if rest := len(brief.open_commitments) - len(shown):
        more = translate("SessionEditor", "%1 of %2 shown here; every one is on the Follow-up tab.")
        lines += ["", fill(more, len(shown), len(shown) + rest)]
    lines.append("")
    return lines


def _goals(brief: PrepBrief) -> list[str]:
    if not brief.goals:
        return []
    lines = ["### " + translate("SessionEditor", "Goals"), ""]
    for g in brief.goals:
        latest = (
            fill(translate("SessionEditor", "%1/5"), str(g.latest.rating))
            if g.latest
            else translate("SessionEditor", "not rated yet")
        )
        arrow = {1: " ↑", -1: " ↓", 0: ""}[g.trend]
        comment = f": {_md_escape(g.latest.comment)}" if g.latest and g.latest.comment else ""
        lines.append(f"- {_md_escape(g.goal.text)}: **{latest}{arrow}**{comment}")
    lines.append("")
    return lines


def _recent_themes(brief: PrepBrief, titles: dict[str, str]) -> list[str]:
    if not brief.recent_themes:
        return []
    themes = ", ".join(f"{titles.get(t, t)} ({n})" for t, n in brief.recent_themes)
    return ["### " + translate("SessionEditor", "Recent themes"), "", themes, ""]


def _text_section(heading: str, text: str) -> list[str]:
    """The last session's own words, as they were written."""
    return ["### " + heading, "", text, ""] if text else []


class PreparePanel(QSplitter):
    """The brief on the left; suggested questions above the agenda on the right."""

    question_added = Signal(str, str)  # question global id, text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._brief_suggestions: tuple[Suggestion, ...] = ()
        self._brief_locale = "en"
        self._added: set[str] = set()
        self.agenda = MarkdownEditor(
            "agenda", translate("SessionEditor", "Agenda: what you want to cover")
        )
        self.agenda.set_preview_visible(False)
        self.brief = NoteView()
        self.brief.setObjectName("brief")
        self.brief.setAccessibleName(translate("SessionEditor", "Prep brief"))
        # Suggestions are one rich-text view with "Add to agenda" links: it wraps and scrolls
        # like a page, however narrow the column (rows of labels and buttons did not).
        self.suggestions = NoteView()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setAccessibleName(translate("SessionEditor", "Suggested questions"))
        self.addWidget(self.brief)
        self.agenda_holder = QSplitter(Qt.Orientation.Vertical)
        self.agenda_holder.addWidget(self._build_suggestions_box())
        self.agenda_holder.addWidget(self._build_agenda_box())
        self.agenda_holder.setStretchFactor(0, 1)
        self.agenda_holder.setStretchFactor(1, 1)
        self.addWidget(self.agenda_holder)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self._connect_signals()

    def _build_suggestions_box(self) -> QWidget:
        title = translate("SessionEditor", "Suggested questions")
        box, _layout = headed_box(title, self.suggestions)
        box.setMinimumHeight(200)
        return box

    def _build_agenda_box(self) -> QWidget:
        return headed_box(translate("SessionEditor", "Agenda"), self.agenda, top=4)[0]

    def _connect_signals(self) -> None:
        self.suggestions.anchorClicked.connect(self._on_suggestions_anchor_clicked)

    def show_brief(self, brief: PrepBrief | None, titles: dict[str, str]) -> None:
        self.brief.set_markdown(prep_brief_markdown(brief, titles) if brief else "")
        self._added = set()
        self._brief_suggestions = brief.suggestions if brief is not None else ()
        self._brief_locale = brief.locale if brief is not None else "en"
        self._render_suggestions()

    def _render_suggestions(self) -> None:
        if not self._brief_suggestions:
            hint = translate(
                "SessionEditor",
                "Tag themes or set the mentee's stage and goals to get suggestions from the "
                "playbook.",
            )
            self.suggestions.setHtml(f"<p><i>{html.escape(hint)}</i></p>")
            return
        rows = []
        for index, suggestion in enumerate(self._brief_suggestions):
            if suggestion.question_id in self._added:
                added = translate("SessionEditor", "Added to the agenda")
                action = f"<b>✓ {html.escape(added)}</b>"
            else:
                add = translate("SessionEditor", "Add to agenda")
                action = f'<a href="add:{index}">{html.escape(add)}</a>'
            rows.append(
                f"<p><b>{html.escape(grow_phase_label(suggestion.phase))}</b> · "
                f"{html.escape(suggestion.text)}<br><small>"
                f"{html.escape(suggestion.entry_title)}: "
                f"{html.escape(suggestion_reason(suggestion.reason))}"
                f"{self._fallback_mark(suggestion)}</small><br>{action}</p>"
            )
        self.suggestions.setHtml("".join(rows))

    def _fallback_mark(self, suggestion: Suggestion) -> str:
        """A question from an entry not yet translated says it is in English."""
        if suggestion.locale == self._brief_locale:
            return ""
        mark = translate("SessionEditor", "in English: not yet translated")
        return f' · <i class="fallback">{html.escape(mark)}</i>'

    def add_suggestion(self, index: int) -> None:
        """Put suggestion `index` on the agenda (the link's action, also for the keyboard)."""
        if not 0 <= index < len(self._brief_suggestions):
            return
        suggestion = self._brief_suggestions[index]
        if suggestion.question_id in self._added:
            return
        self._added.add(suggestion.question_id)
        self._render_suggestions()
        self.question_added.emit(suggestion.question_id, suggestion.text)

    def _on_suggestions_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "add" and url.path().isdigit():
            self.add_suggestion(int(url.path()))

    def clear_content(self) -> None:
        self.agenda.clear_content()
        self.brief.clear_content()
        self.show_brief(None, {})
