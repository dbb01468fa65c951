"""Generated uint8 images: a grid frame of a run, and turning images into viewable grids (numpy only, so
the window can use it before TensorFlow has loaded)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Frame:
    """One rendered sample grid: the images of the fixed latents after `iteration` iterations."""

    iteration: int
    epoch: int
    images: np.ndarray  # (num_samples, 28, 28) uint8
    judged: np.ndarray | None = None  # (num_samples,) D's probability that each is real (None: not judged)


def tile(images: np.ndarray, gap: int = 2, background: int = 0) -> np.ndarray:
    """Arrange N square-count images (N, H, W) uint8 into one square grid, `gap` pixels apart."""
    n, h, w = images.shape
    side = math.isqrt(n)
    if side * side != n:
        raise ValueError(f"cannot tile {n} images into a square grid")
    out = np.full((side * h + (side - 1) * gap, side * w + (side - 1) * gap), background, np.uint8)
    for i, image in enumerate(images):
        r, c = divmod(i, side)
        out[r * (h + gap):r * (h + gap) + h, c * (w + gap):c * (w + gap) + w] = image
    return out


def cell_at(x: int, y: int, count: int, size: int = 28, gap: int = 2) -> int | None:
    """The index of the image at pixel (x, y) of `tile(count images of size x size, gap)`, or None
    when (x, y) falls in a gap or outside the grid."""
    side = math.isqrt(count)
    col, col_offset = divmod(x, size + gap)
    row, row_offset = divmod(y, size + gap)
    if not (0 <= col < side and 0 <= row < side) or col_offset >= size or row_offset >= size:
        return None
    return row * side + col


def upscale(image: np.ndarray, factor: int) -> np.ndarray:
    """Nearest-neighbour upscaling: pixels stay crisp squares."""
    return np.repeat(np.repeat(image, factor, axis=0), factor, axis=1)
