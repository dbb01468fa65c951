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
    images: np.ndarray  # (num_samples, H, W[, 3]) uint8: a DCGAN's samples, a translation family's rows
    judged: np.ndarray | None = None  # (num_samples,) D's probability that each is real (None: not judged)


def tile(images: np.ndarray, gap: int = 2, background: int = 0) -> np.ndarray:
    """Arrange N images (N, H, W) grey or (N, H, W, 3) colour uint8 into one grid of the same kind, `gap`
    pixels apart: square images into a square grid (N a square number), wide ones (a translation family's
    rows) into fewer columns, so that the grid stays about as tall as it is wide."""
    n, h, w = images.shape[:3]
    columns = max(1, min(n, round(math.sqrt(n * h / w))))
    rows = -(-n // columns)
    out = np.full((rows * h + (rows - 1) * gap, columns * w + (columns - 1) * gap, *images.shape[3:]), background,
                  np.uint8)
    for i, image in enumerate(images):
        r, c = divmod(i, columns)
        out[r * (h + gap):r * (h + gap) + h, c * (w + gap):c * (w + gap) + w] = image
    return out


def as_colour(images: np.ndarray) -> np.ndarray:
    """uint8 images (N, H, W) grey as (N, H, W, 3) colour (the grey in each channel); colour ones as they are."""
    images = np.asarray(images, np.uint8)
    return np.repeat(images[..., None], 3, axis=-1) if images.ndim == 3 else images


def side_by_side(*columns: np.ndarray, gap: int = 1, value: int = 96) -> np.ndarray:
    """Image sets (N, H, W[, 3]) joined left to right into N wider images, `gap` pixels of `value` apart
    (a translation family's panel cells: input | output | target); grey sets beside colour ones in colour."""
    columns = [np.asarray(column, np.uint8) for column in columns]
    if any(column.ndim == 4 for column in columns):
        columns = [as_colour(column) for column in columns]
    n, h = columns[0].shape[:2]
    line = np.full((n, h, gap, *columns[0].shape[3:]), value, np.uint8)
    parts = [part for column in columns for part in (line, column)][1:]
    return np.concatenate(parts, axis=2)


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
