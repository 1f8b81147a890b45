"""A rollback journal an interrupted sync left beside the vault: rolled back by the SQLite
that wrote it, before the vault's driver touches the file.

A sync commits the vault and its record of the last sync together under a super-journal
(mentorpad/sync/connection.py), on APSW's SQLite. When that commit fails (a full disk) and
cannot be undone at once, or the process is killed, `<vault>-journal` stays, naming the
super-journal. sqlcipher3 does not play such a journal back: it deletes it and the
super-journal, and keeps the half-written pages (the vault then fails its check). So APSW
rolls it back here; if it cannot, the vault is not opened and the journal stays for the
next try. A journal naming no super-journal (a passphrase change) is sqlcipher3's own.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from mentorpad.models.crypto import VaultKey
from mentorpad.models.errors import StorageFull, VaultError
from mentorpad.models.files import out_of_room

_JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
_ROOM = 1 << 20  # what undoing needs at most beside the vault, roughly: its -journal's pages
UNDO_NEEDS_ROOM = (
    "A sync was interrupted while it saved (the disk was full, or mentorpad was stopped), and "
    "that unfinished save cannot be undone until there is room on the disk. The vault was "
    "not opened and nothing in it was changed: everything saved before that sync is still "
    "there. Free some space on the disk, then open the vault again."
)
UNDO_FAILED = (
    "A sync was interrupted while it saved, and that unfinished save could not be undone "
    "now. The vault was not opened and nothing in it was changed: everything saved before "
    "that sync is still there. Close any other program using the vault, then open it again."
)


def apsw_uri(path: Path) -> str:
    return "file:" + quote(os.path.abspath(path)) + "?mode=rw&nofollow=1&cipher=sqlcipher&legacy=4"


def apsw_key_pragma(key: VaultKey) -> str:
    # Hex digits only, so formatting cannot break out of the literal.
    return "PRAGMA key = \"x'" + (key.key + key.salt).hex() + "'\""


def super_journal_of(path: Path) -> Path | None:
    """The super-journal a hot `<vault>-journal` names, if that file exists (SQLite's test:
    without it the transaction had committed and the journal is simply dropped)."""
    journal = Path(str(path) + "-journal")
    try:
        with journal.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            if size < 24:
                return None
            handle.seek(size - 16)
            tail = handle.read(16)  # name length, checksum, magic
            length = int.from_bytes(tail[:4], "big")
            if tail[8:] != _JOURNAL_MAGIC or not 0 < length <= min(size - 20, 4096):
                return None
            handle.seek(size - 16 - length)
            name = handle.read(length).split(b"\0", 1)[0]
    except OSError:
        return None
    found = Path(os.fsdecode(name))
    return found if name and found.is_file() else None


def roll_back_sync_journal(path: Path, key: VaultKey) -> None:
    """Undo an interrupted sync's commit with APSW, if one is pending; the caller holds the
    vault's lock and no sqlcipher3 connection to it is open. Raises StorageFull (or
    VaultError) if the journal is still there afterwards."""
    if super_journal_of(path) is None:
        return
    import apsw

    reason = ""
    try:
        flags = apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_URI
        con = apsw.Connection(apsw_uri(path), flags=flags)
        try:
            con.execute("PRAGMA cipher = 'sqlcipher'")
            con.execute("PRAGMA legacy = 4")
            con.execute(apsw_key_pragma(key))
            con.execute("SELECT count(*) FROM sqlite_master").fetchall()  # plays it back
        finally:
            con.close()
    except apsw.Error as exc:
        reason = str(exc)
    if super_journal_of(path) is None:
        return
    full = out_of_room(path.parent, _ROOM) or "full" in reason or "I/O" in reason
    raise StorageFull(UNDO_NEEDS_ROOM) if full else VaultError(UNDO_FAILED)
