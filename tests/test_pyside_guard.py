"""PySide6 6.12.0 on Python 3.11 drops a reference to None on item-view calls and aborts the
interpreter after a few thousand. We pin below 6.12; this fails if an upgrade brings it back."""

from __future__ import annotations

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
    before = sys.getrefcount(None)
    for i in range(500):
        lst.addItem(f"item {i}")
        table.setItem(i % 50, 0, QTableWidgetItem(str(i)))
        tree.addTopLevelItem(QTreeWidgetItem([str(i)]))
        model.appendRow(QStandardItem(str(i)))
    lst.clear()
    table.clear()
    tree.clear()
    model.clear()
    after = sys.getrefcount(None)
    if sys.version_info < (3, 12):
        assert after >= before - 50, f"None lost {before - after} references"
