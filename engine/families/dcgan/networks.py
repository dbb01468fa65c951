"""The DCGAN networks: at 28x28 grey, built exactly as the TensorFlow DCGAN tutorial builds them; at other sizes
and in colour, grown as the DCGAN paper grows them.

At 28x28 with the base width 64, layer for layer the tutorial's generator and discriminator (with the
tutorial's 128 filters in the second transposed convolution, not the published tutorial's 64). At 32, 64
and 128 pixels (Radford et al. 2016, section 3): the generator starts from 8x8 instead of 7x7 and adds
one upsampling block per further doubling, each half as wide as the one before; the discriminator adds
one stride-2 convolution per doubling, each twice as wide; the last layer has the images' channels.
`blocks` lists each size's widths, so the cost of a size is read in one place (bench/train_throughput.py
prints each one's FLOPs). Additions: explicit seeds for the
initializers and dropout, so that one config seed gives one set of starting weights in any process
(the basis of reproducible runs and of exact resume); the discriminator's dropout masks drawn from
half as many random words (engine.families.dcgan.layer_forms.HalfWordDropout: the same rate and scaling, another
random stream than Keras's Dropout).
"""

from __future__ import annotations

import keras
import numpy as np
from keras import layers

from engine.config import DEFAULT_IMPLEMENTATION, IMPLEMENTATIONS, TrainConfig
from engine.families.dcgan.layer_forms import (FusedBatchNormalization, HalfWordDropout, ReplicaDropout,
                                               SubpixelConv2DTranspose, SwappedGradConv2D, SwappedGradConv2DTranspose)


COLOUR_WIDTH = 32  # the base width at 32 pixels and more: bench/quality_per_minute.py --dataset emoji


def base_width(config: TrainConfig) -> int:
    """The networks' base width: config.settings.width, or (0) the tutorial's 64 at 28x28 and COLOUR_WIDTH at
    larger sizes, where 64 is four times the step for no better emoji in 10 minutes."""
    return config.settings.width or (64 if config.run.image_side == 28 else COLOUR_WIDTH)


def blocks(size: int, width: int) -> tuple[int, list[int], list[int]]:
    """(the generator's starting side, its upsampling blocks' widths before the last layer's, the
    discriminator's convolutions' widths) for images of `size` pixels and base width `width`.

    28 (the tutorial's, width 64): 7, [128], [64, 128]; 64: 8, [128, 64], [64, 128, 256]."""
    start = 7 if size == 28 else 8
    doublings = (size // start).bit_length() - 1
    if start << doublings != size:
        raise ValueError(f"the DCGAN trains on 28x28 or on 32, 64 or 128 pixels a side, not {size}")
    return start, [2 * width >> i for i in range(doublings - 1)], [width << i for i in range(doublings)]


def layer_seeds(seed: int, stream: int, count: int) -> list[int]:
    """Independent per-layer seeds drawn from (seed, stream)."""
    return [int(s) for s in np.random.SeedSequence([seed, stream]).generate_state(count) % (2**31)]


def build_generator(config: TrainConfig, implementation: str = DEFAULT_IMPLEMENTATION,
                    dtype: str = "float32") -> keras.Model:
    """Latent vector (noise_dim) -> image (size x size x channels of config.run) in [-1, 1] (tanh), its
    layers computed as
    `implementation` (one of IMPLEMENTATIONS) says, in the Keras dtype policy `dtype` ("float32",
    "mixed_bfloat16": bfloat16 arithmetic on float32 variables, batch norm in float32; "float64" for
    tests that need a reference computed more exactly)."""
    if implementation not in IMPLEMENTATIONS:
        raise ValueError(f"implementation must be one of {IMPLEMENTATIONS}, got {implementation!r}")
    norm = layers.BatchNormalization if implementation == "reference" else FusedBatchNormalization
    # The 128-channel transposed convolutions and the last, one-channel one: the fast form leaves the
    # last to Keras (its kernel gradient is faster as Keras computes it: engine.families.dcgan.layer_forms).
    wide, last = {"reference": (layers.Conv2DTranspose, layers.Conv2DTranspose),
                  "fast": (SwappedGradConv2DTranspose, layers.Conv2DTranspose),
                  "subpixel": (SubpixelConv2DTranspose, SubpixelConv2DTranspose)}[implementation]
    width = base_width(config)
    start, widths, _ = blocks(config.run.image_side, width)
    # Seeds: the dense layer, the stride-1 convolution, the first upsampling, the last layer, then the
    # further upsamplings (so that the tutorial's four seeds stay its four).
    s = layer_seeds(config.run.seed, 1, 3 + len(widths))
    drop_seeds = layer_seeds(config.run.seed, 3, 2 + len(widths))
    init = keras.initializers.GlorotUniform
    d = {"dtype": dtype}

    def block_end(k: int) -> list:
        """Batch norm, LeakyReLU and, with config.recipe.g_dropout, dropout (training only) after block k."""
        end = [norm(name=f"bn{k}", **d), layers.LeakyReLU(name=f"lrelu{k}", **d)]
        if config.recipe.g_dropout:
            end.append(ReplicaDropout(config.recipe.g_dropout, seed=drop_seeds[k], name=f"gdrop{k}", **d))
        return end

    def upsample(filters: int, k: int, seed: int, deconv, **kwargs) -> list:
        """Double the resolution: the tutorial's stride-2 transposed convolution, or (upsampling "resize")
        nearest-neighbour upsampling and a convolution of the same width and kernel."""
        if config.recipe.upsampling == "resize":
            return [layers.UpSampling2D(2, name=f"up{k}", **d),
                    layers.Conv2D(filters, 5, padding="same", use_bias=False, kernel_initializer=init(seed),
                                  name=f"conv{k}", **kwargs, **d)]
        return [deconv(filters, 5, strides=2, padding="same", use_bias=False, kernel_initializer=init(seed),
                       name=f"deconv{k}", **kwargs, **d)]

    seeds = [s[2], *s[4:]]
    middle = [layer for k, filters in enumerate(widths, 2) for layer in (*upsample(filters, k, seeds[k - 2], wide),
                                                                         *block_end(k))]
    return keras.Sequential([
        keras.Input((config.settings.noise_dim,)),
        layers.Dense(start * start * 4 * width, use_bias=False, kernel_initializer=init(s[0]), name="dense", **d),
        *block_end(0),
        layers.Reshape((start, start, 4 * width), name="reshape", **d),
        wide(2 * width, 5, strides=1, padding="same", use_bias=False, kernel_initializer=init(s[1]), name="deconv1",
             **d),
        *block_end(1),
        *middle,
        *upsample(config.run.image_channels, 2 + len(widths), s[3], last, activation="tanh"),
    ], name="generator")


def build_discriminator(config: TrainConfig, dtype: str = "float32",
                        implementation: str = DEFAULT_IMPLEMENTATION, classes: int = 0) -> keras.Model:
    """Image (size x size x channels of config.run) -> one logit (real if > 0), in the dtype policy `dtype` (see
    build_generator), except the logit layer: under a mixed policy it computes in float32, so logits, losses
    and accuracies keep float32's range and resolution. With config.recipe.spectral_norm every weight layer is
    wrapped in Keras's SpectralNormalization (one power iteration per training call).

    `implementation` (engine.config.IMPLEMENTATIONS) chooses how the second and later convolutions are computed
    (reference: Keras's Conv2D; otherwise SwappedGradConv2D, which differs from it in bfloat16 only).
    The dropout layers are HalfWordDropout (a Keras Dropout with a cheaper mask: engine.families.dcgan.layer_forms)
    in every implementation: their masks are part of a run's random stream, which must not change
    when a checkpoint is resumed under another implementation.

    `classes` > 0: the conditional family's discriminator, which sees the class as channels beside
    the image (engine.families.dcgan.step.with_classes)."""
    _, _, widths = blocks(config.run.image_side, base_width(config))
    # Seeds: conv1, drop1, conv2, drop2, the logit, then conv3, drop3, ... (the tutorial's five stay its five).
    s = layer_seeds(config.run.seed, 2, 1 + 2 * len(widths))
    conv_seeds, drop_seeds = [s[0], s[2], *s[5::2]], [s[1], s[3], *s[6::2]]
    init = keras.initializers.GlorotUniform
    d = {"dtype": dtype}
    logit_dtype = "float32" if dtype.startswith("mixed_") else dtype
    conv = layers.Conv2D if implementation == "reference" else SwappedGradConv2D

    def weighted(layer):
        if not config.recipe.spectral_norm:
            return layer
        return layers.SpectralNormalization(layer, name=f"sn_{layer.name}", dtype=layer.dtype_policy)

    side = config.run.image_side
    downsampling = [layer for k, filters in enumerate(widths, 1) for layer in (
        weighted((layers.Conv2D if k == 1 else conv)(filters, 5, strides=2, padding="same",
                                                     kernel_initializer=init(conv_seeds[k - 1]), name=f"conv{k}", **d)),
        layers.LeakyReLU(name=f"lrelu{k}", **d),
        HalfWordDropout(0.3, seed=drop_seeds[k - 1], name=f"drop{k}", **d))]
    model = keras.Sequential([
        keras.Input((side, side, config.run.image_channels + classes)),
        *downsampling,
        layers.Flatten(name="flatten", **d),
        weighted(layers.Dense(1, kernel_initializer=init(s[4]), name="logit", dtype=logit_dtype)),
    ], name="discriminator")
    # Keras draws the power iteration's start vector unseeded: seeded here, so one seed is one run.
    normalised = [layer for layer in model.layers if isinstance(layer, layers.SpectralNormalization)]
    for layer, seed in zip(normalised, layer_seeds(config.run.seed, 5, len(normalised))):
        layer.vector_u.assign(keras.initializers.TruncatedNormal(stddev=0.02, seed=seed)(layer.vector_u.shape))
    return model


def build_projection_discriminator(config: TrainConfig, classes: int, dtype: str = "float32",
                                   implementation: str = DEFAULT_IMPLEMENTATION) -> keras.Model:
    """The conditional family's projection discriminator (Miyato & Koyama 2018): the DCGAN's discriminator
    on the image, plus the inner product of a learned class embedding with its last features:
    logit = w.phi(x) + b + e(y).phi(x). It takes the same input as the class-channel form, the image with
    the class weights as constant channels (engine.families.dcgan.step.with_classes), and reads the class back from one
    pixel, so the step, samplers and checkpoints serve both forms."""
    body = build_discriminator(config, dtype, implementation)
    logit_dtype = "float32" if dtype.startswith("mixed_") else dtype
    seed = layer_seeds(config.run.seed, 4, 1)[0]
    side, channels = config.run.image_side, config.run.image_channels
    inputs = keras.Input((side, side, channels + classes))
    image = layers.Lambda(lambda x: x[..., :channels], name="image", dtype=dtype)(inputs)
    weights = layers.Lambda(lambda x: x[:, 0, 0, channels:], name="class_weights", dtype=dtype)(inputs)
    features = keras.Model(body.inputs, body.get_layer("flatten").output, name="features")(image)
    embedding = layers.Dense(features.shape[-1], use_bias=False, name="class_embedding", dtype=dtype,
                             kernel_initializer=keras.initializers.GlorotUniform(seed))(weights)
    projection = layers.Dot(axes=1, name="projection", dtype=logit_dtype)([embedding, features])
    logit = layers.Add(name="projected_logit", dtype=logit_dtype)([body.get_layer("logit")(features), projection])
    return keras.Model(inputs, logit, name="discriminator")


def generator_first_block(generator: keras.Model) -> keras.Model:
    """The generator up to its first block's output (Dense > BN > LeakyReLU: 7*7*256 values at 28x28).

    GANSpace does its PCA here: early enough that the activations still describe the whole image
    (shape, size, brightness), late enough that they are not a linear copy of the latent.
    """
    return keras.Model(generator.inputs, generator.get_layer("lrelu0").output, name="generator_block1")


def synchronize_batch_norm(model: keras.Model) -> None:
    """Make a network's batch norm use the moments of the global batch when it trains on several devices
    (Keras's synchronized BatchNormalization: each replica's sums are added over the replicas), so N
    devices normalise as one device does at the same global batch; without it each replica would
    normalise with its own rows' moments. Variables and checkpoints are unchanged."""
    for layer in model.layers:
        if isinstance(layer, layers.BatchNormalization):
            layer.synchronized = True
