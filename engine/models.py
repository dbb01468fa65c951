"""The reference DCGAN networks, built exactly as the seed notebook builds them.

Layer for layer the seed's generator and discriminator (with the seed's 128 filters in the second
transposed convolution, not the published tutorial's 64). The only addition is explicit seeds for
the initializers and dropout, so that one config seed gives one set of starting weights in any
process: the basis of reproducible runs and of exact resume.
"""

from __future__ import annotations

import keras
import numpy as np
from keras import layers

from engine.config import DEFAULT_IMPLEMENTATION, IMPLEMENTATIONS, TrainConfig
from engine.layer_forms import FusedBatchNormalization, SubpixelConv2DTranspose

IMAGE_SHAPE = (28, 28, 1)


def _seeds(seed: int, stream: int, count: int) -> list[int]:
    """Independent per-layer seeds drawn from (seed, stream)."""
    return [int(s) for s in np.random.SeedSequence([seed, stream]).generate_state(count) % (2**31)]


def build_generator(config: TrainConfig, implementation: str = DEFAULT_IMPLEMENTATION,
                    dtype: str = "float32") -> keras.Model:
    """Latent vector (noise_dim) -> 28x28x1 image in [-1, 1] (tanh), its layers computed as
    `implementation` (one of IMPLEMENTATIONS) says, in the Keras dtype policy `dtype` ("float32",
    "mixed_bfloat16": bfloat16 arithmetic on float32 variables, batch norm in float32; "float64" for
    tests that need a reference computed more exactly)."""
    if implementation not in IMPLEMENTATIONS:
        raise ValueError(f"implementation must be one of {IMPLEMENTATIONS}, got {implementation!r}")
    norm = layers.BatchNormalization if implementation == "reference" else FusedBatchNormalization
    deconv = SubpixelConv2DTranspose if implementation == "subpixel" else layers.Conv2DTranspose
    s = _seeds(config.seed, 1, 4)
    init = keras.initializers.GlorotUniform
    d = {"dtype": dtype}
    return keras.Sequential([
        keras.Input((config.noise_dim,)),
        layers.Dense(7 * 7 * 256, use_bias=False, kernel_initializer=init(s[0]), name="dense", **d),
        norm(name="bn0", **d),
        layers.LeakyReLU(name="lrelu0", **d),
        layers.Reshape((7, 7, 256), name="reshape", **d),
        deconv(128, 5, strides=1, padding="same", use_bias=False, kernel_initializer=init(s[1]), name="deconv1",
               **d),
        norm(name="bn1", **d),
        layers.LeakyReLU(name="lrelu1", **d),
        deconv(128, 5, strides=2, padding="same", use_bias=False, kernel_initializer=init(s[2]), name="deconv2",
               **d),
        norm(name="bn2", **d),
        layers.LeakyReLU(name="lrelu2", **d),
        deconv(1, 5, strides=2, padding="same", use_bias=False, activation="tanh",
               kernel_initializer=init(s[3]), name="deconv3", **d),
    ], name="generator")


def build_discriminator(config: TrainConfig, dtype: str = "float32") -> keras.Model:
    """28x28x1 image -> one logit (real if > 0), in the dtype policy `dtype` (see build_generator),
    except the logit layer: under a mixed policy it computes in float32, so logits, losses and
    accuracies keep float32's range and resolution."""
    s = _seeds(config.seed, 2, 5)
    init = keras.initializers.GlorotUniform
    d = {"dtype": dtype}
    logit_dtype = "float32" if dtype.startswith("mixed_") else dtype
    return keras.Sequential([
        keras.Input(IMAGE_SHAPE),
        layers.Conv2D(64, 5, strides=2, padding="same", kernel_initializer=init(s[0]), name="conv1", **d),
        layers.LeakyReLU(name="lrelu1", **d),
        layers.Dropout(0.3, seed=s[1], name="drop1", **d),
        layers.Conv2D(128, 5, strides=2, padding="same", kernel_initializer=init(s[2]), name="conv2", **d),
        layers.LeakyReLU(name="lrelu2", **d),
        layers.Dropout(0.3, seed=s[3], name="drop2", **d),
        layers.Flatten(name="flatten", **d),
        layers.Dense(1, kernel_initializer=init(s[4]), name="logit", dtype=logit_dtype),
    ], name="discriminator")


def generator_first_block(generator: keras.Model) -> keras.Model:
    """The generator up to its first block's output (Dense > BN > LeakyReLU, 7*7*256 values).

    GANSpace does its PCA here: early enough that the activations still describe the whole image
    (shape, size, brightness), late enough that they are not a linear copy of the latent.
    """
    return keras.Model(generator.inputs, generator.get_layer("lrelu0").output, name="generator_block1")
