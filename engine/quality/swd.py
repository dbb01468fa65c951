"""The multi-scale sliced Wasserstein distance (SWD) of Karras et al. 2018 ("Progressive growing of GANs",
section 5): a quality measure for any images, needing no classifier trained on them.

Each image becomes a Laplacian pyramid (5-tap binomial filter, reflected borders; levels down to MIN_SIDE
pixels). From every level, PATCHES random 7x7 neighbourhoods of each image are taken as descriptors
(7 x 7 x channels values), normalised per colour channel over the set. Two sets' descriptors of a
level are compared by the sliced Wasserstein distance: projected on random unit directions, sorted, and
the mean absolute difference of the sorted projections. The result is reported x 1000 as Karras did, per
level (fine to coarse) and averaged over the levels.

Every random choice (patch positions, directions) comes from a fixed seed, so the same two sets always
give the same number and two generators are compared on the same footing; the floor (two disjoint halves
of the real images) has the same number of images as each evaluation.

Cost (bench/swd_cost.py): on a 2-core EPYC, 0.5 s for 2,000 28x28 grey images and 2.3 s for 1,827 64x64
colour ones, each about 9 training iterations of the DCGAN at batch 64; linear in the number of images.
An evaluator describes the real half once (engine.quality.evaluator.SWDEvaluator).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

PATCH = 7
PATCHES = 16  # descriptors per image and level (Karras: 128 over 16,384 images; fewer here to stay live)
DIRECTIONS = 128  # random directions per repeat
REPEATS = 4
MIN_SIDE = 8  # the coarsest level is at least this wide (Karras stopped at 16, for larger images)
_BINOMIAL = np.array([1, 4, 6, 4, 1], np.float32) / 16


@dataclass(frozen=True)
class SWD:
    """One comparison: the distance per pyramid level (finest first) and their mean, all x 1000."""

    levels: tuple[float, ...]

    @property
    def mean(self) -> float:
        return float(np.mean(self.levels))


def _blur(images: np.ndarray, axis: int) -> np.ndarray:
    pad = [(0, 0)] * images.ndim
    pad[axis] = (2, 2)
    padded = np.pad(images, pad, mode="reflect")
    length = images.shape[axis]
    before = (slice(None),) * axis
    out = _BINOMIAL[0] * padded[(*before, slice(0, length))]
    for k in range(1, len(_BINOMIAL)):
        out += _BINOMIAL[k] * padded[(*before, slice(k, k + length))]
    return out


def _down(images: np.ndarray) -> np.ndarray:
    return _blur(_blur(images, 1), 2)[:, ::2, ::2]


def _up(images: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    up = np.zeros((images.shape[0], shape[1], shape[2], images.shape[3]), np.float32)
    up[:, ::2, ::2] = images
    return 4 * _blur(_blur(up, 1), 2)


def levels_of(side: int) -> int:
    """How many pyramid levels an image of `side` pixels has (28: 2, 32: 3, 64: 4)."""
    count = 1
    while side // 2 >= MIN_SIDE:
        side, count = side // 2, count + 1
    return count


def laplacian_pyramid(images: np.ndarray) -> list[np.ndarray]:
    """uint8 images (N, H, W[, C]) -> float32 levels (N, h, w, C), finest first, the last the coarsest blur."""
    x = np.asarray(images, np.float32)
    x = x[..., None] if x.ndim == 3 else x
    pyramid = [x]
    for _ in range(levels_of(x.shape[1]) - 1):
        pyramid.append(_down(pyramid[-1]))
    for i in range(len(pyramid) - 1):
        pyramid[i] = pyramid[i] - _up(pyramid[i + 1], pyramid[i].shape)
    return pyramid


def descriptors(level: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """PATCHES random 7x7 neighbourhoods of each image of one level, flattened and normalised per channel."""
    n, h, w, c = level.shape
    y = rng.integers(0, h - PATCH + 1, (n, PATCHES))
    x = rng.integers(0, w - PATCH + 1, (n, PATCHES))
    offsets = np.arange(PATCH)
    rows = (y[:, :, None] + offsets)[:, :, :, None]  # (n, k, 7, 1)
    cols = (x[:, :, None] + offsets)[:, :, None, :]  # (n, k, 1, 7)
    patches = level[np.arange(n)[:, None, None, None], rows, cols]  # (n, k, 7, 7, c)
    patches = patches.reshape(-1, PATCH * PATCH, c)
    patches = (patches - patches.mean(axis=(0, 1))) / (patches.std(axis=(0, 1)) + 1e-8)
    return patches.reshape(len(patches), -1)


def sliced_wasserstein(a: np.ndarray, b: np.ndarray, rng: np.random.Generator) -> float:
    """The mean over REPEATS x DIRECTIONS random unit directions of the distance between the sorted projections."""
    distances = []
    for _ in range(REPEATS):
        directions = rng.standard_normal((a.shape[1], DIRECTIONS)).astype(np.float32)
        directions /= np.linalg.norm(directions, axis=0, keepdims=True)
        projected_a, projected_b = np.sort(a @ directions, axis=0), np.sort(b @ directions, axis=0)
        distances.append(float(np.abs(projected_a - projected_b).mean()))
    return float(np.mean(distances))


def describe(images: np.ndarray, seed: int) -> list[np.ndarray]:
    """A set of uint8 images' descriptors, level by level (the patch positions drawn from `seed`, so every
    set of one size and shape is described at the same places): what `compare` takes, and what an
    evaluator keeps of the real images."""
    return [descriptors(level, np.random.default_rng([seed, k, 0]))
            for k, level in enumerate(laplacian_pyramid(images))]


def compare(a: list[np.ndarray], b: list[np.ndarray], seed: int) -> SWD:
    """The SWD between two sets' descriptors (describe), the directions drawn from `seed`.

    Raises:
        ValueError: the sets differ in size or shape.
    """
    if [d.shape for d in a] != [d.shape for d in b]:
        raise ValueError(f"the SWD compares sets of one size and shape, got descriptors {[d.shape for d in a]} and "
                         f"{[d.shape for d in b]}")
    return SWD(tuple(1e3 * sliced_wasserstein(da, db, np.random.default_rng([seed, k, 1]))
                     for k, (da, db) in enumerate(zip(a, b))))


def swd(images_a: np.ndarray, images_b: np.ndarray, seed: int) -> SWD:
    """The SWD between two equally large sets of uint8 images of one shape (the patches and directions
    drawn from `seed`)."""
    if len(images_a) != len(images_b) or np.shape(images_a)[1:] != np.shape(images_b)[1:]:
        raise ValueError(f"the SWD compares sets of one size and shape, got {np.shape(images_a)} and "
                         f"{np.shape(images_b)}")
    return compare(describe(images_a, seed), describe(images_b, seed), seed)
