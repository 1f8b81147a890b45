"""One sync: publish this device's changes, apply every other device's, in one transaction.

The changes are computed, not recorded: SQLite's session extension diffs the vault against
a per-device *base* (`<vault>.syncbase`, encrypted, never in the sync folder) that holds the
vault as of the previous sync; whatever differs is what this device changed since. The
vault's writing connection is sqlcipher3, which has no session extension, so recording a
session there is not possible; the diff also catches changes made by any path (the CLI, a
restored backup) and is naturally idempotent. docs/sync.md has the reasoning.

Order inside the transaction: (1) publish the local changeset as the next journal of this
device (no-replace write); (2) apply the other devices' unseen journals in clock order,
resolving conflicts (resolve.py); (3) bring the base up to date. The vault and the base are
in rollback-journal mode, so the commit covers both files atomically. A kill at any moment
leaves either the state before the sync or after it; a journal published just before a kill
is republished under the next number, and applying a change twice is harmless.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import socket
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import apsw

from mentorpad import __version__
from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models import files, paths
from mentorpad.models.crypto import VaultKey, sync_key, sync_key_id
from mentorpad.models.schema import SCHEMA_VERSION, SYNCED_TABLES
from mentorpad.sync import journal as jr
from mentorpad.sync.connection import attach, create_database, open_vault
from mentorpad.sync.errors import DeviceClash, PassphraseChangedElsewhere, SyncFolderProblem
from mentorpad.sync.hlc import ZERO, Stamp, receive, tick
from mentorpad.sync.resolve import Copy, Resolver, row_key, sweep_orphans

BASE_SUFFIX = ".syncbase"


@dataclass(frozen=True)
class Problem:
    """Something the mentor should know; the sync itself completed."""

    kind: str  # incomplete | tampered | newer | other-key | old-key | sync-tool-copy | foreign
    device: str
    device_name: str
    file: str
    message: str


@dataclass
class SyncReport:
    device: str
    published: int | None = None  # the sequence number written, if any
    applied: int = 0  # journals of other devices applied
    changes_sent: int = 0
    conflicts: int = 0  # texts kept as conflict copies
    devices: dict[str, str] = field(default_factory=dict)  # id -> name, this one included
    problems: list[Problem] = field(default_factory=list)

    @property
    def needs_attention(self) -> list[Problem]:
        """Problems worth interrupting the mentor for (a file still copying is not one)."""
        return [p for p in self.problems if p.kind != "incomplete"]


def base_path(vault_path: Path) -> Path:
    return Path(str(vault_path) + BASE_SUFFIX)


# -- state kept in the vault (never synced) -------------------------------------------------


class _State:
    def __init__(self, con: apsw.Connection) -> None:
        self._con = con
        self.values: dict[str, str] = {
            str(k): str(v) for k, v in con.execute("SELECT key, value FROM sync_state")
        }

    def get(self, key: str, default: str = "") -> str:
        return str(self.values.get(key, default))

    def set(self, key: str, value: str) -> None:
        self.values[key] = value
        self._con.execute(
            "INSERT INTO sync_state(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def _identity(con: apsw.Connection, device_name: str) -> _State:
    """This device's id and publisher secret, committed before the sync transaction: a
    journal published by a sync that was then killed is still recognisably ours."""
    with con:
        state = _State(con)
        if not state.get("device"):
            state.set("device", secrets.token_hex(8))
            state.set("secret", secrets.token_hex(16))
            state.set("next_seq", "1")
        if device_name and state.get("name") != device_name:
            state.set("name", device_name)
        elif not state.get("name"):
            state.set("name", socket.gethostname() or "this computer")
    return state


def _publisher(state: _State) -> str:
    digest: str = hashlib.sha256(state.get("secret").encode()).hexdigest()
    return digest[:16]


# -- the folder -----------------------------------------------------------------------------


@dataclass
class _Candidate:
    device: str
    path: Path
    data: bytes
    header: jr.Header | None
    problem: jr.JournalProblem | None
    canonical: bool


def _scan(folder: Path) -> list[_Candidate]:
    found = []
    for device, path in jr.journal_files(folder):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        header: jr.Header | None = None
        problem: jr.JournalProblem | None = None
        try:
            header, _prefix, _offset = jr.read_header(data)
        except jr.JournalProblem as exc:
            problem = exc
        found.append(
            _Candidate(device, path, data, header, problem, jr.seq_of(path.name) is not None)
        )
    return found


def _check_vault_identity(state: _State, found: list[_Candidate], joining: bool) -> str:
    vaults = {c.header.vault for c in found if c.header is not None}
    mine = state.get("vault")
    if mine:
        if vaults - {mine} and not vaults & {mine}:
            raise SyncFolderProblem(
                "This folder holds another vault's sync data, not this vault's. Choose the "
                "folder this vault syncs with, or an empty one."
            )
        return mine
    if not vaults:
        return secrets.token_hex(8)
    if joining and len(vaults) == 1:
        return next(iter(vaults))
    raise SyncFolderProblem(
        "This folder already holds another vault's sync data. To use that vault on this "
        "computer, join it into a new vault (File > Join a Synced Vault…, or mentorpad join); "
        "to sync this vault, choose an empty folder."
    )


def _row_keys(changeset: bytes) -> set[tuple[str, str]]:
    """(table, row key) of every change (a TableChange is valid only while iterating)."""
    if not changeset:
        return set()
    return {(change.name, row_key(change)) for change in apsw.Changeset.iter(changeset)}


def _in_order(
    ready: list[jr.Journal], applied: dict[str, set[int]], blocked: dict[str, set[int]]
) -> Iterator[jr.Journal]:
    """Clock order across devices; within a device no journal after a gap (one not here
    yet, still being copied, or unreadable for now): it may build on the missing one."""
    by_device: dict[str, set[int]] = {}
    for journal in ready:
        by_device.setdefault(journal.header.device, set()).add(journal.header.seq)
    limit: dict[str, int] = {}
    for device, seqs in by_device.items():
        present = seqs | applied.get(device, set())
        unusable = blocked.get(device, set()) - seqs
        expected = 1
        while expected in present and expected not in unusable:
            expected += 1
        limit[device] = expected  # the first sequence number that is missing
    for journal in sorted(ready, key=lambda j: (j.header.hlc, j.header.device, j.header.seq)):
        if journal.header.seq < limit[journal.header.device]:
            yield journal


# -- the sync ------------------------------------------------------------------------------


def sync_vault(
    vault_path: Path,
    key: VaultKey,
    folder: Path,
    *,
    device_name: str = "",
    clock: Clock = SYSTEM_CLOCK,
    joining: bool = False,
) -> SyncReport:
    """Exchange changes with `folder`. No sqlcipher3 connection to the vault may be open."""
    folder = Path(folder)
    if not folder.is_dir():
        raise SyncFolderProblem(
            f"The sync folder {folder} is not there (an unplugged drive, or a sync tool "
            "that is not running?). Nothing was changed; choose the folder again when it is "
            "back."
        )
    con = open_vault(vault_path, key)
    try:
        state = _identity(con, device_name)
        return _Sync(con, state, vault_path, key, folder, clock, joining).run()
    finally:
        con.close()


class _Sync:
    def __init__(
        self,
        con: apsw.Connection,
        state: _State,
        vault_path: Path,
        key: VaultKey,
        folder: Path,
        clock: Clock,
        joining: bool,
    ) -> None:
        self.con = con
        self.state = state
        self.vault_path = vault_path
        self.key = key
        self.folder = folder
        self.clock = clock
        self.joining = joining
        self.device = state.get("device")
        self.report = SyncReport(device=self.device)
        self.columns = {
            t: [r[1] for r in con.execute(f"PRAGMA table_info({t})")] for t in SYNCED_TABLES
        }
        self.pks = {
            t: [
                r[1]
                for r in sorted(con.execute(f"PRAGMA table_info({t})"), key=lambda r: r[5])
                if r[5]
            ]
            for t in SYNCED_TABLES
        }

    # -- top level ---------------------------------------------------------------------

    def run(self) -> SyncReport:
        found = _scan(self.folder)
        vault_id = _check_vault_identity(self.state, found, self.joining)
        self._open_base()
        with self.con:  # one transaction over the vault and its base
            self.state.set("vault", vault_id)
            self._check_own_folder(found)
            self._publish(vault_id)
            self._apply_remote(found, vault_id)
            self._refresh_base()
            self.state.set("last_sync", self.clock.now().isoformat(timespec="seconds"))
        self.report.devices = self._devices()
        changed = [p for p in self.report.problems if p.kind == "other-key"]
        if changed:
            error = PassphraseChangedElsewhere(
                f"Your passphrase was changed on {changed[0].device_name}. Enter the new "
                "passphrase on this computer to keep syncing: its changes wait in the folder, "
                "nothing is lost, and everything else was synced."
            )
            error.report = self.report  # type: ignore[attr-defined]
            raise error
        return self.report

    # -- base ----------------------------------------------------------------------------

    def _open_base(self) -> None:
        path = base_path(self.vault_path)
        raw = self.state.get("base_key")
        fresh = not raw or files.existing_kind(path) is None
        if fresh:
            if files.existing_kind(path) is not None:  # a base we cannot read: start over
                os.unlink(path)
            raw = secrets.token_bytes(48).hex()
            with self.con:
                self.state.set("base_key", raw)
                self.state.set("base_fresh", "1" if self.state.get("vault") else "")
            schema = [
                sql
                for (sql,) in self.con.execute(
                    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN ("
                    + ",".join("?" * len(SYNCED_TABLES))
                    + ")",
                    SYNCED_TABLES,
                )
            ]
            base_key = VaultKey(bytes.fromhex(raw)[:32], bytes.fromhex(raw)[32:])

            def build(tmp: Path) -> None:
                db = create_database(tmp, base_key)
                try:
                    with db:
                        for statement in schema:
                            db.execute(statement)
                finally:
                    db.close()

            paths.make_private_dir(path.parent)
            files.publish_built(path, build, what="sync base")
        key_bytes = bytes.fromhex(raw)
        attach(self.con, path, VaultKey(key_bytes[:32], key_bytes[32:]), "base")

    def _diff(self) -> bytes:
        session = apsw.Session(self.con, "main")
        try:
            for table in SYNCED_TABLES:
                session.attach(table)
                session.diff("base", table)
            return session.changeset()
        finally:
            session.close()

    def _copy_rows(self, keys: Iterable[tuple[str, str]]) -> None:
        """Make the base's rows equal the vault's for these (table, row key) pairs."""
        for table, key in keys:
            pk = self.pks[table]
            values = json.loads(key)
            where = " AND ".join(f"{c} IS ?" for c in pk)
            self.con.execute(f"DELETE FROM base.{table} WHERE {where}", values)
            self.con.execute(
                f"INSERT INTO base.{table} SELECT * FROM main.{table} WHERE {where}", values
            )

    def _refresh_base(self) -> None:
        changeset = self._diff()
        self._copy_rows(_row_keys(changeset))

    # -- publishing ----------------------------------------------------------------------

    def _check_own_folder(self, found: list[_Candidate]) -> None:
        """Our own folder holds only what we published (or a journal a killed sync of ours
        published): anything else means a copy of this vault publishes as this device."""
        published = {
            (seq, digest)
            for seq, digest in self.con.execute(
                "SELECT seq, digest FROM sync_seen WHERE device = ?", (self.device,)
            )
        }
        for candidate in found:
            if candidate.device != self.device or candidate.header is None:
                continue
            digest = hashlib.sha256(candidate.data).hexdigest()
            if (candidate.header.seq, digest) in published:
                continue
            journal = self._decode(candidate)
            if journal is not None and journal.meta.get("publisher") == _publisher(self.state):
                self._record_seen(journal, "published")
                self.state.set(
                    "next_seq",
                    str(max(int(self.state.get("next_seq", "1")), journal.header.seq + 1)),
                )
                continue
            raise DeviceClash(
                "Another computer publishes changes under this vault's device identity: the "
                "vault file was probably copied there instead of joined. Nothing was synced. "
                "On the other computer, delete that copy and use Join a Synced Vault instead."
            )

    def _publish(self, vault_id: str) -> None:
        changeset = self._diff()
        first = not self.con.execute(
            "SELECT 1 FROM sync_seen WHERE device = ? LIMIT 1", (self.device,)
        ).fetchone()
        keys = _row_keys(changeset)
        if not keys and not first:
            return
        recovering = self.state.get("base_fresh") == "1"
        stamp = self._next_stamp(recovering)
        seq = int(self.state.get("next_seq", "1"))
        header = jr.Header(
            vault=vault_id,
            device=self.device,
            seq=seq,
            hlc=str(stamp),
            key=sync_key_id(self.key),
            salt=self.key.salt.hex(),
            schema=SCHEMA_VERSION,
        )
        meta = {
            "device_name": self.state.get("name"),
            "app": __version__,
            "publisher": _publisher(self.state),
        }
        data = jr.encode(header, meta, changeset, sync_key(self.key))
        own = self.folder / self.device
        paths.make_private_dir(own)
        files.publish_bytes(own / jr.file_name(seq), data, what="sync journal")
        self.con.execute(
            "INSERT OR REPLACE INTO sync_seen(device, seq, digest, stamp, outcome) "
            "VALUES (?, ?, ?, ?, 'published')",
            (self.device, seq, hashlib.sha256(data).hexdigest(), str(stamp)),
        )
        self.state.set("next_seq", str(seq + 1))
        self.state.set("base_fresh", "")
        self.con.executemany(
            "INSERT INTO sync_row(tbl, row_key, stamp) VALUES (?, ?, ?) "
            "ON CONFLICT(tbl, row_key) DO UPDATE SET stamp = excluded.stamp",
            [(t, k, str(stamp)) for t, k in keys],
        )
        self._copy_rows(keys)
        self.report.published = seq
        self.report.changes_sent = len(keys)

    def _next_stamp(self, recovering: bool) -> Stamp:
        """After a lost base the whole vault is republished with the oldest possible stamp:
        it fills in what others lack but never overrides what they changed."""
        last = Stamp.parse(self.state.get("stamp")) if self.state.get("stamp") else ZERO
        if recovering:
            return Stamp(0, last.count + 1, self.device)
        stamp = tick(last, int(self.clock.wall() * 1000), self.device)
        self.state.set("stamp", str(stamp))
        return stamp

    # -- applying ------------------------------------------------------------------------

    def _keys(self) -> dict[str, bytes]:
        keys = {sync_key_id(self.key): sync_key(self.key)}
        keys.update(
            {str(k): bytes(v) for k, v in self.con.execute("SELECT key_id, key FROM sync_key")}
        )
        return keys

    def _decode(self, candidate: _Candidate) -> jr.Journal | None:
        try:
            return jr.decode(candidate.data, self._keys(), SCHEMA_VERSION)
        except jr.JournalProblem:
            return None

    def _record_seen(self, journal: jr.Journal, outcome: str) -> None:
        self.con.execute(
            "INSERT OR REPLACE INTO sync_seen(device, seq, digest, stamp, outcome) "
            "VALUES (?, ?, ?, ?, ?)",
            (
                journal.header.device,
                journal.header.seq,
                journal.digest,
                journal.header.hlc,
                outcome,
            ),
        )
        if journal.header.device != self.device and journal.device_name:
            self.state.set(f"name:{journal.header.device}", journal.device_name)

    def _apply_remote(self, found: list[_Candidate], vault_id: str) -> None:
        for journal in self._ready(found, vault_id):
            self._apply(journal)
            self._record_seen(journal, "applied")
            self.state.set(
                "stamp",
                str(
                    receive(
                        Stamp.parse(self.state.get("stamp")) if self.state.get("stamp") else ZERO,
                        Stamp.parse(journal.header.hlc),
                    )
                ),
            )
            self.report.applied += 1

    def _ready(self, found: list[_Candidate], vault_id: str) -> Iterator[jr.Journal]:
        """The journals to apply now, in clock order; problems go to the report."""
        seen = {
            (d, s, g) for d, s, g in self.con.execute("SELECT device, seq, digest FROM sync_seen")
        }
        applied_seqs: dict[str, set[int]] = {}
        for d, s, _g in seen:
            applied_seqs.setdefault(d, set()).add(s)
        keys = self._keys()
        ready: list[jr.Journal] = []
        taken: set[str] = set()
        blocked: dict[str, set[int]] = {}  # device -> sequence numbers present but unusable
        for candidate in sorted(found, key=lambda c: (c.device, c.path.name)):
            if candidate.device == self.device:
                continue
            digest = hashlib.sha256(candidate.data).hexdigest()
            seq = candidate.header.seq if candidate.header else jr.seq_of(candidate.path.name)
            if seq is not None and (candidate.device, seq, digest) in seen:
                continue
            if candidate.header is not None and candidate.header.vault != vault_id:
                self._problem("foreign", candidate, "belongs to another vault; it was left alone")
                continue
            try:
                journal = jr.decode(candidate.data, keys, SCHEMA_VERSION)
            except jr.JournalProblem as exc:
                self._journal_problem(exc, candidate)
                if seq is not None and not isinstance(exc, jr.JournalTampered):
                    blocked.setdefault(candidate.device, set()).add(seq)
                elif isinstance(exc, jr.JournalTampered) and candidate.header is not None:
                    applied_seqs.setdefault(candidate.device, set()).add(candidate.header.seq)
                    self.con.execute(
                        "INSERT OR REPLACE INTO sync_seen VALUES (?, ?, ?, ?, 'rejected')",
                        (candidate.device, candidate.header.seq, digest, candidate.header.hlc),
                    )
                continue
            if journal.digest in taken:
                continue  # a byte-identical copy of a journal already taken
            taken.add(journal.digest)
            if journal.header.device != candidate.device:
                self._problem("tampered", candidate, "is in another device's folder; not applied")
                continue
            if not candidate.canonical:
                self._problem(
                    "sync-tool-copy",
                    candidate,
                    "is a copy a file-sync tool made; its changes were applied too",
                )
            if journal.header.key != sync_key_id(self.key):
                self._problem(
                    "old-key",
                    candidate,
                    "was written with your previous passphrase: unlock that device with it and "
                    "change it to the new one",
                )
            ready.append(journal)
        yield from _in_order(ready, applied_seqs, blocked)

    def _journal_problem(self, exc: jr.JournalProblem, candidate: _Candidate) -> None:
        messages = {
            "incomplete": "is still being copied by your sync tool; it will be applied later",
            "tampered": "fails its authenticity check (damaged or altered); it was not applied",
            "newer": "was written by a newer mentorpad; update mentorpad here to apply it",
            "other-key": "uses a passphrase this device does not have",
        }
        self._problem(exc.kind, candidate, messages.get(exc.kind, str(exc)))

    def _problem(self, kind: str, candidate: _Candidate, text: str) -> None:
        name = self._name(candidate.device)
        self.report.problems.append(
            Problem(
                kind,
                candidate.device,
                name,
                candidate.path.name,
                f"{candidate.path.name} from {name} {text}.",
            )
        )

    def _name(self, device: str) -> str:
        return self.state.get(f"name:{device}") or f"device {device[:6]}"

    def _apply(self, journal: jr.Journal) -> None:
        keys = _row_keys(journal.changeset)
        if not keys:
            return
        stamps = dict(
            ((t, k), s) for t, k, s in self.con.execute("SELECT tbl, row_key, stamp FROM sync_row")
        )
        resolver = Resolver(
            columns=self.columns,
            stamps=stamps,
            incoming=journal.header.hlc,
            local_device=self.device,
            remote_device=journal.header.device,
        )
        apsw.Changeset.apply(journal.changeset, self.con, conflict=resolver)
        for table, key, values in resolver.updates:
            self._update_columns(table, key, values)
        resolver.copies += sweep_orphans(self.con, self.columns, self.pks)
        self._insert_copies(resolver.copies)
        applied = keys - resolver.omitted
        self.con.executemany(
            "INSERT INTO sync_row(tbl, row_key, stamp) VALUES (?, ?, ?) "
            "ON CONFLICT(tbl, row_key) DO UPDATE SET stamp = excluded.stamp "
            "WHERE excluded.stamp > sync_row.stamp",
            [(t, k, journal.header.hlc) for t, k in applied],
        )
        self.report.conflicts += len(resolver.copies)

    def _update_columns(self, table: str, key: str, values: dict[str, object]) -> None:
        pk = self.pks[table]
        sets = ", ".join(f"{c} = ?" for c in values)
        where = " AND ".join(f"{c} IS ?" for c in pk)
        self.con.execute(
            f"UPDATE main.{table} SET {sets} WHERE {where}", [*values.values(), *json.loads(key)]
        )

    def _insert_copies(self, copies: list[Copy]) -> None:
        self.con.executemany(
            "INSERT OR IGNORE INTO main.conflict_copy(id, tbl, row_key, field, text, origin, "
            "stamp, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [copy.row() for copy in copies],
        )

    # -- devices ---------------------------------------------------------------------------

    def _devices(self) -> dict[str, str]:
        devices = {self.device: self.state.get("name")}
        for device in sorted(
            {d for (d,) in self.con.execute("SELECT DISTINCT device FROM sync_seen")}
        ):
            devices.setdefault(device, self._name(device))
        return devices
