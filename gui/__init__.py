"""GAN Studio's window: PySide6 widgets and the one worker that owns the engine in a QThread."""

from gui.window.main_window import MainWindow

__all__ = ["MainWindow"]
