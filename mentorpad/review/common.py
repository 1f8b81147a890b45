"""Constants and calendar helpers every review module shares (months as "YYYY-MM")."""

from __future__ import annotations

import datetime as dt

DEFAULT_CADENCE_WEEKS = 4
QUIET_FACTOR = 1.5  # quiet after 1.5 x the agreed cadence without a session
DEFAULT_REVIEW_WINDOW_DAYS = 14
WEEK_DAYS = 7

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def human_date(day: dt.date) -> str:
    """'3 May 2025': unambiguous in every country, independent of the process locale."""
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def month_start(month: str) -> dt.date:
    return dt.date(int(month[:4]), int(month[5:7]), 1)


def add_months(month: str, count: int) -> str:
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + count
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_range(first: str, last: str) -> list[str]:
    """Every month from first to last inclusive, gaps filled ("2024-11" .. "2025-02")."""
    months: list[str] = []
    current = first
    while current <= last:
        months.append(current)
        current = add_months(current, 1)
    return months


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
