"""A run in TensorBoard's format: `tensorboard --logdir runs` shows what the window shows.

Written with TensorFlow's own tf.summary (the `tensorboard` package is needed only to look at the
files: `pip install gan-studio[tensorboard]`), into `<run folder>/tensorboard`: every per-iteration
metric of the history as a scalar (tag `train/<metric>`, step = iteration), each grid frame as an
image (`samples`), each quality evaluation (`quality/<column>`) and each recipe change as text
(`changes`). What is new since the last call is written in one batch, at grid frames and saves, so
the files cost a few milliseconds now and then, not a write per value per step.

After a rewind the steps of the abandoned future are written again by the new branch; TensorBoard
then shows both (it keeps every event of a step).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import tensorflow as tf

from engine.io.export import labelled_grid

FOLDER = "tensorboard"


class TensorBoardLog:
    """Appends a trainer's new history rows, frames, quality rows and changes to one event file set."""

    def __init__(self, run_folder: str | Path):
        self.path = Path(run_folder) / FOLDER
        self._writer = tf.summary.create_file_writer(str(self.path))
        self._rows = self._frames = self._quality = self._changes = 0

    def write(self, trainer) -> None:
        """Write what the trainer has that this log has not written yet (after a rewind: from where it
        went back to)."""
        self._rows = min(self._rows, len(trainer.history))
        self._frames = min(self._frames, len(trainer.frames))
        self._quality = min(self._quality, len(trainer.quality))
        self._changes = min(self._changes, len(trainer.changes.applied))
        rows = trainer.history.array(self._rows)
        with self._writer.as_default():
            for i, row in enumerate(rows):
                step = self._rows + i + 1  # row i is iteration i + 1
                for name, value in zip(trainer.info.metrics, row):
                    if np.isfinite(value):
                        tf.summary.scalar(f"train/{name}", float(value), step=step)
            for frame in trainer.frames[self._frames:]:
                grid = labelled_grid(frame.images, f"iteration {frame.iteration}", scale=2)  # (H, W, 3)
                tf.summary.image("samples", grid[None], step=frame.iteration)
            for row in trainer.quality[self._quality:]:
                for name, value in zip(trainer.info.quality_columns[1:], row[1:]):
                    if np.isfinite(value):  # the FCD's columns are NaN for data other than Fashion-MNIST
                        tf.summary.scalar(f"quality/{name}", float(value), step=int(row[0]))
            for change in trainer.changes.applied[self._changes:]:
                tf.summary.text("changes", str(change.describe()), step=change.iteration)
        self._writer.flush()
        self._rows, self._frames = len(trainer.history), len(trainer.frames)
        self._quality, self._changes = len(trainer.quality), len(trainer.changes.applied)

    def close(self) -> None:
        self._writer.close()
