"""The vault schema, versioned with `PRAGMA user_version` and numbered migrations.

Never edit a released migration: add the next number. tests/fixtures holds a vault of every
earlier version and a test upgrades each one.
"""

from __future__ import annotations

APPLICATION_ID = 0x4D504144  # "MPAD": tells our vaults from other SQLCipher files

_V1 = """
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE mentee (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    stage TEXT CHECK (stage IN ('new', 'struggling', 'capable')),
    start_date TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'closed')),
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE stage_change (
    id INTEGER PRIMARY KEY,
    mentee_id INTEGER NOT NULL REFERENCES mentee(id) ON DELETE CASCADE,
    stage TEXT NOT NULL CHECK (stage IN ('new', 'struggling', 'capable')),
    changed_on TEXT NOT NULL
);
CREATE INDEX stage_change_mentee ON stage_change(mentee_id, changed_on);

CREATE TABLE agreement (
    mentee_id INTEGER PRIMARY KEY REFERENCES mentee(id) ON DELETE CASCADE,
    cadence_weeks INTEGER NOT NULL DEFAULT 4 CHECK (cadence_weeks BETWEEN 1 AND 26),
    term_start TEXT,
    midpoint TEXT,
    closing TEXT,
    confidentiality TEXT NOT NULL DEFAULT '',
    exceptions TEXT NOT NULL DEFAULT '',
    reporting TEXT NOT NULL DEFAULT '',
    conflict_of_interest TEXT NOT NULL DEFAULT '',
    feedback TEXT NOT NULL DEFAULT '',
    exit_clause TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    agreed_on TEXT,
    updated_at TEXT NOT NULL
);

CREATE TABLE goal (
    id INTEGER PRIMARY KEY,
    mentee_id INTEGER NOT NULL REFERENCES mentee(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    success_indicator TEXT NOT NULL DEFAULT ''
);
CREATE INDEX goal_mentee ON goal(mentee_id, position);

CREATE TABLE session (
    id INTEGER PRIMARY KEY,
    mentee_id INTEGER NOT NULL REFERENCES mentee(id) ON DELETE CASCADE,
    starts_at TEXT NOT NULL,
    duration_min INTEGER NOT NULL DEFAULT 60,
    kind TEXT NOT NULL DEFAULT 'regular'
        CHECK (kind IN ('first', 'regular', 'midpoint', 'closing')),
    talk_share INTEGER CHECK (talk_share BETWEEN 0 AND 100),
    advised_first INTEGER CHECK (advised_first IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX session_mentee ON session(mentee_id, starts_at);
CREATE INDEX session_starts ON session(starts_at);

-- Text bodies live apart from the rows they belong to, so listing and aggregating sessions
-- never decrypts note pages; FTS5 indexes them as external content.
CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    mentee_id INTEGER NOT NULL REFERENCES mentee(id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,
    kind TEXT NOT NULL
        CHECK (kind IN ('background', 'agenda', 'notes', 'summary', 'reflection')),
    body TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX note_owner ON note(mentee_id, ifnull(session_id, 0), kind);
CREATE INDEX note_session ON note(session_id);

CREATE TABLE commitment (
    id INTEGER PRIMARY KEY,
    mentee_id INTEGER NOT NULL REFERENCES mentee(id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES session(id) ON DELETE SET NULL,
    text TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT 'mentee' CHECK (owner IN ('mentee', 'mentor')),
    due_date TEXT,
    done_on TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX commitment_mentee ON commitment(mentee_id, done_on, due_date);
CREATE INDEX commitment_session ON commitment(session_id);

CREATE TABLE session_theme (
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    entry_id TEXT NOT NULL,
    PRIMARY KEY (session_id, entry_id)
) WITHOUT ROWID;
CREATE INDEX session_theme_entry ON session_theme(entry_id);

CREATE TABLE goal_rating (
    session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
    goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, goal_id)
) WITHOUT ROWID;
CREATE INDEX goal_rating_goal ON goal_rating(goal_id);

CREATE TABLE asked_question (
    mentee_id INTEGER NOT NULL REFERENCES mentee(id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX asked_question_mentee ON asked_question(mentee_id, question_id);

CREATE TABLE mindset_attempt (
    id INTEGER PRIMARY KEY,
    variant TEXT NOT NULL CHECK (variant IN ('current', 'baseline', 'mirror')),
    respondent TEXT NOT NULL DEFAULT 'self' CHECK (respondent IN ('self', 'mentee')),
    mentee_id INTEGER REFERENCES mentee(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    completed_at TEXT,
    answers TEXT NOT NULL DEFAULT '{}'
);

CREATE VIRTUAL TABLE note_fts USING fts5(
    body, content='note', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER note_ai AFTER INSERT ON note BEGIN
    INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER note_ad AFTER DELETE ON note BEGIN
    INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER note_au AFTER UPDATE OF body ON note BEGIN
    INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
END;

CREATE VIRTUAL TABLE commitment_fts USING fts5(
    text, content='commitment', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER commitment_ai AFTER INSERT ON commitment BEGIN
    INSERT INTO commitment_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER commitment_ad AFTER DELETE ON commitment BEGIN
    INSERT INTO commitment_fts(commitment_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER commitment_au AFTER UPDATE OF text ON commitment BEGIN
    INSERT INTO commitment_fts(commitment_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO commitment_fts(rowid, text) VALUES (new.id, new.text);
END;
"""

# Version 2: covering indexes for the hot read paths at 10k sessions (docs/benchmark.md).
# note_hit lets search rank every hit by date without reading note rows (each holds a whole
# body, so each hit decrypted a page: 4x slower than plain SQLite). commitment_open holds
# only open commitments, so the portfolio's overdue count reads no table rows at all.
_V2 = """
CREATE INDEX note_hit ON note(id, session_id, mentee_id, updated_at);
CREATE INDEX commitment_open ON commitment(mentee_id, due_date, owner, text, done_on)
    WHERE done_on IS NULL;
"""

# Version 3: sync between devices (docs/sync.md). SQLite's session extension ignores tables
# without a primary key, so asked_question gets one. Settings that describe this computer
# (a backup folder, the sync folder) move to device_setting, which never syncs; the sync_*
# tables are this device's own bookkeeping and never sync either. conflict_copy keeps the
# text that lost when one note was edited on two devices: it has no foreign keys, so it
# survives the deletion of what it came from until the mentor resolves it, and it holds
# only what every device derives alike (its id is a digest of the rest).
_V3 = """
CREATE TABLE asked_question_v3 (
    id INTEGER PRIMARY KEY,
    mentee_id INTEGER NOT NULL REFERENCES mentee(id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES session(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    added_at TEXT NOT NULL
);
INSERT INTO asked_question_v3(id, mentee_id, session_id, question_id, added_at)
    SELECT rowid, mentee_id, session_id, question_id, added_at FROM asked_question;
DROP TABLE asked_question;
ALTER TABLE asked_question_v3 RENAME TO asked_question;
CREATE INDEX asked_question_mentee ON asked_question(mentee_id, question_id);

CREATE TABLE device_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO device_setting(key, value) SELECT key, value FROM setting WHERE key = 'backup_dir';
DELETE FROM setting WHERE key = 'backup_dir';

CREATE TABLE conflict_copy (
    id INTEGER PRIMARY KEY,
    tbl TEXT NOT NULL,
    row_key TEXT NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX conflict_copy_row ON conflict_copy(tbl, row_key);

CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE sync_row (
    tbl TEXT NOT NULL,
    row_key TEXT NOT NULL,
    stamp TEXT NOT NULL,
    PRIMARY KEY (tbl, row_key)
) WITHOUT ROWID;
CREATE TABLE sync_seen (
    device TEXT NOT NULL,
    seq INTEGER NOT NULL,
    digest TEXT NOT NULL,
    stamp TEXT NOT NULL,
    outcome TEXT NOT NULL,
    PRIMARY KEY (device, seq, digest)
) WITHOUT ROWID;
CREATE TABLE sync_key (
    key_id TEXT PRIMARY KEY,
    key BLOB NOT NULL
);
CREATE TABLE sync_dirty (
    tbl TEXT NOT NULL,
    row_key TEXT NOT NULL,
    PRIMARY KEY (tbl, row_key)
) WITHOUT ROWID;
"""

#: The primary key of every synced table, as SQLite's session extension sees rows.
SYNC_KEYS: dict[str, tuple[str, ...]] = {
    "setting": ("key",),
    "mentee": ("id",),
    "stage_change": ("id",),
    "agreement": ("mentee_id",),
    "goal": ("id",),
    "session": ("id",),
    "note": ("id",),
    "commitment": ("id",),
    "session_theme": ("session_id", "entry_id"),
    "goal_rating": ("session_id", "goal_id"),
    "asked_question": ("id",),
    "mindset_attempt": ("id",),
    "conflict_copy": ("id",),
}


def _dirty_triggers() -> str:
    """Every write to a synced table notes the row's key in sync_dirty, so a sync compares
    only those rows with its base instead of the whole vault (one insert per saved row)."""
    out = []
    for table, key in SYNC_KEYS.items():
        new = ", ".join(f"NEW.{column}" for column in key)
        old = ", ".join(f"OLD.{column}" for column in key)
        # Not INSERT OR IGNORE: an outer statement's conflict clause (the notes' upsert)
        # overrides the one of a statement inside a trigger.
        mark = (
            "INSERT INTO sync_dirty(tbl, row_key) SELECT '{0}', json_array({1}) WHERE NOT "
            "EXISTS (SELECT 1 FROM sync_dirty WHERE tbl = '{0}' AND row_key = json_array({1}));"
        )
        out.append(
            f"CREATE TRIGGER sync_dirty_{table}_i AFTER INSERT ON {table} BEGIN "
            f"{mark.format(table, new)} END;\n"
            f"CREATE TRIGGER sync_dirty_{table}_u AFTER UPDATE ON {table} BEGIN "
            f"{mark.format(table, old)} {mark.format(table, new)} END;\n"
            f"CREATE TRIGGER sync_dirty_{table}_d AFTER DELETE ON {table} BEGIN "
            f"{mark.format(table, old)} END;"
        )
    return "\n".join(out)


#: Version 4: sync stamps per column (mentorpad/sync/stamps.py). Rows synced before keep
#: one stamp for all their columns, which is what they had.
_V4 = """
ALTER TABLE sync_row ADD COLUMN cols TEXT;
"""

MIGRATIONS: dict[int, str] = {1: _V1, 2: _V2, 3: _V3 + _dirty_triggers(), 4: _V4}

#: The tables that travel between devices, parents before children.
SYNCED_TABLES: tuple[str, ...] = tuple(SYNC_KEYS)
#: Settings that describe this computer, not the mentoring: they stay on it.
DEVICE_SETTINGS: frozenset[str] = frozenset({"backup_dir", "sync_dir", "device_name"})
SCHEMA_VERSION = max(MIGRATIONS)

#: Columns that hold the mentor's own words: sync never overwrites one without keeping the
#: losing text as a conflict copy (mentorpad/sync/resolve.py).
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "note": ("body",),
    "commitment": ("text",),
    "goal": ("text", "success_indicator"),
    "goal_rating": ("comment",),
    "agreement": (
        "confidentiality",
        "exceptions",
        "reporting",
        "conflict_of_interest",
        "feedback",
        "exit_clause",
        "contact",
    ),
}
