"""The GAN losses a recipe can choose (engine.config.LOSSES), on float32 logits, looked up in one table
(FUNCTIONS).

Each loss is a pair: the discriminator's, given its outputs on a real and a fake batch and (for the
losses that have them) per-image targets, and the generator's, given D's outputs on the fakes. The
targets are where one-sided label smoothing and label flipping act (engine.families.dcgan.step): 1 for real and
0 for fake without them, so "bce" is then exactly the TensorFlow DCGAN tutorial's cross-entropy.

The decision boundary (`judged_real`) says when D calls an image real, for the accuracy curves:
sigmoid(output) >= 0.5 (output >= 0) for the losses on logits or scores, output >= 0.5 for least
squares (targets 0 and 1).

Means are over the global batch (engine.compute.replica.mean): on several devices each replica's loss is its
share of the global batch's, tf.reduce_mean on one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import tensorflow as tf

from engine.compute.replica import mean
from engine.config import LOSSES


def _bce(targets: tf.Tensor, logits: tf.Tensor) -> tf.Tensor:
    return mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=targets, logits=logits))


@dataclass(frozen=True)
class LossFunctions:
    """A loss's two halves: D's, on its outputs for a real and a fake batch and (for the losses that have them)
    per-image targets; G's, on D's outputs for the fakes."""

    discriminator: Callable[[tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor], tf.Tensor]
    generator: Callable[[tf.Tensor], tf.Tensor]


# Every loss of engine.config.LOSSES, by the same name: the one place a loss's functions are looked up.
FUNCTIONS = {
    # Goodfellow et al. 2014, as the TensorFlow DCGAN tutorial writes it (G's non-saturating form)
    "bce": LossFunctions(lambda real, fake, real_targets, fake_targets: (_bce(real_targets, real)
                                                                        + _bce(fake_targets, fake)),
                         lambda fake: _bce(tf.ones_like(fake), fake)),
    # Mao et al. 2017: (D(x) - b)^2 / 2 + (D(G(z)) - a)^2 / 2
    "lsgan": LossFunctions(lambda real, fake, real_targets, fake_targets: 0.5 * (
        mean(tf.square(real - real_targets)) + mean(tf.square(fake - fake_targets))),
        lambda fake: 0.5 * mean(tf.square(fake - 1.0))),
    # Lim & Ye 2017
    "hinge": LossFunctions(lambda real, fake, *targets: mean(tf.nn.relu(1.0 - real)) + mean(tf.nn.relu(1.0 + fake)),
                           lambda fake: -mean(fake)),
    # Gulrajani et al. 2017, without the penalty (the steps add gradient_penalty)
    "wgan-gp": LossFunctions(lambda real, fake, *targets: mean(fake) - mean(real), lambda fake: -mean(fake)),
}
if FUNCTIONS.keys() != LOSSES.keys():
    raise ImportError(f"the loss functions {sorted(FUNCTIONS)} do not match engine.config.LOSSES {sorted(LOSSES)}")


def discriminator_loss(loss: str, real: tf.Tensor, fake: tf.Tensor, real_targets: tf.Tensor,
                       fake_targets: tf.Tensor) -> tf.Tensor:
    """D's loss on its outputs for a real and a fake batch (targets: the labelled losses' only)."""
    return FUNCTIONS[loss].discriminator(real, fake, real_targets, fake_targets)


def generator_loss(loss: str, fake: tf.Tensor) -> tf.Tensor:
    """G's loss on D's outputs for the fakes."""
    return FUNCTIONS[loss].generator(fake)


def gradient_penalty(critic: Callable[[tf.Tensor], tf.Tensor], real: tf.Tensor, fake: tf.Tensor,
                     mix: tf.Tensor) -> tf.Tensor:
    """wgan-gp's penalty (Gulrajani et al. 2017): (||grad critic(x_hat)|| - 1)^2 at x_hat = mix * real + (1 - mix) *
    fake, `mix` one uniform draw per example (broadcast over the rest), as a global-batch mean."""
    x_hat = mix * real + (1.0 - mix) * tf.cast(fake, tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(x_hat)
        out = tf.cast(critic(x_hat), tf.float32)
    grads = tf.cast(tape.gradient(out, x_hat), tf.float32)
    norms = tf.sqrt(tf.reduce_sum(tf.square(grads), axis=list(range(1, grads.shape.rank))) + 1e-12)
    return mean(tf.square(norms - 1.0))


def judged_real(loss: str, outputs: tf.Tensor) -> tf.Tensor:
    """Whether D calls each image real (bool), at its loss's decision boundary."""
    # On the sigmoid, not `outputs >= 0`: float32 rounds sigmoid of a tiny negative logit to 0.5, and
    # the tutorial's recipe's accuracies stay bit for bit what they were.
    return (outputs if LOSSES[loss].least_squares else tf.sigmoid(outputs)) >= 0.5


def verdicts(loss: str, real: tf.Tensor, fake: tf.Tensor) -> dict[str, tf.Tensor]:
    """The accuracy plot's four values for D's outputs on a real and a fake batch, as global-batch means:
    its accuracy on real images, on fakes, and its mean D(x) and D(G(z)) (probability_like), by the names
    every family's history gives them (engine.families.family.VERDICTS)."""
    return {"real_acc": mean(tf.cast(judged_real(loss, real), tf.float32)),
            "fake_acc": mean(tf.cast(tf.logical_not(judged_real(loss, fake)), tf.float32)),
            "d_real": mean(probability_like(loss, real)), "d_fake": mean(probability_like(loss, fake))}


def probability_like(loss: str, outputs: tf.Tensor) -> tf.Tensor:
    """D's outputs as the accuracy plot's D(x), D(G(z)) curves show them, in [0, 1]: the sigmoid
    probability for logits and scores, the output itself (clipped) for least squares."""
    return tf.clip_by_value(outputs, 0.0, 1.0) if LOSSES[loss].least_squares else tf.sigmoid(outputs)
