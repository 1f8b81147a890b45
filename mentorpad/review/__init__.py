"""Review over time: development themes, goal ratings, commitments, quiet relationships, the
portfolio ("what needs attention this week") and the mentor's own practice.

Qt-free, shared by the GUI, the reports and the CLI. The core is pure functions on plain data
(entities or small records); thin `load_*` functions fetch that data with a few aggregate
queries (mentorpad.models.review_queries). Every function that depends on the date takes
`today` explicitly: nothing here reads the clock.

"Held" means a session on or before `today`; a later one is planned.

common: shared constants and month helpers; trends: themes, ratings and commitments over
time; facts: per-mentee facts and the quiet rule; attention: "This week"; portfolio: all
mentees at a glance; mentor: the mentor's own practice; development: one mentee's timeline.
"""

from mentorpad.review.attention import ATTENTION_KINDS, AttentionItem, attention_items
from mentorpad.review.common import (
    DEFAULT_CADENCE_WEEKS,
    DEFAULT_REVIEW_WINDOW_DAYS,
    QUIET_FACTOR,
    WEEK_DAYS,
    add_months,
    human_date,
    month_key,
    month_range,
    month_start,
)
from mentorpad.review.development import (
    TIMELINE_KINDS,
    Development,
    TimelineEvent,
    development,
    load_development,
    timeline,
)
from mentorpad.review.facts import (
    MenteeFacts,
    QuietRelationship,
    days_without_session,
    is_quiet,
    load_facts,
    mentee_facts,
    next_session_due,
    quiet_relationships,
    quiet_threshold_days,
)
from mentorpad.review.mentor import (
    MentorView,
    MonthStats,
    ThemeCount,
    load_mentor_view,
    mentor_view,
    month_stats,
    theme_counts,
)
from mentorpad.review.portfolio import (
    Portfolio,
    PortfolioRow,
    load_portfolio,
    portfolio,
    portfolio_row,
)
from mentorpad.review.trends import (
    CommitmentMonth,
    CommitmentStats,
    GoalSeries,
    RatingPoint,
    ThemeMatrix,
    commitment_stats,
    rating_series,
    theme_matrix,
    themes_by_month,
)

__all__ = [
    "ATTENTION_KINDS",
    "DEFAULT_CADENCE_WEEKS",
    "DEFAULT_REVIEW_WINDOW_DAYS",
    "QUIET_FACTOR",
    "TIMELINE_KINDS",
    "WEEK_DAYS",
    "AttentionItem",
    "CommitmentMonth",
    "CommitmentStats",
    "Development",
    "GoalSeries",
    "MenteeFacts",
    "MentorView",
    "MonthStats",
    "Portfolio",
    "PortfolioRow",
    "QuietRelationship",
    "RatingPoint",
    "ThemeCount",
    "ThemeMatrix",
    "TimelineEvent",
    "add_months",
    "attention_items",
    "commitment_stats",
    "days_without_session",
    "development",
    "human_date",
    "is_quiet",
    "load_development",
    "load_facts",
    "load_mentor_view",
    "load_portfolio",
    "mentee_facts",
    "mentor_view",
    "month_key",
    "month_range",
    "month_start",
    "month_stats",
    "next_session_due",
    "portfolio",
    "portfolio_row",
    "quiet_relationships",
    "quiet_threshold_days",
    "rating_series",
    "theme_counts",
    "theme_matrix",
    "themes_by_month",
    "timeline",
]
