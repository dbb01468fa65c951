"""Gatys et al.'s style loss (Gram matrices of feature maps) on networks nobody trained, so no weights are
downloaded: an untrained VGG-19 (He, Wang & Hopcroft 2016) and one layer of random multi-scale filters
(Ustyuzhaninov, Brendel, Gatys & Bethge 2017).

The published tricks for random networks, all here: He-scaled weights, average rather than max pooling, each
layer's Gram distance divided by the style Gram's own size (so no layer drowns the others), and the loss
averaged over networks of several seeds (one seed's accidents average out).
"""

from __future__ import annotations

import numpy as np
import tensorflow as tf

from engine.style.objective import Loss, Method

VGG19 = ((64, 64), (128, 128), (256, 256, 256, 256), (512, 512, 512, 512), (512, 512, 512, 512))
VGG_SEEDS = 2
FILTER_SIZES = (3, 5, 7, 11, 15, 23)  # Ustyuzhaninov et al.'s multi-scale layer (their 37 and 55 px are too
FILTERS_EACH = 64  # slow here; 128 each in the paper)


def gram(features: tf.Tensor) -> tf.Tensor:
    """(1, h, w, c) -> (c, c) float32, divided by the places h*w."""
    features = tf.cast(features, tf.float32)
    flat = tf.reshape(features, (-1, features.shape[-1]))
    return tf.matmul(flat, flat, transpose_a=True) / tf.cast(tf.shape(flat)[0], tf.float32)


def relative(a: tf.Tensor, b: tf.Tensor) -> tf.Tensor:
    """||a - b||^2 / ||b||^2: a distance every layer contributes to on the same footing."""
    return tf.reduce_sum(tf.square(a - b)) / (tf.reduce_sum(tf.square(b)) + 1e-8)


class GramMethod(Method):
    """Gram matrices of some layers for the style, the features of others for the content."""

    def networks(self) -> list:
        """Functions picture -> (style layers, content layers), one per seed."""
        raise NotImplementedError

    def objective(self, content: tf.Tensor, style: tf.Tensor) -> Loss:
        if not hasattr(self, "_networks"):
            self._networks = self.networks()
        targets = []
        for network in self._networks:
            style_layers, _ = network(style)
            _, content_layers = network(content)
            targets.append(([gram(f) for f in style_layers], [tf.cast(f, tf.float32) for f in content_layers]))
        weight = self.content_weight

        def loss(picture: tf.Variable, seed: tf.Tensor) -> tf.Tensor:
            total = 0.0
            for network, (grams, contents) in zip(self._networks, targets):
                style_layers, content_layers = network(picture)
                total += self.style_term(style_layers, grams)
                if weight:
                    total += weight * tf.add_n([relative(tf.cast(f, tf.float32), c)
                                                for f, c in zip(content_layers, contents)]) / len(contents)
            return total / len(self._networks)

        return loss

    def style_term(self, layers: list, grams: list) -> tf.Tensor:
        """The style's part of one network's loss: each layer's relative Gram distance, averaged over the layers."""
        return tf.add_n([relative(gram(f), g) for f, g in zip(layers, grams)]) / len(grams)


def _he_normal(rng: np.random.Generator, size: int, inputs: int, outputs: int) -> np.ndarray:
    return rng.normal(0.0, np.sqrt(2.0 / (size * size * inputs)), (size, size, inputs, outputs)).astype(np.float32)


class RandomVGG(GramMethod):
    """An untrained VGG-19: style at the first convolution of each of its five blocks, content at block 4's
    second."""

    def networks(self) -> list:
        return [self._vgg(np.random.default_rng([self.config.seed, k])) for k in range(VGG_SEEDS)]

    def _vgg(self, rng: np.random.Generator):
        dtype = self.compute_dtype
        blocks, inputs = [], 3
        for widths in VGG19:
            block = []
            for width in widths:
                block.append(tf.constant(_he_normal(rng, 3, inputs, width), dtype))
                inputs = width
            blocks.append(block)

        def network(picture):
            x = tf.cast(picture, dtype)
            style, content = [], []
            for b, block in enumerate(blocks):
                if b:
                    x = tf.nn.avg_pool2d(x, 2, 2, "SAME")
                for k, kernel in enumerate(block):
                    x = tf.nn.relu(tf.nn.conv2d(x, kernel, 1, "SAME"))
                    if k == 0:
                        style.append(x)
                    if b == 3 and k == 1:
                        content.append(x)
            return style, content

        return network


class RandomFilters(GramMethod):
    """One layer of random filters of several sizes, each size's responses (after a ReLU) a style layer; the
    two largest sizes' responses are the content's, so the content holds the forms and not the fine grain."""

    coarsest = 48
    content_scale = 0.05

    @property
    def window(self) -> int:
        return max(FILTER_SIZES)

    def networks(self) -> list:
        rng = np.random.default_rng(self.config.seed)
        dtype = self.compute_dtype
        kernels = []
        for size in FILTER_SIZES:
            kernel = rng.uniform(-1.0, 1.0, (size, size, 3, FILTERS_EACH)).astype(np.float32)
            kernel -= kernel.mean(axis=(0, 1, 2), keepdims=True)
            kernel /= np.sqrt(np.square(kernel).sum(axis=(0, 1, 2), keepdims=True))
            kernels.append(tf.constant(kernel, dtype))

        def network(picture):
            x = tf.cast(picture, dtype)
            layers = [tf.nn.relu(tf.nn.conv2d(x, kernel, 1, "VALID")) for kernel in kernels]
            return layers, layers[-2:]

        return [network]
