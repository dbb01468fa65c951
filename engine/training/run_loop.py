"""A run's loop, written once for the command line and the window's worker: each iteration the recipe
changes due, the step, the NaN check, the alarms, the grid frame logged into the run folder, then quality
when an epoch calls for it and an autosave when one is due. The caller drives it from its own thread, at
its own pace (a pause is simply not calling), and says what happened its own way (a terminal line, a
signal to the window).

Why two calls a iteration (`step`, then `due`): the window shows an iteration's curves and frame before a
quality measurement that can take seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from engine.io.images import Frame
from engine.io.rundir import RunDir
from engine.training.alarms import Alarm, AlarmMonitor
from engine.training.changes import Change

if TYPE_CHECKING:  # these import TensorFlow; this module does not, so the command line starts at once
    from engine.quality.evaluator import QualityMeter
    from engine.training.trainer import StepResult, Trainer


@dataclass(frozen=True)
class Stepped:
    """What one iteration brought (RunLoop.step)."""

    result: StepResult
    changes: list[Change]  # the scheduled recipe changes applied before it
    frame: Frame | None  # the panel frame rendered at this iteration, if one was
    alarms: list[Alarm]  # what the iteration's values and frame raise (none once it diverged)

    @property
    def diverged(self) -> bool:
        """A loss or gradient became NaN or infinite: nothing was checked, logged or saved."""
        return not self.result.finite


@dataclass(frozen=True)
class Due:
    """What the work due after an iteration brought (RunLoop.due)."""

    quality: tuple[np.ndarray, str] | None = None  # the row recorded and a line saying it
    alarms: list[Alarm] = field(default_factory=list)  # what that row raises
    unmeasurable: str | None = None  # why quality cannot be measured for this run (said once)
    saved: Path | None = None  # the autosave written


class RunLoop:
    """Drives one trainer: `step()` makes an iteration, `due()` does what the iteration made due.

    Args:
        run_dir: where the run's files go; None for a worker of a cluster that is not its chief.
        monitor: the alarms (the window changes its thresholds and mutes while the run goes on).
        meter: measures quality (one per dataset, so its classifier and test features are made once).
    """

    def __init__(self, trainer: Trainer, run_dir: RunDir | None, monitor: AlarmMonitor, meter: QualityMeter):
        self.trainer, self.run_dir, self.monitor, self.meter = trainer, run_dir, monitor, meter
        self._measurable = True  # False once quality turned out not to be measurable for this data

    def step(self) -> Stepped:
        """One iteration, after the recipe changes scheduled for it, and the checks that follow it."""
        t = self.trainer
        changes = t.apply_due_changes()
        if changes and self.run_dir:
            self.run_dir.write_changes(t)
        result = t.step()
        if not result.finite:
            return Stepped(result, changes, None, [])
        alarms = self.monitor.check_rows(t.iteration, t.history.array(len(t.history) - 1))
        frame = t.frames[-1] if t.frames and t.frames[-1].iteration == t.iteration else None
        if frame is not None:
            if self.run_dir:
                self.run_dir.log(t)
            alarms += self.monitor.check_frame(t.iteration, frame.images)
        return Stepped(result, changes, frame, alarms)

    def due(self, autosave: bool = True) -> Due:
        """Quality, if the epoch just finished calls for it, and an autosave, if one is due (and `autosave`)."""
        from engine.quality.classifier import ClassifierError  # TensorFlow is loaded by now: a trainer exists

        t = self.trainer
        quality, alarms, unmeasurable = None, [], None
        if t.quality_due and self._measurable:
            try:
                quality, alarms = self.measure_quality()
            except ClassifierError as exc:  # say it once; training goes on without quality
                self._measurable, unmeasurable = False, str(exc)
        saved = self.run_dir.save(t) if autosave and self.run_dir and self.run_dir.autosave_due(t) else None
        return Due(quality, alarms, unmeasurable, saved)

    def measure_quality(self) -> tuple[tuple[np.ndarray, str], list[Alarm]]:
        """Measure the generator's quality now (kept in the trainer's table): ((row, line), its alarms).

        Raises:
            engine.quality.classifier.ClassifierError: the data has no Fashion classifier.
        """
        row, line = self.meter.measure(self.trainer)
        return (row, line), self.monitor.check_quality(row)


def format_duration(seconds: float) -> str:
    """A duration as a clock shows it: 4:05, 1:02:03."""
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
