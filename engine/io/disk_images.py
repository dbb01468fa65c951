"""Images that stay on disk: a decoded cache file (engine.io.image_folder) read a batch at a time.

A folder too large to hold in memory trains from here: each batch's rows are read with `os.pread`
(sorted by position, so a batch reads the file forwards), into a fresh array. Unlike a memory map, reading
leaves nothing mapped, so the process's resident memory stays one batch however long the run; the
operating system's page cache, which it gives back when memory is short, is what makes repeated epochs
fast.

It answers what the engine asks of an image array (len, shape, ndim, dtype; an index array, an integer or
a slice), so Dataset holds it in place of one; whatever would read it whole (a device copy) must ask
Dataset.streamed first.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np


class DiskImages:
    """`count` uint8 images of `image_shape`, stored row after row from byte `offset` of `path`."""

    def __init__(self, path: str | Path, count: int, image_shape: tuple[int, ...], offset: int = 0):
        self.path, self.count, self.image_shape, self.offset = Path(path), int(count), tuple(image_shape), offset
        self.row_bytes = int(np.prod(image_shape))
        self._fd: int | None = None

    @property
    def shape(self) -> tuple[int, ...]:
        return (self.count, *self.image_shape)

    @property
    def ndim(self) -> int:
        return 1 + len(self.image_shape)

    dtype = np.dtype(np.uint8)

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self.count)
            if step != 1:
                return self[np.arange(start, stop, step)]
            return DiskImages(self.path, max(0, stop - start), self.image_shape, self.offset + start * self.row_bytes)
        if isinstance(key, (int, np.integer)):
            return self[np.array([key])][0]
        return self._rows(np.asarray(key))

    def _rows(self, indices: np.ndarray) -> np.ndarray:
        """The rows at `indices` (any order, repeats allowed), read in file order."""
        if indices.size and (indices.min() < -self.count or indices.max() >= self.count):
            raise IndexError(f"index out of range for {self.count} images")
        indices = np.where(indices < 0, indices + self.count, indices).astype(np.int64)
        out = np.empty((len(indices), *self.image_shape), np.uint8)
        flat = out.reshape(len(indices), -1)
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDONLY)
        for k in np.argsort(indices, kind="stable"):
            at = self.offset + int(indices[k]) * self.row_bytes
            data = os.pread(self._fd, self.row_bytes, at)
            if len(data) != self.row_bytes:
                raise OSError(f"{self.path} ends before image {int(indices[k])}: the decoded cache is damaged; "
                              "delete it and the pictures are decoded again")
            flat[k] = np.frombuffer(data, np.uint8)
        return out

    def __del__(self):
        if self._fd is not None:
            os.close(self._fd)

    def __getstate__(self):  # a copy opens its own file
        return {**self.__dict__, "_fd": None}
