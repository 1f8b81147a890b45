"""The words the Qt-free layers keep in English (stages, statuses, kinds of session, error
messages, passphrase advice), translated for the screen.

Models, guides and use cases stay Qt-free and English, so the CLI and the reports share them;
the UI asks here instead of passing a variable to tr(), which pyside6-lupdate cannot extract.
Every text is a literal in a QCoreApplication.translate("labels", ...) call for that reason.
Numbers and dates follow the language through QLocale (ui.models.format_decimal, format_date).

One module per kind of text; this package re-exports what the views import.
"""

from mentorpad.ui.labels.errors import (
    cannot_write_message,
    error_message,
    error_text,
    error_title,
    kind_words,
)
from mentorpad.ui.labels.messages import integrity_verdict, vault_message
from mentorpad.ui.labels.names import short_name
from mentorpad.ui.labels.passphrases import strength_label, strength_reason
from mentorpad.ui.labels.vocabulary import (
    grow_phase_label,
    horizon_label,
    note_source_label,
    owner_label,
    review_label,
    session_kind_label,
    stage_label,
    status_label,
    suggestion_reason,
)

__all__ = [
    "cannot_write_message",
    "error_message",
    "error_text",
    "error_title",
    "grow_phase_label",
    "horizon_label",
    "integrity_verdict",
    "kind_words",
    "note_source_label",
    "owner_label",
    "review_label",
    "session_kind_label",
    "short_name",
    "stage_label",
    "status_label",
    "strength_label",
    "strength_reason",
    "suggestion_reason",
    "vault_message",
]
