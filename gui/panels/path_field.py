"""A path typed in a line edit or chosen with a browse button beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


class PathField(QWidget):
    """`edit` holds the path; the button asks `choose(current)` for a new one (empty: keep). `chosen` says the
    user typed or chose one (not set by the program)."""

    chosen = Signal(str)

    def __init__(self, text: str, button_text: str, choose: Callable[[str], str], parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(text)
        self.button = QPushButton(button_text)
        self.button.clicked.connect(self._browse)
        self.edit.textEdited.connect(self.chosen)
        self._choose = choose
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)

    def _browse(self) -> None:
        chosen = self._choose(self.edit.text())
        if chosen:
            self.edit.setText(chosen)
            self.chosen.emit(chosen)
