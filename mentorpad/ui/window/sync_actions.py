"""Sync in the window: File > Sync Folder…, Sync Now, Join a Synced Vault…, the quiet status
in the status bar, and a clear message when something needs the mentor (a conflict, a
device with an older passphrase, a passphrase changed elsewhere, a folder that vanished).

After a sync that brought changes, every built area reloads as after an unlock (each keeps
its place): an editor never goes on showing text another device has since replaced.

A join runs on a Worker thread behind a modal line that says what is happening (it takes
about ten seconds for a 10,000-session vault): the window repaints, and the new vault opens
when it is done. It cannot be cancelled; a lock meanwhile closes the line, and the new vault
then waits on the unlock prompt; quitting waits for the worker (finish_for_quit).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QPushButton

from mentorpad.models import VaultError, derive_key
from mentorpad.models.crypto import sync_key_id
from mentorpad.ui.background import Worker
from mentorpad.ui.labels import error_message, error_title
from mentorpad.ui.lockdown import generation, locked_since, run_dialog
from mentorpad.ui.sync_controller import SyncController
from mentorpad.ui.text import fill
from mentorpad.ui.widgets.busy import BusyDialog
from mentorpad.ui.widgets.file_dialogs import ask_folder
from mentorpad.ui.widgets.plain import inform, warn

if TYPE_CHECKING:
    from mentorpad.sync import Problem, SyncReport
    from mentorpad.ui.window.main_window import MainWindow

translate = QCoreApplication.translate


class SyncActions(QObject):
    """Owned by the window; holds the controller that decides when to sync."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.controller = SyncController(
            window.session, window.idle, self._flush_areas, self, clock=window.clock
        )
        self.status = QLabel()
        self.status.setObjectName("sync_status")
        self.status.setAccessibleName(translate("MainWindow", "Sync status"))
        self.conflicts_button = QPushButton()
        self.conflicts_button.setObjectName("conflicts_button")
        self.conflicts_button.setFlat(True)
        self.conflicts_button.hide()
        window.statusBar().addPermanentWidget(self.conflicts_button)
        window.statusBar().addPermanentWidget(self.status)
        self._told: set[str] = set()  # problems already shown this session
        self._asked = False  # the running sync was asked for (Sync Now): say when it is done
        self.join_engine: Callable[..., Any] | None = None  # None: mentorpad.sync.join_folder
        self._joining: tuple[Worker, Callable[[], None]] | None = None  # and its delivery
        self._quitting = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        window, controller = self._window, self.controller
        window.action_sync_folder.triggered.connect(self.choose_folder)
        window.action_sync_now.triggered.connect(self.sync_now)
        window.action_join.triggered.connect(self.join)
        window.action_conflicts.triggered.connect(self.review_conflicts)
        self.conflicts_button.clicked.connect(self.review_conflicts)
        window.session.vault_unlocked.connect(self._on_session_vault_unlocked)
        controller.status_changed.connect(self.status.setText)
        controller.synced.connect(self._on_controller_synced)
        controller.sync_failed.connect(self._on_controller_sync_failed)

    def _flush_areas(self) -> None:
        for area in self._window.built_areas():
            area.flush()

    # -- lifecycle ---------------------------------------------------------------------------

    def _on_session_vault_unlocked(self) -> None:
        self._told.clear()
        self._show_conflict_count()
        self._window.action_sync_now.setEnabled(self.controller.folder() is not None)
        self.controller.start()

    def on_vault_locking(self) -> None:
        """After every edit is saved and the backup written: send this device's changes."""
        self.controller.sync_on_lock()
        self.controller.stop()
        self.status.clear()
        self.conflicts_button.hide()

    def _show_conflict_count(self) -> None:
        from mentorpad.models.store import Store

        vault = self._window.session.vault
        count = len(Store(vault, self._window.clock).conflict_copies()) if vault is not None else 0
        self._window.action_conflicts.setEnabled(count > 0)
        self.conflicts_button.setVisible(count > 0)
        self.conflicts_button.setText(self.tr("%n text(s) edited on two devices", "", count))

    def review_conflicts(self) -> None:
        from mentorpad.models.store import Store
        from mentorpad.ui.conflicts_dialog import ConflictsDialog

        window = self._window
        vault = window.session.vault
        if vault is None:
            return
        dialog = ConflictsDialog(Store(vault, window.clock), window)
        run_dialog(dialog)
        dialog.deleteLater()
        if window.session.vault is not vault:  # locked meanwhile: the areas are cleared
            return
        for area in window.loaded_areas():
            area.clear_content()
            area.on_vault_opened(vault)
        window.navigator.data_changed.emit()
        self._show_conflict_count()

    # -- commands ----------------------------------------------------------------------------

    def choose_folder(self) -> None:
        window = self._window
        if window.session.vault is None:
            return
        current = self.controller.folder()
        chosen = ask_folder(
            window,
            translate("MainWindow", "Sync folder: a folder your sync tool or USB stick carries"),
            str(current or Path.home()),
        )
        if not chosen:
            return
        from mentorpad.sync import VaultInSyncFolder
        from mentorpad.sync.folder import refuse_vault_inside

        vault = window.session.vault
        assert vault is not None
        try:  # refused before it is kept: it would fail at every sync
            refuse_vault_inside(vault.path, Path(chosen))
        except VaultInSyncFolder as exc:
            warn(window, error_title(exc), sync_error_text(exc, Path(chosen)))
            return
        self.controller.set_folder(Path(chosen))
        window.action_sync_now.setEnabled(True)
        self.sync_now()

    def sync_now(self) -> None:
        if self.controller.sync_now():
            self._asked = True

    @property
    def running(self) -> bool:
        """A sync or a join is running in a worker."""
        return self.controller.running or self._joining is not None

    def finish_for_quit(self) -> None:
        """Quitting: wait for the worker; a join that ends now is not opened."""
        self._quitting = True
        if self._joining is not None:
            worker, deliver = self._joining
            worker.wait()
            deliver()  # now; claim() keeps the queued `done` from delivering it again
        self.controller.wait()

    def join(self) -> None:
        """A new vault on this computer from a sync folder another device writes to."""
        from mentorpad.sync import newest_header

        window = self._window
        folder = ask_folder(
            window,
            translate("MainWindow", "The sync folder your other computer syncs with"),
            str(Path.home()),
        )
        if not folder:
            return
        try:
            newest_header(Path(folder))
        except VaultError as exc:
            warn(window, error_title(exc), error_message(exc))
            return
        passphrase, ok = QInputDialog.getText(
            window,
            translate("MainWindow", "Join a synced vault"),
            translate("MainWindow", "The passphrase of your vault on the other computer:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        target = window.session.path
        if window.session.is_unlocked or target.exists():
            target = target.with_name("mentorpad-joined.vault")
        self._start_join(Path(folder), target, passphrase)

    def _start_join(self, folder: Path, target: Path, passphrase: str) -> None:
        """The join on a worker, behind a modal line; _joined opens the new vault."""
        from mentorpad.sync import join_folder

        if self.running:
            return
        since = generation()
        engine = self.join_engine or join_folder
        worker = Worker(lambda: engine(folder, target, passphrase), self)
        worker.setObjectName("join_worker")
        dialog = BusyDialog(
            translate("MainWindow", "Join a synced vault"),
            translate(
                "MainWindow",
                "Joining the synced vault… this can take a minute for a large vault.",
            ),
            self._window,
        )

        def joined() -> None:
            if worker.claim():
                self._joined(worker, dialog, since, (folder, target, passphrase))

        worker.done.connect(joined)
        self._joining = (worker, joined)
        worker.start()
        dialog.open()

    def _joined(
        self, worker: Worker, dialog: BusyDialog, since: int, job: tuple[Path, Path, str]
    ) -> None:
        worker.wait()
        self._joining = None
        worker.deleteLater()
        dialog.finish()
        dialog.deleteLater()
        folder, target, passphrase = job
        window = self._window
        _result, error = worker.outcome()
        if isinstance(error, VaultError):
            warn(window, error_title(error), sync_error_text(error, folder))
            return
        if error is not None:
            raise error
        if self._quitting:
            return
        self.controller.wait()  # the current vault's idle sync, if one runs now
        if locked_since(since):  # a lock came meanwhile: the new vault waits on the prompt
            if not window.session.is_unlocked:
                window.session.set_path(target)
                window.show_start_page()
            window.statusBar().showMessage(
                translate("MainWindow", "The synced vault is ready: unlock it to open it."),
                15000,
            )
            return
        if window.session.is_unlocked:
            window.session.lock()
        window.session.set_path(target)
        window.session.unlock(passphrase)

    # -- what the mentor is told ------------------------------------------------------------------

    def _on_controller_synced(self, report: SyncReport) -> None:
        window = self._window
        vault = window.session.vault
        asked, self._asked = self._asked, False
        if vault is None:  # locked while it ran: the lock screen shows nothing of it
            return
        if asked:
            window.statusBar().showMessage(translate("MainWindow", "Synced"), 3000)
        if report.applied:
            for area in window.loaded_areas():  # the others read the vault when they load
                area.clear_content()  # each remembers its place, as on lock
                area.on_vault_opened(vault)
            window.navigator.data_changed.emit()
        messages = []
        self._show_conflict_count()
        if report.conflicts:
            messages.append(
                translate(
                    "MainWindow",
                    "Some texts were edited on two devices. Both versions are kept: choose "
                    "which to keep with File > Review Sync Conflicts… (or the button in the "
                    "status bar).",
                )
            )
        for problem in report.needs_attention:
            key = f"{problem.kind}:{problem.device}:{problem.file}"
            if key not in self._told:
                self._told.add(key)
                messages.append(problem_text(problem))
        if messages:
            inform(window, translate("MainWindow", "Sync"), "\n\n".join(messages))

    def _on_controller_sync_failed(self, exc: object) -> None:
        from mentorpad.sync import PassphraseChangedElsewhere

        assert isinstance(exc, VaultError)
        window = self._window
        self._asked = False
        if window.session.vault is None:  # locked while it ran; the next sync tells again
            return
        if isinstance(exc, PassphraseChangedElsewhere):
            self._adopt_new_passphrase(exc)
            return
        key = f"failed:{type(exc).__name__}"
        if key in self._told:
            return
        self._told.add(key)
        text = sync_error_text(exc, self.controller.folder())
        warn(window, error_title(exc), text)

    def _adopt_new_passphrase(self, exc: VaultError) -> None:
        """Another device changed the passphrase: take it here too, so its journals open."""
        window = self._window
        vault = window.session.vault
        folder = self.controller.folder()
        if vault is None or folder is None:
            return
        wanted = _key_ids_in(folder) - {sync_key_id(vault.key)}
        passphrase, ok = QInputDialog.getText(
            window,
            error_title(exc),
            error_message(exc)
            + "\n\n"
            + translate("MainWindow", "The new passphrase (it then opens this vault too):"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not passphrase or window.session.vault is not vault:
            return
        new_key = derive_key(passphrase, vault.key.salt)
        if sync_key_id(new_key) not in wanted:
            warn(
                window,
                error_title(exc),
                translate(
                    "MainWindow",
                    "That is not the passphrase the other device uses now; nothing was changed.",
                ),
            )
            return
        try:
            vault.change_passphrase(passphrase, check_strength=False)
        except VaultError as error:
            warn(window, error_title(error), error_message(error))
            return
        self._told.clear()
        self.sync_now()


def problem_text(problem: Problem) -> str:
    """What a sync found, in the interface's language (the engine's English otherwise)."""
    texts = {
        "tampered": translate(
            "MainWindow",
            "%1 from %2 fails its authenticity check (damaged or altered); it was not applied.",
        ),
        "newer": translate(
            "MainWindow",
            "%1 from %2 was written by a newer mentorpad; update mentorpad here to apply it.",
        ),
        "old-key": translate(
            "MainWindow",
            "%1 from %2 was written with your previous passphrase: unlock that device with "
            "it, then change it to the new one there.",
        ),
        "sync-tool-copy": translate(
            "MainWindow",
            "%1 from %2 is a copy a file-sync tool made, different from the original; its "
            "changes were applied too.",
        ),
        "foreign": translate(
            "MainWindow", "%1 from %2 belongs to another vault; it was left alone."
        ),
        "base-lost": translate(
            "MainWindow",
            "This device lost its record of the last sync (the .syncbase file beside the "
            "vault): changes made here since that sync could not be told apart and were not "
            "sent; they remain on this device.",
        ),
    }
    template = texts.get(problem.kind)
    if template is None:
        return problem.message
    return fill(template, problem.file, problem.device_name)


def sync_error_text(exc: VaultError, folder: Path | None) -> str:
    """Why a sync could not run, in the interface's language."""
    from mentorpad.sync import DeviceClash, SyncFolderProblem, VaultInSyncFolder

    if isinstance(exc, VaultInSyncFolder):
        return fill(
            translate(
                "MainWindow",
                "The vault file is inside the sync folder %1: your sync tool would copy the "
                "vault file itself, which is how vaults get damaged or roll back. Nothing was "
                "changed. Choose a folder that does not hold the vault, or move the vault out "
                "of it.",
            ),
            str(folder or ""),
        )
    if isinstance(exc, SyncFolderProblem) and "is not there" in exc.user_message:
        return fill(
            translate(
                "MainWindow",
                "The sync folder %1 is not there (an unplugged drive, or a sync tool that is not "
                "running?). Nothing was changed; mentorpad tries again later.",
            ),
            str(folder or ""),
        )
    if isinstance(exc, SyncFolderProblem) and "another vault" in exc.user_message:
        return translate(
            "MainWindow",
            "This folder holds another vault's sync data. Choose the folder this vault syncs "
            "with (File > Sync Folder…), or an empty one.",
        )
    if isinstance(exc, DeviceClash):
        return translate(
            "MainWindow",
            "Another vault publishes changes under this device's identity in the sync folder, "
            "so nothing was synced. If this vault file was copied to another computer, delete "
            "that copy there and use Join a Synced Vault instead.",
        )
    return error_message(exc)


def _key_ids_in(folder: Path) -> set[str]:
    """The key ids the folder's journals use (their headers are in the clear)."""
    from mentorpad.sync import journal

    ids = set()
    for _device, path in journal.journal_files(folder):
        try:
            ids.add(journal.read_header(path.read_bytes())[0].key)
        except (OSError, journal.JournalProblem):
            continue
    return ids
