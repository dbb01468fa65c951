"""The discriminator's view of a run: what D says about real and generated images, and where it looks.

Three things a learner can read D by, each cheap enough to refresh with every grid frame (D in
inference mode on a handful of images, one gradient): D's probability that each image is real, a
histogram of its probabilities on the last training batch (training mode, as the step computed
them), and a saliency map |dD/dx| of one image (Simonyan et al. 2014): the pixels whose change
would move D's verdict most.

"Probability" is engine.training.losses.probability_like of D's output: the sigmoid for the losses on logits
or scores, the (clipped) output for least squares. The compiled parts (D's outputs, its input
gradient) are in engine.families.dcgan.step; this module is numpy only, so the window can import it without
loading TensorFlow.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from engine.config import LOSSES

SHOWN = 8  # real and generated images in the view, each


@dataclass(frozen=True)
class DiscriminatorView:
    """What D says after `iteration` iterations."""

    iteration: int
    real_images: np.ndarray  # (SHOWN, H, W[, 3]) uint8: the first of the last training batch
    real_probs: np.ndarray  # (SHOWN,) D's probability that each is real, now
    fake_images: np.ndarray  # (SHOWN, H, W[, 3]) uint8: the first cells of the sample grid
    fake_probs: np.ndarray
    batch_real_probs: np.ndarray  # (B,) the last step's, in training mode
    batch_fake_probs: np.ndarray
    cell: int  # the grid cell of the saliency map
    cell_image: np.ndarray  # (H, W[, 3]) uint8
    saliency: np.ndarray  # (H, W) float32 |dD/dx| (a colour pixel's largest), scaled to a maximum of 1


def probabilities(loss: str, outputs: np.ndarray) -> np.ndarray:
    """engine.training.losses.probability_like in numpy, for D's raw outputs."""
    outputs = np.asarray(outputs, np.float32)
    if LOSSES[loss].least_squares:
        return np.clip(outputs, 0.0, 1.0)
    return (1.0 / (1.0 + np.exp(-outputs.astype(np.float64)))).astype(np.float32)


def scaled(saliency: np.ndarray) -> np.ndarray:
    """A saliency map scaled to a maximum of 1 (all zeros stay zeros)."""
    peak = float(saliency.max())
    return (saliency / peak if peak > 0 else saliency).astype(np.float32)
