"""The start path: the unlock prompt paints before the rest of the app is loaded or built,
and the rest follows on its own (issue 16; speed itself is measured by `make bench`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from mentorpad.models import Vault, VaultKey
from tests.conftest import ROOT
from tests.ui.conftest import WindowFactory

# Loaded only once the prompt is on screen (or once the vault is open).
AFTER_THE_PROMPT = (
    "mentorpad.cli",
    "mentorpad.models.vault",
    "mentorpad.models.store",
    "mentorpad.models.files",
    "mentorpad.models.backups",
    "mentorpad.guides",
    "mentorpad.review",
    "mentorpad.reports",
    "mentorpad.sync",
    "mentorpad.ui.areas.home",
    "mentorpad.ui.areas.mentees",
    "mentorpad.ui.guards",
    "mentorpad.ui.labels",
    "mentorpad.ui.settings_dialog",
    "mentorpad.ui.window.file_actions",
    "mentorpad.ui.window.sync_actions",
    "sqlcipher3",
    "apsw",
    "markdown",
)


def _modules_at_prompt(vault_path: Path, home: Path) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MENTORPAD_")}
    env.update(MENTORPAD_BENCH_MARK="1", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"))
    done = subprocess.run(
        [sys.executable, "-m", "mentorpad", "--vault", str(vault_path)],
        cwd=ROOT,
        env=env,
        input="\n",  # an empty passphrase: quit at the prompt
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    found = [line for line in done.stdout.splitlines() if line.startswith("mentorpad-modules")]
    assert found, done.stdout
    return found[0].split()[1:]


def test_the_unlock_prompt_paints_before_the_rest_is_loaded(
    tmp_path: Path, raw_key: VaultKey
) -> None:
    vault_path = tmp_path / "m.vault"
    Vault.create(vault_path, key=raw_key).close()
    loaded = _modules_at_prompt(vault_path, tmp_path / "home")
    assert "mentorpad.ui.unlock" in loaded  # the prompt itself
    early = [name for name in loaded if name.startswith(AFTER_THE_PROMPT)]
    assert early == []


def test_a_deferred_window_completes_itself_after_its_first_paint(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, raw_key: VaultKey
) -> None:
    vault_path = tmp_path / "m.vault"
    Vault.create(vault_path, key=raw_key).close()
    window = make_window(vault_path, deferred=True)
    assert window.pages.currentWidget() is window.unlock_page
    qtbot.waitUntil(lambda: window.menuBar().actions() != [])
    assert window.action_lock.isEnabled() is False  # nothing open yet
    window.session.open_with(Vault.open(vault_path, key=raw_key))
    assert window.pages.currentWidget() is window.workspace
    assert window.action_lock.isEnabled()


def test_an_unlock_before_the_second_stage_completes_the_window_first(
    make_window: WindowFactory, tmp_path: Path, raw_key: VaultKey
) -> None:
    """Autotype can submit the passphrase before the prompt has painted."""
    vault_path = tmp_path / "m.vault"
    Vault.create(vault_path, key=raw_key).close()
    window = make_window(vault_path, deferred=True)
    window.session.open_with(Vault.open(vault_path, key=raw_key))  # no event loop turn yet
    assert window.pages.currentWidget() is window.workspace
    assert window.action_lock.isEnabled()
    assert window.current_area().objectName() == "home"


def test_areas_built_before_the_unlock_show_the_vault_after_the_first_screen(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, raw_key: VaultKey
) -> None:
    """At unlock only the first screen reads the vault; the others follow once it has
    painted, and any request between areas loads them first."""
    from mentorpad.models.store import Store
    from mentorpad.ui.areas.mentees.area import MenteesArea

    vault_path = tmp_path / "m.vault"
    vault = Vault.create(vault_path, key=raw_key)
    mentee = Store(vault).add_mentee("Noor")
    vault.close()
    window = make_window(vault_path)
    areas = window.areas  # all built while the passphrase is typed
    mentees = next(a for a in areas if isinstance(a, MenteesArea))
    window.session.open_with(Vault.open(vault_path, key=raw_key))
    assert window.current_area().objectName() == "home"
    assert mentees.store is None, "not read at unlock: the first screen comes first"

    window.navigator.mentee_requested.emit(mentee)  # Home asks before the chain got there
    assert mentees.store is not None
    assert mentees.mentee is not None and mentees.mentee.display_name == "Noor"


def test_the_other_areas_load_on_their_own_after_unlock(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, raw_key: VaultKey
) -> None:
    from mentorpad.ui.areas.search.area import SearchArea

    vault_path = tmp_path / "m.vault"
    Vault.create(vault_path, key=raw_key).close()
    window = make_window(vault_path)
    search = next(a for a in window.areas if isinstance(a, SearchArea))
    window.session.open_with(Vault.open(vault_path, key=raw_key))
    assert search.store is None
    qtbot.waitUntil(lambda: search.store is not None)
    window.session.lock()
    assert search.store is None


def test_a_window_that_cannot_paint_still_loads_its_areas(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, raw_key: VaultKey
) -> None:
    """The chain waits for the first screen's paint; a hidden, minimised or covered window
    gets none, and its other areas must load all the same."""
    from mentorpad.ui.areas.search.area import SearchArea

    vault_path = tmp_path / "m.vault"
    Vault.create(vault_path, key=raw_key).close()
    window = make_window(vault_path)
    search = next(a for a in window.areas if isinstance(a, SearchArea))
    window.hide()  # no paint event from here on
    window.session.open_with(Vault.open(vault_path, key=raw_key))
    assert search.store is None
    qtbot.waitUntil(lambda: search.store is not None)
