"""A run folder: where headless and windowed training put checkpoints, grid PNGs, the history CSV, the change
log and run.json (its config and name: engine.io.runs reads run folders back to compare them).

File names carry epoch and iteration so a folder listing reads as the run's timeline, and every
checkpoint is a complete, resumable state.
"""

from __future__ import annotations

import datetime
import re
import time
from pathlib import Path

import numpy as np

from engine.io.checkpoint import SUFFIX
from engine.io.export import frame_label, write_grid_png
from engine.io.runs import write_run_file
from engine.quality.metrics import write_quality_csv

AUTOSAVE = re.compile(r"checkpoint-e\d{4}-i(\d{7})" + re.escape(SUFFIX) + "$")


def default_run_dir(root: str | Path = "runs") -> Path:
    return Path(root) / datetime.datetime.now().strftime("%Y%m%d-%H%M%S")


class RunDir:
    """Writes a trainer's artefacts into one folder."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._tensorboard = None  # engine.io.tensorboard.TensorBoardLog, made at the first log()
        self._last_save = time.monotonic()

    def checkpoint_path(self, trainer) -> Path:
        return self.path / f"checkpoint-e{trainer.epoch_of(trainer.iteration):04d}-i{trainer.iteration:07d}{SUFFIX}"

    def autosave_due(self, trainer) -> bool:
        """True right after an epoch that is a multiple of config.run.save_every, once config.run.save_minutes
        have passed since the folder's last save (or since it was opened)."""
        run = trainer.config.run
        return (trainer.at_epoch_end and trainer.epoch % run.save_every == 0
                and time.monotonic() - self._last_save >= 60 * run.save_minutes)

    def save(self, trainer) -> Path:
        """Checkpoint + current grid PNG + history, quality and change-log CSVs, then the autosaves beyond
        config.run.keep_autosaves are deleted (prune); returns the checkpoint's path."""
        path = trainer.save(self.checkpoint_path(trainer))
        self._last_save = time.monotonic()
        self.prune(trainer, trainer.config.run.keep_autosaves)
        self.log(trainer)
        self.write_changes(trainer)
        self.write_run_file(trainer.config)
        it = trainer.iteration
        write_grid_png(self.path / f"grid-i{it:07d}.png", trainer.draw_panel()[0],
                       str(frame_label(it, trainer.epoch_of(it))))
        trainer.history.write_csv(self.path / "history.csv", trainer.batches_per_epoch)
        if len(trainer.quality):
            write_quality_csv(self.path / "quality.csv", trainer.info.quality_columns, trainer.quality)
        return path

    def write_run_file(self, config) -> Path:
        """run.json: the run's config in force and its name (kept), written with every save."""
        return write_run_file(self.path, config)

    def log(self, trainer) -> None:
        """With config.run.tensorboard: TensorBoard events of what is new (called at grid frames and saves).
        TensorFlow is imported only then, so the window can use a RunDir before it has loaded."""
        if not trainer.config.run.tensorboard:
            return
        if self._tensorboard is None:
            from engine.io.tensorboard import TensorBoardLog

            self._tensorboard = TensorBoardLog(self.path)
        self._tensorboard.write(trainer)

    def write_changes(self, trainer) -> Path:
        """The run's change log as `changes.csv` (engine.training.changes): written at every save and, in the
        window, at every change, so the folder always says which recipe made its checkpoints."""
        self.path.mkdir(parents=True, exist_ok=True)
        path = self.path / "changes.csv"
        trainer.changes.write_csv(path)
        return path

    def prune(self, trainer, keep: int) -> list[Path]:
        """Delete the folder's autosaves (checkpoints named by checkpoint_path; a checkpoint saved under
        another name is the user's and never touched) except the newest `keep` written and the one
        whose iteration has the best FCD in trainer.quality (a DCGAN's; the best SWD where no FCD is measured).
        Called after a save has been written, so
        a crash mid-save never leaves fewer good checkpoints. `keep` 0 keeps all. Returns the deleted.

        "Newest" is by time written, not by iteration: after a rewind, the new branch's saves are the
        newest even where the abandoned branch's went further.
        """
        if keep <= 0:
            return []
        saves = sorted((p for p in self.path.iterdir() if AUTOSAVE.match(p.name)), key=lambda p: p.stat().st_mtime_ns)
        kept = set(saves[-keep:])
        columns = trainer.info.quality_columns  # only the DCGANs' have an FCD and an SWD
        for metric in ("fcd", "swd"):  # the FCD where it is measured (Fashion-MNIST), else the SWD
            values = ({int(row[0]): row[columns.index(metric)] for row in trainer.quality} if metric in columns
                      else {})
            scored = [(values[it], p) for p in saves if (it := int(AUTOSAVE.match(p.name).group(1))) in values
                      and np.isfinite(values[it])]
            if scored:
                kept.add(min(scored)[1])
                break
        deleted = [p for p in saves if p not in kept]
        for path in deleted:
            path.unlink(missing_ok=True)
        return deleted

    def size(self) -> int:
        """Bytes of everything in the folder (what the window shows)."""
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())
