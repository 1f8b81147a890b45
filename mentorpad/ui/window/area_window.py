"""The window's areas: built on first need, one per event-loop turn after the unlock
prompt has painted, loaded with the vault once the first screen after unlock is on screen,
then the idle work and each area's warm-up. MainWindow adds the pages and the wiring.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QStackedWidget, QToolButton

from mentorpad.ui.areas.base import Area, AreaSpec
from mentorpad.ui.window.menus import MenuWindow

if TYPE_CHECKING:
    from mentorpad.ui.session import VaultSession


class AreaWindow(MenuWindow):
    """The slots of the areas (an AreaSpec until built) and the chain that builds them."""

    area_changed = Signal(int)
    session: VaultSession
    area_stack: QStackedWidget
    nav_buttons: list[QToolButton]

    def __init__(self, areas: Sequence[Area | AreaSpec]) -> None:
        super().__init__()
        self._slots: list[Area | AreaSpec] = list(areas)  # specs are built on first need
        self._current_area = 0
        self._area_chain_paused = False
        self._idle_work: list[Callable[[], object]] = []
        self._unwarmed: list[Area] = [slot for slot in self._slots if isinstance(slot, Area)]
        self._unloaded: list[Area] = []  # built before unlock, the vault not yet shown in them

    def complete(self) -> None:
        """The window's second stage (MainWindow): what an area needs to be built."""
        raise NotImplementedError

    # -- areas, built on first need ---------------------------------------------------------

    @property
    def areas(self) -> list[Area]:
        """Every area, built now if it was not yet: areas talk to each other through the
        navigator, so once any but the first one shown is needed, all are built."""
        return [self._ensure_area(index) for index in range(len(self._slots))]

    def built_areas(self) -> list[Area]:
        """The areas built so far: the ones that may hold an edit or vault content."""
        return [slot for slot in self._slots if isinstance(slot, Area)]

    def _ensure_area(self, index: int, *, load: bool = True) -> Area:
        """Build the area at `index` in place of its placeholder page; if the vault is open
        it loads at once (`load=False`: the caller loads it)."""
        self.complete()
        slot = self._slots[index]
        if isinstance(slot, Area):
            if slot in self._unloaded:
                self._load(slot)
            return slot
        area = slot.build()
        self._slots[index] = area
        self._unwarmed.append(area)
        placeholder = self.area_stack.widget(index)
        was_current = self.area_stack.currentIndex() == index
        self.area_stack.insertWidget(index, area)
        if placeholder is not None:
            self.area_stack.removeWidget(placeholder)
            placeholder.deleteLater()
        if was_current:
            self.area_stack.setCurrentIndex(index)
        vault = self.session.vault
        if load and vault is not None:
            area.on_vault_opened(vault)
            area.set_presenting(self.action_presenting.isChecked())
        return area

    def _load(self, area: Area) -> None:
        """Show the open vault in an area built before the unlock."""
        self._unloaded.remove(area)
        vault = self.session.vault
        if vault is not None:
            area.on_vault_opened(vault)
            area.set_presenting(self.action_presenting.isChecked())

    def _load_all(self, *_request: object) -> None:
        """A request between areas (open this mentee, this entry...): every area must be
        able to answer it, so those not loaded yet load first."""
        while self._unloaded:
            self._load(self._unloaded[0])

    def forget_unloaded(self) -> None:
        """Locked before every area showed the vault: none of them has anything to show."""
        self._unloaded.clear()

    def loaded_areas(self) -> list[Area]:
        """The areas that show the open vault (built and loaded)."""
        return [area for area in self.built_areas() if area not in self._unloaded]

    def _build_next_area(self) -> None:
        """One area per event-loop turn after the start page painted (typing stays live),
        then the idle work, then each area's warm-up once the pool is idle. Paused from
        unlock until the first area has painted, and while a sync has the vault."""
        if self._area_chain_paused:
            return
        if self.session.suspended:  # a sync has the file: the areas load after it
            QTimer.singleShot(50, self, self._build_next_area)
            return
        if self.session.busy and isinstance(self._slots[self._current_area], Area):
            # The passphrase is being checked: keep the GUI thread free for the moment the
            # key arrives; the rest follows once the first screen after unlock has painted.
            self._area_chain_paused = True
            return
        if self._unloaded:  # the areas built while the passphrase was typed, one per turn
            self._load(self._unloaded[0])
            QTimer.singleShot(0, self, self._build_next_area)
            return
        order = [self._current_area, *range(len(self._slots))]  # the first screen first
        for index in order:
            if isinstance(self._slots[index], AreaSpec):
                self._ensure_area(index)
                QTimer.singleShot(0, self, self._build_next_area)
                return
        if self._idle_work:
            self._idle_work.pop(0)()
            QTimer.singleShot(0, self, self._build_next_area)
        elif self._unwarmed and self.session.background_busy:
            QTimer.singleShot(50, self, self._build_next_area)  # after the pool's work (parsing)
        elif self._unwarmed:
            self._unwarmed.pop(0).warm()
            QTimer.singleShot(0, self, self._build_next_area)

    def add_idle_work(self, work: Callable[[], object]) -> None:
        """Work for an idle moment once the areas are built, such as warming a cache the
        first screen after unlock reads: it is then done while the passphrase is typed."""
        self._idle_work.append(work)

    def show_area(self, index: int) -> None:
        if not 0 <= index < len(self._slots):
            return
        self._show_area(index)

    def _show_area(self, index: int, *, only: bool = False) -> None:
        """`only`: build just this area (the first one shown after unlock); otherwise build
        them all, since the shown area may send requests to any other."""
        for each in [index] if only else range(len(self._slots)):
            self._ensure_area(each)
        self._current_area = index
        self.nav_buttons[index].setChecked(True)
        self.area_stack.setCurrentIndex(index)
        self.area_changed.emit(index)

    def show_area_named(self, name: str) -> None:
        for index, slot in enumerate(self._slots):
            if slot_name(slot) == name:
                self.show_area(index)
                return

    def area(self, name: str) -> Area:
        for area in self.areas:
            if area.objectName() == name:
                return area
        raise KeyError(name)

    def current_area(self) -> Area:
        return self._ensure_area(self._current_area)


def slot_name(slot: Area | AreaSpec) -> str:
    return slot.name if isinstance(slot, AreaSpec) else slot.objectName()
