"""One source of time: the app reads the clock only through mentorpad/clock.py (which the
composition root hands down), so tests and the screenshots drive every date it shows."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

from mentorpad.models import Vault
from mentorpad.models.store import Store
from mentorpad.prep import build_prep_brief

PACKAGE = Path(__file__).resolve().parent.parent / "mentorpad"
READS = {
    "date": {"today"},
    "datetime": {"now", "today", "utcnow"},
    "time": {"time", "time_ns", "monotonic", "monotonic_ns", "perf_counter", "localtime"},
    "QDate": {"currentDate"},
    "QDateTime": {"currentDateTime", "currentMSecsSinceEpoch", "currentSecsSinceEpoch"},
    "QTime": {"currentTime"},
}
# The clock itself, and the bench's marks (they measure real time for tools/bench.py).
ALLOWED = {PACKAGE / "clock.py", PACKAGE / "ui" / "bench_marks.py"}


def _reads_of_the_system_clock(path: Path) -> list[tuple[int, str]]:
    """(line, what) of each read of the machine's clock in a module, in line order."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Attribute):
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if node.attr in READS.get(name, ()):
                found.append((node.lineno, f"{name}.{node.attr}"))
        elif isinstance(node, ast.ImportFrom) and node.module in READS:
            found += [(node.lineno, a.name) for a in node.names if a.name in READS[node.module]]
    return sorted(found)


def test_only_the_clock_module_reads_the_system_clock() -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{line} {what}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path not in ALLOWED
        for line, what in _reads_of_the_system_clock(path)
    ]
    assert not found, "read the injected Clock instead:\n" + "\n".join(found)


def test_the_scan_sees_each_way_of_reading_the_time(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import datetime as dt, time\n"
        "from time import monotonic\n"
        "a = dt.date.today()\n"
        "def f(today=dt.date.today): return time.time()\n"
        "b = QDateTime.currentDateTime()\n"
    )
    assert [what for _, what in _reads_of_the_system_clock(sample)] == [
        "monotonic",
        "date.today",
        "date.today",
        "time.time",
        "QDateTime.currentDateTime",
    ]


def test_the_brief_names_the_next_session_after_its_own_today(vault: Vault) -> None:
    """Without a session to prepare, "next" is the first one after the brief's day, not after
    the machine's now (a brief for a day long past used to find none)."""
    store = Store(vault)
    mentee = store.add_mentee("Robin")
    today = dt.date(2020, 1, 6)
    store.add_session(mentee, dt.datetime(2020, 1, 6, 8, 0))  # this morning: held
    planned = store.add_session(mentee, dt.datetime(2020, 1, 20, 9, 0))
    brief = build_prep_brief(store, mentee, today)
    assert brief.last_session is not None and brief.last_session.starts_at.day == 6
    assert brief.next_session is not None and brief.next_session.id == planned
