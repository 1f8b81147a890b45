"""Every earlier schema version has a checked-in vault, and each one upgrades and opens."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mentorpad.models import Vault
from mentorpad.models.schema import MIGRATIONS, SCHEMA_VERSION
from mentorpad.models.store import Store
from tools.make_fixture_vault import FIXTURE_KEY

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_fixture_for_every_version() -> None:
    versions = sorted(int(p.stem.split("-v")[1]) for p in FIXTURES.glob("vault-v*.vault"))
    assert versions == sorted(MIGRATIONS), "run tools/make_fixture_vault.py for the new version"


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("vault-v*.vault")), ids=lambda p: p.stem)
def test_fixture_upgrades_and_keeps_everything(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    with Vault.open(path, key=FIXTURE_KEY) as vault:
        assert vault.schema_version == SCHEMA_VERSION
        store = Store(vault)
        mentee = store.find_mentee("Fixture Falcon")
        assert mentee is not None and mentee.stage == "new"
        (session,) = store.sessions(mentee.id)
        record = store.session_record(session.id)
        assert record is not None
        assert record.notes["notes"] == "fixture notes about delegation"
        assert record.session.themes == ("struggling.delegation",)
        assert record.ratings[0].rating == 2
        assert store.agreement(mentee.id).goals[0].text == "Delegate the weekly plan"  # type: ignore[union-attr]
        assert [h.source for h in store.search("delegation")] == ["notes"]
        assert vault.check_integrity().ok


def test_migrations_are_numbered_from_one() -> None:
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION + 1))
