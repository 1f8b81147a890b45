"""A journal file on its own: AES-256-GCM with an HKDF-derived key, its clear header
authenticated, each way of being unusable told apart, and the hybrid clock it carries."""

from __future__ import annotations

import secrets
import struct
import zlib

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mentorpad.models import VaultKey
from mentorpad.models.crypto import hkdf_sha256, sync_key, sync_key_id
from mentorpad.sync import journal as jr
from mentorpad.sync.hlc import Stamp, receive, tick

DEVICE = "0123456789abcdef"


def _header(key: VaultKey, seq: int = 1) -> jr.Header:
    return jr.Header(
        vault="feedfacefeedface",
        device=DEVICE,
        seq=seq,
        hlc=str(Stamp(1_772_000_000_000, 0, DEVICE)),
        key=sync_key_id(key),
        salt=key.salt.hex(),
        schema=3,
    )


def test_hkdf_is_rfc_5869() -> None:
    """RFC 5869, test case 1."""
    okm = hkdf_sha256(
        bytes([0x0B] * 22), salt=bytes(range(13)), info=bytes(range(0xF0, 0xFA)), length=42
    )
    assert okm.hex() == (
        "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
    )


def test_the_journal_key_is_derived_not_the_vault_key(raw_key: VaultKey) -> None:
    key = sync_key(raw_key)
    assert len(key) == 32 and key != raw_key.key  # AES-256; the vault key never leaves
    assert sync_key(VaultKey(raw_key.key, raw_key.salt)) == key  # every device derives it
    assert sync_key(VaultKey(secrets.token_bytes(32), raw_key.salt)) != key


def test_a_journal_is_aes_gcm_over_its_authenticated_header(raw_key: VaultKey) -> None:
    data = jr.encode(_header(raw_key), {"device_name": "home"}, b"the changeset", sync_key(raw_key))
    header, prefix, offset = jr.read_header(data)
    assert header.device == DEVICE and header.seq == 1 and Stamp.parse(header.hlc).ms > 0
    nonce, body = data[offset : offset + 12], data[offset + 12 :]
    plain = zlib.decompress(AESGCM(sync_key(raw_key)).decrypt(nonce, body, prefix))
    (meta_len,) = struct.unpack(">I", plain[:4])
    assert plain[4 + meta_len :] == b"the changeset"
    journal = jr.decode(data, {header.key: sync_key(raw_key)}, 3)
    assert journal.changeset == b"the changeset" and journal.device_name == "home"


def test_each_unusable_journal_is_told_apart(raw_key: VaultKey) -> None:
    keys = {sync_key_id(raw_key): sync_key(raw_key)}
    data = jr.encode(_header(raw_key), {}, b"changes", sync_key(raw_key))
    renumbered = data.replace(b'"seq":1', b'"seq":2')  # the clear header, altered
    assert renumbered != data
    with pytest.raises(jr.JournalTampered):
        jr.decode(renumbered, keys, 3)
    with pytest.raises(jr.JournalIncomplete):
        jr.decode(data[: len(data) - 7], keys, 3)  # the sync tool is mid-copy
    with pytest.raises(jr.JournalTampered):
        jr.decode(data + b"\0", keys, 3)
    with pytest.raises(jr.JournalOtherKey):
        jr.decode(data, {"someone-else": b"\0" * 32}, 3)
    with pytest.raises(jr.JournalFromNewer):
        jr.decode(data, keys, 2)  # a schema this mentorpad does not know
    newer = jr.encode(
        jr.Header(**{**_header(raw_key).__dict__, "format": jr.FORMAT + 1}),
        {},
        b"",
        sync_key(raw_key),
    )
    with pytest.raises(jr.JournalFromNewer):
        jr.decode(newer, keys, 3)


def test_the_hybrid_clock_never_runs_backwards() -> None:
    last = Stamp(5_000, 0, DEVICE)
    assert tick(last, 9_000, DEVICE) == Stamp(9_000, 0, DEVICE)
    behind = tick(last, 1_000, DEVICE)  # the wall clock jumped back
    assert behind > last and behind.ms == last.ms
    seen = Stamp(7_000, 3, "f" * 16)
    assert receive(last, seen) == seen and tick(receive(last, seen), 6_000, DEVICE) > seen
    assert str(behind) < str(tick(behind, 1_000, DEVICE))  # the text form sorts alike
