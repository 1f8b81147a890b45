"""Key derivation and page-level diagnosis for SQLCipher 4 vaults.

We derive the key ourselves with the exact SQLCipher 4 defaults (PBKDF2-HMAC-SHA512,
256,000 iterations, 16-byte salt kept in the file's first bytes) and hand SQLCipher the raw
key as hex. Two reasons: the passphrase never goes near SQL text, and the slow KDF can run off
the GUI thread while the connection is still opened on it. A vault stays openable with the
passphrase by any stock SQLCipher 4 tool.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import math
import unicodedata
from dataclasses import dataclass
from pathlib import Path

KDF_ITERATIONS = 256_000
SALT_BYTES = 16
KEY_BYTES = 32
PAGE_SIZE = 4096
_IV_BYTES = 16
_HMAC_BYTES = 64
_RESERVE = _IV_BYTES + _HMAC_BYTES  # SQLCipher 4 default reserve per page
_HMAC_SALT_MASK = 0x3A
_FAST_KDF_ITERATIONS = 2
MIN_PASSPHRASE_CHARS = 10


@dataclass(frozen=True, repr=False)
class VaultKey:
    """A derived raw key with the salt it belongs to. repr hides the bytes."""

    key: bytes
    salt: bytes

    def __post_init__(self) -> None:
        if len(self.key) != KEY_BYTES or len(self.salt) != SALT_BYTES:
            raise ValueError("a vault key is 32 key bytes and 16 salt bytes")

    def sqlcipher_key(self) -> bytes:
        """The raw-key form SQLCipher accepts: x'<64 hex key><32 hex salt>'."""
        return b"x'" + (self.key + self.salt).hex().encode("ascii") + b"'"

    def __repr__(self) -> str:
        return "VaultKey(<hidden>)"


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC first, so the same passphrase typed on macOS and Windows gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def derive_key(passphrase: str, salt: bytes, iterations: int = KDF_ITERATIONS) -> VaultKey:
    """The slow step (~0.1 s). hashlib releases the GIL, so a worker thread keeps the UI live."""
    raw = hashlib.pbkdf2_hmac(
        "sha512", normalize_passphrase(passphrase), salt, iterations, KEY_BYTES
    )
    return VaultKey(raw, salt)


def hkdf_sha256(ikm: bytes, *, salt: bytes, info: bytes, length: int = 32) -> bytes:
    """RFC 5869 HKDF with SHA-256, from the `cryptography` package (a kept, reviewed
    implementation rather than our own)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


def sync_key(key: VaultKey) -> bytes:
    """The key of this vault's sync journals, derived from the vault key: every device with
    the passphrase (and the shared salt) derives it; it reveals nothing of the vault key."""
    return hkdf_sha256(key.key, salt=b"mentorpad sync v1", info=b"journal key")


def sync_key_id(key: VaultKey) -> str:
    """A public fingerprint of the journal key: tells 'another passphrase' from damage."""
    return hmac.new(key.key, b"mentorpad sync key id", hashlib.sha256).hexdigest()[:16]


def _hmac_key(key: VaultKey) -> bytes:
    mask = bytes(b ^ _HMAC_SALT_MASK for b in key.salt)
    return hashlib.pbkdf2_hmac("sha512", key.key, mask, _FAST_KDF_ITERATIONS, KEY_BYTES)


def page_is_authentic(page: bytes, page_number: int, hmac_key: bytes) -> bool:
    """Check one page's HMAC exactly as SQLCipher 4 does (no decryption needed)."""
    if len(page) != PAGE_SIZE:
        return False
    start = SALT_BYTES if page_number == 1 else 0
    end = PAGE_SIZE - _RESERVE + _IV_BYTES
    body = page[start:end] + page_number.to_bytes(4, "little")
    stored = page[end : end + _HMAC_BYTES]
    return hmac.compare_digest(hmac.new(hmac_key, body, hashlib.sha512).digest(), stored)


@dataclass(frozen=True)
class PageReport:
    """Which pages of a file authenticate under a key: tells wrong passphrase from damage."""

    pages: int
    bad: tuple[int, ...]
    trailing_bytes: int

    @property
    def any_good(self) -> bool:
        return len(self.bad) < self.pages

    @property
    def all_good(self) -> bool:
        return not self.bad and self.trailing_bytes == 0


def verify_file(path: Path, key: VaultKey, chunk_pages: int = 256) -> PageReport:
    """verify_pages over a whole file, read a megabyte at a time (a vault can be large)."""
    hkey = _hmac_key(key)
    bad: list[int] = []
    pages = 0
    trailing = 0
    with path.open("rb") as handle:
        while chunk := handle.read(chunk_pages * PAGE_SIZE):
            whole = len(chunk) // PAGE_SIZE
            for i in range(whole):
                number = pages + i + 1
                page = chunk[i * PAGE_SIZE : (i + 1) * PAGE_SIZE]
                if not page_is_authentic(page, number, hkey):
                    bad.append(number)
            pages += whole
            trailing = len(chunk) % PAGE_SIZE
    return PageReport(pages=pages, bad=tuple(bad), trailing_bytes=trailing)


def verify_pages(data: bytes, key: VaultKey, limit: int | None = None) -> PageReport:
    """Authenticate up to `limit` whole pages of a raw file image."""
    hkey = _hmac_key(key)
    whole = len(data) // PAGE_SIZE
    count = whole if limit is None else min(whole, limit)
    bad = tuple(
        n
        for n in range(1, count + 1)
        if not page_is_authentic(data[(n - 1) * PAGE_SIZE : n * PAGE_SIZE], n, hkey)
    )
    return PageReport(pages=count, bad=bad, trailing_bytes=len(data) % PAGE_SIZE)


# -- passphrase strength ---------------------------------------------------------------------

_COMMON = frozenset(
    [
        "password",
        "passw0rd",
        "password1",
        "123456789",
        "1234567890",
        "qwertyuiop",
        "azertyuiop",
        "iloveyou",
        "letmein",
        "welcome",
        "admin",
        "mentorpad",
        "mentoring",
        "mentor",
        "sunshine",
        "princess",
        "football",
        "monkey",
        "dragon",
        "baseball",
        "superman",
        "trustno1",
        "abc123",
        "qwerty123",
        "changeme",
        "secret",
    ]
)


@dataclass(frozen=True)
class Strength:
    """A 0-4 score with the reason shown under the strength bar."""

    score: int
    bits: float
    acceptable: bool
    reason: str

    @property
    def label(self) -> str:
        return ("Very weak", "Weak", "Fair", "Strong", "Very strong")[self.score]


def _pool_size(text: str) -> int:
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pool += 33
    if any(not c.isascii() for c in text):
        pool += 100
    return max(pool, 1)


def passphrase_strength(passphrase: str) -> Strength:
    """A conservative estimate: length and variety, discounted for repeats and common words.

    A passphrase of several ordinary words scores well: length matters more than symbols.
    """
    text = passphrase
    if not text:
        return Strength(0, 0.0, False, "Enter a passphrase.")
    if text.strip() != text and not text.strip():
        return Strength(0, 0.0, False, "A passphrase of only spaces is too easy to guess.")
    lowered = text.lower()
    if lowered in _COMMON or lowered.rstrip("0123456789!") in _COMMON:
        return Strength(0, 0.0, False, "This is one of the most common passwords.")
    distinct = len(set(text))
    if distinct <= 2:
        return Strength(0, 0.0, False, "Too many repeated characters.")
    # Effective length: runs of the same character count once.
    effective = 1 + sum(1 for a, b in itertools.pairwise(text) if a != b)
    bits = effective * math.log2(_pool_size(text))
    if distinct < 5:
        bits = min(bits, 30.0)
    words = [w for w in text.replace("-", " ").split() if len(w) >= 3]
    if len(words) >= 4:
        bits = max(bits, 4 * 11.0 + len(words))  # four random-ish words: ~44+ bits
    if len(text) < MIN_PASSPHRASE_CHARS:
        return Strength(
            min(1, int(bits // 30)),
            bits,
            False,
            f"Use at least {MIN_PASSPHRASE_CHARS} characters: a short sentence works well.",
        )
    score = 0 if bits < 28 else 1 if bits < 40 else 2 if bits < 55 else 3 if bits < 75 else 4
    if score < 2:
        return Strength(score, bits, False, "Too easy to guess: add a few more words.")
    reason = {
        2: "Acceptable. A few more words would make it stronger.",
        3: "Strong.",
        4: "Very strong.",
    }[score]
    return Strength(score, bits, True, reason)
