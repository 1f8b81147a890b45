"""Taking the mindset assessment: a start page, then one page per dimension.

Views only: they show the instrument and the answers and report what the mentor chose;
the area (the controller) saves. Every statement row takes its answer from the keyboard
(1-5, 0 or N) as well as from the mouse, so the whole form can be done without a mouse.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorpad.guides.mindset import Instrument
from mentorpad.ui.areas.mindset.common import Card
from mentorpad.ui.areas.mindset.item_row import ItemRow
from mentorpad.ui.text import fill

Answers = dict[str, int | None]
"""Item id -> 1..5, or None for "not yet applicable"; an item left out is unanswered."""


class QuestionnaireView(QWidget):
    """The statements of one dimension at a time, with progress and navigation."""

    answer_chosen = Signal(str, object)  # item id, 1..5 or None
    dimension_shown = Signal(int)  # index 0..7
    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._instrument: Instrument | None = None
        self._answers: Answers = {}
        self._index = 0
        self._build_texts()
        self._build_rows()
        self._build_controls()
        self._lay_out()
        self._connect_signals()

    def _build_texts(self) -> None:
        """The intro, the dimension's title and description, and the prompt."""
        self.intro_label = QLabel()
        self.intro_label.setObjectName("intro_label")
        self.intro_label.setWordWrap(True)
        self.intro_label.setProperty("role", "hint")
        self.dimension_title = QLabel()
        self.dimension_title.setObjectName("dimension_title")
        self.dimension_title.setProperty("role", "subheading")
        self.dimension_title.setWordWrap(True)
        self.dimension_description = QLabel()
        self.dimension_description.setObjectName("dimension_description")
        self.dimension_description.setWordWrap(True)
        self.prompt_label = QLabel()
        self.prompt_label.setObjectName("prompt_label")
        self.prompt_label.setProperty("role", "hint")

    def _build_rows(self) -> None:
        """The statements of one dimension, scrolling when the window is small."""
        self.item_rows = [ItemRow(position) for position in range(4)]
        rows_box = QWidget()
        rows_layout = QVBoxLayout(rows_box)
        rows_layout.setContentsMargins(2, 2, 2, 2)
        rows_layout.setSpacing(10)
        for row in self.item_rows:
            rows_layout.addWidget(row)
        rows_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(rows_box)

    def _build_controls(self) -> None:
        """The key hint, the progress and the way between dimensions (buttons, Page keys)."""
        self.key_hint = QLabel(
            self.tr(
                "Keys: 1 to 5 answer the highlighted statement, 0 or N: not yet applicable; "
                "arrow keys or Tab: next statement; Page Down: next dimension."
            )
        )
        self.key_hint.setObjectName("key_hint")
        self.key_hint.setProperty("role", "hint")
        self.key_hint.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setAccessibleName(self.tr("Questions answered"))
        self.progress.setTextVisible(True)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progress_label")
        self.back_button = QPushButton(self.tr("Previous dimension"))
        self.back_button.setObjectName("back_button")
        self.next_button = QPushButton(self.tr("Next dimension"))
        self.next_button.setObjectName("next_button")
        self.next_button.setToolTip(self.tr("Page Down"))
        self.show_intro = True
        self.finish_label = self.tr("See my results")
        self.finish_button = QPushButton(self.finish_label)
        self.finish_button.setObjectName("finish_button")
        self.finish_button.setDefault(True)
        self.finish_button.setAutoDefault(True)
        for button in (self.back_button, self.next_button):
            button.setAutoDefault(True)
        self.next_shortcut = QShortcut(QKeySequence(Qt.Key.Key_PageDown), self)
        self.next_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.back_shortcut = QShortcut(QKeySequence(Qt.Key.Key_PageUp), self)
        self.back_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _lay_out(self) -> None:
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(progress_row)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.dimension_title)
        layout.addWidget(self.dimension_description)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.key_hint)
        layout.addLayout(buttons)
        self.setTabOrder(self.item_rows[-1], self.back_button)

    def _connect_signals(self) -> None:
        for row in self.item_rows:
            row.answer_chosen.connect(self._on_row_answer_chosen)
            row.answered_by_key.connect(self._on_row_answered_by_key)
            row.next_requested.connect(self._on_row_next_requested)
            row.previous_requested.connect(self._on_row_previous_requested)
            row.focused.connect(self._on_row_focused)
        self.back_button.clicked.connect(self.previous_dimension)
        self.next_button.clicked.connect(self.next_dimension)
        self.finish_button.clicked.connect(self.finish_requested)
        self.next_shortcut.activated.connect(self.next_dimension)
        self.back_shortcut.activated.connect(self.previous_dimension)

    # -- content -----------------------------------------------------------------------

    @property
    def instrument(self) -> Instrument | None:
        return self._instrument

    @property
    def current_index(self) -> int:
        return self._index

    def set_instrument(self, instrument: Instrument) -> None:
        self._instrument = instrument
        self.intro_label.setText(instrument.intro)
        self.prompt_label.setText(instrument.prompt)
        self.progress.setRange(0, len(instrument.items))
        self._index = 0

    def set_answers(self, answers: Mapping[str, int | None]) -> None:
        self._answers = dict(answers)
        self._refresh()

    def answers(self) -> Answers:
        return dict(self._answers)

    def show_dimension(self, index: int, *, focus: bool = True) -> None:
        if self._instrument is None:
            return
        count = len(self._instrument.dimensions)
        self._index = max(0, min(count - 1, index))
        self._refresh()
        if focus:
            self.focus_first_open_item()
        self.dimension_shown.emit(self._index)

    def next_dimension(self) -> None:
        if self._instrument is not None and self._index < len(self._instrument.dimensions) - 1:
            self.show_dimension(self._index + 1)

    def previous_dimension(self) -> None:
        if self._index > 0:
            self.show_dimension(self._index - 1)

    def focus_first_open_item(self) -> None:
        """Focus the first unanswered statement of the page (or the first one)."""
        target = next((row for row in self.item_rows if not row.answered), self.item_rows[0])
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_content(self) -> None:
        self._answers = {}
        for row in self.item_rows:
            row.set_answer(False, None)
        self.progress.setValue(0)

    def _refresh(self) -> None:
        instrument = self._instrument
        if instrument is None:
            return
        count = len(instrument.dimensions)
        dimension = instrument.dimensions[self._index]
        first = self._index * len(dimension.items)
        self.intro_label.setVisible(self.show_intro and self._index == 0)
        self.dimension_title.setText(
            fill(self.tr("%1 of %2: %3"), str(self._index + 1), str(count), dimension.name)
        )
        self.dimension_description.setText(dimension.description)
        for offset, (row, item) in enumerate(zip(self.item_rows, dimension.items, strict=True)):
            row.set_item(
                first + offset + 1,
                item,
                instrument.scale_labels,
                instrument.not_applicable_label,
            )
            row.set_answer(item.id in self._answers, self._answers.get(item.id))
        answered = sum(1 for item in instrument.items if item.id in self._answers)
        total = len(instrument.items)
        self.progress.setValue(answered)
        self.progress.setFormat(fill(self.tr("%1 of %2 answered"), str(answered), str(total)))
        self.progress.setAccessibleDescription(self.progress.format())
        self.progress_label.setText(
            fill(self.tr("Dimension %1 of %2"), str(self._index + 1), str(count))
        )
        last = self._index == count - 1
        self.back_button.setEnabled(self._index > 0)
        self.next_button.setVisible(not last)
        self.finish_button.setVisible(last)
        self.finish_button.setText(
            self.finish_label
            if answered == total
            else fill(self.tr("Finish with %1 open"), str(total - answered))
        )

    # -- slots -------------------------------------------------------------------------

    def _on_row_answer_chosen(self, item_id: str, value: object) -> None:
        if value is not None and not isinstance(value, int):
            return
        self._answers[item_id] = value
        self._refresh()
        self.answer_chosen.emit(item_id, value)

    def _row_position(self) -> int:
        sender = self.sender()
        for position, row in enumerate(self.item_rows):
            if row is sender:
                return position
        return -1

    def _step_focus(self, position: int, step: int) -> None:
        target = position + step
        if 0 <= target < len(self.item_rows):
            self.item_rows[target].setFocus(Qt.FocusReason.TabFocusReason)
        elif target >= len(self.item_rows):
            button = self.finish_button if self.finish_button.isVisible() else self.next_button
            button.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_row_answered_by_key(self) -> None:
        self._step_focus(self._row_position(), 1)

    def _on_row_next_requested(self) -> None:
        self._step_focus(self._row_position(), 1)

    def _on_row_previous_requested(self) -> None:
        self._step_focus(self._row_position(), -1)

    def _on_row_focused(self) -> None:
        position = self._row_position()
        if position >= 0:
            self.scroll_area.ensureWidgetVisible(self.item_rows[position], 8, 8)


class TakeStartView(QWidget):
    """Choose what to rate (the last three months, or before a first mentee); resume."""

    start_requested = Signal(str)  # variant: current or baseline
    resume_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.about_label = QLabel()
        self.about_label.setObjectName("about_label")
        self.about_label.setWordWrap(True)
        self._build_resume_box()
        self._build_variants()
        self._build_hints()
        self._lay_out()
        self._connect_signals()

    def _build_resume_box(self) -> None:
        """The offer to carry on with an unfinished attempt; hidden until there is one."""
        self.resume_box = Card(kind="note")
        self.resume_box.setObjectName("resume_box")
        self.resume_box.setAccessibleName(self.tr("Unfinished assessment"))
        self.resume_label = QLabel()
        self.resume_label.setObjectName("resume_label")
        self.resume_label.setWordWrap(True)
        self.resume_button = QPushButton(self.tr("Continue where I left off"))
        self.resume_button.setObjectName("resume_button")
        self.resume_button.setDefault(True)
        resume_row = QHBoxLayout()
        resume_row.addWidget(self.resume_label, 1)
        resume_row.addWidget(self.resume_button)
        self.resume_box.body.addLayout(resume_row)
        self.resume_box.hide()

    def _build_variants(self) -> None:
        """What to rate, and the button that starts."""
        self.variant_heading = QLabel(self.tr("What do you want to rate?"))
        self.variant_heading.setObjectName("variant_heading")
        self.variant_heading.setProperty("role", "subheading")
        self.variant_current = QRadioButton(self.tr("My last three months of mentoring"))
        self.variant_current.setObjectName("variant_current")
        self.variant_current.setChecked(True)
        self.variant_current_hint = QLabel(
            self.tr("How often you did each thing with your mentee(s) recently.")
        )
        self.variant_current_hint.setObjectName("variant_current_hint")
        self.variant_current_hint.setProperty("role", "hint")
        self.variant_baseline = QRadioButton(self.tr("Before my first mentee"))
        self.variant_baseline.setObjectName("variant_baseline")
        self.variant_baseline_hint = QLabel(
            self.tr("What you intend to do: a starting point to compare with later.")
        )
        self.variant_baseline_hint.setObjectName("variant_baseline_hint")
        self.variant_baseline_hint.setProperty("role", "hint")
        self.variants = QButtonGroup(self)
        self.variants.setObjectName("variants")
        self.variants.addButton(self.variant_current)
        self.variants.addButton(self.variant_baseline)
        self.start_button = QPushButton(self.tr("Start the assessment"))
        self.start_button.setObjectName("start_button")
        self.start_button.setAutoDefault(True)

    def _build_hints(self) -> None:
        self.retake_hint = QLabel(
            self.tr(
                "Take it at the start, at the mid-point and at the close of a mentoring "
                "relationship to see what changes. Every attempt is kept in History."
            )
        )
        self.retake_hint.setObjectName("retake_hint")
        self.retake_hint.setProperty("role", "hint")
        self.retake_hint.setWordWrap(True)
        self.credit_label = QLabel()
        self.credit_label.setObjectName("credit_label")
        self.credit_label.setProperty("role", "hint")
        self.credit_label.setWordWrap(True)

    def _lay_out(self) -> None:
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.about_label)
        layout.addWidget(self.resume_box)
        layout.addSpacing(6)
        layout.addWidget(self.variant_heading)
        for widget in (
            self.variant_current,
            self.variant_current_hint,
            self.variant_baseline,
            self.variant_baseline_hint,
        ):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addLayout(start_row)
        layout.addWidget(self.retake_hint)
        layout.addStretch(1)
        layout.addWidget(self.credit_label)
        for hint in (self.variant_current_hint, self.variant_baseline_hint):
            hint.setContentsMargins(26, 0, 0, 4)

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.resume_button.clicked.connect(self.resume_requested)

    def set_instrument(self, instrument: Instrument) -> None:
        self.heading.setText(instrument.title)
        self.about_label.setText(instrument.about)
        self.credit_label.setText(instrument.credit)

    def chosen_variant(self) -> str:
        return "baseline" if self.variant_baseline.isChecked() else "current"

    def offer_resume(self, text: str | None) -> None:
        """Show the resume offer with ``text``, or hide it (None)."""
        self.resume_label.setText(text or "")
        self.resume_box.setVisible(text is not None)
        self.start_button.setText(
            self.tr("Start a new assessment") if text else self.tr("Start the assessment")
        )

    def _on_start_button_clicked(self) -> None:
        self.start_requested.emit(self.chosen_variant())


class TakeView(QStackedWidget):
    """The start page and the questionnaire, one at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.start_view = TakeStartView()
        self.start_view.setObjectName("start_view")
        self.questionnaire = QuestionnaireView()
        self.questionnaire.setObjectName("questionnaire")
        self.addWidget(self.start_view)
        self.addWidget(self.questionnaire)

    def show_start(self) -> None:
        self.setCurrentWidget(self.start_view)

    def show_questionnaire(self) -> None:
        self.setCurrentWidget(self.questionnaire)

    @property
    def answering(self) -> bool:
        return self.currentWidget() is self.questionnaire
