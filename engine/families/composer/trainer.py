"""The composer family: a soprano melody -> the alto, tenor and bass under it, trained on the Bach chorales
(engine.io.chorales) in every key in range, as AWS DeepComposer's U-Net GAN (after MuseGAN, Dong et al. 2018).

The score (engine.io.score) becomes a piano roll on the device: 64 sixteenths x 64 pitch rows (row 0 the rest),
one channel per voice. The generator is the translation families' U-Net (64x64) with the melody's roll and a
channel of Gaussian noise in, and a row's logit per step and voice out: each voice sings the softmax's choice at
each step. The critic, their PatchGAN, judges the melody and the three voices together as one-hot rolls; the
generator's voices reach it one-hot too (straight through: the one-hot forward, the softmax's gradient back), or
it would tell a softmax's blur from Bach's one-hot notes without listening. The loss is the recipe's (bce,
lsgan, hinge, wgan-gp with its penalty) plus bach_weight x the cross-entropy to Bach's voices, as Pix2Pix's L1.

Each training window is transposed by a shift drawn per batch row within the range that keeps it between C2 and
C6 (engine.io.chorales.transpositions), a pure function of (seed, iteration) like the batch, so resuming is exact.
The panel shows fixed held-out melodies' generated voices beside Bach's own; quality is the harmony metrics
(engine.quality.harmony) on every held-out window, beside the same metrics of Bach's own voices.
"""

from __future__ import annotations

import numpy as np
import tensorflow as tf

from engine.compute import replica
from engine.families.composer import rolls
from engine.families.translation.networks import (TranslationTrainer, apply_both, build_patch_discriminator,
                                                  build_unet, run_batched)
from engine.io import chorales
from engine.io import data as data_mod
from engine.io.score import MELODY, ROW_OFFSET, ROWS, STEPS, VOICES
from engine.quality import harmony
from engine.training import losses

DROPOUT = 0.5  # in the U-Net's innermost up blocks, as Pix2Pix
_NOISE, _GP_MIX = 1, 2  # streams of the step's stateless draws (engine.compute.replica.draw)
_SHIFTS = 7  # the numpy stream of the batch's transpositions
if STEPS != ROWS:
    raise ImportError("the composer's U-Net is square: a window's steps must equal the piano roll's rows")


def piano_roll(score: tf.Tensor) -> tf.Tensor:
    """int32 pitches (N, STEPS, voices) -> one-hot rolls float32 (N, STEPS, ROWS, voices)."""
    row = tf.where(score > 0, score - ROW_OFFSET, 0)
    return tf.one_hot(row, ROWS, axis=2, dtype=tf.float32)


def signed(roll: tf.Tensor) -> tf.Tensor:
    """A one-hot roll in [0, 1] as the networks take images: [-1, 1]."""
    return roll * 2.0 - 1.0


class ComposerTrainer(TranslationTrainer):
    """Trains the U-Net to write three voices under a melody against a PatchGAN critic, with the cross-entropy to
    Bach's; harmonises melodies, draws the panel's piano rolls and measures the harmony metrics."""

    def _build(self) -> int:
        config, policy, data = self.config, self.precision.keras_policy, self.dataset
        seed = config.run.seed
        self.generator = build_unet("generator", seed, 21, STEPS, 2, len(VOICES) - 1, DROPOUT, policy, activation=None)
        self.critic = build_patch_discriminator("critic", seed, 22, STEPS, len(VOICES), policy)
        self.g_optimizer, self.d_optimizer = self.optimizers(config)
        train, held_out = data.train_images, data.test_images
        self._windows = self.devices.put(train)
        self._shift_range = chorales.transpositions(train)
        self._noise = np.random.default_rng([seed, 3]).standard_normal((len(held_out), STEPS, ROWS, 1), np.float32)
        self._panel = np.linspace(0, len(held_out) - 1, config.run.num_samples).astype(int)
        self._harmonise = self._compile_harmonise()
        self._bach: np.ndarray | None = None  # the metrics of Bach's own held-out voices: measured once
        return len(train)

    def _networks(self):
        return [self.generator], [self.critic]

    def _batch(self, iteration: int) -> tuple[np.ndarray, np.ndarray]:
        """The batch's windows and the semitones each is transposed by (within its range)."""
        seed, batch = self.config.run.seed, self.config.recipe.batch_size
        indices = data_mod.batch_indices(seed, iteration, self.num_images, batch)
        low, high = self._shift_range
        shifts = np.random.default_rng([seed, iteration, _SHIFTS]).integers(low[indices], high[indices] + 1)
        return indices, shifts.astype(np.int32)

    def _step_for(self, config):
        """A step per loss and penalty weight (both read as constants by the traced graph): a live change of either
        compiles another step, once."""
        key = (config.recipe.loss, config.recipe.gp_weight)
        if key not in self._steps:
            self._steps[key] = self._compile_step(*key)
        return self._steps[key]

    def _compile_step(self, loss: str, gp_weight: float):
        generator, critic, windows = self.generator, self.critic, self._windows
        g_opt, d_opt, devices, names = self.g_optimizer, self.d_optimizer, self.devices, self.info.metrics
        seed, bach_weight = self.config.run.seed, self.config.settings.bach_weight

        def replica_step(indices, shifts, iteration):
            """One replica's rows of the batch (engine.compute.replica)."""
            indices, shifts = replica.shard(indices), replica.shard(shifts)
            score = tf.cast(tf.gather(windows, indices), tf.int32)
            score = tf.where(score > 0, score + shifts[:, None, None], 0)
            roll = piano_roll(score)
            melody, bach = roll[..., MELODY:MELODY + 1], roll[..., MELODY + 1:]
            rows = tf.shape(indices)[0]
            noise = replica.draw(tf.random.stateless_normal, tf.stack([rows, STEPS, ROWS, 1]), seed, iteration,
                                 _NOISE)
            real = signed(roll)
            with tf.GradientTape() as g_tape, tf.GradientTape() as d_tape:
                logits = tf.cast(generator(tf.concat([signed(melody), noise], -1), training=True), tf.float32)
                chosen = tf.nn.softmax(logits, axis=2)
                notes = tf.one_hot(tf.argmax(logits, axis=2), ROWS, axis=2, dtype=tf.float32)
                notes += chosen - tf.stop_gradient(chosen)  # one-hot forward, the softmax's gradient back
                fake = signed(tf.concat([melody, notes], -1))
                real_logits = tf.cast(critic(real, training=True), tf.float32)
                fake_logits = tf.cast(critic(fake, training=True), tf.float32)
                g_adv = losses.generator_loss(loss, fake_logits)
                bach_ce = replica.mean(tf.nn.softmax_cross_entropy_with_logits(labels=bach, logits=logits, axis=2))
                g_total = g_adv + bach_weight * bach_ce
                d_loss = losses.discriminator_loss(loss, real_logits, fake_logits, tf.ones_like(real_logits),
                                                   tf.zeros_like(fake_logits))
                if loss == "wgan-gp":
                    mix = replica.draw(tf.random.stateless_uniform, tf.stack([rows, 1, 1, 1]), seed, iteration,
                                       _GP_MIX)
                    d_loss += gp_weight * losses.gradient_penalty(lambda x: critic(x, training=True), real, fake, mix)
            norms = apply_both(g_tape, g_total, generator.trainable_variables, g_opt, d_tape, d_loss,
                               critic.trainable_variables, d_opt)
            return replica.metrics(names, {"g_loss": g_adv, "bach_ce": bach_ce, "d_loss": d_loss,
                                           **losses.verdicts(loss, real_logits, fake_logits)}, norms)

        @tf.function(input_signature=[tf.TensorSpec([None], tf.int32), tf.TensorSpec([None], tf.int32),
                                      tf.TensorSpec([], tf.int64)])
        def step(indices, shifts, iteration):
            return devices.run(replica_step, indices, shifts, iteration)

        return step

    def _compile_harmonise(self):
        """Inference (dropout off): melodies uint8 (N, STEPS) and noise (N, STEPS, ROWS, 1) -> the three voices'
        pitches uint8 (N, STEPS, 3), each step's likeliest row."""
        generator = self.generator

        @tf.function(input_signature=[tf.TensorSpec([None, STEPS], tf.uint8),
                                      tf.TensorSpec([None, STEPS, ROWS, 1], tf.float32)])
        def harmonise(melodies, noise):
            melody = piano_roll(tf.cast(melodies, tf.int32)[..., None])
            logits = generator(tf.concat([signed(melody), noise], -1), training=False)
            row = tf.argmax(logits, axis=2, output_type=tf.int32)
            return tf.cast(tf.where(row > 0, row + ROW_OFFSET, 0), tf.uint8)

        return harmonise

    def harmonise(self, melodies: np.ndarray, noise: np.ndarray | None = None, seed: int = 0) -> np.ndarray:
        """Scores (N, STEPS, 4) uint8 for melodies (N, STEPS) uint8: each melody as the soprano, the generator's
        alto, tenor and bass under it. `noise` (N, STEPS, ROWS, 1), else drawn from `seed`."""
        melodies = np.asarray(melodies, np.uint8).reshape(-1, STEPS)
        if noise is None:
            noise = np.random.default_rng(seed).standard_normal((len(melodies), STEPS, ROWS, 1), np.float32)
        voices = run_batched(self._harmonise, melodies, np.asarray(noise, np.float32), batch=500)
        return np.concatenate([melodies[..., None], voices], axis=-1)

    def harmonise_melody(self, melody: np.ndarray, seed: int = 0) -> np.ndarray:
        """A melody of any length (steps,) uint8 -> its score (steps, 4): harmonised a window at a time, the last
        window padded with rests; the melody itself is the soprano, unchanged."""
        melody = np.asarray(melody, np.uint8).reshape(-1)
        windows = -(-len(melody) // STEPS)
        padded = np.zeros(windows * STEPS, np.uint8)
        padded[:len(melody)] = melody
        return self.harmonise(padded.reshape(windows, STEPS), seed=seed).reshape(-1, len(VOICES))[:len(melody)]

    def held_out_harmonised(self, which: np.ndarray | slice = slice(None)) -> tuple[np.ndarray, np.ndarray]:
        """The generator's scores for held-out windows (`which`), with the same fixed noise at every call, and
        Bach's own scores of them."""
        bach = self.dataset.test_images[which]
        return self.harmonise(bach[..., MELODY], self._noise[which]), bach

    def draw_panel(self) -> tuple[np.ndarray, None]:
        return rolls.generated_beside_bach(*self.held_out_harmonised(self._panel)), None

    def measure_quality(self, meter) -> tuple[np.ndarray, str]:
        generated, bach = self.held_out_harmonised()
        reference = harmony.pitch_class_histogram(bach)
        if self._bach is None:  # Bach's own figures (his distance: to the training chorales' histogram)
            own = harmony.measure(bach, harmony.pitch_class_histogram(self.dataset.train_images))
            self._bach = np.array([own[m.name] for m in harmony.METRICS])
        measured = harmony.measure(generated, reference)
        values = np.array([measured[m.name] for m in harmony.METRICS])
        said = ", ".join(f"{m.name} {value:.3g} (Bach {own:.3g})"
                         for m, value, own in zip(harmony.METRICS, values, self._bach))
        return (np.concatenate([[self.iteration], values, self._bach]),
                f"{said}; {len(bach)} held-out windows: {harmony.summary(values, self._bach)}")
