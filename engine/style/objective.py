"""The interface every style method serves: built once per transfer, it gives the loss of the pixels at each
scale of the coarse-to-fine optimisation (engine.style.transfer), from the content and the style at that scale.

Why one interface: the transfer's loop, its progress, the command line, the window and the comparison in
bench/style_methods.py treat every method alike; a new method is one class in the registry of
engine.style.methods.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Callable

import tensorflow as tf

from engine.style.settings import StyleConfig

Loss = Callable[[tf.Variable, tf.Tensor], tf.Tensor]  # (the picture being painted, a step's seed) -> its loss


class Method(ABC):
    """A way of measuring how far a picture is from the style (and from the content).

    Pictures are float32 tensors (1, height, width, 3) in [-1, 1]. `compute_dtype` is what the method's
    convolutions run in (bfloat16 where the CPU has it); losses stay float32.
    """

    coarsest = 64  # the shorter side of the first scale, in pixels
    learning_rate = 0.01  # Adam's, on pixels in [-1, 1]
    content_scale = 1.0  # the content term's weight at strength 0.5, against the method's style term
    window = 1  # the largest window (patch, filter) it slides over the pictures, in pixels: none may be smaller

    def __init__(self, config: StyleConfig, compute_dtype: tf.DType = tf.float32):
        self.config = config
        self.compute_dtype = compute_dtype

    @abstractmethod
    def objective(self, content: tf.Tensor, style: tf.Tensor) -> Loss:
        """The loss at one scale: its targets computed here, once; the returned function runs in a compiled step."""

    def learn(self, picture: tf.Variable, style: tf.Tensor, seed: tf.Tensor) -> None:
        """Called in each compiled step before the picture's own: a method that learns while it paints (the
        patch discriminator) updates itself here."""

    @property
    def content_weight(self) -> float:
        """The content term's weight from the strength: 0 at strength 1, content_scale at 0.5, large at 0."""
        strength = self.config.strength
        return self.content_scale * (1e3 if strength <= 1e-3 else (1.0 - strength) / strength)
