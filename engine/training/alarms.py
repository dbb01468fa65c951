"""Alarms that catch a failing GAN early, each with what it means and what to try (numpy only).

"Is this normal?" is the question GAN loss curves raise most. The monitor watches what training
already measures (per-iteration losses, accuracies and gradient norms; each quality evaluation; each
grid frame) and raises an alarm when one of the classic failures shows, in words, with the remedies
the TensorFlow DCGAN tutorial's tricks list (ganhacks) suggests. Alarms fire once per episode: when the condition
clears, the alarm re-arms.
"""

from __future__ import annotations

import bisect
import math
from collections import deque
from dataclasses import dataclass, field

import numpy as np

from engine.config import AlarmConfig
from engine.families import DEFAULT_FAMILY, FAMILIES, Family


# What the alarms say: whole sentences with their figures by name, so the window can show them in its language
# (gui.i18n.engine_text finds these templates; scripts/translations.py collects TEXTS).
_NAN_ADVICE = ("Then try a lower learning rate (e.g. half), soft labels for real images (0.9 instead of 1), or "
               "instance noise on the discriminator's inputs.")
_NAN = ("A loss or gradient became NaN or infinite at iteration {iteration}, so the weights are now meaningless. "
        "Training is paused by itself. ")
_GRADIENT_ADVICE = ("A spike like this often comes just before the losses turn NaN. Try: a lower learning rate, "
                    "gradient clipping, or restoring an earlier checkpoint if the samples got worse.")
_COLLAPSE_ADVICE = ("The generator has found a few outputs that fool the discriminator and makes little else. "
                    "Try: dropout in the generator, noisy or soft labels, instance noise, a lower generator "
                    "learning rate, or going back to a checkpoint from before it began.")
TEXTS = {
    "nan": "Training diverged (NaN/Inf)",
    "nan_kept": _NAN + "The last good state (iteration {good}) is kept and can be restored. " + _NAN_ADVICE,
    "nan_lost": _NAN + "No earlier good state is kept in memory; load a checkpoint. " + _NAN_ADVICE,
    "d_wins": "The discriminator is winning",
    "d_wins_message": (
        "For {iterations} iterations the discriminator has told every fake from real (its loss below {loss} or "
        "accuracy on fakes above {accuracy}). Its verdict then gives the generator almost no gradient, and "
        "training stalls. Try: soft and noisy labels (real 0.7-1.2, fake 0-0.3), occasionally flipped labels for "
        "the discriminator, instance noise on its inputs that decays, dropout in the generator, or a lower "
        "learning rate for the discriminator."),
    "g_grad_norm": "Exploding gradients (generator)",
    "g_grad_norm_message": ("The generator's gradient norm jumped to {norm}, {times} times its median over the "
                            "last {count} iterations ({median}). " + _GRADIENT_ADVICE),
    "d_grad_norm": "Exploding gradients (discriminator)",
    "d_grad_norm_message": ("The discriminator's gradient norm jumped to {norm}, {times} times its median over "
                            "the last {count} iterations ({median}). " + _GRADIENT_ADVICE),
    "classes": "Mode collapse: few classes",
    "classes_message": ("The generated samples fall into few classes: their class-coverage entropy is {coverage} "
                        "(1 = all ten classes evenly; alarm below {threshold}). " + _COLLAPSE_ADVICE),
    "alike": "Mode collapse: samples look alike",
    "alike_message": ("The 16 fixed-seed samples have become near-identical: for {frames} grid frames they have "
                      "differed by little ({diversity} on average now, {share} of the most they did earlier in "
                      "this run). " + _COLLAPSE_ADVICE),
}


@dataclass(frozen=True)
class Alarm:
    """One alarm raised: what failed (`kind`, one of engine.config.ALARMS), when, and what to try, in words:
    `title` and `message` are TEXTS' templates `title_text` and `message_text` filled with `values`."""

    kind: str  # one of engine.config.ALARMS
    iteration: int
    title_text: str
    message_text: str
    values: dict = field(default_factory=dict)  # the figures the message names, as text

    @property
    def title(self) -> str:
        return self.title_text.format(**self.values)

    @property
    def message(self) -> str:
        return self.message_text.format(**self.values)


def nan_alarm(iteration: int, good_iteration: int | None) -> Alarm:
    return Alarm("nan", iteration, TEXTS["nan"], TEXTS["nan_kept" if good_iteration is not None else "nan_lost"],
                 {"iteration": iteration, "good": good_iteration})


class AlarmMonitor:
    """Feed it what training produces; it returns the alarms that fire. It watches every family (engine.families)
    through the columns they share (d_loss, fake_acc, the gradient norms) and, where a family has it, the
    quality table's class coverage."""

    def __init__(self, config: AlarmConfig | None = None, family: Family = FAMILIES[DEFAULT_FAMILY]):
        self.config = config or AlarmConfig()
        self._columns = family.metrics
        self._col = {name: i for i, name in enumerate(family.metrics)}
        self._quality_columns = family.quality_columns
        self._d_wins_run = 0
        self._episodes: dict[str, bool] = {}  # whether each condition held last time (see _begins)
        self._coverage_was_fine = False  # early generators cover few classes: only a fall is an alarm
        self._max_diversity = 0.0
        self._low_frames = 0  # consecutive grid frames of low diversity
        self._norms = {"g_grad_norm": RollingMedian(self.config.gradient_window),
                       "d_grad_norm": RollingMedian(self.config.gradient_window)}
        self._cooldown = {"g_grad_norm": 0, "d_grad_norm": 0}

    def _on(self, kind: str) -> bool:
        return kind not in self.config.muted

    def _begins(self, episode: str, holds: bool, kind: str) -> bool:
        """True when a condition starts to hold (it did not last time) and its alarm is not muted:
        one alarm per episode, re-armed when the condition clears."""
        began = holds and not self._episodes.get(episode, False)
        self._episodes[episode] = holds
        return began and self._on(kind)

    def check_rows(self, first_iteration: int, rows: np.ndarray) -> list[Alarm]:
        """Per-iteration history rows (k, the family's metrics) for iterations first_iteration ....

        Called for every iteration of a run, so it works on plain floats: numpy's per-call overhead
        (fancy indexing, np.median of the window) made it ~0.2 ms a row, ~1% of a Fast start step."""
        alarms = []
        columns = [self._col[m] for m in ("g_loss", "d_loss", "fake_acc", "g_grad_norm", "d_grad_norm")]
        values = np.asarray(rows, np.float64).reshape(-1, len(self._columns))[:, columns].tolist()
        for offset, row in enumerate(values):
            alarms += self._check_row(first_iteration + offset, *row)
        return alarms

    def _check_row(self, iteration: int, g_loss: float, d_loss: float, fake_acc: float, g_grad_norm: float,
                   d_grad_norm: float) -> list[Alarm]:
        c, alarms = self.config, []
        finite = all(map(math.isfinite, (g_loss, d_loss, g_grad_norm, d_grad_norm)))
        if self._begins("nan", not finite, "nan"):
            alarms.append(nan_alarm(iteration, None))
        if not finite:
            return alarms

        winning = d_loss < c.d_wins_loss or fake_acc > c.d_wins_fake_acc
        self._d_wins_run = self._d_wins_run + 1 if winning else 0
        if self._d_wins_run == c.d_wins_iterations and self._on("d_wins"):
            alarms.append(Alarm("d_wins", iteration, TEXTS["d_wins"], TEXTS["d_wins_message"],
                                {"iterations": c.d_wins_iterations, "loss": f"{c.d_wins_loss:g}",
                                 "accuracy": f"{c.d_wins_fake_acc:.0%}"}))

        for name, norm in (("g_grad_norm", g_grad_norm), ("d_grad_norm", d_grad_norm)):
            recent = self._norms[name]
            if norm == 0 and name == "g_grad_norm":
                continue  # an iteration without a generator update (d_steps > 1): nothing was measured
            self._cooldown[name] = max(0, self._cooldown[name] - 1)
            if len(recent) >= min(20, c.gradient_window) and not self._cooldown[name]:
                median = recent.median()
                if median > 0 and norm > c.gradient_spike * median and self._on("gradients"):
                    self._cooldown[name] = c.gradient_window
                    alarms.append(Alarm("gradients", iteration, TEXTS[name], TEXTS[name + "_message"],
                                        {"norm": f"{norm:.3g}", "times": f"{norm / median:.0f}",
                                         "count": len(recent), "median": f"{median:.3g}"}))
            recent.append(norm)
        return alarms

    def check_quality(self, row: np.ndarray) -> list[Alarm]:
        """One row of the family's quality table (only the DCGAN's has a class coverage to watch)."""
        if "coverage" not in self._quality_columns:
            return []
        coverage = float(row[self._quality_columns.index("coverage")])
        iteration = int(row[self._quality_columns.index("iteration")])
        collapsed = coverage < self.config.collapse_coverage
        fire = self._begins("coverage", collapsed and self._coverage_was_fine, "collapse")
        self._coverage_was_fine |= not collapsed
        if not fire:
            return []
        return [Alarm("collapse", iteration, TEXTS["classes"], TEXTS["classes_message"],
                      {"coverage": f"{coverage:.2f}", "threshold": f"{self.config.collapse_coverage:g}"})]

    def check_frame(self, iteration: int, images: np.ndarray) -> list[Alarm]:
        """One grid frame (N, 28, 28) uint8: the fixed-seed samples should stay different."""
        diversity = sample_diversity(images)
        self._max_diversity = max(self._max_diversity, diversity)
        low = self._max_diversity > 0.02 and diversity < self.config.collapse_diversity * self._max_diversity
        self._low_frames = self._low_frames + 1 if low else 0
        if not self._begins("diversity", self._low_frames >= self.config.collapse_frames, "collapse"):
            return []
        return [Alarm("collapse", iteration, TEXTS["alike"], TEXTS["alike_message"],
                      {"frames": self._low_frames, "diversity": f"{diversity:.3f}",
                       "share": f"{diversity / self._max_diversity:.0%}"})]


class RollingMedian:
    """The median of the last `size` values appended (as np.median: the mean of the middle two of an
    even count), in O(log size) comparisons a value: a sorted copy of the window beside it."""

    def __init__(self, size: int):
        self._window: deque = deque(maxlen=size)
        self._sorted: list[float] = []

    def __len__(self) -> int:
        return len(self._window)

    def append(self, value: float) -> None:
        if len(self._window) == self._window.maxlen:
            del self._sorted[bisect.bisect_left(self._sorted, self._window[0])]
        self._window.append(value)
        bisect.insort(self._sorted, value)

    def median(self) -> float:
        n, values = len(self._sorted), self._sorted
        return values[n // 2] if n % 2 else 0.5 * (values[n // 2 - 1] + values[n // 2])


def sample_diversity(images: np.ndarray) -> float:
    """Mean absolute difference between all pairs of images, in [0, 1] (0: all identical)."""
    x = np.asarray(images, np.float32).reshape(len(images), -1) / 255.0
    n = len(x)
    if n < 2:
        return 0.0
    total = sum(np.abs(x[i + 1:] - x[i]).mean(axis=1).sum() for i in range(n - 1))
    return float(total / (n * (n - 1) / 2))
