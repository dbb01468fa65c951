"""Per-iteration training history in one compact, growing float32 table.

A 100-epoch run is 23,500 rows: kept as a numpy array (doubling capacity), never as Python lists of
tensors, so appending is O(1), the curves can plot views of it without copying, and a checkpoint
stores it as one array.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

import numpy as np


class History:
    """Rows of named float columns; row i is iteration i + 1."""

    def __init__(self, columns: Sequence[str], data: np.ndarray | None = None):
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

    def __len__(self) -> int:
        return self._rows

    def append(self, values: Sequence[float]) -> None:
        if self._rows == len(self._data):
            grown = np.empty((2 * len(self._data), len(self.columns)), np.float32)
            grown[:self._rows] = self._data[:self._rows]
            self._data = grown
        self._data[self._rows] = values
        self._rows += 1

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
        """Write iteration, epoch and every column, one row per iteration."""
        iterations = np.arange(1, self._rows + 1)
        epochs = -(-iterations // batches_per_epoch)
        with open(path, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(("iteration", "epoch") + self.columns)
            for it, ep, row in zip(iterations, epochs, self._data[:self._rows]):
                writer.writerow([int(it), int(ep)] + [f"{v:.6g}" for v in row])
