"""For bench/train_throughput.py's 64x64 colour rows: the peer model, and what a training step costs in FLOPs.

The peer is keras-io's "DCGAN to generate face images" (CelebA, 64x64 RGB) as its example builds it:
D three stride-2 4x4 convolutions of 64/128/128 filters, LeakyReLU 0.2, dropout 0.2, a dense logit;
G a dense layer to 8x8x128, then stride-2 4x4 transposed convolutions of 128, 256 and 512 filters with
LeakyReLU 0.2, and a 5x5 convolution to 3 channels (sigmoid); latent 128; Adam 1e-4 for both;
binary cross-entropy; batch 32; float32. Its images in [0, 1], as it feeds them.

FLOPs are counted from the layers (2 per multiply-add; transposed convolutions by their input pixels);
a training step is taken as 3 forward passes of G (forward, and the backward pass's two products) and 3
of D for each of its two batches (real and generated), per image.
"""

from __future__ import annotations

import numpy as np


def peer_step(images: np.ndarray, batch_size: int = 32, latent: int = 128):
    """The keras-io faces DCGAN's train_step on uint8 (N, 64, 64, 3) images; returns (step(), G, D)."""
    import keras
    import tensorflow as tf
    from keras import layers

    discriminator = keras.Sequential([
        keras.Input((64, 64, 3)),
        layers.Conv2D(64, 4, strides=2, padding="same"), layers.LeakyReLU(0.2),
        layers.Conv2D(128, 4, strides=2, padding="same"), layers.LeakyReLU(0.2),
        layers.Conv2D(128, 4, strides=2, padding="same"), layers.LeakyReLU(0.2),
        layers.Flatten(), layers.Dropout(0.2), layers.Dense(1, activation="sigmoid"),
    ], name="discriminator")
    generator = keras.Sequential([
        keras.Input((latent,)),
        layers.Dense(8 * 8 * 128), layers.Reshape((8, 8, 128)),
        layers.Conv2DTranspose(128, 4, strides=2, padding="same"), layers.LeakyReLU(0.2),
        layers.Conv2DTranspose(256, 4, strides=2, padding="same"), layers.LeakyReLU(0.2),
        layers.Conv2DTranspose(512, 4, strides=2, padding="same"), layers.LeakyReLU(0.2),
        layers.Conv2D(3, 5, padding="same", activation="sigmoid"),
    ], name="generator")
    d_optimizer, g_optimizer = keras.optimizers.Adam(1e-4), keras.optimizers.Adam(1e-4)
    loss_fn = keras.losses.BinaryCrossentropy()
    data = tf.data.Dataset.from_tensor_slices(images).shuffle(len(images)).repeat().batch(batch_size)
    data = iter(data.map(lambda x: tf.cast(x, tf.float32) / 255.0))

    @tf.function
    def train_step(real_images):
        batch = tf.shape(real_images)[0]
        latents = tf.random.normal((batch, latent))
        generated = generator(latents)
        combined = tf.concat([generated, real_images], axis=0)
        labels = tf.concat([tf.ones((batch, 1)), tf.zeros((batch, 1))], axis=0)
        labels += 0.05 * tf.random.uniform(tf.shape(labels))  # the example's label noise
        with tf.GradientTape() as tape:
            d_loss = loss_fn(labels, discriminator(combined))
        grads = tape.gradient(d_loss, discriminator.trainable_weights)
        d_optimizer.apply_gradients(zip(grads, discriminator.trainable_weights))
        latents = tf.random.normal((batch, latent))
        with tf.GradientTape() as tape:
            g_loss = loss_fn(tf.zeros((batch, 1)), discriminator(generator(latents)))
        grads = tape.gradient(g_loss, generator.trainable_weights)
        g_optimizer.apply_gradients(zip(grads, generator.trainable_weights))
        return d_loss, g_loss

    def step() -> None:
        d_loss, _ = train_step(next(data))
        float(d_loss)

    return step, generator, discriminator


def forward_flops(model) -> float:
    """FLOPs of one image's forward pass through a Keras model's convolutions, transposed convolutions and
    dense layers (the rest is small beside them)."""
    from keras import layers

    total = 0.0
    for layer in model.layers:
        if isinstance(layer, layers.Conv2DTranspose):
            _, h, w, cin = layer.input.shape
            total += 2 * h * w * np.prod(layer.kernel_size) * cin * layer.filters
        elif isinstance(layer, layers.Conv2D):
            _, h, w, _ = layer.output.shape
            total += 2 * h * w * np.prod(layer.kernel_size) * layer.input.shape[-1] * layer.filters
        elif isinstance(layer, layers.Dense):
            total += 2 * layer.input.shape[-1] * layer.units
    return float(total)


def step_flops(generator, discriminator) -> float:
    """FLOPs of one training step per image (see the module docstring)."""
    return 3 * forward_flops(generator) + 6 * forward_flops(discriminator)


def cpu_peak_flops(flags: set[str]) -> tuple[float, float, str]:
    """(float32, bfloat16) peak FLOP/s of this CPU's cores by its vector units, and how they were estimated:
    AVX-512 with two FMA units per core, 16 float32 lanes, and bfloat16 dot products at twice that
    (avx512_bf16), at the clock /proc/cpuinfo reports. AMX's tiles are not counted."""
    import os

    mhz = [float(line.split(":")[1]) for line in open("/proc/cpuinfo") if line.startswith("cpu MHz")]
    hz = (max(mhz) if mhz else 2000.0) * 1e6
    lanes = 16 if "avx512f" in flags else 8
    fp32 = (os.cpu_count() or 1) * hz * 2 * lanes * 2
    bf16 = 2 * fp32 if "avx512_bf16" in flags else fp32
    return fp32, bf16, (f"{os.cpu_count()} cores x {hz / 1e9:.2f} GHz x 2 FMA units x {lanes} float32 lanes x 2; "
                        "bfloat16 x2 with avx512_bf16; AMX not counted")
