"""One DCGAN training iteration as a compiled TensorFlow function.

The TensorFlow DCGAN tutorial's step: noise ~ N(0, 1), G(noise), D on the real batch and D on the fakes as two
separate calls, all in training mode, two gradient tapes, each optimizer applying its own network's
gradients; plus what a recipe adds (engine.config.train): another loss, label smoothing and
flipping, instance noise, several D updates per G update, a weight average of G. Two differences
from the notebook that do not change the maths: the real batch is gathered on the device
from the uint8 dataset by index (no per-step host copy of images; a dataset too large for memory is
the exception: its batches come from disk, engine.io.disk_images), and the noise is drawn statelessly
from (seed, iteration), so resuming from a checkpoint needs no random-generator state.

Accuracy is judged on the probability sigmoid(logit) at 0.5 (the notebook compared raw logits with
0.5, a quirk that counted logits in (0, 0.5] as fake).
"""

from __future__ import annotations

from dataclasses import dataclass

import keras
import tensorflow as tf

from engine.compute import replica
from engine.compute.devices import Devices
from engine.config import FIELDS, LIVE_FIELDS, TrainConfig
from engine.training import losses

# Streams of the step's stateless random draws besides the latents: one key per (seed, iteration, stream).
_FLIP_REAL, _FLIP_FAKE, _NOISE_REAL, _NOISE_FAKE, _GP_MIX = range(1, 6)


def noise_for(seed: int, iteration: tf.Tensor, batch: tf.Tensor, noise_dim: int) -> tf.Tensor:
    """The step's latent batch: a pure function of (seed, iteration)."""
    key = tf.stack([tf.constant(seed, tf.int64), tf.cast(iteration, tf.int64)])
    return tf.random.stateless_normal(tf.stack([batch, noise_dim]), seed=key)


@dataclass(frozen=True)
class StepShape:
    """What a recipe changes in the traced graph (the rest are values in RecipeValues): a change here
    compiles another step, a change of value does not."""

    loss: str
    label_flip: bool
    instance_noise: bool
    skips_g: bool  # d_steps > 1: iterations without a generator update
    ema: bool

    @classmethod
    def of(cls, config: TrainConfig) -> StepShape:
        recipe = config.recipe
        return cls(recipe.loss, recipe.label_flip > 0, recipe.instance_noise > 0, recipe.d_steps > 1, recipe.ema > 0)


class RecipeValues:
    """The recipe's live numbers (those declared live="step" in engine.config.train) as variables the
    compiled step reads each iteration: changing one takes effect at the next iteration without compiling
    anything."""

    NAMES = tuple(name for name in LIVE_FIELDS if FIELDS[name].live == "step")  # the live ones set as variables

    def __init__(self, config: TrainConfig):
        self.variables = {name: tf.Variable(float(config.value(name)), trainable=False, dtype=tf.float32,
                                            name=name) for name in self.NAMES}
        # The iteration instance noise was last set at: a decay runs from there (engine.training.changes).
        self.variables["noise_start"] = tf.Variable(0.0, trainable=False, dtype=tf.float32, name="noise_start")

    def assign(self, config: TrainConfig, noise_start: int) -> None:
        """Take the values of `config` (a live change, a rewind) from the next step on."""
        for name in self.NAMES:
            self.variables[name].assign(float(config.value(name)))
        self.variables["noise_start"].assign(float(noise_start))

    def __getattr__(self, name: str) -> tf.Variable:
        try:
            return self.__dict__["variables"][name]
        except KeyError:
            raise AttributeError(name) from None

    def noise_sigma(self, iteration: tf.Tensor) -> tf.Tensor:
        """Instance noise at an iteration: sigma, decaying linearly to 0 over instance_noise_decay
        iterations from noise_start when that is > 0."""
        decay = self.instance_noise_decay
        left = tf.maximum(0.0, 1.0 - (tf.cast(iteration, tf.float32) - self.noise_start) / tf.maximum(decay, 1.0))
        return self.instance_noise * tf.where(decay > 0, left, 1.0)


def with_classes(x: tf.Tensor, classes: tf.Tensor | None) -> tf.Tensor:
    """The conditional family's inputs: latents (N, noise_dim) with the class weights (N, C) appended,
    or images (N, H, W, channels) with them as C constant channels beside the image; unchanged without classes.

    Why packed into one tensor: the generator's first Dense on [z, one-hot] is z's part plus a learned
    embedding of the class, and the discriminator's first convolution learns a map per class, so the
    DCGAN's networks, step, weight average and samplers serve the conditional family unchanged."""
    if classes is None:
        return x
    classes = tf.cast(classes, x.dtype)
    if x.shape.rank == 2:
        return tf.concat([x, classes], 1)
    return tf.concat([x, tf.tile(classes[:, None, None, :], [1, tf.shape(x)[1], tf.shape(x)[2], 1])], -1)


def make_train_step(generator: keras.Model, discriminator: keras.Model,
                    g_optimizer: keras.optimizers.Optimizer, d_optimizer: keras.optimizers.Optimizer,
                    images: tf.Tensor, seed: int, noise_dim: int, shape: StepShape, values: RecipeValues,
                    last_batch: tuple[tf.Variable, tf.Variable], devices: Devices, metric_names: tuple[str, ...],
                    ema_weights: list | None = None, labels: tf.Tensor | None = None, classes: int = 0,
                    streamed_shape: tuple[int, ...] | None = None):
    """Compile the step for these networks, this uint8 image tensor ((N, H, W) or (N, H, W, 3)) and this recipe
    shape (its numbers are read from `values` at each call).

    `images` None (a dataset that stays on disk): the step takes each batch's images, of `streamed_shape`
    each, as its second input, beside their indices (which still pick the labels).

    With the TensorFlow DCGAN tutorial's recipe the step computes exactly what the notebook's does (the targets
    are 1 and 0, nothing else is added), bit for bit (tests/test_recipe.py).

    Args:
        last_batch: two float32 variables of shape [None] that receive D's probabilities
            (losses.probability_like) of each real and each fake image of the step (for the
            discriminator's view: engine.families.dcgan.discriminator_view).
        devices: where the step runs (engine.compute.devices): on several, each replica trains on its rows of the
            batch and the gradients are summed over them (engine.compute.replica).
        metric_names: the family's metrics (engine.families.dcgan.METRICS), the order of the step's vector.
        ema_weights: with shape.ema, the averaged copies of the generator's trainable variables,
            updated after each generator update as ema = d * ema + (1 - d) * weight, with d = min(ema,
            (1 + n) / (10 + n)) after n updates: without that warm-up a 0.999 average would still be
            three quarters the random initial weights after 300 updates, and the grid noise.
        labels, classes: for the conditional family, the images' class labels (int32, N) and how many
            classes there are: the generator is asked for each real image's class, and both networks
            see it (with_classes).

    Returns:
        step(indices int32[B], [images uint8[B, *streamed_shape],] iteration int64[]) -> float32[8], the values
        of `metric_names`
        (the gradient norms are the global L2 norms of each network's gradients, before Adam; the
        generator's is 0 at iterations that do not update it).
    """
    loss = shape.loss

    def instance_noise(x, iteration, stream):
        sigma = tf.cast(values.noise_sigma(iteration), x.dtype)
        draw = replica.draw(tf.random.stateless_normal, tf.shape(x), seed, iteration, stream)
        return x + sigma * tf.cast(draw, x.dtype)

    def targets(real_logits, fake_logits, iteration):
        """Per-image targets of D's loss: 1 - smoothing for real, 0 for fake, swapped where flipped."""
        real_target = tf.fill(tf.shape(real_logits), 1.0 - values.label_smoothing)
        fake_target = tf.fill(tf.shape(fake_logits), 0.0)
        if shape.label_flip:
            uniform = tf.random.stateless_uniform
            flip_real = replica.draw(uniform, tf.shape(real_logits), seed, iteration, _FLIP_REAL)
            flip_fake = replica.draw(uniform, tf.shape(fake_logits), seed, iteration, _FLIP_FAKE)
            real_target = tf.where(flip_real < values.label_flip, 0.0, real_target)
            fake_target = tf.where(flip_fake < values.label_flip, 1.0 - values.label_smoothing, fake_target)
        return real_target, fake_target

    def gradient_penalty(real, fake, iteration, wanted):
        mix = replica.draw(tf.random.stateless_uniform, tf.stack([tf.shape(real)[0], 1, 1, 1]), seed, iteration,
                           _GP_MIX)
        return losses.gradient_penalty(lambda x: discriminator(with_classes(x, wanted), training=True), real, fake,
                                       mix)

    def update_generator(g_grads):
        """Apply the generator's gradients, summed over the replicas (and average its weights); returns their
        norm."""
        g_grads = replica.all_sum(g_grads)
        g_optimizer.apply_gradients(zip(g_grads, generator.trainable_variables))
        if shape.ema:  # warmed up as tf.train.ExponentialMovingAverage(num_updates=...) does
            updates = tf.cast(g_optimizer.iterations, tf.float32)
            decay = tf.minimum(values.ema, (1.0 + updates) / (10.0 + updates))
            for average, weight in zip(ema_weights, generator.trainable_variables):
                average.assign(decay * average + (1.0 - decay) * weight)
        return tf.linalg.global_norm(g_grads)

    def replica_step(indices, batch_images, iteration, update_g: bool):
        """The step of one replica: its rows of the global batch (engine.compute.replica); the generator learns
        only if `update_g`."""
        noise = replica.shard(noise_for(seed, iteration, tf.shape(indices)[0], noise_dim))
        indices = replica.shard(indices)
        real = _as_discriminator_input(tf.gather(images, indices) if images is not None
                                       else replica.shard(batch_images))
        wanted = None if labels is None else tf.one_hot(tf.gather(labels, indices), classes)
        with tf.GradientTape() as g_tape, tf.GradientTape() as d_tape:
            fake = generator(with_classes(noise, wanted), training=True)
            d_real_in, d_fake_in = real, fake
            if shape.instance_noise:
                d_real_in = instance_noise(real, iteration, _NOISE_REAL)
                d_fake_in = instance_noise(fake, iteration, _NOISE_FAKE)
            real_logits = discriminator(with_classes(d_real_in, wanted), training=True)
            fake_logits = discriminator(with_classes(d_fake_in, wanted), training=True)
            g_loss = losses.generator_loss(loss, fake_logits)
            d_loss = losses.discriminator_loss(loss, real_logits, fake_logits,
                                               *targets(real_logits, fake_logits, iteration))
            if loss == "wgan-gp":
                d_loss += values.gp_weight * gradient_penalty(d_real_in, d_fake_in, iteration, wanted)
        if update_g:  # as the TensorFlow DCGAN tutorial: both gradients, then both updates
            g_grads = g_tape.gradient(g_loss, generator.trainable_variables)
            d_grads = replica.all_sum(d_tape.gradient(d_loss, discriminator.trainable_variables))
            g_norm = update_generator(g_grads)
        else:  # no generator backward pass at all
            d_grads = replica.all_sum(d_tape.gradient(d_loss, discriminator.trainable_variables))
            g_norm = tf.constant(0.0)
        d_optimizer.apply_gradients(zip(d_grads, discriminator.trainable_variables))
        p_real, p_fake = losses.probability_like(loss, real_logits), losses.probability_like(loss, fake_logits)
        shares = {"g_loss": g_loss, "d_loss": d_loss, **losses.verdicts(loss, real_logits, fake_logits)}
        metrics = replica.metrics(metric_names, shares,
                                  {"g_grad_norm": g_norm, "d_grad_norm": tf.linalg.global_norm(d_grads)})
        return metrics, replica.gather(p_real), replica.gather(p_fake)

    streamed = [] if images is not None else [tf.TensorSpec([None, *streamed_shape], tf.uint8)]

    def compiled(update_g: bool):
        @tf.function(input_signature=[tf.TensorSpec([None], tf.int32), *streamed, tf.TensorSpec([], tf.int64)])
        def step(indices, *rest):
            batch_images, iteration = rest if streamed else (None, *rest)
            metrics, p_real, p_fake = devices.run(replica_step, indices, batch_images, iteration, update_g)
            last_batch[0].assign(tf.reshape(p_real, [-1]))
            last_batch[1].assign(tf.reshape(p_fake, [-1]))
            return metrics

        return step

    if not shape.skips_g:
        return compiled(True)
    # With d_steps > 1 the generator learns every d_steps-th iteration only. Which step runs is decided
    # here, not by a tf.cond inside it: under a tf.distribute strategy an optimizer's update (a merge
    # of the replicas) cannot sit inside a conditional.
    with_g, without_g = compiled(True), compiled(False)

    def step(*batch):
        due = (int(batch[-1]) + 1) % int(values.d_steps.numpy()) == 0  # batch[-1]: the iteration
        return (with_g if due else without_g)(*batch)

    return step


def make_generate(generator: keras.Model, noise_dim: int):
    """Compile inference: latents float32[N, noise_dim] -> uint8 images, (N, H, W) grey or (N, H, W, 3) colour."""
    grey = generator.output_shape[-1] == 1

    @tf.function(input_signature=[tf.TensorSpec([None, noise_dim], tf.float32)])
    def generate(latents):
        images = tf.cast(generator(latents, training=False), tf.float32)  # bfloat16 in mixed runs
        images = images[..., 0] if grey else images
        return tf.cast(tf.round(tf.clip_by_value((images + 1.0) * 127.5, 0.0, 255.0)), tf.uint8)

    return generate


def make_activations(block: keras.Model, noise_dim: int):
    """Compile a sub-network for inference: latents float32[N, noise_dim] -> its float32 output."""

    @tf.function(input_signature=[tf.TensorSpec([None, noise_dim], tf.float32)])
    def activations(latents):
        return tf.cast(block(latents, training=False), tf.float32)

    return activations


def _as_discriminator_input(images: tf.Tensor) -> tf.Tensor:
    """uint8 (N, H, W) or (N, H, W, 3) -> D's input scaling, [-1, 1] (N, H, W, channels), as the step feeds
    real images."""
    x = tf.cast(images, tf.float32)
    return (x[..., None] if images.shape.rank == 3 else x) / 127.5 - 1.0


def make_discriminator_outputs(discriminator: keras.Model, image_shape: tuple[int, ...], classes: int = 0):
    """Compile D in inference mode: uint8 images (N, *image_shape) and the class weights (N, classes) they are
    judged as (for the conditional family; ignored when classes is 0) -> float32 outputs (N,)."""

    @tf.function(input_signature=[tf.TensorSpec([None, *image_shape], tf.uint8),
                                  tf.TensorSpec([None, classes], tf.float32)])
    def outputs(images, wanted):
        x = with_classes(_as_discriminator_input(images), wanted if classes else None)
        return tf.reshape(tf.cast(discriminator(x, training=False), tf.float32), [-1])

    return outputs


def make_saliency(discriminator: keras.Model, image_shape: tuple[int, ...], classes: int = 0):
    """Compile |d D(x) / dx| of D's output in inference mode: uint8 image_shape and its class weights
    (classes,) -> float32 (H, W) (a colour pixel's largest of its three)."""

    @tf.function(input_signature=[tf.TensorSpec(image_shape, tf.uint8), tf.TensorSpec([classes], tf.float32)])
    def saliency(image, wanted):
        x = _as_discriminator_input(image[None])
        with tf.GradientTape() as tape:
            tape.watch(x)
            out = tf.reduce_sum(tf.cast(discriminator(with_classes(x, wanted[None] if classes else None),
                                                      training=False), tf.float32))
        return tf.reduce_max(tf.abs(tf.cast(tape.gradient(out, x), tf.float32))[0], axis=-1)

    return saliency
