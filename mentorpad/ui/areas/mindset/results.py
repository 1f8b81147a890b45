"""The result of one attempt: a profile over eight dimensions, never a grade.

Views only. The area scores the attempt and hands over everything to show; this module lays
it out: the two advice rules first (they matter most when they fire), the profile chart, what
the bands mean, strengths and priorities, and one card per dimension with what to do next.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorpad.guides.mindset import (
    Band,
    Dimension,
    DimensionScore,
    Instrument,
    MindsetResult,
    Suggestion,
)
from mentorpad.ui.areas.mindset.charts import ProfileBar, ProfileChart
from mentorpad.ui.areas.mindset.common import Card, app_setting_label, format_score, label
from mentorpad.ui.areas.mindset.evidence import Evidence
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.charts import PercentChart, Series


class DimensionCard(Card):
    """One dimension: its score and band, evidence, and the suggestion for that band."""

    playbook_entry_requested = Signal(str)

    def __init__(self, position: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"dimension_card_{position}")
        self.entry_id = ""
        self.title_label = label(name="title_label", role="subheading")
        self.score_label = label(name="score_label")
        self.meaning_label = label(name="meaning_label", role="hint")
        self.evidence_box = QWidget()
        self.evidence_box.setObjectName("evidence_box")
        self.evidence_title = label(name="evidence_title")
        self.evidence_label = label(name="evidence_label", role="hint")
        self.evidence_chart = PercentChart(self.tr("From your session reflections"))
        self.evidence_chart.setObjectName("evidence_chart")
        self.evidence_chart.setMinimumWidth(300)
        evidence_text = QVBoxLayout()
        evidence_text.setSpacing(2)
        evidence_text.addWidget(self.evidence_title)
        evidence_text.addWidget(self.evidence_label)
        evidence_text.addStretch(1)
        evidence_layout = QHBoxLayout(self.evidence_box)
        evidence_layout.setContentsMargins(0, 4, 0, 4)
        evidence_layout.setSpacing(14)
        evidence_layout.addLayout(evidence_text, 1)
        evidence_layout.addWidget(self.evidence_chart, 1)
        self.evidence_box.hide()
        self.suggestion_label = label(name="suggestion_label")
        self.practice_label = label(name="practice_label")
        self.setting_label = label(name="setting_label")
        self.playbook_button = QPushButton()
        self.playbook_button.setObjectName("playbook_button")
        self.playbook_button.setFlat(True)
        self.playbook_button.setCursor(Qt.CursorShape.PointingHandCursor)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addWidget(self.playbook_button)
        button_row.addStretch(1)
        for widget in (
            self.title_label,
            self.score_label,
            self.meaning_label,
            self.evidence_box,
            self.suggestion_label,
            self.practice_label,
            self.setting_label,
        ):
            self.body.addWidget(widget)
        self.body.addLayout(button_row)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.playbook_button.clicked.connect(self._on_playbook_button_clicked)

    def show_dimension(
        self,
        dimension: Dimension,
        score: DimensionScore,
        band: Band | None,
        suggestion: Suggestion | None,
        playbook_title: str,
        unscored_note: str,
    ) -> None:
        self.title_label.setText(f"{dimension.id}  {dimension.name}")
        if score.score is None or band is None:
            self.score_label.setText(unscored_note)
            self.meaning_label.setText(score.reason or "")
        else:
            self.score_label.setText(
                fill(self.tr("%1 · %2"), format_score(score.score), band.label)
            )
            self.meaning_label.setText(band.meaning)
        self.setAccessibleName(dimension.name)
        if suggestion is None:
            self.entry_id = ""
            for widget in (self.suggestion_label, self.practice_label, self.setting_label):
                widget.clear()
                widget.hide()
            self.playbook_button.hide()
            return
        self.suggestion_label.setText(suggestion.text)
        self.suggestion_label.show()
        self.practice_label.setText(fill(self.tr("Try this: %1"), suggestion.micro_practice))
        self.practice_label.show()
        if suggestion.app_setting:
            name, purpose = app_setting_label(suggestion.app_setting)
            self.setting_label.setText(fill(self.tr("Recommended setting: %1. %2"), name, purpose))
            self.setting_label.setAccessibleName(fill(self.tr("Recommended setting: %1"), name))
            self.setting_label.show()
        else:
            self.setting_label.clear()
            self.setting_label.hide()
        self.entry_id = suggestion.playbook_entry
        self.playbook_button.setText(fill(self.tr("Read in the playbook: %1"), playbook_title))
        self.playbook_button.setAccessibleName(self.playbook_button.text())
        self.playbook_button.show()

    def set_evidence(self, evidence: Evidence | None) -> None:
        if evidence is None:
            self.evidence_title.clear()
            self.evidence_label.clear()
            self.evidence_chart.clear()
            self.evidence_box.hide()
            return
        self.evidence_title.setText(evidence.title)
        self.evidence_label.setText(evidence.summary)
        self.evidence_chart.set_title(evidence.series_label)
        self.evidence_chart.set_series([Series(evidence.series_label, evidence.points)])
        self.evidence_box.show()

    def clear_content(self) -> None:
        """Scores, suggestions and evidence all come from the vault: forget them."""
        self.set_evidence(None)
        self.entry_id = ""
        for widget in (
            self.title_label,
            self.score_label,
            self.meaning_label,
            self.suggestion_label,
            self.practice_label,
            self.setting_label,
        ):
            widget.clear()
        self.playbook_button.setText("")
        self.setAccessibleName("")

    def _on_playbook_button_clicked(self) -> None:
        if self.entry_id:
            self.playbook_entry_requested.emit(self.entry_id)


class ResultsView(QWidget):
    """A scrollable result page; shows an empty state until there is a completed attempt."""

    playbook_entry_requested = Signal(str)
    mirror_requested = Signal()
    retake_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attempt_id: int | None = None
        self.empty_label = label(
            self.tr(
                "No results yet. Take the assessment: your profile across the eight "
                "dimensions appears here, with what to do next for each."
            ),
            name="empty_label",
            role="empty",
        )
        self.heading = label(name="heading", role="heading")
        self.subheading = label(name="subheading", role="hint")

        self._build_banners()
        self._build_profile()
        self._build_suggestions()
        self._lay_out()
        self.show_empty()
        self._connect_signals()

    def _build_banners(self) -> None:
        """The two advice rules; each is shown only when it fires."""
        self.programme_lead_banner = Card(kind="alert")
        self.programme_lead_banner.setObjectName("programme_lead_banner")
        self.programme_lead_title = label(
            self.tr("Talk to your programme lead before you take on a mentee"),
            name="programme_lead_title",
            role="subheading",
        )
        self.programme_lead_label = label(name="programme_lead_label")
        self.programme_lead_banner.body.addWidget(self.programme_lead_title)
        self.programme_lead_banner.body.addWidget(self.programme_lead_label)
        self.programme_lead_banner.setAccessibleName(self.programme_lead_title.text())

        self.ask_mentee_banner = Card(kind="note")
        self.ask_mentee_banner.setObjectName("ask_mentee_banner")
        self.ask_mentee_title = label(
            self.tr("Every dimension is high: ask your mentee's view"),
            name="ask_mentee_title",
            role="subheading",
        )
        self.ask_mentee_label = label(
            self.tr(
                "All eight dimensions are at 4.5 or above. Self-ratings tend to run high, "
                "even on questions about how often you do things, so this is the moment to "
                "check: ask your mentee to fill in the mirror form and compare."
            ),
            name="ask_mentee_label",
        )
        self.ask_mentee_button = QPushButton(self.tr("Ask my mentee's view"))
        self.ask_mentee_button.setObjectName("ask_mentee_button")
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.ask_mentee_button)
        ask_row.addStretch(1)
        self.ask_mentee_banner.body.addWidget(self.ask_mentee_title)
        self.ask_mentee_banner.body.addWidget(self.ask_mentee_label)
        self.ask_mentee_banner.body.addLayout(ask_row)
        self.ask_mentee_banner.setAccessibleName(self.ask_mentee_title.text())

    def _build_profile(self) -> None:
        """The profile chart, strengths and priorities, and what the bands mean."""
        self.profile_chart = ProfileChart(
            self.tr("Your profile: how often, from 1 (never) to 5 (always)")
        )
        self.profile_chart.setObjectName("profile_chart")
        self.strengths_label = label(name="strengths_label")
        self.priorities_label = label(name="priorities_label")

        self.bands_box = Card()
        self.bands_box.setObjectName("bands_box")
        self.bands_title = label(
            self.tr("What the bands mean, and what they do not"),
            name="bands_title",
            role="subheading",
        )
        self.bands_note = label(name="bands_note")
        self.bands_legend = label(name="bands_legend")
        self.bands_box.body.addWidget(self.bands_title)
        self.bands_box.body.addWidget(self.bands_note)
        self.bands_box.body.addWidget(self.bands_legend)

    def _build_suggestions(self) -> None:
        """One card per dimension with what to do next, and the way to retake."""
        self.suggestions_heading = label(
            self.tr("What to do next, dimension by dimension"),
            name="suggestions_heading",
            role="subheading",
        )
        self.dimension_cards = [DimensionCard(position) for position in range(8)]
        self.retake_button = QPushButton(self.tr("Take it again"))
        self.retake_button.setObjectName("retake_button")

    def _lay_out(self) -> None:
        self.content = QWidget()
        self.content.setObjectName("content")
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 12, 12)
        content_layout.setSpacing(12)
        for widget in (
            self.heading,
            self.subheading,
            self.programme_lead_banner,
            self.ask_mentee_banner,
            self.profile_chart,
            self.strengths_label,
            self.priorities_label,
            self.bands_box,
            self.suggestions_heading,
        ):
            content_layout.addWidget(widget)
        for card in self.dimension_cards:
            content_layout.addWidget(card)
        retake_row = QHBoxLayout()
        retake_row.addWidget(self.retake_button)
        retake_row.addStretch(1)
        content_layout.addLayout(retake_row)
        content_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll_area, 1)

    def _connect_signals(self) -> None:
        for card in self.dimension_cards:
            card.playbook_entry_requested.connect(self.playbook_entry_requested)
        self.ask_mentee_button.clicked.connect(self.mirror_requested)
        self.retake_button.clicked.connect(self.retake_requested)

    def show_empty(self) -> None:
        self.attempt_id = None
        self.empty_label.show()
        self.scroll_area.hide()

    def show_result(
        self,
        *,
        attempt_id: int,
        heading: str,
        subheading: str,
        instrument: Instrument,
        result: MindsetResult,
        suggestions: Mapping[str, Suggestion],
        playbook_titles: Mapping[str, str],
        evidence: Sequence[Evidence],
        own: bool = True,
    ) -> None:
        """Fill the page; ``suggestions`` is keyed by dimension id (scored dimensions only).

        ``own`` is False for a mentee's view: the two advice rules speak to a self-rating.
        """
        self.attempt_id = attempt_id
        self.heading.setText(heading)
        self.subheading.setText(subheading)
        self._show_advice(instrument, result, own=own)
        self._show_profile(instrument, result)
        self._show_dimensions(instrument, result, suggestions, playbook_titles, evidence)
        self.empty_label.hide()
        self.scroll_area.show()

    @staticmethod
    def _names(instrument: Instrument, ids: Sequence[str]) -> str:
        """The dimensions as the page names them: id and name, comma-separated."""
        names = {dim.id: dim.name for dim in instrument.dimensions}
        return ", ".join(f"{d} {names[d]}" for d in ids)

    def _show_advice(self, instrument: Instrument, result: MindsetResult, *, own: bool) -> None:
        """The two advice rules, when they fire (they speak to a self-rating only)."""
        lead = own and result.talk_to_programme_lead
        self.programme_lead_banner.setVisible(lead)
        if lead:
            listed = self._names(instrument, result.programme_lead_dimensions)
            self.programme_lead_label.setText(
                fill(
                    self.tr(
                        "Your answers put %1 below 2.5. A mentee relies on your time and on your "
                        "discretion before anything else. Your programme lead can help you plan "
                        "for this, or agree a better moment to start."
                    ),
                    listed,
                )
            )
            self.programme_lead_banner.setAccessibleDescription(self.programme_lead_label.text())
        else:
            self.programme_lead_label.clear()
        self.ask_mentee_banner.setVisible(own and result.ask_mentee_view)

    def _show_profile(self, instrument: Instrument, result: MindsetResult) -> None:
        """The chart, strengths and priorities, and the bands' legend."""
        self.profile_chart.set_bars(
            [
                ProfileBar(
                    dim.id,
                    f"{dim.id} {dim.name}",
                    result.score(dim.id).score,
                    result.score(dim.id).band,
                )
                for dim in instrument.dimensions
            ],
            {band.id: band.label for band in instrument.bands},
        )
        self.strengths_label.setText(
            fill(self.tr("Strengths: %1"), self._names(instrument, result.strengths))
            if result.strengths
            else self.tr("Strengths: none yet at 4.25 or above.")
        )
        self.priorities_label.setText(
            fill(self.tr("Priorities: %1"), self._names(instrument, result.priorities))
            if result.priorities
            else self.tr("Priorities: no dimension is below 2.5.")
        )
        self.bands_note.setText(instrument.bands_note)
        self.bands_legend.setText(
            "\n".join(
                fill(self.tr("%1 (%2): %3"), band.label, band.range, band.meaning)
                for band in instrument.bands
            )
        )

    def _show_dimensions(
        self,
        instrument: Instrument,
        result: MindsetResult,
        suggestions: Mapping[str, Suggestion],
        playbook_titles: Mapping[str, str],
        evidence: Sequence[Evidence],
    ) -> None:
        """One card per dimension: score, band, suggestion and the reflections' evidence."""
        bands = {band.id: band for band in instrument.bands}
        evidence_by_dim = {item.dimension_id: item for item in evidence}
        for card, dim in zip(self.dimension_cards, instrument.dimensions, strict=True):
            score = result.score(dim.id)
            suggestion = suggestions.get(dim.id)
            card.show_dimension(
                dim,
                score,
                bands.get(score.band) if score.band else None,
                suggestion,
                playbook_titles.get(suggestion.playbook_entry, suggestion.playbook_entry)
                if suggestion
                else "",
                instrument.unscored_note,
            )
            card.set_evidence(evidence_by_dim.get(dim.id))

    def clear_content(self) -> None:
        for widget in (
            self.heading,
            self.subheading,
            self.programme_lead_label,
            self.strengths_label,
            self.priorities_label,
        ):
            widget.clear()
        self.profile_chart.clear()
        for card in self.dimension_cards:
            card.clear_content()
        self.show_empty()
