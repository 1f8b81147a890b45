"""Whether a vault (or a freshly written backup) is intact: every page's HMAC, SQLite's own
structure check and the foreign keys, as a verdict a mentor can act on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from mentorpad.models.crypto import VaultKey, verify_file
from mentorpad.models.errors import BackupFailed
from mentorpad.models.schema import APPLICATION_ID
from mentorpad.models.vault.connection import Connection, _connect


@dataclass(frozen=True)
class IntegrityReport:
    """The verdict of a full check, in words a mentor can act on."""

    ok: bool
    problems: tuple[str, ...]
    pages: int

    def verdict(self) -> str:
        if self.ok:
            return f"The vault is intact: all {self.pages} pages verified."
        return "The vault is damaged: " + "; ".join(self.problems)


def file_integrity(conn: Connection, path: Path, key: VaultKey) -> IntegrityReport:
    """Every page's HMAC, checked by us on the file and by SQLCipher through the WAL,
    plus SQLite's own structure and link checks."""
    problems: list[str] = []
    bad: set[int] = set()
    file_report = verify_file(path, key)
    bad.update(file_report.bad)
    try:
        for (line,) in conn.execute("PRAGMA cipher_integrity_check"):
            number = re.search(r"page (\d+)", str(line))
            if number:
                bad.add(int(number.group(1)))
            else:
                problems.append(str(line))
    except sqlcipher.DatabaseError as exc:
        problems.append(f"the authenticity check stopped: {exc}")
    if bad:
        listed = ", ".join(str(n) for n in sorted(bad)[:5])
        more = "…" if len(bad) > 5 else ""
        problems.insert(0, f"{len(bad)} page(s) fail their authenticity check ({listed}{more})")
    if file_report.trailing_bytes:
        problems.append("the file ends part-way through a page")
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        if rows != [("ok",)]:
            problems.append(f"structure check: {rows[0][0]}")
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append("some records point to records that no longer exist")
    except sqlcipher.DatabaseError as exc:
        problems.append(f"structure check: {exc}")
    return IntegrityReport(ok=not problems, problems=tuple(problems), pages=file_report.pages)


def verify_backup(path: Path, key: VaultKey) -> None:
    conn = _connect(path, key)
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise BackupFailed("The backup did not verify: it is not readable as a vault.")
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        quick = conn.execute("PRAGMA quick_check").fetchall()
        if bad or quick != [("ok",)]:
            raise BackupFailed("The backup did not verify after writing; it was discarded.")
    except sqlcipher.DatabaseError as exc:
        raise BackupFailed(f"The backup did not verify after writing: {exc}") from exc
    finally:
        conn.close()
