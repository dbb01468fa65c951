"""Per-iteration training history in one compact, growing float32 table.

A 100-epoch run is 23,500 rows: kept as a numpy array (doubling capacity), never as Python lists of
tensors, so appending is O(1), the curves can plot views of it without copying, and a checkpoint
stores it as one array. Beside each row: the training seconds the run had spent when that iteration ended, so runs
of different batch sizes or machines compare per second (the Runs panel, `main.py compare`); NaN in rows of runs
saved before it was kept.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np


class History:
    """Rows of named float columns; row i is iteration i + 1."""

    def __init__(self, columns: Sequence[str], data: np.ndarray | None = None, seconds: np.ndarray | None = None):
        self.columns = tuple(columns)
        self._index = {name: i for i, name in enumerate(self.columns)}
        if data is None:
            data = np.empty((0, len(self.columns)), np.float32)
        data = np.asarray(data, np.float32)
        if data.ndim != 2 or data.shape[1] != len(self.columns):
            raise ValueError(f"history data of shape {data.shape} does not fit {len(self.columns)} columns")
        self._rows = len(data)
        self._data = np.empty((max(1024, self._rows), len(self.columns)), np.float32)
        self._data[:self._rows] = data
        self._seconds = np.full(len(self._data), np.nan)
        if seconds is not None:
            seconds = np.asarray(seconds, np.float64).reshape(-1)
            if len(seconds) != self._rows:
                raise ValueError(f"{len(seconds)} training times for {self._rows} history rows")
            self._seconds[:self._rows] = seconds

    def __len__(self) -> int:
        return self._rows

    def append(self, values: Sequence[float], seconds: float = np.nan) -> None:
        """A row, and the training seconds spent when it ended."""
        if self._rows == len(self._data):
            grown = np.empty((2 * len(self._data), len(self.columns)), np.float32)
            grown[:self._rows] = self._data[:self._rows]
            self._data = grown
            self._seconds = np.concatenate([self._seconds, np.full(len(self._seconds), np.nan)])
        self._data[self._rows] = values
        self._seconds[self._rows] = seconds
        self._rows += 1

    @property
    def elapsed(self) -> float:
        """Training seconds so far (0 before any row; NaN when the last row's were not kept)."""
        return float(self._seconds[self._rows - 1]) if self._rows else 0.0

    def seconds(self) -> np.ndarray:
        """A copy of each row's training seconds (rows,)."""
        return self._seconds[:self._rows].copy()

    def column(self, name: str) -> np.ndarray:
        """A read-only view of one column (valid until the next append)."""
        view = self._data[:self._rows, self._index[name]]
        view.flags.writeable = False
        return view

    def array(self, start: int = 0) -> np.ndarray:
        """A copy of the table from row `start` on, (rows, columns)."""
        return self._data[start:self._rows].copy()

    def truncate(self, rows: int) -> None:
        self._rows = min(self._rows, rows)

    def write_csv(self, path: str | Path, batches_per_epoch: int) -> None:
        """Write iteration, epoch, training seconds and every column, one row per iteration."""
        iterations = np.arange(1, self._rows + 1)
        epochs = -(-iterations // batches_per_epoch)
        with open(path, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(("iteration", "epoch", "seconds") + self.columns)
            for it, ep, sec, row in zip(iterations, epochs, self._seconds[:self._rows], self._data[:self._rows]):
                writer.writerow([int(it), int(ep), f"{sec:.3f}"] + [f"{v:.6g}" for v in row])
