"""File dialogs that start in the folder the user last saved to or opened from (kept across sessions)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget


def _settings() -> QSettings:
    return QSettings("GAN Studio", "GAN Studio")


def last_folder(fallback: str | None = None) -> str:
    """The remembered folder, else `fallback` (e.g. the run's folder), else the working directory."""
    return str(_settings().value("lastFolder", fallback or str(Path.cwd())))


def remember(path: str) -> None:
    _settings().setValue("lastFolder", str(Path(path).parent))


def ask_save_path(parent: QWidget, title: str, name: str, file_filter: str, suffix: str,
                  fallback: str | None = None) -> str | None:
    """Ask where to save, proposing `name` in the last folder; the suffix is added if left off."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(last_folder(fallback)) / name), file_filter)
    if not path:
        return None
    if not path.endswith(suffix):
        path += suffix
    remember(path)
    return path


def ask_open_path(parent: QWidget, title: str, file_filter: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, last_folder(), file_filter)
    if not path:
        return None
    remember(path)
    return path
