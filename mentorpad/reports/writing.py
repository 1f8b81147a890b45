"""The one way a plaintext report is written."""

from __future__ import annotations

from pathlib import Path

from mentorpad.models.files import publish_bytes


def write_private_bytes(path: Path, data: bytes) -> Path:
    """A new 0600 file, published with the no-replace primitive (models.files): refuses
    with TargetExists if anything at all is at `path`, leaves nothing behind on failure."""
    return publish_bytes(Path(path), data, what="report")


def write_private_text(path: Path, text: str) -> Path:
    return write_private_bytes(path, text.encode("utf-8"))
