"""Cross-area requests. Areas never call each other: they emit here, and the area that owns
the data (or the window, for showing an area) handles the request."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Navigator(QObject):
    # Ids travel as `object`: they are random 63-bit integers (so devices never collide when
    # syncing), and Signal(int) would squeeze them into a C++ int.
    # Showing things. The window listens to area_requested; areas listen for their own ids.
    area_requested = Signal(str)  # area objectName: home, mentees, playbook, mindset, search
    mentee_requested = Signal(object)  # mentee id: the Mentees area opens that mentee
    session_requested = Signal(object)  # session id: the Mentees area opens that session
    playbook_entry_requested = Signal(str)  # entry id: the Playbook area opens that entry
    # A search hit: mentee id, session id or None, source (note kind or "commitment"), the
    # words to select in the opened editor.
    hit_requested = Signal(object, object, str, str)

    # Changing session content owned by the Mentees area (it may have the session open with
    # unsaved edits, so it alone writes these).
    agenda_append_requested = Signal(object, object, str, str)  # mentee, session, text, question id
    theme_tag_requested = Signal(object, str)  # session id, entry id

    # Facts other areas may want to follow.
    current_session_changed = Signal(object)  # session id or None: open in the editor
    data_changed = Signal()  # something was saved that summaries (Home) should reflect

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current_session_id: int | None = None
        self.current_mentee_id: int | None = None
        self.current_session_changed.connect(self._on_current_session_changed)

    def _on_current_session_changed(self, session_id: object) -> None:
        self.current_session_id = session_id if isinstance(session_id, int) else None
