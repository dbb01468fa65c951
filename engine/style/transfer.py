"""One style transfer, taken a step at a time: the picture starts as the content at the coarsest scale and is
optimised there, then enlarged to the next scale and optimised again, up to the asked size.

Why coarse to fine: a style's large forms (a swirl, a tile) are only a few pixels wide at the coarse scales,
where a method's small windows see them whole; the fine scales then add the strokes. Why a step at a time:
the window shows the picture as it converges and stops it when asked, and the worker interleaves it with
training; the command line just runs it to the end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import tensorflow as tf

from engine.compute import devices, precision
from engine.style.methods import REGISTRY
from engine.style.settings import StyleConfig

SCALE_FACTOR = 0.75  # between one scale's side and the next's (Elnekave & Weiss's pyramid)


@dataclass(frozen=True)
class Progress:
    """Where a transfer is: steps done of all, the scale it works at (1-based) of how many, its last loss."""

    step: int
    steps: int
    scale: int
    scales: int
    loss: float


def scales(height: int, width: int, coarsest: int) -> list[tuple[int, int]]:
    """The (height, width) of each scale, coarse to fine, the last the picture's own."""
    count = 1 + max(0, math.floor(math.log(min(height, width) / coarsest) / -math.log(SCALE_FACTOR) + 1e-9))
    return [(max(1, round(height * SCALE_FACTOR ** k)), max(1, round(width * SCALE_FACTOR ** k)))
            for k in range(count - 1, -1, -1)]


def to_tensor(picture: np.ndarray) -> tf.Tensor:
    """uint8 (h, w, 3) -> float32 (1, h, w, 3) in [-1, 1]."""
    return tf.constant(picture[None].astype(np.float32) / 127.5 - 1.0)


def to_picture(tensor: tf.Tensor) -> np.ndarray:
    """float32 (1, h, w, 3) in [-1, 1] -> uint8 (h, w, 3)."""
    return np.clip(np.round((tensor.numpy()[0] + 1.0) * 127.5), 0, 255).astype(np.uint8)


def resized(picture: tf.Tensor, size: tuple[int, int]) -> tf.Tensor:
    """Area-averaged when shrinking (no aliasing), bicubic when enlarging."""
    shrink = size[0] < picture.shape[1]
    return tf.clip_by_value(tf.image.resize(picture, size, method="area" if shrink else "bicubic"), -1.0, 1.0)


class Stylization:
    """A transfer of `style` onto `content` (uint8 pictures, the content already at the result's size and the
    style at `brush` times it), advanced by `step()` until `finished`."""

    def __init__(self, content: np.ndarray, style: np.ndarray, config: StyleConfig):
        self.config = config
        chosen = precision.resolve("auto", gpu=devices.gpu_capability())
        self.precision = chosen
        self.method = REGISTRY[config.method](config, tf.bfloat16 if chosen.name == "bfloat16" else tf.float32)
        self._content = to_tensor(content)
        self._style = to_tensor(style)
        self.scales = scales(*content.shape[:2], self.method.coarsest)
        share, extra = divmod(config.steps, len(self.scales))
        self._steps = [share + (k < extra) for k in range(len(self.scales))]
        self.done = 0
        self._scale = -1
        self._left = 0
        self._picture: tf.Variable | None = None
        self._loss = float("nan")

    @property
    def finished(self) -> bool:
        return self.done >= self.config.steps

    @property
    def progress(self) -> Progress:
        return Progress(self.done, self.config.steps, max(self._scale, 0) + 1, len(self.scales), self._loss)

    def picture(self) -> np.ndarray:
        """The picture as it is now, uint8 (h, w, 3) at the current scale's size."""
        return to_picture(self._picture if self._picture is not None else self._content)

    def step(self) -> None:
        """One optimisation step (entering the next scale first when this one's steps are done)."""
        if self.finished:
            return
        while self._left == 0:
            self._next_scale()
        self._loss = float(self._step(tf.constant([self.config.seed, self.done], tf.int32)))
        self._left -= 1
        self.done += 1

    def _next_scale(self) -> None:
        self._scale += 1
        size = self.scales[self._scale]
        ratio = size[0] / self.scales[-1][0]
        # The style shrinks with the picture, but never below twice the method's window (a thin strip of a style
        # would leave its filters or patches no room at the coarse scales).
        least = 2 * self.method.window
        style_size = (max(least, round(self._style.shape[1] * ratio)), max(least, round(self._style.shape[2] * ratio)))
        content = resized(self._content, size)
        style = resized(self._style, style_size)
        start = content if self._picture is None else resized(tf.convert_to_tensor(self._picture), size)
        self._picture = tf.Variable(start)
        self._left = self._steps[self._scale]
        loss = self.method.objective(content, style)
        optimizer = tf.keras.optimizers.Adam(self.method.learning_rate)
        optimizer.build([self._picture])
        picture, method = self._picture, self.method

        @tf.function(jit_compile=False)
        def step(seed):
            method.learn(picture, style, seed)
            with tf.GradientTape() as tape:
                value = loss(picture, seed)
            optimizer.apply_gradients([(tape.gradient(value, picture), picture)])
            picture.assign(tf.clip_by_value(picture, -1.0, 1.0))
            return value

        self._step = step

    def run(self, on_progress=None) -> np.ndarray:
        """All the steps; `on_progress(Progress)` after each. The finished picture, uint8."""
        while not self.finished:
            self.step()
            if on_progress is not None:
                on_progress(self.progress)
        return self.picture()
