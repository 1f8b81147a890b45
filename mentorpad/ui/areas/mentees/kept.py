"""After an unlock, the Mentees area offers back what the lock kept because it could not be
saved (notes, backgrounds, agreements; ui/savemanager.py holds them in memory only). Put
back writes each under its own key and shows the first where it belongs; Discard lets go.

Texts use the translation context "MenteesArea".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from mentorpad.models import VaultError
from mentorpad.models.store import Store
from mentorpad.ui.labels import error_message, note_source_label
from mentorpad.ui.savemanager import Unsaved
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.item_models import format_datetime
from mentorpad.ui.widgets.kept_edits import KeptEditsBanner

if TYPE_CHECKING:
    from mentorpad.ui.areas.mentees.area import MenteesArea

translate = QCoreApplication.translate


def describe(store: Store, unsaved: Unsaved) -> str:
    """Where a kept change belongs, in words the mentor recognises."""
    if unsaved.savable == "agreement" and isinstance(unsaved.key, int):
        mentee = store.mentee(unsaved.key)
        name = mentee.display_name if mentee else "?"
        return fill(translate("MenteesArea", "The agreement with %1"), name)
    assert isinstance(unsaved.key, tuple)
    mentee_id: int = unsaved.key[0]
    session_id: int | None = unsaved.key[1]
    kind: str = unsaved.key[2]
    mentee = store.mentee(mentee_id)
    name = mentee.display_name if mentee else "?"
    session = store.session(session_id) if session_id is not None else None
    if session is None:
        return fill(translate("MenteesArea", "%1 of %2"), note_source_label(kind), name)
    return fill(
        translate("MenteesArea", "%1 of the session of %2 with %3"),
        note_source_label(kind),
        format_datetime(session.starts_at),
        name,
    )


class KeptEdits(QObject):
    """Owned by the area; the banner sits above its list and page."""

    def __init__(self, area: MenteesArea, banner: KeptEditsBanner) -> None:
        super().__init__(area)
        self._area = area
        self.banner = banner
        banner.restore_requested.connect(self._on_banner_restore_requested)
        banner.discard_requested.connect(self._on_banner_discard_requested)

    def offer(self, problem: str = "") -> None:
        """After unlock: show what the last lock kept, if anything."""
        store = self._area.store
        held = self._area.autosaver.held()
        if store is None or not held:
            self.banner.clear_content()
            return
        self.banner.offer([describe(store, unsaved) for unsaved in held], problem)

    def _on_banner_restore_requested(self) -> None:
        held = self._area.autosaver.held()
        if not held:
            self.banner.clear_content()
            return
        try:
            self._area.autosaver.restore_held()
        except VaultError as exc:
            self.offer(error_message(exc))  # still kept; the next try may work
            return
        self.banner.clear_content()
        first = held[0]
        self._area.show_saved_place(first.savable, first.key)

    def _on_banner_discard_requested(self) -> None:
        self._area.autosaver.discard_held()
        self.banner.clear_content()
