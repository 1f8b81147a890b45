"""The synthetic benchmark vault: built once, cached under .bench-cache/, keyed by version.

Every mentee has an agreement with goals, a stage history and `sessions` sessions about a
week apart (the last ones still planned). Each session has a 300-800-word note, a short
agenda, summary and reflection, about five commitments, one to three playbook themes and a
rating per goal. Words follow a Zipf-like distribution over real English words
(tools/bench_words.py) with names mixed in, so the search index and snippets look like real
notes. Rows are written with SQL in one transaction (the repositories would take one
transaction per call); the FTS triggers index them as the app's own saves would.

Besides the encrypted vault, the cache holds a plaintext copy made with sqlcipher_export
(synthetic data only), so searches can be compared with and without encryption.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import random
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
TOOLS = Path(__file__).resolve().parent
if str(TOOLS) not in sys.path:
    sys.path.insert(0, str(TOOLS))

from bench_words import INITIALS, NAMES, WORDS  # noqa: E402
from sqlcipher3 import dbapi2 as sqlcipher  # noqa: E402

from mentorpad.guides import load_playbook  # noqa: E402
from mentorpad.models import Vault  # noqa: E402
from mentorpad.models.schema import SCHEMA_VERSION  # noqa: E402

GENERATOR_VERSION = 1  # bump on any change to what is generated
PASSPHRASE = "benchmark vault with synthetic notes only"
CACHE_DIR = ROOT / ".bench-cache"
ZIPF_EXPONENT = 1.0
ZIPF_OFFSET = 2.7  # Zipf-Mandelbrot: flattens the head a little, as in real text
NAME_SHARE = 0.012  # share of tokens that are names


@dataclass(frozen=True)
class Spec:
    mentees: int
    sessions: int  # per mentee
    note_words: tuple[int, int] = (300, 800)
    commitments: float = 5.0  # mean per session
    seed: int = 20240601

    @property
    def label(self) -> str:
        return f"{self.mentees}x{self.sessions}"


FULL = Spec(mentees=50, sessions=200)
TINY = Spec(mentees=4, sessions=15)


@dataclass(frozen=True)
class BenchVault:
    """Paths and facts about one generated vault (read back from meta.json)."""

    folder: Path
    spec: Spec
    passphrase: str
    generated_on: str  # the generator's "today": sessions run up to it
    mentee_ids: tuple[int, ...]
    busiest_mentee: int  # a mentee with `spec.sessions` sessions
    search_words: dict[str, float]  # query word -> share of notes containing it
    sessions_total: int
    notes_total: int
    build_seconds: float

    @property
    def path(self) -> Path:
        return self.folder / "bench.vault"

    @property
    def plain_path(self) -> Path:
        return self.folder / "plain.sqlite"


def cache_folder(spec: Spec, root: Path = CACHE_DIR) -> Path:
    return root / f"g{GENERATOR_VERSION}-s{SCHEMA_VERSION}-{spec.label}"


def ensure_vault(spec: Spec, root: Path = CACHE_DIR, *, log: Any = print) -> BenchVault:
    """The cached vault for `spec`, built first if missing (into a temp folder, then renamed,
    so an interrupted build never leaves a half vault behind)."""
    folder = cache_folder(spec, root)
    meta = folder / "meta.json"
    if meta.is_file():
        return _read_meta(folder)
    root.mkdir(parents=True, exist_ok=True)
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    log(f"building the benchmark vault {spec.label} in {folder} (cached for later runs)...")
    started = time.perf_counter()
    facts = _build(building, spec)
    facts["build_seconds"] = round(time.perf_counter() - started, 1)
    (building / "meta.json").write_text(json.dumps(facts, indent=2), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    building.rename(folder)
    log(f"built in {facts['build_seconds']} s")
    return _read_meta(folder)


def _read_meta(folder: Path) -> BenchVault:
    raw = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    raw["spec"] = Spec(**{**raw["spec"], "note_words": tuple(raw["spec"]["note_words"])})
    raw["mentee_ids"] = tuple(raw["mentee_ids"])
    return BenchVault(folder=folder, **raw)


# -- text ------------------------------------------------------------------------------------


class Writer:
    """Zipf-distributed English-like text with names, sentences, paragraphs and lists."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        weights = [1.0 / (rank + ZIPF_OFFSET) ** ZIPF_EXPONENT for rank in range(len(WORDS))]
        self._cum = list(itertools.accumulate(weights))

    def words(self, count: int, names: tuple[str, ...] = ()) -> list[str]:
        picked = self.rng.choices(WORDS, cum_weights=self._cum, k=count)
        if names:
            for i in range(count):
                if self.rng.random() < NAME_SHARE:
                    picked[i] = self.rng.choice(names)
        return picked

    def sentence(self, count: int, names: tuple[str, ...]) -> str:
        words = self.words(count, names)
        words[0] = words[0][:1].upper() + words[0][1:]
        if count > 8 and self.rng.random() < 0.08:
            i = self.rng.randrange(1, count - 1)
            words[i] = f"**{words[i]}**"
        if count > 10 and self.rng.random() < 0.3:
            words[count // 2] += ","
        return " ".join(words) + self.rng.choice(".....?")

    def body(self, total: int, names: tuple[str, ...]) -> str:
        """About `total` words as Markdown paragraphs, with an occasional bullet list."""
        parts: list[str] = []
        left = total
        while left > 0:
            if self.rng.random() < 0.15:
                items = [
                    "- " + self.sentence(self.rng.randint(4, 10), names)
                    for _ in range(self.rng.randint(3, 5))
                ]
                left -= sum(len(i.split()) - 1 for i in items)
                parts.append("\n".join(items))
                continue
            sentences = []
            for _ in range(self.rng.randint(3, 6)):
                n = min(max(left, 3), self.rng.randint(8, 22))
                sentences.append(self.sentence(n, names))
                left -= n
                if left <= 0:
                    break
            parts.append(" ".join(sentences))
        return "\n\n".join(parts)

    def bullets(self, count: int, names: tuple[str, ...]) -> str:
        return "\n".join("- " + self.sentence(self.rng.randint(4, 10), names) for _ in range(count))


# -- the vault -------------------------------------------------------------------------------


def _build(folder: Path, spec: Spec) -> dict[str, Any]:
    rng = random.Random(spec.seed)
    writer = Writer(rng)
    themes = [e.id for e in load_playbook()]
    today = dt.date.today()
    vault = Vault.create(folder / "bench.vault", PASSPHRASE, check_strength=False)
    try:
        with vault.transaction("build the benchmark vault") as conn:
            mentee_ids = [
                _mentee(conn, spec, rng, writer, themes, today, n) for n in range(spec.mentees)
            ]
        conn = vault.conn
        conn.execute("INSERT INTO note_fts(note_fts) VALUES ('optimize')")
        conn.execute("INSERT INTO commitment_fts(commitment_fts) VALUES ('optimize')")
        sessions_total = conn.execute("SELECT count(*) FROM session").fetchone()[0]
        notes_total = conn.execute("SELECT count(*) FROM note").fetchone()[0]
        busiest = conn.execute(
            "SELECT mentee_id FROM session GROUP BY mentee_id ORDER BY count(*) DESC, mentee_id "
            "LIMIT 1"
        ).fetchone()[0]
        search_words = _pick_search_words(conn, notes_total)
        _export_plain(conn, folder / "plain.sqlite")
    finally:
        vault.close()
    return {
        "spec": asdict(spec),
        "passphrase": PASSPHRASE,
        "generated_on": today.isoformat(),
        "mentee_ids": mentee_ids,
        "busiest_mentee": busiest,
        "search_words": search_words,
        "sessions_total": sessions_total,
        "notes_total": notes_total,
    }


def _mentee(
    conn: Any,
    spec: Spec,
    rng: random.Random,
    writer: Writer,
    themes: list[str],
    today: dt.date,
    n: int,
) -> int:
    first = NAMES[n % len(NAMES)]
    name = f"{first} {INITIALS[(n * 7) % len(INITIALS)]}."
    people = (first, *rng.sample(NAMES, 6))  # the mentee and the people around them
    span_days = spec.sessions * 7
    start = today - dt.timedelta(days=span_days + rng.randint(0, 30))
    stamp = start.isoformat() + "T09:00:00"
    status = "active" if n % 12 else ("paused" if n % 24 else "closed")
    stages = rng.sample(["new", "struggling", "capable"], k=rng.randint(1, 3))
    mentee_id = conn.execute(
        "INSERT INTO mentee(display_name, role, organisation, stage, start_date, status, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            name,
            rng.choice(["Team lead", "Operations manager", "Head of finance", "Site manager"]),
            rng.choice(["Northwind", "Harbour Logistics", "City Council", "Acme Health"]),
            stages[-1],
            start.isoformat(),
            status,
            stamp,
            stamp,
        ),
    ).lastrowid
    for k, stage in enumerate(stages):
        changed = start + dt.timedelta(days=k * span_days // len(stages))
        conn.execute(
            "INSERT INTO stage_change(mentee_id, stage, changed_on) VALUES (?, ?, ?)",
            (mentee_id, stage, changed.isoformat()),
        )
    conn.execute(
        "INSERT INTO note(mentee_id, session_id, kind, body, updated_at) "
        "VALUES (?, NULL, 'background', ?, ?)",
        (mentee_id, writer.body(rng.randint(100, 300), people), stamp),
    )
    cadence = rng.choice([1, 1, 2])
    midpoint = today + dt.timedelta(days=rng.randint(-200, 40))
    conn.execute(
        "INSERT INTO agreement(mentee_id, cadence_weeks, term_start, midpoint, closing, "
        "confidentiality, exceptions, reporting, feedback, exit_clause, contact, agreed_on, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            mentee_id,
            cadence,
            start.isoformat(),
            midpoint.isoformat(),
            (midpoint + dt.timedelta(days=rng.randint(20, 200))).isoformat(),
            writer.sentence(16, people),
            writer.sentence(12, people),
            writer.sentence(10, people),
            writer.sentence(10, people),
            writer.sentence(10, people),
            writer.sentence(8, people),
            start.isoformat(),
            stamp,
        ),
    )
    goal_ids = [
        conn.execute(
            "INSERT INTO goal(mentee_id, position, text, success_indicator) VALUES (?, ?, ?, ?)",
            (mentee_id, position, writer.sentence(9, people), writer.sentence(8, people)),
        ).lastrowid
        for position in range(1, rng.randint(1, 3) + 1)
    ]
    favourites = rng.sample(themes, k=min(5, len(themes)))
    planned = rng.choice([0, 0, 1, 2])
    day = today + dt.timedelta(days=7 * planned) - dt.timedelta(days=7 * (spec.sessions - 1))
    for index in range(spec.sessions):
        starts = dt.datetime.combine(day, dt.time(rng.choice([8, 9, 10, 13, 14, 16])))
        held = starts.date() <= today
        kind = "first" if index == 0 else "midpoint" if index == spec.sessions // 2 else "regular"
        _session(
            conn,
            rng,
            writer,
            mentee_id,
            starts,
            kind,
            held,
            people,
            favourites,
            themes,
            goal_ids,
            index / max(spec.sessions - 1, 1),
            spec,
            today,
        )
        day += dt.timedelta(days=rng.choice([5, 6, 7, 7, 7, 8, 9]))
    return int(mentee_id)


def _session(
    conn: Any,
    rng: random.Random,
    writer: Writer,
    mentee_id: int,
    starts: dt.datetime,
    kind: str,
    held: bool,
    people: tuple[str, ...],
    favourites: list[str],
    themes: list[str],
    goal_ids: list[int],
    progress: float,
    spec: Spec,
    today: dt.date,
) -> None:
    stamp = starts.isoformat(timespec="seconds")
    session_id = conn.execute(
        "INSERT INTO session(mentee_id, starts_at, duration_min, kind, talk_share, "
        "advised_first, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            mentee_id,
            starts.isoformat(timespec="minutes"),
            rng.choice([45, 60, 60, 90]),
            kind,
            rng.randint(15, 70) if held else None,
            rng.randint(0, 1) if held else None,
            stamp,
            stamp,
        ),
    ).lastrowid
    bodies = [("agenda", writer.bullets(rng.randint(3, 6), people))]
    if held:
        bodies += [
            ("notes", writer.body(rng.randint(*spec.note_words), people)),
            ("summary", writer.body(rng.randint(60, 150), people)),
            ("reflection", writer.body(rng.randint(30, 90), people)),
        ]
    conn.executemany(
        "INSERT INTO note(mentee_id, session_id, kind, body, updated_at) VALUES (?, ?, ?, ?, ?)",
        [(mentee_id, session_id, k, body, stamp) for k, body in bodies],
    )
    count = rng.randint(1, 3)
    tagged = {
        rng.choice(favourites) if rng.random() < 0.7 else rng.choice(themes) for _ in range(count)
    }
    conn.executemany(
        "INSERT INTO session_theme(session_id, entry_id) VALUES (?, ?)",
        [(session_id, t) for t in sorted(tagged)],
    )
    if not held:
        return
    for goal_id in goal_ids:
        base = 1 + progress * 3.5 + rng.uniform(-1, 1)
        conn.execute(
            "INSERT INTO goal_rating(session_id, goal_id, rating, comment) VALUES (?, ?, ?, ?)",
            (session_id, goal_id, max(1, min(5, round(base))), writer.sentence(6, people)),
        )
    for _ in range(max(0, round(rng.gauss(spec.commitments, 1.2)))):
        due = starts.date() + dt.timedelta(days=rng.choice([7, 14, 14, 21, 28]))
        done: str | None = None
        if rng.random() < (0.92 if (today - due).days > 30 else 0.5):
            done = min(due + dt.timedelta(days=rng.randint(-5, 6)), today).isoformat()
        conn.execute(
            "INSERT INTO commitment(mentee_id, session_id, text, owner, due_date, done_on, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                mentee_id,
                session_id,
                writer.sentence(rng.randint(5, 12), people),
                "mentor" if rng.random() < 0.2 else "mentee",
                due.isoformat(),
                done,
                stamp,
            ),
        )


def _pick_search_words(conn: Any, notes_total: int) -> dict[str, float]:
    """Query words over a range of frequencies: about 26% of notes (the performance notes'
    reference query), about 5%, about 0.5%, and a name."""
    conn.execute("CREATE VIRTUAL TABLE temp.bench_vocab USING fts5vocab(main, 'note_fts', 'row')")
    try:
        counts = dict(conn.execute("SELECT term, doc FROM temp.bench_vocab").fetchall())
    finally:
        conn.execute("DROP TABLE temp.bench_vocab")
    total = max(notes_total, 1)
    chosen: dict[str, float] = {}
    for share in (0.26, 0.05, 0.005):
        best = min(
            (w for w in WORDS if len(w) >= 5 and w in counts and w not in chosen),
            key=lambda w: abs(counts[w] / total - share),
        )
        chosen[best] = round(counts[best] / total, 4)
    name = next((n.lower() for n in NAMES if n.lower() in counts), None)
    if name:
        chosen[name] = round(counts[name] / total, 4)
    return chosen


def _export_plain(conn: Any, target: Path) -> None:
    """An unencrypted copy of the same database, for the cost-of-encryption baselines."""
    with contextlib.suppress(FileNotFoundError):
        target.unlink()
    conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('plaintext')")
    finally:
        conn.execute("DETACH DATABASE plaintext")


def open_plain(path: Path) -> Any:
    """The plaintext copy through the same SQLite build (sqlcipher3 without a key)."""
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA cache_size = -32768")
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


if __name__ == "__main__":
    built = ensure_vault(TINY if "--tiny" in sys.argv else FULL)
    print(json.dumps({k: str(v) for k, v in asdict(built).items()}, indent=2))
