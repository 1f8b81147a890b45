"""The Agreement tab: the agreement editor (the view, in agreement.py) with its controller,
which loads the open mentee's agreement, saves it from the form or the guided setup, and
exports it. Its own texts keep the translation context "MenteesArea" (where they were
written); the editor's keep theirs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QWidget

from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.guides import load_session_templates
from mentorpad.models import VaultError
from mentorpad.models.entities import Agreement
from mentorpad.models.store import Store
from mentorpad.ui.areas.mentees.agreement import AgreementEditor, AgreementWizard
from mentorpad.ui.labels import error_message, error_title
from mentorpad.ui.lockdown import run_dialog
from mentorpad.ui.navigation import Navigator
from mentorpad.ui.savemanager import SaveManager
from mentorpad.ui.widgets.plain import warn

SAVABLE = "agreement"  # keyed by mentee id; the value is (Agreement, goals)


class AgreementTab(AgreementEditor):
    """The editor plus what its buttons do; the area hands it the store and the mentee."""

    guided_saved = Signal()  # the guided setup saved an agreement: the area shows this tab

    def __init__(
        self,
        navigator: Navigator,
        saves: SaveManager,
        *,
        locale: str = "en",
        clock: Clock = SYSTEM_CLOCK,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, clock=clock)
        self._clock = clock
        self.navigator = navigator
        self._saves = saves
        saves.add_savable(SAVABLE, self._write)
        self._locale = locale  # of the session templates (the first session's checklist)
        self.store: Store | None = None
        self.mentee_id: int | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.save_requested.connect(self._on_save_requested)
        self.guided_requested.connect(self.run_guided)
        self.export_requested.connect(self._on_export_requested)
        self.form.changed.connect(self._on_form_edited)

    def show_mentee(self, store: Store, mentee_id: int) -> None:
        self.store, self.mentee_id = store, mentee_id
        self.load(store.agreement(mentee_id))

    def close_mentee(self) -> None:
        """The mentee went away: nothing of theirs stays, and nothing is saved for them."""
        self.mentee_id = None
        super().clear_content()

    def clear_content(self) -> None:
        self.store = None
        self.close_mentee()

    def _on_form_edited(self) -> None:
        """A valid form is snapshotted for its mentee and saved on the next flush (switching
        mentee, locking, closing); the Save button saves at once."""
        if self.mentee_id is None:
            return
        if self.form.problem() is None:
            value = (self.form.agreement(self.mentee_id), self.form.goals())
            self._saves.mark_dirty(SAVABLE, self.mentee_id, value, soon=False)
        else:
            mentee_id = self.mentee_id
            self._saves.forget(SAVABLE, lambda key: key == mentee_id)

    def _write(self, items: list[tuple[int, tuple[Agreement, list[tuple[str, str]]]]]) -> None:
        if self.store is None:
            raise VaultError(QCoreApplication.translate("MenteesArea", "The vault is locked."))
        for mentee_id, (agreement, goals) in items:
            self.store.save_agreement(agreement, goals)
            if mentee_id == self.mentee_id:
                self.dirty = False
                self.status.setText(
                    QCoreApplication.translate("AgreementEditor", "Agreement saved.")
                )

    def save(self) -> bool:
        """Save the form, or say in the status line what keeps it from being saved."""
        assert self.store is not None and self.mentee_id is not None
        problem = self.form.problem()
        if problem:
            self.status.setText(problem)
            return False
        self.store.save_agreement(self.form.agreement(self.mentee_id), self.form.goals())
        mentee_id = self.mentee_id
        self._saves.forget(SAVABLE, lambda key: key == mentee_id)
        self.load(self.store.agreement(self.mentee_id))
        self.navigator.data_changed.emit()
        return True

    def _on_save_requested(self) -> None:
        if self.store is None or self.mentee_id is None:
            return
        try:
            self.save()
        except VaultError as exc:
            warn(self, error_title(exc), error_message(exc))

    def run_guided(self) -> None:
        """The first session's walk through the agreement, one section per page."""
        if self.store is None or self.mentee_id is None:
            return
        template = load_session_templates(self._locale).get("first")
        wizard = AgreementWizard(
            self.store.agreement(self.mentee_id),
            template.agreement_checklist if template else (),
            self,
            clock=self._clock,
        )
        if run_dialog(wizard) != QDialog.DialogCode.Accepted or self.store is None:
            return
        self.store.save_agreement(wizard.form.agreement(self.mentee_id), wizard.form.goals())
        mentee_id = self.mentee_id
        self._saves.forget(SAVABLE, lambda key: key == mentee_id)
        self.load(self.store.agreement(self.mentee_id))
        self.guided_saved.emit()
        self.navigator.data_changed.emit()

    def _on_export_requested(self) -> None:
        if self.store is None or self.mentee_id is None:
            return
        from mentorpad.reports import agreement_md
        from mentorpad.ui.report_words import report_words
        from mentorpad.ui.widgets.exports import export_markdown_or_pdf

        export_markdown_or_pdf(
            self,
            title=QCoreApplication.translate("MenteesArea", "Mentoring agreement"),
            suggested_name="mentoring-agreement",
            markdown_text=agreement_md(self.store, self.mentee_id, words=report_words()),
        )
