"""The generator's exponential moving average, and a generator that draws with it.

Why a second generator: the averaged weights are what samples, the latent explorer and quality use
(Yazici et al. 2019: averaged GAN generators score markedly better), but a batch-norm generator's
moving statistics belong to the weights that produced them; drawn with the training weights'
statistics, the averaged weights scored far worse (FCD 238 where the training weights had ~180).
So the averaged weights go into their own copy of the generator, whose batch-norm statistics are
re-estimated for them ("standing statistics", as BigGAN does) from one training-mode pass over
STAT_LATENTS fixed latents, each time samples are drawn after the average has moved.

The averages themselves are updated inside the compiled step (engine.families.dcgan.step), after each generator
update; they are saved in checkpoints (the "ema" variable group), the sampler copy is not.
"""

from __future__ import annotations

import keras
import numpy as np
import tensorflow as tf

from engine.config import TrainConfig
from engine.families.dcgan.networks import build_generator

STAT_LATENTS = 512  # latents of the pass that re-estimates the batch-norm statistics


class WeightAverage:
    """The averaged copies of a generator's trainable weights, and a sampler generator using them."""

    def __init__(self, generator: keras.Model, config: TrainConfig, implementation: str, dtype: str,
                 classes: int = 0):
        """`config` builds the sampler (its noise_dim: the generator's input size); with `classes`, the
        last that many inputs are the class weights (engine.families.dcgan.step.with_classes), one-hot for the pass
        that estimates the statistics, every class equally often."""
        self.weights = [keras.Variable(v.numpy(), trainable=False, name="ema_" + v.path.replace("/", "_"))
                        for v in generator.trainable_variables]
        # Dropout is for training only and the statistics must be those of the dropout-free network.
        self.sampler = build_generator(config.replace(g_dropout=0.0), implementation, dtype)
        for layer in self.sampler.layers:
            if isinstance(layer, keras.layers.BatchNormalization):
                layer.momentum = 0.0  # one pass sets the statistics to that pass's
        latents = np.random.default_rng([config.run.seed, 7]).standard_normal((STAT_LATENTS, config.settings.noise_dim))
        if classes:
            latents[:, -classes:] = np.eye(classes)[np.arange(STAT_LATENTS) % classes]
        self._latents = tf.constant(latents.astype(np.float32))
        self._fresh = None  # the iteration the sampler was last brought up to date at

        @tf.function
        def refresh():
            for target, average in zip(self.sampler.trainable_variables, self.weights):
                target.assign(average)
            self.sampler(self._latents, training=True)

        self._refresh = refresh

    def update_sampler(self, iteration: int) -> None:
        """Bring the sampler up to date with the average, if it moved since the last time."""
        if self._fresh != iteration:
            self._refresh()
            self._fresh = iteration

    def invalidate(self) -> None:
        """The average was changed from outside (a checkpoint, a restored state)."""
        self._fresh = None
