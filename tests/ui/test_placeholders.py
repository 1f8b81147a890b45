"""Placeholders are filled in one pass: a value that looks like a placeholder ("%2", a
mentee's name) is shown as it is, never filled in turn."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mentorpad.models import Vault, VaultKey
from mentorpad.models.store import Store
from mentorpad.ui.text import fill
from tests.ui.conftest import WindowFactory


@pytest.mark.parametrize(
    ("template", "values", "shown"),
    [
        ("%1  (%2)", ("%2", "paused"), "%2  (paused)"),
        ("%1 and %2", ("%2%1", "%1"), "%2%1 and %1"),
        ("%2 before %1", ("one", "two"), "two before one"),
        ("%1 of %1", ("x",), "x of x"),
        ("%1% done, %3 left", ("50", "unused"), "50% done, %3 left"),
        ("100% sure", (), "100% sure"),
    ],
)
def test_fill_is_one_pass(template: str, values: tuple[str, ...], shown: str) -> None:
    assert fill(template, *values) == shown


def test_a_mentee_named_like_a_placeholder_shows_literally(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    path = tmp_path / "p.vault"
    with Vault.create(path, key=raw_key) as vault:
        store = Store(vault)
        store.add_mentee("%2", status="paused")
        store.add_mentee("%1 %2 %3", status="closed")
    window = make_window(path)
    window.session.open_with(Vault.open(path, key=raw_key))
    area = window.area("mentees")
    model = area.mentee_model  # type: ignore[attr-defined]
    area.show_archived.setChecked(True)  # type: ignore[attr-defined]
    rows = sorted(model.data(model.index(row)) for row in range(model.rowCount()))
    assert rows == ["%1 %2 %3  (closed)", "%2  (paused)"]
