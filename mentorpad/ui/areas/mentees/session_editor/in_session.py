"""The in-session mode: agenda and phase timer on the left, the notes in the middle, the
tagged themes' playbook cards and the agreement checklist on the right.

InSessionView's texts keep the translation context "SessionEditor" (the class they were
written in); PhaseTimer keeps its own class name, so its context is unchanged.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.guides.playbook import PlaybookEntry, Route, SessionTemplate
from mentorpad.ui.areas.base import headed_box
from mentorpad.ui.areas.mentees.session_editor.follow_up import ThemeChips
from mentorpad.ui.areas.mentees.session_editor.keys import (
    QUICK_COMMITMENT,
    QUICK_INSIGHT,
    QUICK_THEME,
    native,
)
from mentorpad.ui.labels import grow_phase_label
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.editors import MarkdownEditor
from mentorpad.ui.widgets.render_view import NoteView

translate = QCoreApplication.translate


def entry_at_hand_markdown(entry: PlaybookEntry, locale: str = "en") -> str:
    """A compact playbook card for the in-session side panel. An entry that falls back to
    English in a `locale` interface says so, as its playbook page does."""
    lines = [f"### {entry.title}", ""]
    fallback = entry.locale != locale
    if fallback:
        notice = translate(
            "PlaybookPages",
            "This entry is not yet translated into your language: it is shown in English.",
        )
        lines += [f"*{notice}*", ""]
    lines += [entry.summary, ""]
    phase = ""
    for question in entry.questions:  # the entry's order; a heading where the phase changes
        if question.phase != phase:
            if phase:
                lines.append("")
            phase = question.phase
            lines += [f"**{grow_phase_label(phase)}**", ""]
        lines.append(f"- {question.text}")
    if phase:
        lines.append("")
    if entry.referrals:
        lines += [
            "**" + QCoreApplication.translate("SessionEditor", "Refer on when") + "**",
            "",
            *(
                f"- {r.trigger} ({'; '.join(dict.fromkeys(route.short for route in r.routes))})"
                + _routes_fallback(r.routes, locale, fallback)
                for r in entry.referrals
            ),
            "",
        ]
    return "\n".join(lines)


def _routes_fallback(routes: tuple[Route, ...], locale: str, entry_marked: bool) -> str:
    """Route names read from English beside a translated entry say so (the card's own
    notice already covers an entry shown in English)."""
    if entry_marked or all(route.locale == locale for route in routes):
        return ""
    return " · *" + translate("SessionEditor", "in English: not yet translated") + "*"


class PhaseTimer(QWidget):
    """The session clock against the template's phases: where should we be by now?"""

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self._time = clock
        self.setObjectName("phase_timer")
        self.clock = QLabel("0:00")
        self.clock.setObjectName("clock")
        self.clock.setProperty("role", "heading")
        self.phase = QLabel()
        self.phase.setObjectName("phase")
        self.phase.setWordWrap(True)
        self.phases = QLabel()
        self.phases.setObjectName("phases")
        self.phases.setWordWrap(True)
        self.phases.setTextFormat(Qt.TextFormat.RichText)
        self.start_button = QPushButton(self.tr("Start timer"))
        self.start_button.setObjectName("start_timer")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The button under the clock: the in-session column is narrow on a laptop, and
        # "Démarrer le minuteur" needs its full width.
        layout.addWidget(self.clock)
        layout.addWidget(self.start_button)
        layout.addWidget(self.phase)
        layout.addWidget(self.phases)
        self.prompts = QLabel()
        self.prompts.setObjectName("prompts")
        self.prompts.setWordWrap(True)
        self.prompts.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.prompts)
        self.show_prompts = False
        self._template: SessionTemplate | None = None
        self._planned = 60
        self._started: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self.start_button.clicked.connect(self._on_start_button_clicked)

    def set_template(self, template: SessionTemplate | None, planned_minutes: int) -> None:
        self._template = template
        self._planned = max(planned_minutes, 1)
        self.refresh()

    def _on_start_button_clicked(self) -> None:
        if self._started is None:
            self._started = self._time.monotonic()
            self._timer.start()
            self.start_button.setText(self.tr("Stop timer"))
        else:
            self.stop()
        self.refresh()

    def stop(self) -> None:
        self._started = None
        self._timer.stop()
        self.start_button.setText(self.tr("Start timer"))

    def elapsed_minutes(self) -> float:
        return 0.0 if self._started is None else (self._time.monotonic() - self._started) / 60

    def refresh(self) -> None:
        elapsed = self.elapsed_minutes()
        self.clock.setText(f"{int(elapsed)}:{int(elapsed * 60) % 60:02d}")
        template = self._template
        if template is None:
            self.phase.setText("")
            self.phases.setText("")
            return
        scale = self._planned / max(template.duration_minutes, 1)
        current = None
        rows = []
        for p in template.phases:
            start, end = p.start * scale, p.end * scale
            active = start <= elapsed < end and self._started is not None
            if active:
                current = (p, end - elapsed)
            name = html.escape(p.name)
            span = html.escape(fill(self.tr("%1–%2 min"), str(round(start)), str(round(end))))
            rows.append(f"<b>▶ {name}</b> ({span})" if active else f"{name} ({span})")
        self.phases.setText("<br>".join(rows))
        shown = (
            current[0] if current is not None else (template.phases[0] if template.phases else None)
        )
        if self.show_prompts and shown is not None:
            items = "".join(f"<li>{html.escape(p)}</li>" for p in shown.prompts)
            heading = fill(self.tr("Prompts: %1"), shown.name)
            self.prompts.setText(f"<b>{html.escape(heading)}</b><ul>{items}</ul>")
        else:
            self.prompts.clear()
        if current is not None:
            phase, left = current
            self.phase.setText(
                fill(
                    self.tr("Now: %1, %2 min left. %3"),
                    phase.name,
                    str(max(0, round(left))),
                    phase.purpose,
                )
            )
        elif self._started is not None and elapsed >= self._planned:
            self.phase.setText(self.tr("Planned time is up: agree the next step and close."))
        else:
            self.phase.setText(self.tr("Start the timer when the session begins."))


class InSessionView(QWidget):
    """The focused view while the session runs. The notes editor is borrowed from the Notes
    tab (take_notes); the playbook cards render only when this view is showing."""

    def __init__(self, parent: QWidget | None = None, *, clock: Clock = SYSTEM_CLOCK) -> None:
        super().__init__(parent)
        self.setObjectName("in_session_view")
        self._entries: dict[str, PlaybookEntry] = {}
        self._locale = "en"  # the language the cards are asked in
        self._pending_themes: tuple[str, ...] | None = None  # not rendered into at_hand yet
        left = self._build_left(clock)
        center = self._build_center()
        right = self._build_right()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 3)
        left.setMinimumWidth(220)
        center.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _build_left(self, clock: Clock) -> QWidget:
        self.agenda_view = NoteView()
        self.agenda_view.setObjectName("agenda_view")
        self.agenda_view.setAccessibleName(translate("SessionEditor", "Agenda"))
        self.timer = PhaseTimer(clock=clock)
        left, layout = headed_box(translate("SessionEditor", "Agenda"), self.agenda_view)
        layout.setStretch(1, 2)  # the agenda over the timer, two to one
        layout.addWidget(self.timer, 1)
        return left

    def _build_center(self) -> QWidget:
        self.notes_holder = QWidget()
        QVBoxLayout(self.notes_holder).setContentsMargins(0, 0, 0, 0)
        capture = QLabel(
            fill(
                translate("SessionEditor", "Quick capture: %1 commitment · %2 insight · %3 theme"),
                native(QUICK_COMMITMENT),
                native(QUICK_INSIGHT),
                native(QUICK_THEME),
            )
        )
        capture.setProperty("role", "hint")
        capture.setWordWrap(True)
        center = QWidget()
        layout = QVBoxLayout(center)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(capture)
        layout.addWidget(self.notes_holder, 1)
        return center

    def _build_right(self) -> QWidget:
        self.at_hand = NoteView()
        self.at_hand.setObjectName("at_hand")
        self.at_hand.setAccessibleName(
            translate("SessionEditor", "Playbook entry for the tagged theme")
        )
        self.themes = ThemeChips()
        self.themes.setObjectName("in_session_themes")
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        at_hand_label = QLabel(translate("SessionEditor", "At hand from the playbook"))
        at_hand_label.setProperty("role", "subheading")
        self.checklist = QLabel()
        self.checklist.setObjectName("checklist")
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        self.checklist.hide()
        layout.addWidget(self.checklist)
        layout.addWidget(self.themes)
        layout.addWidget(at_hand_label)
        layout.addWidget(self.at_hand, 1)
        return right

    def set_entries(self, entries: list[PlaybookEntry], locale: str = "en") -> None:
        self._entries = {e.id: e for e in entries}
        self._locale = locale
        self.themes.set_catalog(entries)

    def take_notes(self, notes: MarkdownEditor) -> None:
        """Show the notes editor here while the session runs."""
        layout = self.notes_holder.layout()
        assert layout is not None
        layout.addWidget(notes)

    def show_agenda(self, text: str) -> None:
        self.agenda_view.set_markdown(text)

    def set_themes(self, themes: tuple[str, ...]) -> None:
        """The chips at once; the cards on the next render_at_hand()."""
        self.themes.set_themes(themes)
        self._pending_themes = themes

    def render_at_hand(self) -> None:
        """The playbook cards beside the notes; rendered only when the in-session view shows."""
        themes = self._pending_themes
        if themes is None:
            return
        self._pending_themes = None
        cards = [
            entry_at_hand_markdown(self._entries[t], self._locale)
            for t in themes
            if t in self._entries
        ]
        self.at_hand.set_markdown(
            "\n\n---\n\n".join(cards)
            if cards
            else fill(
                translate(
                    "SessionEditor", "Tag a theme (%1) and its playbook questions appear here."
                ),
                native(QUICK_THEME),
            )
        )

    def set_checklist(self, items: tuple[str, ...]) -> None:
        """The first session's agreement checklist; hidden when there is none to show."""
        if items:
            rows = "".join(f"<li>{html.escape(item)}</li>" for item in items)
            heading = translate("SessionEditor", "Agreement checklist")
            self.checklist.setText(f"<b>{html.escape(heading)}</b><ul>{rows}</ul>")
        else:
            self.checklist.clear()
        self.checklist.setVisible(bool(items))

    def clear_content(self) -> None:
        self.agenda_view.clear_content()
        self.at_hand.clear_content()
        self.themes.clear_content()
        self.timer.stop()
