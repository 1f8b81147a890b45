"""One session: prepare (brief and agenda), take notes, write the shared summary, follow up
(themes, commitments, ratings, reflection), and the focused in-session mode.

The names other modules import from here before this became a package stay importable."""

from mentorpad.ui.areas.mentees.session_editor.editor import SessionEditor
from mentorpad.ui.areas.mentees.session_editor.follow_up import (
    CommitmentDialog,
    RatingRow,
    ThemeChips,
)
from mentorpad.ui.areas.mentees.session_editor.in_session import (
    PhaseTimer,
    entry_at_hand_markdown,
)
from mentorpad.ui.areas.mentees.session_editor.keys import (
    QUICK_COMMITMENT,
    QUICK_INSIGHT,
    QUICK_THEME,
    TOGGLE_IN_SESSION,
)
from mentorpad.ui.areas.mentees.session_editor.prepare import prep_brief_markdown

__all__ = [
    "QUICK_COMMITMENT",
    "QUICK_INSIGHT",
    "QUICK_THEME",
    "TOGGLE_IN_SESSION",
    "CommitmentDialog",
    "PhaseTimer",
    "RatingRow",
    "SessionEditor",
    "ThemeChips",
    "entry_at_hand_markdown",
    "prep_brief_markdown",
]
