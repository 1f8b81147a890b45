"""One sync: publish this device's changes, apply every other device's, in one transaction.

The changes are computed, not recorded: SQLite's session extension diffs the vault against
this device's base (base.py). Order inside the transaction: (1) publish the local changeset
as this device's next journal (no-replace write); (2) apply the other devices' unseen
journals in clock order, resolving conflicts (resolve.py); (3) bring the base up to date.
The vault and the base are in rollback-journal mode for the sync, so the commit covers both
files atomically. A kill at any moment leaves the state before the sync or after it; a
journal published just before a kill is recognised as ours at the next sync and its
changes go out again under the next number (applying a change twice is harmless).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

import apsw

from mentorpad import __version__
from mentorpad.clock import SYSTEM_CLOCK, Clock
from mentorpad.models import files, paths
from mentorpad.models.crypto import VaultKey, sync_key, sync_key_id
from mentorpad.models.errors import VaultError
from mentorpad.models.schema import SCHEMA_VERSION, SYNCED_TABLES
from mentorpad.sync import base, stamps
from mentorpad.sync import journal as jr
from mentorpad.sync.connection import open_vault
from mentorpad.sync.errors import (
    DeviceClash,
    PassphraseChangedElsewhere,
    SyncFolderProblem,
    disk_errors,
    refuse_without_room,
)
from mentorpad.sync.folder import (
    Candidate,
    check_vault_identity,
    in_order,
    refuse_vault_inside,
    row_keys,
    scan,
)
from mentorpad.sync.hlc import ZERO, Stamp, receive, tick
from mentorpad.sync.resolve import Copy, Resolver, replaced_texts, sweep_orphans
from mentorpad.sync.state import State, load_identity

_MESSAGES = {
    "incomplete": "is still being copied by your sync tool; it will be applied later",
    "tampered": "fails its authenticity check (damaged or altered); it was not applied",
    "newer": "was written by a newer mentorpad; update mentorpad here to apply it",
    "other-key": "uses a passphrase this device does not have",
}


@dataclass(frozen=True)
class Problem:
    """Something the mentor should know; the sync itself completed."""

    kind: str  # incomplete | tampered | newer | other-key | old-key | sync-tool-copy |
    # foreign | base-lost | restored
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
        return [p for p in self.problems if p.kind not in ("incomplete", "restored")]


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
    vault_path = Path(vault_path)
    refuse_vault_inside(vault_path, folder)
    with disk_errors(vault_path):
        refuse_without_room(vault_path)
        base.check_base_name(vault_path)
        con = open_vault(vault_path, key)
        try:
            state = load_identity(con, vault_path, device_name, joining=joining)
            return _Sync(con, state, vault_path, key, folder, clock, joining).run()
        except BaseException:
            con.close()
            roll_back_here(vault_path, key)
            raise
        finally:
            con.close()


def roll_back_here(vault_path: Path, key: VaultKey) -> None:
    """A failed commit can leave a hot rollback journal (with a super-journal: the vault and
    its base commit together). Only this SQLite (APSW's) rolls its own journals back
    correctly; the vault's driver would drop it and keep half-written pages. So it is rolled
    back here, at once, while nothing else has the file open."""
    if not os.path.exists(str(vault_path) + "-journal"):
        return
    with contextlib.suppress(apsw.Error, VaultError):
        con = open_vault(vault_path, key)
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchall()
        finally:
            con.close()


class _Sync:
    def __init__(
        self,
        con: apsw.Connection,
        state: State,
        vault_path: Path,
        key: VaultKey,
        folder: Path,
        clock: Clock,
        joining: bool,
    ) -> None:
        self.con, self.state, self.key, self.folder = con, state, key, folder
        self.vault_path, self.clock = vault_path, clock
        # A join that was killed half-way is finished by the next sync of that vault.
        self.joining = joining or bool(state.get("joining") and not state.get("vault"))
        self.report = SyncReport(device=state.get("device"))
        info = {t: list(con.execute(f"PRAGMA table_info({t})")) for t in SYNCED_TABLES}
        self.columns = {t: [str(r[1]) for r in rows] for t, rows in info.items()}
        self.pks = {
            t: [str(r[1]) for r in sorted(rows, key=lambda r: int(r[5])) if r[5]]
            for t, rows in info.items()
        }

    @property
    def device(self) -> str:
        return self.state.get("device")

    # -- top level ---------------------------------------------------------------------

    def run(self) -> SyncReport:
        # A refused journal is read again: a copy that preallocates the file (Explorer onto
        # a USB stick or a share) looks whole and fails its tag until the copy completes.
        # The same bytes stay refused quietly (_ready); new bytes are checked afresh.
        seen = {
            (str(d), int(s))
            for d, s in self.con.execute(
                "SELECT device, seq FROM sync_seen WHERE outcome != 'rejected'"
            )
        }
        found = scan(self.folder, seen)
        vault_id = check_vault_identity(self.state, found, self.joining)
        fresh_base = base.open_base(self.con, self.state, self.vault_path)
        base.attach_staging(self.con)
        with self.con:  # one transaction over the vault and its base
            first = not self.state.get("vault")
            if not first and (fresh_base or self.state.get("fresh_start")):
                self._start_over(restored=bool(self.state.get("fresh_start")))
            self.state.set("vault", vault_id)
            self.state.set("joining", "")
            self._check_own_folder(found)
            self._publish(vault_id, everything=first)
            self._apply_remote(found, vault_id)
            base.refresh(self.con)
            self.state.set("last_sync", self.clock.now().isoformat(timespec="seconds"))
        self.report.device = self.device
        self.report.devices = self._devices()
        self._raise_if_passphrase_changed()
        return self.report

    def _start_over(self, *, restored: bool) -> None:
        """A restored backup, or a lost base: what the vault holds cannot be told apart
        from what was already sent. Take a new identity, count the vault as sent, and apply
        every journal again (what is already here is a no-op; what is newer arrives)."""
        self.state.new_identity()
        self.state.set("fresh_start", "")
        self.con.execute("DELETE FROM sync_seen")
        base.fill_from_vault(self.con)
        kind, text = (
            ("restored", "caught up after a backup was restored")
            if restored
            else (
                "base-lost",
                "lost its record of the last sync (the .syncbase file beside the vault): "
                "changes made here since that sync could not be told apart and were not "
                "sent; they remain on this device",
            )
        )
        name = self.state.get("name")
        self.report.problems.append(Problem(kind, self.device, name, "", f"This device {text}."))

    def _raise_if_passphrase_changed(self) -> None:
        changed = [p for p in self.report.problems if p.kind == "other-key"]
        if changed:
            error = PassphraseChangedElsewhere(
                f"Your passphrase was changed on {changed[0].device_name}. Enter the new "
                "passphrase on this computer to keep syncing: its changes wait in the folder, "
                "nothing is lost, and everything else was synced."
            )
            error.report = self.report  # type: ignore[attr-defined]
            raise error

    # -- publishing ----------------------------------------------------------------------

    def _check_own_folder(self, found: list[Candidate]) -> None:
        """Our own folder holds only what we published (or a journal a killed sync of ours
        published): anything else means another vault publishes as this device."""
        published = set(
            self.con.execute("SELECT seq, digest FROM sync_seen WHERE device = ?", (self.device,))
        )
        for candidate in found:
            if candidate.device != self.device or candidate.header is None:
                continue
            if (candidate.header.seq, candidate.digest) in published:
                continue
            journal = self._decode(candidate)
            if journal is not None and journal.meta.get("publisher") == self.state.publisher():
                self._record_seen(journal, "published")
                next_seq = max(int(self.state.get("next_seq", "1")), journal.header.seq + 1)
                self.state.set("next_seq", str(next_seq))
                continue
            raise DeviceClash(
                "Another vault publishes changes under this device's identity in the sync "
                "folder, so nothing was synced. If this vault file was copied to another "
                "computer, delete that copy there and use Join a Synced Vault instead."
            )

    def _publish(self, vault_id: str, *, everything: bool) -> None:
        """This device's changes as its next journal: on its first sync, the whole vault."""
        changeset = base.diff(self.con, everything=everything)
        if everything:
            base.fill_from_vault(self.con)
        keys = row_keys(changeset)
        first = not self.con.execute(
            "SELECT 1 FROM sync_seen WHERE device = ? LIMIT 1", (self.device,)
        ).fetchone()
        # A new passphrase goes out at once, in a journal of its own if nothing else
        # changed: the other devices learn of it at their next sync, not at the next edit.
        rekeyed = self.state.get("published_key") != sync_key_id(self.key)
        if not keys and not first and not rekeyed:
            return
        last = Stamp.parse(self.state.get("stamp")) if self.state.get("stamp") else ZERO
        stamp = tick(last, int(self.clock.wall() * 1000), self.device)
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
        meta = {"device_name": self.state.get("name"), "app": __version__}
        meta["publisher"] = self.state.publisher()
        data = jr.encode(header, meta, changeset, sync_key(self.key))
        own = self.folder / self.device
        paths.make_private_dir(own)
        files.publish_bytes(own / jr.file_name(seq), data, what="sync journal")
        digest = hashlib.sha256(data).hexdigest()
        self.con.execute(
            "INSERT OR REPLACE INTO sync_seen(device, seq, digest, stamp, outcome) "
            "VALUES (?, ?, ?, ?, 'published')",
            (self.device, seq, digest, str(stamp)),
        )
        self.state.set("next_seq", str(seq + 1))
        self.state.set("stamp", str(stamp))
        self.state.set("published_key", sync_key_id(self.key))
        stamps.record(self.con, stamps.written(changeset, self.columns), str(stamp), self.columns)
        self.report.published = seq
        self.report.changes_sent = len(keys)

    # -- applying ------------------------------------------------------------------------

    def _keys(self) -> dict[str, bytes]:
        keys = {sync_key_id(self.key): sync_key(self.key)}
        for key_id, key in self.con.execute("SELECT key_id, key FROM sync_key"):
            keys[str(key_id)] = bytes(key)
        return keys

    def _decode(self, candidate: Candidate) -> jr.Journal | None:
        try:
            return jr.decode(candidate.data, self._keys(), SCHEMA_VERSION)
        except jr.JournalProblem:
            return None

    def _record_seen(self, journal: jr.Journal, outcome: str) -> None:
        header = journal.header
        self.con.execute(
            "INSERT OR REPLACE INTO sync_seen(device, seq, digest, stamp, outcome) "
            "VALUES (?, ?, ?, ?, ?)",
            (header.device, header.seq, journal.digest, header.hlc, outcome),
        )
        if header.device != self.device and journal.meta.get("device_name"):
            self.state.set(f"name:{header.device}", journal.device_name)

    def _apply_remote(self, found: list[Candidate], vault_id: str) -> None:
        for journal in self._ready(found, vault_id):
            self._apply(journal)
            self._record_seen(journal, "applied")
            last = Stamp.parse(self.state.get("stamp")) if self.state.get("stamp") else ZERO
            self.state.set("stamp", str(receive(last, Stamp.parse(journal.header.hlc))))
            self.report.applied += 1

    def _ready(self, found: list[Candidate], vault_id: str) -> list[jr.Journal]:
        """The journals to apply now, in clock order; problems go to the report."""
        seen = set(self.con.execute("SELECT device, seq, digest FROM sync_seen"))
        present: dict[str, set[int]] = {}
        for device, seq, _digest in seen:
            present.setdefault(device, set()).add(seq)
        keys = self._keys()
        ready: list[jr.Journal] = []
        taken: dict[tuple[str, int], str] = {}  # (device, seq) -> digest of the one taken
        unusable: dict[str, set[int]] = {}
        for candidate in found:
            seq = candidate.seq
            if candidate.device == self.device or (
                seq is not None and (candidate.device, seq, candidate.digest) in seen
            ):
                continue
            if candidate.header is not None and candidate.header.vault != vault_id:
                self._problem("foreign", candidate, "belongs to another vault; it was left alone")
                continue
            try:
                journal = jr.decode(candidate.data, keys, SCHEMA_VERSION)
            except jr.JournalProblem as exc:
                self._problem(exc.kind, candidate, _MESSAGES.get(exc.kind, str(exc)))
                if isinstance(exc, jr.JournalTampered) and candidate.header is not None:
                    self._refuse(candidate)
                    present.setdefault(candidate.device, set()).add(candidate.header.seq)
                elif seq is not None:
                    unusable.setdefault(candidate.device, set()).add(seq)
                continue
            if not self._take(journal, candidate, taken):
                continue
            ready.append(journal)
        return list(in_order(ready, present, unusable))

    def _take(
        self, journal: jr.Journal, candidate: Candidate, taken: dict[tuple[str, int], str]
    ) -> bool:
        """Whether to apply this journal; notes what the mentor should know about it."""
        slot = (journal.header.device, journal.header.seq)
        if journal.meta.get("device_name") and journal.header.device == candidate.device:
            self.state.set(f"name:{candidate.device}", journal.device_name)  # for messages
        if taken.get(slot) == journal.digest:
            return False  # a byte-identical copy (a sync tool's "conflicted copy")
        if journal.header.device != candidate.device:
            self._problem("tampered", candidate, "is in another device's folder; not applied")
            return False
        if slot in taken or not candidate.canonical:
            self._problem(
                "sync-tool-copy",
                candidate,
                "is a copy a file-sync tool made, different from the original; its changes "
                "were applied too",
            )
        taken.setdefault(slot, journal.digest)
        told = {(p.kind, p.device) for p in self.report.problems}
        if (
            journal.header.key != sync_key_id(self.key)
            and ("old-key", candidate.device) not in told
        ):
            self._problem(
                "old-key",
                candidate,
                "was written with your previous passphrase: unlock that device with it, then "
                "change it to the new one there",
            )
        return True

    def _refuse(self, candidate: Candidate) -> None:
        assert candidate.header is not None
        self.con.execute(
            "INSERT OR REPLACE INTO sync_seen(device, seq, digest, stamp, outcome) "
            "VALUES (?, ?, ?, ?, 'rejected')",
            (candidate.device, candidate.header.seq, candidate.digest, candidate.header.hlc),
        )

    def _problem(self, kind: str, candidate: Candidate, text: str) -> None:
        name = self._name(candidate.device)
        message = f"{candidate.path.name} from {name} {text}."
        self.report.problems.append(
            Problem(kind, candidate.device, name, candidate.path.name, message)
        )

    def _name(self, device: str) -> str:
        return self.state.get(f"name:{device}") or f"device {device[:6]}"

    def _apply(self, journal: jr.Journal) -> None:
        keys = row_keys(journal.changeset)
        if not keys:
            return
        resolver = Resolver(
            columns=self.columns,
            stamps=stamps.load(self.con, keys),
            incoming=journal.header.hlc,
            local_device=self.device,
            remote_device=journal.header.device,
        )
        apsw.Changeset.apply(journal.changeset, self.con, conflict=resolver)
        for table, key, values in resolver.updates:
            self._update_columns(table, key, values)
        copies: list[Copy] = resolver.copies + sweep_orphans(
            self.con, self.columns, self.pks, journal.changeset
        )
        self.con.executemany(
            "INSERT OR IGNORE INTO main.conflict_copy(id, tbl, row_key, field, text) "
            "VALUES (?, ?, ?, ?, ?)",
            [copy.row() for copy in copies],
        )
        dropped = replaced_texts(journal.changeset, self.columns)
        self.con.executemany(
            "DELETE FROM main.conflict_copy WHERE id = ?", [(c.row()[0],) for c in dropped]
        )
        writes = stamps.written(journal.changeset, self.columns)
        for unapplied in resolver.unapplied:
            writes.pop(unapplied, None)
        stamps.record(self.con, writes, journal.header.hlc, self.columns)
        self.report.conflicts += len(copies)

    def _update_columns(self, table: str, key: str, values: dict[str, object]) -> None:
        sets = ", ".join(f"{column} = ?" for column in values)
        where = " AND ".join(f"{column} IS ?" for column in self.pks[table])
        self.con.execute(
            f"UPDATE main.{table} SET {sets} WHERE {where}", [*values.values(), *json.loads(key)]
        )

    def _devices(self) -> dict[str, str]:
        devices = {self.device: self.state.get("name")}
        for (device,) in self.con.execute("SELECT DISTINCT device FROM sync_seen"):
            devices.setdefault(str(device), self._name(str(device)))
        return devices
