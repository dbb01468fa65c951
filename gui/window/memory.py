"""What the window remembers between launches, in QSettings: the last new run's settings, the layout
(what the window lists: geometry, splitters, tab, plot options) and the recent checkpoints. Without a
QSettings (tests, a window made in code) nothing is read or written."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings

from engine.config import TrainConfig

RECENT = 8  # checkpoints in File > Recent checkpoints
# The layout, by key: (read it now, apply a remembered value).
Layout = dict[str, tuple[Callable[[], object], Callable[[object], None]]]


class WindowMemory:
    """Reads and writes what the window remembers, in one QSettings (or nothing without one)."""

    def __init__(self, settings: QSettings | None):
        self.settings = settings

    def config(self) -> TrainConfig | None:
        """The last new run's settings (None: none, or from a version whose settings no longer read)."""
        text = self.settings.value("newRunConfig") if self.settings is not None else None
        try:
            return TrainConfig.from_json(text) if text else None
        except ValueError:
            return None

    def restore(self, layout: Layout) -> None:
        if self.settings is None:
            return
        for key, (_, restore) in layout.items():
            value = self.settings.value(key)
            if value is not None:
                restore(value)

    def save(self, layout: Layout, config: Callable[[], TrainConfig]) -> None:
        """Remember the layout and the new run's settings (`config()`; kept as they were if it raises
        ValueError: a half-edited field)."""
        if self.settings is None:
            return
        for key, (read, _) in layout.items():
            self.settings.setValue(key, read())
        try:
            self.settings.setValue("newRunConfig", config().to_json())
        except ValueError:
            pass
        self.settings.sync()

    def recent(self) -> list[str]:
        recent = self.settings.value("recentCheckpoints") if self.settings is not None else None
        return [] if not recent else recent if isinstance(recent, list) else [recent]

    def add_recent(self, path: str) -> None:
        if self.settings is not None:
            self.settings.setValue("recentCheckpoints", [path, *(p for p in self.recent() if p != path)][:RECENT])
