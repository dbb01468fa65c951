"""Start the window: the QApplication, then MainWindow, shown before TensorFlow is imported."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def run_app(argv: list[str] | None = None, data_dir: str | None = None, devices: int = 1) -> int:
    """`devices`: how many devices to make available to runs (engine.compute.devices.prepare)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("GAN Studio")
    app.setOrganizationName("GAN Studio")
    from gui.window.main_window import MainWindow

    window = MainWindow(data_dir=data_dir, settings=QSettings(), devices=devices)  # remembered between launches
    window.show()
    return app.exec()
