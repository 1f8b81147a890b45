"""The mentoring-mindset self-assessment: instrument, scoring and development suggestions.

Qt-free and pure so that the GUI, the CLI and the tests share one implementation. The
content lives in ``data/mindset/*.toml`` (see the comments there); this package loads and
validates it, scores answers, and compares results over time and against the mentee's view.

model: vocabulary, cut-offs and records; reading: the data files and their translations;
instrument: the questionnaire; scoring: results, changes and blind spots; suggestions: what
to do about a dimension in a band.
"""

from mentorpad.guides.mindset.instrument import load_mindset_instrument
from mentorpad.guides.mindset.model import (
    ALL_HIGH_FROM,
    APP_SETTINGS,
    BANDS,
    BLIND_SPOT_THRESHOLD,
    DEVELOPING_FROM,
    DIMENSION_IDS,
    FAILURE_REASONS,
    ITEMS_PER_DIMENSION,
    MIN_ANSWERED,
    PROGRAMME_LEAD_DIMENSIONS,
    SCALE_MAX,
    SCALE_MIN,
    SOLID_FROM,
    STRENGTH_FROM,
    VARIANTS,
    Band,
    Basis,
    BlindSpot,
    Dimension,
    DimensionScore,
    Direction,
    Instrument,
    Item,
    MindsetResult,
    Suggestion,
)
from mentorpad.guides.mindset.scoring import band_for, blind_spots, compare, score_answers
from mentorpad.guides.mindset.suggestions import load_suggestions, suggestion_for

__all__ = [
    "ALL_HIGH_FROM",
    "APP_SETTINGS",
    "BANDS",
    "BLIND_SPOT_THRESHOLD",
    "DEVELOPING_FROM",
    "DIMENSION_IDS",
    "FAILURE_REASONS",
    "ITEMS_PER_DIMENSION",
    "MIN_ANSWERED",
    "PROGRAMME_LEAD_DIMENSIONS",
    "SCALE_MAX",
    "SCALE_MIN",
    "SOLID_FROM",
    "STRENGTH_FROM",
    "VARIANTS",
    "Band",
    "Basis",
    "BlindSpot",
    "Dimension",
    "DimensionScore",
    "Direction",
    "Instrument",
    "Item",
    "MindsetResult",
    "Suggestion",
    "band_for",
    "blind_spots",
    "compare",
    "load_mindset_instrument",
    "load_suggestions",
    "score_answers",
    "suggestion_for",
]
