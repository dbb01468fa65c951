"""One DCGAN training iteration as a compiled TensorFlow function.

The seed notebook's step: noise ~ N(0, 1), G(noise), D on the real batch and D on the fakes as two
separate calls, all in training mode, two gradient tapes, each optimizer applying its own network's
gradients. Two differences that do not change the maths: the real batch is gathered on the device
from the uint8 dataset by index (no per-step host copy of images), and the noise is drawn statelessly
from (seed, iteration), so resuming from a checkpoint needs no random-generator state.

Accuracy is judged on the probability sigmoid(logit) at 0.5 (the notebook compared raw logits with
0.5, a quirk that counted logits in (0, 0.5] as fake).
"""

from __future__ import annotations

import keras
import tensorflow as tf

# Grappler's remapper pass fails on this graph (LeakyReluGrad needs the un-fused BiasAdd) and logs an
# error line at every trace; the pass then does nothing, so turning it off costs nothing (measured).
tf.config.optimizer.set_experimental_options({"remapping": False})


def _bce(labels_value: float, logits: tf.Tensor) -> tf.Tensor:
    """Binary cross-entropy on logits against a constant label, averaged over the batch."""
    labels = tf.fill(tf.shape(logits), labels_value)
    return tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logits))


def noise_for(seed: int, iteration: tf.Tensor, batch: tf.Tensor, noise_dim: int) -> tf.Tensor:
    """The step's latent batch: a pure function of (seed, iteration)."""
    key = tf.stack([tf.constant(seed, tf.int64), tf.cast(iteration, tf.int64)])
    return tf.random.stateless_normal(tf.stack([batch, noise_dim]), seed=key)


def make_train_step(generator: keras.Model, discriminator: keras.Model,
                    g_optimizer: keras.optimizers.Optimizer, d_optimizer: keras.optimizers.Optimizer,
                    images: tf.Tensor, seed: int, noise_dim: int):
    """Compile the step for these networks and this (uint8, N x 28 x 28) image tensor.

    Returns:
        step(indices int32[B], iteration int64[]) -> float32[8], the values named in history.METRICS
        (the gradient norms are the global L2 norms of each network's gradients, before Adam).
    """

    @tf.function(input_signature=[tf.TensorSpec([None], tf.int32), tf.TensorSpec([], tf.int64)])
    def step(indices, iteration):
        real = tf.cast(tf.gather(images, indices), tf.float32)[..., None] / 127.5 - 1.0
        noise = noise_for(seed, iteration, tf.shape(indices)[0], noise_dim)
        with tf.GradientTape() as g_tape, tf.GradientTape() as d_tape:
            fake = generator(noise, training=True)
            real_logits = discriminator(real, training=True)
            fake_logits = discriminator(fake, training=True)
            g_loss = _bce(1.0, fake_logits)
            d_loss = _bce(1.0, real_logits) + _bce(0.0, fake_logits)
        g_grads = g_tape.gradient(g_loss, generator.trainable_variables)
        d_grads = d_tape.gradient(d_loss, discriminator.trainable_variables)
        g_optimizer.apply_gradients(zip(g_grads, generator.trainable_variables))
        d_optimizer.apply_gradients(zip(d_grads, discriminator.trainable_variables))
        p_real = tf.sigmoid(real_logits)
        p_fake = tf.sigmoid(fake_logits)
        return tf.stack([
            g_loss,
            d_loss,
            tf.reduce_mean(tf.cast(p_real >= 0.5, tf.float32)),
            tf.reduce_mean(tf.cast(p_fake < 0.5, tf.float32)),
            tf.reduce_mean(p_real),
            tf.reduce_mean(p_fake),
            tf.linalg.global_norm(g_grads),
            tf.linalg.global_norm(d_grads),
        ])

    return step


def make_generate(generator: keras.Model, noise_dim: int):
    """Compile inference: latents float32[N, noise_dim] -> uint8[N, 28, 28] images."""

    @tf.function(input_signature=[tf.TensorSpec([None, noise_dim], tf.float32)])
    def generate(latents):
        images = tf.cast(generator(latents, training=False)[..., 0], tf.float32)  # bfloat16 in mixed runs
        return tf.cast(tf.round(tf.clip_by_value((images + 1.0) * 127.5, 0.0, 255.0)), tf.uint8)

    return generate


def make_activations(block: keras.Model, noise_dim: int):
    """Compile a sub-network for inference: latents float32[N, noise_dim] -> its float32 output."""

    @tf.function(input_signature=[tf.TensorSpec([None, noise_dim], tf.float32)])
    def activations(latents):
        return tf.cast(block(latents, training=False), tf.float32)

    return activations
