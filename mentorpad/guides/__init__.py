"""Qt-free guidance content: the playbook, session templates, mentor guides and the
mindset self-assessment, shipped as data files with their loaders and pure functions."""

from mentorpad.guides.mindset import load_mindset_instrument, score_answers
from mentorpad.guides.playbook import (
    load_mentor_guides,
    load_playbook,
    load_references,
    load_session_templates,
)
from mentorpad.guides.suggest import MenteeContext, suggest_questions

__all__ = [
    "MenteeContext",
    "load_mentor_guides",
    "load_mindset_instrument",
    "load_playbook",
    "load_references",
    "load_session_templates",
    "score_answers",
    "suggest_questions",
]
