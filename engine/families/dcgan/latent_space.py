"""Meaningful directions and paths in the generator's latent space (numpy only).

One coordinate of a 100-dimensional N(0, 1) latent means little by itself, so the explorer's sliders
follow principal directions instead, found as GANSpace (Härkönen et al., 2020) finds them for
generators without a style network: sample many latents, take the activations after the generator's
first block, do PCA there, and map each principal component back to latent space by linear regression
of the latents on the PCA coordinates. The mapped directions are then orthonormalised in variance
order, so one slider never silently repeats another and "1 standard deviation" means the same on all
of them: a unit direction u of z ~ N(0, I) has z.u ~ N(0, 1).

Latents are moved by adding `amount * direction` to a base latent; paths between two latents use
spherical interpolation (slerp), which keeps the walk at the norm typical of N(0, I) latents where
linear interpolation would pass through the atypically short middle of the segment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.config import ConfigError


@dataclass(frozen=True)
class Directions:
    """K orthonormal latent directions for the explorer's sliders.

    Attributes:
        vectors: (K, noise_dim) float32, orthonormal rows.
        explained: (K,) share of the first block's total activation variance that each principal
            component explains, descending; None for raw coordinates.
        iteration: the generator's training iteration they were computed at (None for raw coordinates,
            which never go stale).
    """

    vectors: np.ndarray
    explained: np.ndarray | None = None
    iteration: int | None = None

    @property
    def raw(self) -> bool:
        return self.explained is None

    def __len__(self) -> int:
        return len(self.vectors)

    def label(self, k: int) -> str:
        return f"z[{k}]" if self.raw else f"PC{k + 1}"


def raw_directions(count: int, noise_dim: int) -> Directions:
    """The first `count` latent coordinate axes."""
    return Directions(np.eye(count, noise_dim, dtype=np.float32))


def top_components(x: np.ndarray, count: int, seed: int = 0, oversample: int = 40,
                   power_iterations: int = 6) -> tuple[np.ndarray, np.ndarray]:
    """The top principal axes of centred data by randomized SVD (Halko, Martinsson & Tropp, 2011).

    Why randomized: the generator's first block has 12,544 activations, so an exact PCA of a few
    thousand samples takes ~10 s on a laptop CPU, while the top 8 components come out of a few thin
    matrix products in ~0.3 s. The generous oversampling and power iterations are needed because past
    the first component this spectrum is nearly flat (measured on a trained generator: variances
    within 0.5% of the exact ones, directions at cosine >= 0.88 with the exact ones).

    Args:
        x: (N, D) centred samples.
        count: how many components.

    Returns:
        (components (count, D) orthonormal rows, variances (count,) descending).
    """
    n, d = x.shape
    width = min(count + oversample, n, d)
    q = x @ np.random.default_rng(seed).standard_normal((d, width)).astype(x.dtype)
    q, _ = np.linalg.qr(q)
    for _ in range(power_iterations):
        q, _ = np.linalg.qr(x.T @ q)
        q, _ = np.linalg.qr(x @ q)
    _, singular, vt = np.linalg.svd(q.T @ x, full_matrices=False)
    return vt[:count], singular[:count] ** 2 / max(n - 1, 1)


def principal_directions(activations: Callable[[np.ndarray], np.ndarray], noise_dim: int, count: int,
                         samples: int, seed: int = 0, iteration: int | None = None) -> Directions:
    """GANSpace directions of a generator.

    Args:
        activations: latents (N, noise_dim) float32 -> the first block's activations (N, ...).
        count: K, how many directions (at most noise_dim).
        samples: how many random latents the PCA sees.
        seed: seeds the latents and the randomized SVD: same generator, same directions.
        iteration: recorded on the result, so the window can tell when the generator has moved on.
    """
    if not 1 <= count <= noise_dim:
        raise ConfigError("the number of directions must be in [1, {most}], got {count}", most=noise_dim, count=count)
    if samples < 2 * count:
        raise ConfigError("PCA of {count} directions needs at least {least} samples, got {samples}", count=count,
                          least=2 * count, samples=samples)
    z = np.random.default_rng(seed).standard_normal((samples, noise_dim)).astype(np.float32)
    y = np.asarray(activations(z), np.float32).reshape(samples, -1)
    y = y - y.mean(axis=0)
    components, variances = top_components(y, count, seed)
    coordinates = y @ components.T  # (N, K): each sample's position along the principal axes
    # Regress the latents on the PCA coordinates: row k of u is where component k points in z.
    u, *_ = np.linalg.lstsq(coordinates.astype(np.float64), z.astype(np.float64), rcond=None)
    q, r = np.linalg.qr(u.T)  # Gram-Schmidt in variance order: direction k keeps what 0..k-1 lack
    q *= np.where(np.diag(r) < 0, -1.0, 1.0)  # keep each direction pointing the way its component does
    total = float(np.sum(y.astype(np.float64) ** 2)) / max(samples - 1, 1)
    return Directions(q.T.astype(np.float32), (variances / total).astype(np.float32), iteration)


def offset(base: np.ndarray, directions: Directions, amounts: np.ndarray) -> np.ndarray:
    """base + sum_k amounts[k] * direction k; amounts in standard deviations of z along each direction."""
    return (np.asarray(base, np.float32)
            + np.asarray(amounts, np.float32) @ directions.vectors).astype(np.float32)


def slerp(a: np.ndarray, b: np.ndarray, t: float | np.ndarray) -> np.ndarray:
    """Spherical interpolation from a (t=0) to b (t=1); t may be an array of steps -> (len(t), dim).

    The endpoints come back exactly (sin 0 = 0 and sin w / sin w = 1 in floating point). Nearly
    parallel vectors, where the angle is too small to divide by, fall back to linear interpolation.
    """
    a = np.asarray(a, np.float64)
    b = np.asarray(b, np.float64)
    t = np.asarray(t, np.float64)
    steps = t.reshape(-1, 1)
    cos = np.dot(a, b) / max(np.linalg.norm(a) * np.linalg.norm(b), 1e-12)
    omega = np.arccos(np.clip(cos, -1.0, 1.0))
    if np.sin(omega) < 1e-6:
        weight_a, weight_b = 1.0 - steps, steps
    else:  # the weights first, so that at the ends they are exactly 1 and 0
        weight_a = np.sin((1.0 - steps) * omega) / np.sin(omega)
        weight_b = np.sin(steps * omega) / np.sin(omega)
    out = (weight_a * a + weight_b * b).astype(np.float32)
    return out[0] if t.ndim == 0 else out


def interpolation_walk(a: np.ndarray, b: np.ndarray, frames: int) -> np.ndarray:
    """`frames` latents from a to b by slerp, both ends included: (frames, dim)."""
    return slerp(a, b, np.linspace(0.0, 1.0, frames))


def direction_sweep(base: np.ndarray, direction: np.ndarray, extent: float, frames: int) -> np.ndarray:
    """`frames` latents from base - extent*direction to base + extent*direction: (frames, dim)."""
    amounts = np.linspace(-extent, extent, frames, dtype=np.float32)[:, None]
    return (np.asarray(base, np.float32) + amounts * np.asarray(direction, np.float32)).astype(np.float32)
