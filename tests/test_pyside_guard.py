"""PySide6 6.12.0 on Python 3.11 drops a reference to None on item-view calls and aborts the
interpreter after a few thousand. We pin below 6.12; this fails if an upgrade brings it back."""

from __future__ import annotations

import gc
import sys

import PySide6
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot

CALLS = 1000


def test_pinned_below_the_broken_release() -> None:
    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12), "PySide6 6.12 corrupts None's refcount on Python 3.11"


def test_item_view_calls_keep_none_refcount(qtbot: QtBot) -> None:
    lst, table, tree, model = (
        QListWidget(),
        QTableWidget(50, 2),
        QTreeWidget(),
        QStandardItemModel(),
    )
    for w in (lst, table, tree):
        qtbot.addWidget(w)
    gc.collect()
    before = sys.getrefcount(None)
    for i in range(CALLS):
        lst.addItem(f"item {i}")
        table.setItem(i % 50, 0, QTableWidgetItem(str(i)))
        tree.addTopLevelItem(QTreeWidgetItem([str(i)]))
        model.appendRow(QStandardItem(str(i)))
    lst.clear()
    table.clear()
    tree.clear()
    model.clear()
    gc.collect()
    after = sys.getrefcount(None)
    if sys.version_info < (3, 12):
        # The broken release loses one reference per call (4 x CALLS); unrelated frees during
        # the loop move the count by far less.
        assert before - after < CALLS, f"None lost {before - after} references"
