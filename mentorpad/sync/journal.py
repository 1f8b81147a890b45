"""Journal files: one device's changes since its previous sync, encrypted and authenticated.

A journal is `<device-id>/<seq>.mpchg` in the sync folder, written once by its device and
never rewritten, so a file-sync tool never has to merge one. Layout:

    MAGIC (8) | header length (4, big-endian) | header (UTF-8 JSON) | nonce (12) | ciphertext

The header is in the clear (format, vault id, device id, sequence number, clock stamp, key
id, the vault's KDF salt, schema version, ciphertext length) so a device can tell what a
file is before it can read it, and it is authenticated as AES-GCM's associated data, so
none of it can be altered. The ciphertext is AES-256-GCM over zlib(meta JSON + changeset),
with a key derived by HKDF from the vault's key: the vault file itself never goes there.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mentorpad.models.crypto import KDF_ITERATIONS

MAGIC = b"MPCHG\r\n\x1a"
FORMAT = 1
SUFFIX = ".mpchg"
_NONCE = 12
_NAME = re.compile(r"^(?P<seq>\d{8})\.mpchg$")
DEVICE_DIR = re.compile(r"^[0-9a-f]{16}$")
_MAX_HEADER = 64 * 1024


class JournalProblem(Exception):
    """A journal that cannot be applied (now or ever); `kind` says which."""

    kind = "unreadable"


class JournalIncomplete(JournalProblem):
    """Shorter than its header says: a sync tool is still copying it. Try again later."""

    kind = "incomplete"


class JournalTampered(JournalProblem):
    """Whole, but it fails authentication: altered or damaged. Never applied."""

    kind = "tampered"


class JournalFromNewer(JournalProblem):
    """Written by a newer mentorpad (format or schema this version does not know)."""

    kind = "newer"


class JournalOtherKey(JournalProblem):
    """Encrypted with a key this device does not have: another passphrase."""

    kind = "other-key"


@dataclass(frozen=True)
class Header:
    vault: str
    device: str
    seq: int
    hlc: str
    key: str
    salt: str  # hex of the vault's 16-byte KDF salt: a joining device needs it
    schema: int
    length: int = 0
    format: int = FORMAT
    kdf_iter: int = KDF_ITERATIONS

    def to_bytes(self) -> bytes:
        return json.dumps(self.__dict__, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> Header:
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or int(data.get("format", 0)) > FORMAT:
                raise JournalFromNewer("written by a newer mentorpad")
            known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
            return cls(**known)
        except JournalProblem:
            raise
        except (ValueError, TypeError, KeyError, UnicodeDecodeError) as exc:
            raise JournalTampered(f"its header is not readable ({exc})") from exc


@dataclass(frozen=True)
class Journal:
    header: Header
    meta: dict[str, Any]
    changeset: bytes
    digest: str  # sha256 of the whole file: identifies a copy

    @property
    def device_name(self) -> str:
        return str(self.meta.get("device_name", "")) or self.header.device[:8]


def encode(header: Header, meta: dict[str, Any], changeset: bytes, key: bytes) -> bytes:
    meta_raw = json.dumps(meta, sort_keys=True).encode()
    plain = zlib.compress(struct.pack(">I", len(meta_raw)) + meta_raw + changeset, 6)
    nonce = secrets.token_bytes(_NONCE)
    sized = Header(**{**header.__dict__, "length": len(plain) + 16})  # GCM adds its tag
    head = sized.to_bytes()
    prefix = MAGIC + struct.pack(">I", len(head)) + head
    return prefix + nonce + AESGCM(key).encrypt(nonce, plain, prefix)


def read_header(data: bytes) -> tuple[Header, bytes, int]:
    """(header, the authenticated prefix, offset of the nonce); raises JournalProblem."""
    if len(data) < len(MAGIC) + 4:
        raise JournalIncomplete("it is still empty or being copied")
    if not data.startswith(MAGIC):
        raise JournalTampered("it is not a mentorpad journal")
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    if length > _MAX_HEADER:
        raise JournalTampered("its header is implausibly long")
    end = len(MAGIC) + 4 + length
    if len(data) < end:
        raise JournalIncomplete("it is still being copied")
    header = Header.from_bytes(data[len(MAGIC) + 4 : end])
    return header, data[:end], end


def decode(data: bytes, keys: dict[str, bytes], schema_known: int) -> Journal:
    """Check and decrypt a journal file's bytes; raises the matching JournalProblem."""
    header, prefix, offset = read_header(data)
    body = data[offset + _NONCE :]
    if len(data) < offset + _NONCE or len(body) < header.length:
        raise JournalIncomplete("it is still being copied")
    if len(body) > header.length:
        raise JournalTampered("it is longer than its header says")
    if header.schema > schema_known:
        raise JournalFromNewer("its data format is newer than this mentorpad knows")
    key = keys.get(header.key)
    if key is None:
        raise JournalOtherKey("it is encrypted with another passphrase")
    try:
        plain = zlib.decompress(AESGCM(key).decrypt(data[offset : offset + _NONCE], body, prefix))
    except (InvalidTag, zlib.error) as exc:
        raise JournalTampered("it fails its authenticity check") from exc
    (meta_len,) = struct.unpack(">I", plain[:4])
    meta = json.loads(plain[4 : 4 + meta_len].decode())
    return Journal(header, meta, plain[4 + meta_len :], hashlib.sha256(data).hexdigest())


def seq_of(name: str) -> int | None:
    """The sequence number of a canonical journal file name, else None."""
    match = _NAME.match(name)
    return int(match["seq"]) if match else None


def file_name(seq: int) -> str:
    return f"{seq:08d}{SUFFIX}"


def is_sync_tool_copy(name: str) -> bool:
    """A journal name that a sync tool changed ('00000003 (conflicted copy).mpchg',
    '00000003.sync-conflict-…mpchg', '00000003 (1).mpchg'): looked at, never trusted by
    name alone."""
    return name.endswith(SUFFIX) and seq_of(name) is None and not name.startswith(".")


def journal_files(folder: Path) -> list[tuple[str, Path]]:
    """(device id, path) of every journal-looking file in the sync folder."""
    found: list[tuple[str, Path]] = []
    try:
        devices = sorted(folder.iterdir())
    except OSError:
        return found
    for device in devices:
        if not (DEVICE_DIR.match(device.name) and device.is_dir() and not device.is_symlink()):
            continue
        for item in sorted(device.iterdir()):
            if item.name.endswith(SUFFIX) and item.is_file() and not item.is_symlink():
                found.append((device.name, item))
    return found
