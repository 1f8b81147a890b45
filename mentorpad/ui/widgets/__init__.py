"""Widgets shared by more than one area: charts, editors, the safe note view, item models,
the file dialogs that leave no trace, and the plaintext export path."""
