"""mentorpad's benchmark (make bench): every figure of docs/benchmark.md beside its baseline.

Builds (once, cached in .bench-cache/) a synthetic vault of 50 mentees x 200 sessions, then
measures each figure over repeated runs (median, min, max) next to a baseline measured in the
same run, prints a table and writes bench-results.json. Timings drift with the machine's
load: the targets are ratios to those baselines, or absolute budgets where the issue set one.

    python tools/bench.py            # the full vault, full repeats (a few minutes)
    python tools/bench.py --quick    # the full vault, few repeats
    python tools/bench.py --tiny     # a tiny vault, one or two repeats (the smoke test)

Process figures run the real app (`python -m mentorpad`) as a subprocess with
MENTORPAD_BENCH_MARK=1 (see mentorpad/ui/bench_marks.py); the rest run in this process on
the real window from the composition root, offscreen. Data figures open the vault with its
raw key: only the unlock figures are about the KDF.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
for _path in (str(ROOT), str(TOOLS)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

import bench_vault  # noqa: E402
from bench_vault import FULL, TINY, BenchVault, Spec, ensure_vault, open_plain  # noqa: E402

MARK = "mentorpad-mark"
MIB = 1024 * 1024
PAGE_CACHE_MIB = 32  # PRAGMA cache_size in the vault: the RSS budget allows for it


# -- results ---------------------------------------------------------------------------------


@dataclass
class Figure:
    """One measured figure with its baseline. `limit` is the number the median must not
    exceed (derived from the baseline and the target)."""

    name: str
    what: str
    unit: str
    samples: list[float]
    baseline: float
    target: str
    limit: float
    extra: dict[str, Any] = field(default_factory=dict)
    ok_extra: bool = True  # a condition besides the median (autosave off the keystroke path)

    @property
    def median(self) -> float:
        return statistics.median(self.samples) if self.samples else float("nan")

    @property
    def ratio(self) -> float:
        return self.median / self.baseline if self.baseline else float("nan")

    @property
    def ok(self) -> bool:
        return bool(self.samples) and self.median <= self.limit and self.ok_extra

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "what": self.what,
            "median": round(self.median, 3),
            "min": round(min(self.samples), 3) if self.samples else None,
            "max": round(max(self.samples), 3) if self.samples else None,
            "runs": len(self.samples),
            "unit": self.unit,
            "baseline": round(self.baseline, 3),
            "ratio": round(self.ratio, 3),
            "target": self.target,
            "limit": round(self.limit, 3),
            "ok": self.ok,
            **self.extra,
        }


def ratio_figure(
    name: str, what: str, unit: str, samples: list[float], baseline: float, factor: float
) -> Figure:
    return Figure(
        name, what, unit, samples, baseline, f"<= {factor:g} x baseline", factor * baseline
    )


def budget_figure(
    name: str, what: str, unit: str, samples: list[float], baseline: float, budget: float
) -> Figure:
    return Figure(name, what, unit, samples, baseline, f"<= {budget:g} {unit}", budget)


def _fmt(value: float, unit: str) -> str:
    if value != value:  # nan
        return "-"
    if unit == "MiB":
        return f"{value:.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def table(figures: list[Figure], markdown: bool = False) -> str:
    head = ("figure", "median", "min-max", "baseline", "ratio", "target", "ok")
    rows = []
    for f in figures:
        lo = min(f.samples) if f.samples else float("nan")
        hi = max(f.samples) if f.samples else float("nan")
        rows.append(
            (
                f.name,
                f"{_fmt(f.median, f.unit)} {f.unit}",
                f"{_fmt(lo, f.unit)}-{_fmt(hi, f.unit)}",
                f"{_fmt(f.baseline, f.unit)} {f.unit}",
                f"{f.ratio:.2f}" if f.ratio == f.ratio else "-",
                f.target,
                "yes" if f.ok else "NO",
            )
        )
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=False)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join(fmt.format(*r) for r in (head, *rows))


def _ms(seconds: float) -> float:
    return seconds * 1000.0


def repeat(fn: Callable[[], object], runs: int, warm: int = 1) -> list[float]:
    """Milliseconds per call, after `warm` untimed calls."""
    for _ in range(warm):
        fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(_ms(time.perf_counter() - start))
    return samples


# -- process figures -------------------------------------------------------------------------


@dataclass
class Marks:
    spawned: float
    marks: dict[str, float]

    def since_spawn(self, name: str) -> float:
        return _ms(self.marks[name] - self.spawned)

    def between(self, first: str, second: str) -> float:
        return _ms(self.marks[second] - self.marks[first])


class ProcessRunner:
    """Starts the app or the minimal window as a subprocess and collects its marks."""

    def __init__(self, bv: BenchVault, home: Path) -> None:
        self.bv = bv
        self.home = home

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MENTORPAD_")}
        # The installed app runs compiled bytecode (the bundle holds only .pyc files): a
        # PYTHONDONTWRITEBYTECODE in the caller's environment would time the compiler.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["MENTORPAD_BENCH_MARK"] = "1"
        for var, sub in (
            ("HOME", "home"),
            ("XDG_CONFIG_HOME", "config"),
            ("XDG_DATA_HOME", "data"),
            ("XDG_CACHE_HOME", "cache"),
            ("XDG_STATE_HOME", "state"),
        ):
            path = self.home / sub
            path.mkdir(parents=True, exist_ok=True)
            env[var] = str(path)
        return env

    def run(
        self,
        command: list[str],
        feed: Callable[[subprocess.Popen[str], str], None],
        env: dict[str, str] | None = None,
    ) -> Marks:
        """Run `command`; `feed(process, mark_name)` is called as each mark arrives."""
        marks: dict[str, float] = {}
        spawned = time.monotonic()
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env={**self._env(), **(env or {})},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        timer = threading.Timer(120, process.kill)  # a hung run never hangs the bench
        timer.start()
        try:
            assert process.stdout is not None
            for line in process.stdout:
                parts = line.split()
                if len(parts) == 3 and parts[0] == MARK:
                    marks[parts[1]] = float(parts[2])
                    feed(process, parts[1])
            process.wait()
        finally:
            timer.cancel()
            if process.stdin is not None:
                with contextlib.suppress(OSError):
                    process.stdin.close()
        if process.returncode not in (0, None):
            raise RuntimeError(f"{command[1:]} exited with {process.returncode}: {marks}")
        return Marks(spawned, marks)

    def app(
        self,
        passphrase: str | None,
        delay: float = 0.0,
        vault: Path | None = None,
        env: dict[str, str] | None = None,
    ) -> Marks:
        """The app; `passphrase` is typed `delay` seconds after the prompt painted (None:
        quit at the prompt). With delay 0 it is there before the prompt, as with autotype."""

        def feed(process: subprocess.Popen[str], name: str) -> None:
            if name != "unlock_painted" or process.stdin is None:
                return
            if delay:
                time.sleep(delay)
            process.stdin.write((passphrase or "") + "\n")
            process.stdin.flush()

        command = [sys.executable, "-m", "mentorpad", "--vault", str(vault or self.bv.path)]
        return self.run(command, feed, env)

    def minimal(self) -> Marks:
        return self.run([sys.executable, str(TOOLS / "bench_minimal.py")], lambda p, n: None)


def process_figures(
    bv: BenchVault, runs: int, kdf_ms: float, log: Callable[[str], None], *, warm: bool = True
) -> list[Figure]:
    """`warm` False (--tiny, a smoke run whose times nobody reads): no warm-up starts."""
    from mentorpad.ui.bench_marks import KEY_MS, KEYS

    with tempfile.TemporaryDirectory(prefix="mentorpad-bench-home-") as home:
        runner = ProcessRunner(bv, Path(home))
        if warm:
            runner.minimal()  # warm the OS page cache and the .pyc files: not timed
            runner.app(None)
            runner.app(bv.passphrase)  # ...and those of everything after the unlock
        minimal_paint, minimal_rss = [], []
        prompt, cold, unlock, rss, rss_peak = [], [], [], [], []
        first_keys, settled_keys = [], []
        typed_vault = Path(home) / "typed.vault"  # the typing is saved: never into the cache
        shutil.copyfile(bv.path, typed_vault)
        for run in range(runs):
            log(f"  process run {run + 1}/{runs}")
            m = runner.minimal()
            minimal_paint.append(m.since_spawn("unlock_painted"))
            minimal_rss.append(m.marks["rss"] / 1024)
            a = runner.app(None)
            prompt.append(a.since_spawn("unlock_painted"))
            c = runner.app(bv.passphrase, delay=0.0)
            cold.append(c.since_spawn("workspace_painted"))
            u = runner.app(bv.passphrase, delay=1.5)  # a mentor typing: idle work is done
            unlock.append(u.between("unlock_submitted", "workspace_painted"))
            rss.append(u.marks["rss_settled"] / 1024)
            rss_peak.append(u.marks["rss_settled_peak"] / 1024)
            t = runner.app(bv.passphrase, vault=typed_vault, env={"MENTORPAD_BENCH_TYPE": "1"})
            first_keys.append(t.marks["first_keys_max"])
            settled_keys.append(t.marks["settled_keys_max"])
    window_ms = statistics.median(minimal_paint)
    window_rss = statistics.median(minimal_rss)
    return [
        ratio_figure(
            "start_to_unlock_prompt",
            "process start to the unlock prompt painted, vs a minimal PySide6 window",
            "ms",
            prompt,
            window_ms,
            1.3,
        ),
        Figure(
            "unlock_to_portfolio",
            "passphrase submitted (typed 1.5 s after the prompt) to the portfolio painted, "
            "10k vault; baseline: the KDF alone",
            "ms",
            unlock,
            kdf_ms,
            "<= KDF + 150 ms",
            kdf_ms + 150,
        ),
        ratio_figure(
            "cold_start_with_passphrase",
            "process start to the portfolio painted, passphrase given at once (autotype)",
            "ms",
            cold,
            window_ms,
            2.8,
        ),
        budget_figure(
            "first_keystroke_after_unlock",
            f"the latest of {KEYS} keys typed {KEY_MS} ms apart into a session's notes from "
            "the moment the first screen after unlock has painted (areas still being built, "
            "the integrity check running): how late it landed; baseline: the same keys once "
            "settled",
            "ms",
            first_keys,
            statistics.median(settled_keys),
            100,
        ),
        Figure(
            "rss_vault_open",
            "resident memory with the 10k vault open, after the integrity check; baseline: "
            "the minimal window",
            "MiB",
            rss,
            window_rss,
            f"<= 1.3 x baseline + {PAGE_CACHE_MIB} MiB",
            1.3 * window_rss + PAGE_CACHE_MIB,
            extra={"peak_median": round(statistics.median(rss_peak), 1)},
        ),
    ]


# -- in-process figures ----------------------------------------------------------------------


class _PlainVault:
    """Just enough of a Vault for Store.search on the plaintext copy."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn


@contextlib.contextmanager
def gui(bv: BenchVault, key: Any) -> Iterator[Any]:
    """The real window from the composition root, unlocked on the benchmark vault."""
    from PySide6.QtWidgets import QApplication

    from mentorpad.config import AppConfig
    from mentorpad.models import Vault
    from mentorpad.ui.app import build_window, make_application

    app = make_application()
    with tempfile.TemporaryDirectory(prefix="mentorpad-bench-gui-") as tmp:
        window = build_window(
            vault_path=bv.path, config=AppConfig(), config_path=Path(tmp) / "c.json", app=app
        )
        window.resize(1280, 820)
        window.show()
        settle(app)
        done: list[object] = []
        window.session.integrity_checked.connect(done.append)
        window.session.open_with(Vault.open(bv.path, key=key))
        deadline = time.monotonic() + 120
        while not done and time.monotonic() < deadline:  # let the background check finish
            settle(app)
            time.sleep(0.01)
        window.areas  # noqa: B018 (build every area before timing anything)
        settle(app)
        try:
            yield window
        finally:
            window.session.lock()
            window.close()
            settle(app)
            del window
            QApplication.processEvents()


def settle(app: Any = None) -> None:
    """Process posted events (layouts, then the paints they cause) until idle."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents()
    del app


def search_figures(bv: BenchVault, key: Any, runs: int) -> list[Figure]:
    from mentorpad.models import Vault
    from mentorpad.models.store import Store

    words = list(bv.search_words)
    queries = [*words, f"{words[0]} {words[1][:4]}"]
    plain = Store(_PlainVault(open_plain(bv.plain_path)))  # type: ignore[arg-type]
    vault = Vault.open(bv.path, key=key)
    try:
        enc = Store(vault)
        enc_samples, plain_samples = [], []
        for q in queries:
            enc_samples += repeat(lambda q=q: enc.search(q), runs)
            plain_samples += repeat(lambda q=q: plain.search(q), runs)
    finally:
        vault.close()
    first, first_plain = [], []
    for i in range(max(3, runs // 2)):
        q = queries[i % len(queries)]
        v = Vault.open(bv.path, key=key)
        try:
            start = time.perf_counter()
            Store(v).search(q)
            first.append(_ms(time.perf_counter() - start))
        finally:
            v.close()
        conn = open_plain(bv.plain_path)
        try:
            start = time.perf_counter()
            Store(_PlainVault(conn)).search(q)  # type: ignore[arg-type]
            first_plain.append(_ms(time.perf_counter() - start))
        finally:
            conn.close()
    return [
        ratio_figure(
            "search_top50",
            f"Store.search top-50 with snippets, p50 over {queries}; baseline: the same on "
            "an unencrypted copy",
            "ms",
            enc_samples,
            statistics.median(plain_samples),
            1.5,
        ),
        budget_figure(
            "search_first_after_unlock",
            "the first search on a freshly opened vault (cold page cache); baseline: the same "
            "on a fresh plaintext connection",
            "ms",
            first,
            statistics.median(first_plain),
            50,
        ),
    ]


def typing_figure(window: Any, bv: BenchVault, runs: int) -> Figure:
    """As you type: each keystroke's search, result list and paint (the debounce skipped)."""
    from mentorpad.models.store import Store

    area = window.area("search")
    window.show_area_named("search")
    settle()
    word = sorted(bv.search_words, key=lambda w: abs(bv.search_words[w] - 0.05))[0]
    prefixes = [word[:n] for n in range(1, len(word) + 1)]
    plain = Store(_PlainVault(open_plain(bv.plain_path)))  # type: ignore[arg-type]
    samples, base = [], []
    for _ in range(max(1, runs // 3)):
        area.query.clear()
        area.run_search()
        settle()
        for prefix in prefixes:
            start = time.perf_counter()
            area.query.setText(prefix)
            area.run_search()
            settle()
            samples.append(_ms(time.perf_counter() - start))
            start = time.perf_counter()
            plain.search(prefix)
            base.append(_ms(time.perf_counter() - start))
    area.query.clear()
    return budget_figure(
        "search_as_you_type",
        f"per keystroke typing {word!r}: search, result list, paint; baseline: the bare "
        "search on the plaintext copy",
        "ms",
        samples,
        statistics.median(base),
        15,
    )


def mentee_figures(window: Any, bv: BenchVault, runs: int) -> list[Figure]:
    import datetime as dt

    from mentorpad.models.store import Store
    from mentorpad.prep import build_prep_brief

    area = window.area("mentees")
    window.show_area_named("mentees")
    settle()
    store: Store = area.store
    busy = bv.busiest_mentee
    other = next(m for m in bv.mentee_ids if m != busy)
    today = dt.date.today()

    def open_busy() -> None:
        area.open_mentee(other)
        settle()
        start = time.perf_counter()
        area.open_mentee(busy)
        settle()
        timings.append(_ms(time.perf_counter() - start))

    timings: list[float] = []
    for _ in range(runs + 1):
        open_busy()
    mentee_samples = timings[1:]
    mentee_base = repeat(lambda: store.sessions(busy), runs)

    sessions = [s for s in store.sessions(busy) if s.starts_at.date() <= today]
    area.tabs.setCurrentIndex(2)  # Sessions
    settle()
    session_samples: list[float] = []
    for i in range(runs + 1):
        sid = sessions[i % len(sessions)].id
        start = time.perf_counter()
        area.open_session(sid)
        settle()
        session_samples.append(_ms(time.perf_counter() - start))
    session_base = repeat(lambda: store.session_record(sessions[0].id), runs)

    brief_samples = repeat(
        lambda: build_prep_brief(store, busy, today, before=sessions[0].starts_at), runs
    )
    brief_base = repeat(lambda: store.sessions(busy), runs)
    return [
        budget_figure(
            "open_mentee",
            "open a mentee with 200 sessions (profile, agreement, session list, development "
            "data), painted; baseline: reading the session rows",
            "ms",
            mentee_samples,
            statistics.median(mentee_base),
            25,
        ),
        budget_figure(
            "open_session",
            "open one of those sessions (four notes, commitments, ratings, prep brief), "
            "painted; baseline: reading the session record",
            "ms",
            session_samples[1:],
            statistics.median(session_base),
            25,
        ),
        budget_figure(
            "prep_brief",
            "build the prep brief for a session of that mentee; baseline: reading the session rows",
            "ms",
            brief_samples,
            statistics.median(brief_base),
            50,
        ),
    ]


def review_figures(window: Any, bv: BenchVault, runs: int) -> list[Figure]:
    import datetime as dt

    from mentorpad import review
    from mentorpad.models.store import Store

    today = dt.date.today()
    mentees = window.area("mentees")
    store: Store = mentees.store
    vault = store.vault
    figures = []
    home = window.area("home")
    if hasattr(home, "reload"):
        window.show_area_named("home")
        settle()

        def reload_home() -> None:
            home.reload()
            settle()

        figures.append(
            budget_figure(
                "portfolio",
                "Home: portfolio and the mentor's own view at 10k sessions, painted; "
                "baseline: their queries alone",
                "ms",
                repeat(reload_home, runs),
                statistics.median(
                    repeat(
                        lambda: (
                            review.load_portfolio(vault, today),
                            review.load_mentor_view(vault, today),
                        ),
                        runs,
                    )
                ),
                100,
            )
        )
    view = getattr(mentees, "development", None)
    if view is not None:
        window.show_area_named("mentees")
        mentees.open_mentee(bv.busiest_mentee)
        mentees.tabs.setCurrentWidget(view)
        settle()

        def show_development() -> None:
            view.show_mentee(store, bv.busiest_mentee, today)
            settle()

        figures.append(
            budget_figure(
                "development_view",
                "development view of a mentee with 200 sessions (timeline, heat map, charts), "
                "painted; baseline: load_development alone",
                "ms",
                repeat(show_development, runs),
                statistics.median(
                    repeat(lambda: review.load_development(store, bv.busiest_mentee, today), runs)
                ),
                100,
            )
        )
    return figures


def autosave_figure(window: Any, bv: BenchVault, runs: int) -> Figure:
    """p50 of one autosave flush, and proof that keystrokes themselves never write."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from mentorpad.models.store import Store

    area = window.area("mentees")
    window.show_area_named("mentees")
    store: Store = area.store
    today = dt.date.today()
    session = next(s for s in store.sessions(bv.busiest_mentee) if s.starts_at.date() <= today)
    area.open_mentee(bv.busiest_mentee)
    area.tabs.setCurrentIndex(2)
    area.open_session(session.id)
    settle()
    editor = area.session_editor.notes.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    writes: list[int] = []
    original = store.save_notes

    def counting(items: list[Any]) -> None:
        writes.append(len(items))
        original(items)

    store.save_notes = counting  # type: ignore[method-assign]
    try:
        keystroke_writes = 0
        for n in range(20):
            before = len(writes)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    editor, QKeyEvent(kind, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
                )
            QApplication.processEvents()  # no timer has fired yet: typing goes on
            keystroke_writes += len(writes) - before
            del n
        samples = []
        for i in range(runs * 3):
            editor.insertPlainText("b" if i % 2 else "c")
            start = time.perf_counter()
            area.autosaver.flush()
            samples.append(_ms(time.perf_counter() - start))
    finally:
        store.save_notes = original  # type: ignore[method-assign]
    body = store.note(bv.busiest_mentee, session.id, "notes")
    plain_conn = open_plain(bv.plain_path)
    base = []
    try:
        for i in range(runs * 3):
            start = time.perf_counter()
            plain_conn.execute("BEGIN IMMEDIATE")
            plain_conn.execute(
                "UPDATE note SET body = ?, updated_at = ? WHERE session_id = ? AND kind = 'notes'",
                (body + str(i), "2026-01-01T00:00:00", session.id),
            )
            plain_conn.execute("ROLLBACK")
            base.append(_ms(time.perf_counter() - start))
    finally:
        plain_conn.close()
    figure = budget_figure(
        "autosave",
        "one autosave flush of a 300-800-word note (upsert, FTS, commit), p50; never on the "
        "keystroke path; baseline: the same update on the plaintext copy (rolled back)",
        "ms",
        samples,
        statistics.median(base),
        2,
    )
    figure.extra["writes_during_keystrokes"] = keystroke_writes
    figure.ok_extra = keystroke_writes == 0
    return figure


def _words(count: int) -> str:
    """A note of about `count` words, written like the vault's notes."""
    import random

    return bench_vault.Writer(random.Random(7)).body(count, ())


def editor_figure(window: Any, bv: BenchVault, runs: int) -> Figure:
    """A keystroke in the app's notes editor holding 10k words, vs a bare QPlainTextEdit."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from mentorpad.models.store import Store

    text = _words(10_000)
    area = window.area("mentees")
    window.show_area_named("mentees")
    store: Store = area.store
    session = store.sessions(bv.busiest_mentee)[-1]
    area.open_mentee(bv.busiest_mentee)
    area.tabs.setCurrentIndex(2)
    area.open_session(session.id)
    area.session_editor.tabs.setCurrentIndex(1)  # Notes
    settle()
    app_editor = area.session_editor.notes.editor
    bare = QPlainTextEdit()
    bare.resize(app_editor.size())
    bare.setFont(app_editor.font())
    bare.show()

    def type_into(editor: Any) -> list[float]:
        editor.setPlainText(text)
        editor.setFocus()
        cursor = editor.textCursor()
        cursor.setPosition(len(text) // 2)
        editor.setTextCursor(cursor)
        settle()
        samples = []
        for i in range(runs * 5):
            key = Qt.Key.Key_A + (i % 26)
            char = chr(ord("a") + i % 26)
            start = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    editor, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
                )
            settle()
            samples.append(_ms(time.perf_counter() - start))
        return samples

    base = type_into(bare)
    samples = type_into(app_editor)
    area.autosaver.forget()  # never save the benchmark's typing into the cached vault
    bare.close()
    return ratio_figure(
        "editor_keystroke_10k",
        "a keystroke (press, release, paint) in the session notes editor holding 10k words; "
        "baseline: a bare QPlainTextEdit with the same text",
        "ms",
        samples,
        statistics.median(base),
        2,
    )


def preview_figure(runs: int) -> Figure:
    import markdown

    from mentorpad.ui.widgets.render_view import NoteView

    text = _words(2000)
    view = NoteView()
    view.resize(600, 800)
    view.show()
    settle()

    def render() -> None:
        view.set_markdown(text)
        view.document().size()  # layout
        settle()

    samples = repeat(render, runs * 2)
    md = markdown.Markdown()
    base = repeat(lambda: md.reset().convert(text), runs * 2)
    view.close()
    return budget_figure(
        "preview_render_2000",
        "Markdown preview of a 2,000-word note: render, set, lay out, paint; baseline: "
        "python-markdown's conversion alone",
        "ms",
        samples,
        statistics.median(base),
        20,
    )


# -- main ------------------------------------------------------------------------------------


ORDER = (
    "start_to_unlock_prompt",
    "unlock_to_portfolio",
    "cold_start_with_passphrase",
    "first_keystroke_after_unlock",
    "search_top50",
    "search_first_after_unlock",
    "search_as_you_type",
    "open_mentee",
    "open_session",
    "prep_brief",
    "development_view",
    "portfolio",
    "autosave",
    "editor_keystroke_10k",
    "preview_render_2000",
    "huge_input_stall",
    "rss_vault_open",
    "sync_one_session",
    "sync_first_join",
)


GROUPS = ("processes", "search", "window", "preview", "sync")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="the full vault, few repeats")
    size.add_argument("--tiny", action="store_true", help="a tiny vault, minimal repeats")
    parser.add_argument("--runs", type=int, default=None, help="repeats per figure")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results.json")
    parser.add_argument("--cache", type=Path, default=bench_vault.CACHE_DIR)
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--skip-processes", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--only",
        action="append",
        choices=GROUPS,
        help="measure only this group of figures (repeatable); the default is all",
    )
    args = parser.parse_args(argv)
    groups = set(args.only or GROUPS) - ({"processes"} if args.skip_processes else set())
    spec: Spec = TINY if args.tiny else FULL
    runs = args.runs or (2 if args.tiny else 5 if args.quick else 11)
    process_runs = args.runs or (1 if args.tiny else 3 if args.quick else 7)

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    bv = ensure_vault(spec, args.cache, log=log)
    from mentorpad.models import derive_key
    from mentorpad.models.vault import preflight

    salt = preflight(bv.path)
    key = derive_key(bv.passphrase, salt)
    kdf = repeat(lambda: derive_key(bv.passphrase, salt), max(3, runs // 2), warm=0)
    kdf_ms = statistics.median(kdf)
    log(
        f"vault {spec.label}: {bv.sessions_total} sessions, {bv.notes_total} notes; "
        f"KDF {kdf_ms:.0f} ms"
    )

    figures: list[Figure] = []
    if "processes" in groups:
        log("process figures (the app as a subprocess)...")
        figures += process_figures(bv, process_runs, kdf_ms, log, warm=not args.tiny)
    if "search" in groups:
        log("search figures...")
        figures += search_figures(bv, key, runs)
    if "window" in groups:
        log("window figures...")
        with gui(bv, key) as window:
            figures.append(typing_figure(window, bv, runs))
            figures += mentee_figures(window, bv, runs)
            figures += review_figures(window, bv, runs)
            figures.append(autosave_figure(window, bv, runs))
            figures.append(editor_figure(window, bv, runs))
    if "preview" in groups:
        from mentorpad.ui.app import make_application

        make_application()  # with --only preview no window was built
        figures.append(preview_figure(runs))
        from tools.bench_huge import huge_input_figure

        log("huge input figure...")
        figures.append(huge_input_figure(max(1, runs // 2), log))
    if "sync" in groups:
        from tools.bench_sync import sync_figures

        log("sync figures...")
        figures += sync_figures(bv, key, runs, log)
    figures.sort(key=lambda f: ORDER.index(f.name) if f.name in ORDER else len(ORDER))

    result = [f.as_json() for f in figures]
    meta = {
        "vault": spec.label,
        "sessions": bv.sessions_total,
        "kdf_ms": round(kdf_ms, 1),
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
    }
    for item in result:
        item["context"] = meta
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(table(figures, markdown=args.markdown))
    missed = [f.name for f in figures if not f.ok]
    print(f"\n{len(figures) - len(missed)} of {len(figures)} figures within target", end="")
    print(f"; missed: {', '.join(missed)}" if missed else "")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
