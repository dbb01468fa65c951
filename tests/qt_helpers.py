"""What the window tests share: the small run they train, how long to wait, and a real button click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from engine.config import TrainConfig

CONFIG = TrainConfig().replace(batch_size=16, train_images=256, grid_every=5, epochs=50, seed=5)
WAIT = 60_000  # ms; TensorFlow's import and first trace on a busy 2-core machine


def click(qtbot, window, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
