"""Start the window: the QApplication, then MainWindow, shown before TensorFlow is imported."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui import i18n


def run_app(argv: list[str] | None = None, data_dir: str | None = None, devices: int = 1) -> int:
    """`devices`: how many devices to make available to runs (engine.compute.devices.prepare)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("GAN Studio")
    app.setOrganizationName("GAN Studio")
    settings = QSettings()  # what the window remembers between launches
    i18n.install(i18n.chosen_language(settings))  # before any text is made
    from gui.window.main_window import MainWindow

    window = MainWindow(data_dir=data_dir, settings=settings, devices=devices)
    window.show()
    code = app.exec()
    if window.restart_requested:  # View -> Language: start again in the language chosen
        os.execv(sys.executable, [sys.executable, *sys.argv])
    return code
