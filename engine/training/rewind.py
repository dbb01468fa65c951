"""In-memory snapshots of a run's whole training state, for rewinding and for recovering from NaN.

A snapshot is a copy of every variable exact resume needs (weights, optimizer state, dropout seed
state, the weight average: Trainer.variable_groups) plus the run's config and how much history,
frames, quality rows and change log belonged to it. Together with data order and noise being
functions of (seed, iteration), that is enough to replay from it bit for bit.

One is taken at every grid frame. Kept: the newest RECENT, and older ones thinned to about one per
doubling of their age (log-spaced: more rewind points near the present, a few far back), all within
a memory budget (default 1 GB, ~30 snapshots of the reference model's 33 MB).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from engine.config import TrainConfig

RECENT = 20
DEFAULT_BUDGET = 1 << 30


@dataclass(frozen=True)
class Snapshot:
    """A rewind point: every variable's value at an iteration, the recipe then in force, and how much of the
    history, frames, quality table and change log belonged to it."""

    iteration: int
    config: TrainConfig
    values: list  # np.ndarray per variable, in Trainer.variable_groups order
    history: int  # rows
    frames: int
    quality: int
    changes: int  # applied change-log entries

    @property
    def nbytes(self) -> int:
        return sum(v.nbytes for v in self.values)


class SnapshotStore:
    """Snapshots by iteration, thinned as described in the module docstring."""

    def __init__(self, budget: int = DEFAULT_BUDGET):
        self.budget = budget
        self._snapshots: list[Snapshot] = []  # ascending iteration

    def __len__(self) -> int:
        return len(self._snapshots)

    @property
    def nbytes(self) -> int:
        return sum(s.nbytes for s in self._snapshots)

    @property
    def iterations(self) -> list[int]:
        return [s.iteration for s in self._snapshots]

    def latest(self) -> Snapshot | None:
        return self._snapshots[-1] if self._snapshots else None

    def at(self, iteration: int) -> Snapshot:
        """The snapshot taken after `iteration` iterations.

        Raises:
            KeyError: none is kept for that iteration.
        """
        for snapshot in self._snapshots:
            if snapshot.iteration == iteration:
                return snapshot
        raise KeyError(f"no rewind point is kept at iteration {iteration}; kept: {self.iterations}")

    def add(self, snapshot: Snapshot) -> None:
        """Keep `snapshot` (replacing one of the same iteration and dropping any later: they are of
        another branch), then thin the older ones and keep within the budget."""
        self.drop_after(snapshot.iteration - 1)
        self._snapshots.append(snapshot)
        self._thin()
        self.set_budget(self.budget)

    def drop_after(self, iteration: int) -> None:
        """Forget the snapshots after `iteration` (a rewind's abandoned future)."""
        self._snapshots = [s for s in self._snapshots if s.iteration <= iteration]

    def set_budget(self, budget: int) -> None:
        """Keep at most `budget` bytes: drop older snapshots first where they are densest; the newest is
        always kept (it is the last good state)."""
        self.budget = budget
        while len(self._snapshots) > 1 and self.nbytes > budget:
            self._snapshots.pop(self._densest_old())

    def _thin(self) -> None:
        """Of the snapshots older than the newest RECENT, keep one per doubling of age."""
        old = self._snapshots[:-RECENT]
        if len(old) < 2:
            return
        now = self._snapshots[-1].iteration
        span = max(1, now - self._snapshots[-RECENT].iteration)
        kept, buckets = [], set()
        for snapshot in old:  # oldest first: each bucket keeps its oldest, so points stay put
            bucket = int(math.log2(max(1, now - snapshot.iteration) / span))
            if bucket not in buckets:
                buckets.add(bucket)
                kept.append(snapshot)
        self._snapshots = kept + self._snapshots[-RECENT:]

    def _densest_old(self) -> int:
        """The index to drop next: among all but the newest, the one closest to its older neighbour
        (the oldest, at the start of the run, is kept while others can go)."""
        candidates = range(1, len(self._snapshots) - 1)
        if not candidates:
            return 0
        gaps = np.array([self._snapshots[i].iteration - self._snapshots[i - 1].iteration for i in candidates])
        return candidates[int(np.argmin(gaps))]
