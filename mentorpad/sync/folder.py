"""Reading the sync folder: which journals are there, whose, and in what order to apply."""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import apsw

from mentorpad.sync import journal as jr
from mentorpad.sync.errors import SyncFolderProblem, VaultInSyncFolder
from mentorpad.sync.resolve import row_key
from mentorpad.sync.state import State


@dataclass
class Candidate:
    """A file in some device's folder, read once per sync."""

    device: str
    path: Path
    data: bytes
    header: jr.Header | None
    canonical: bool  # named <seq>.mpchg, not a copy a sync tool made

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def seq(self) -> int | None:
        return self.header.seq if self.header else jr.seq_of(self.path.name)


def scan(folder: Path, seen: set[tuple[str, int]] | None = None) -> list[Candidate]:
    """Every journal-looking file, canonical names first within a device. A canonical file
    already applied or sent (`seen`) is not read again: a first journal can be tens of
    megabytes, and every sync would read it."""
    found = []
    for device, path in jr.journal_files(folder):
        number = jr.seq_of(path.name)
        if seen is not None and number is not None and (device, number) in seen:
            continue
        try:
            data = path.read_bytes()
        except OSError:
            continue
        try:
            header: jr.Header | None = jr.read_header(data)[0]
        except jr.JournalProblem:
            header = None
        found.append(Candidate(device, path, data, header, jr.seq_of(path.name) is not None))
    return sorted(found, key=lambda c: (c.device, not c.canonical, c.path.name))


def refuse_vault_inside(vault_path: Path, folder: Path) -> None:
    """Only journals go into the sync folder, never the vault: refuse a folder that holds
    the vault file (or a folder above it), links resolved."""
    vault = Path(os.path.realpath(vault_path))
    if vault.is_relative_to(Path(os.path.realpath(folder))):
        raise VaultInSyncFolder(
            f"The vault file {vault_path} is inside the sync folder {folder}: the sync tool "
            "would copy the vault file itself, which is how vaults get damaged or roll back. "
            "Nothing was changed. Choose a sync folder that does not hold the vault, or move "
            "the vault out of it."
        )


def check_vault_identity(state: State, found: list[Candidate], joining: bool) -> str:
    """The vault id this folder belongs to; refuses another vault's folder."""
    vaults = {c.header.vault for c in found if c.header is not None}
    mine = state.get("vault")
    if mine:
        if vaults and mine not in vaults:
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


def row_keys(changeset: bytes) -> set[tuple[str, str]]:
    """(table, row key) of every change (a TableChange is valid only while iterating)."""
    if not changeset:
        return set()
    return {(change.name, row_key(change)) for change in apsw.Changeset.iter(changeset)}


def in_order(
    ready: list[jr.Journal], present: dict[str, set[int]], unusable: dict[str, set[int]]
) -> Iterator[jr.Journal]:
    """Clock order across devices; within a device, nothing after a gap (a journal not here
    yet, still being copied, or unreadable for now): it may build on the missing one."""
    by_device: dict[str, set[int]] = {}
    for journal in ready:
        by_device.setdefault(journal.header.device, set()).add(journal.header.seq)
    limit: dict[str, int] = {}
    for device, seqs in by_device.items():
        have = seqs | present.get(device, set())
        missing = unusable.get(device, set()) - seqs
        expected = 1
        while expected in have and expected not in missing:
            expected += 1
        limit[device] = expected
    for journal in sorted(ready, key=lambda j: (j.header.hlc, j.header.device, j.header.seq)):
        if journal.header.seq < limit[journal.header.device]:
            yield journal
