"""A run folder: where headless and windowed training put checkpoints, grid PNGs, the history CSV and
the change log.

File names carry epoch and iteration so a folder listing reads as the run's timeline, and every
checkpoint is a complete, resumable state.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from engine.checkpoint import SUFFIX
from engine.export import frame_label, write_grid_png
from engine.quality import write_quality_csv


def default_run_dir(root: str | Path = "runs") -> Path:
    return Path(root) / datetime.datetime.now().strftime("%Y%m%d-%H%M%S")


class RunDir:
    """Writes a trainer's artefacts into one folder."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    def checkpoint_path(self, trainer) -> Path:
        return self.path / f"checkpoint-e{trainer.epoch_of(trainer.iteration):04d}-i{trainer.iteration:07d}{SUFFIX}"

    def autosave_due(self, trainer) -> bool:
        """True right after an epoch that is a multiple of config.save_every."""
        return trainer.at_epoch_end and trainer.epoch % trainer.config.save_every == 0

    def save(self, trainer) -> Path:
        """Checkpoint + current grid PNG + history, quality and change-log CSVs; returns the checkpoint's
        path."""
        path = trainer.save(self.checkpoint_path(trainer))
        self.write_changes(trainer)
        it = trainer.iteration
        write_grid_png(self.path / f"grid-i{it:07d}.png", trainer.generate(trainer.sample_latents),
                       frame_label(it, trainer.epoch_of(it)))
        trainer.history.write_csv(self.path / "history.csv", trainer.batches_per_epoch)
        if len(trainer.quality):
            write_quality_csv(self.path / "quality.csv", trainer.quality)
        return path

    def write_changes(self, trainer) -> Path:
        """The run's change log as `changes.csv` (engine.changes): written at every save and, in the
        window, at every change, so the folder always says which recipe made its checkpoints."""
        self.path.mkdir(parents=True, exist_ok=True)
        path = self.path / "changes.csv"
        trainer.changes.write_csv(path)
        return path
