"""Latent vectors named by integer seeds.

Grid cell k shows the latent of seed k, the same in every run and every process, so two runs' grids
compare cell by cell and a user can ask for "seed 3" and get exactly grid cell 3.
"""

from __future__ import annotations

import numpy as np


def latent_for_seed(seed: int, noise_dim: int) -> np.ndarray:
    """The float32 N(0, 1) latent vector of one integer seed."""
    return np.random.default_rng(seed).standard_normal(noise_dim).astype(np.float32)


def grid_latents(count: int, noise_dim: int) -> np.ndarray:
    """The fixed latents of the sample grid: seeds 0 .. count-1, shape (count, noise_dim)."""
    return np.stack([latent_for_seed(k, noise_dim) for k in range(count)])


def class_grid(cells: int, classes: int, rows: bool) -> tuple[np.ndarray, np.ndarray]:
    """A conditional grid's cells (engine.families.conditional.trainer): the seed of each cell's latent and the class it
    asks for. With `rows`, classes x classes cells, a row per class and a column per seed (the same noise
    asked for every class); otherwise `cells` cells, cell i of seed i asking for class i mod classes.
    The trainer draws the grid from it and the window maps a clicked cell back through it."""
    cell = np.arange(classes * classes if rows else cells)
    return (cell % classes, cell // classes) if rows else (cell, cell % classes)
