"""This device's sync bookkeeping, kept in the vault (tables that never sync), and the
identity it publishes under."""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
from pathlib import Path

import apsw

from mentorpad.models import files, paths
from mentorpad.models.errors import TargetExists

MACHINE_FILE = "machine-id"


class State:
    """sync_state as a dict that writes through (inside the caller's transaction)."""

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

    def publisher(self) -> str:
        """Proof, inside our journals, that they are ours: a digest of a secret only this
        device's vault holds."""
        digest: str = hashlib.sha256(self.get("secret").encode()).hexdigest()
        return digest[:16]

    def new_identity(self) -> None:
        """A device id of its own, numbering from 1: for a new device, a vault that was
        copied or moved, or one that starts over."""
        self.set("device", secrets.token_hex(8))
        self.set("secret", secrets.token_hex(16))
        self.set("next_seq", "1")


def machine_marker() -> str:
    """A random id for this computer and user, in the local (never roaming) data folder."""
    path = paths.data_dir() / MACHINE_FILE
    try:
        return path.read_text(encoding="ascii").strip()
    except OSError:
        pass
    marker = secrets.token_hex(16)
    paths.make_private_dir(path.parent)
    try:
        files.publish_text(path, marker, what="machine id")
    except TargetExists:  # another process made it first
        return path.read_text(encoding="ascii").strip()
    return marker


def home_of(vault_path: Path) -> str:
    """Where this vault lives: this computer and this path. A vault found elsewhere was
    copied or moved, and must not publish as the device it came from."""
    place = f"{machine_marker()}\0{os.path.abspath(vault_path)}"
    return hashlib.sha256(place.encode()).hexdigest()[:16]


def load_identity(
    con: apsw.Connection, vault_path: Path, device_name: str, *, joining: bool = False
) -> State:
    """This device's identity, committed before the sync transaction (a journal published
    by a sync that was then killed is still recognisably ours). A join is noted too: if it
    is killed, the next sync of the new vault finishes it instead of refusing the folder."""
    with con:
        state = State(con)
        if joining and not state.get("vault"):
            state.set("joining", "1")
        home = home_of(vault_path)
        if not state.get("device") or state.get("home") != home:
            state.new_identity()
            state.set("home", home)
        if device_name and state.get("name") != device_name:
            state.set("name", device_name)
        elif not state.get("name"):
            state.set("name", socket.gethostname() or "this computer")
    return state
