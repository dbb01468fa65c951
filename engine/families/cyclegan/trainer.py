"""The CycleGAN family: one class of pictures into another and back, unpaired (Zhu et al. 2017).

Domain A is the training images of class_a, domain B of class_b (default sneakers <-> ankle boots); or,
with a folder B (data_b), A is every picture of the run's data and B every picture of that folder, loaded at
the run's size (as horse <-> zebra). Their batches are drawn independently (unpaired). Two generators,
G: A -> B and F: B -> A, and two least-squares PatchGAN discriminators, D_A and D_B, as the paper and
keras-io's CycleGAN: G's loss is its adversarial loss against D_B plus F's against D_A,
cycle_weight x (|F(G(a)) - a| + |G(F(b)) - b|) and identity_weight x (|G(b) - b| + |F(a) - a|) (0.5 by
default, not the paper's 5, which keeps the shapes this family must change: engine.config.train). One
Adam updates both generators (Adam is per variable, so that is two Adams with the same settings) and one
both discriminators. Left out: the paper's pool of 50 earlier fakes for the discriminators (a stabiliser
for batch size 1; batches here hold 16).

Panel: a -> G(a) -> F(G(a)) for fixed test images of A (top rows) and b -> F(b) -> G(F(b)) for B
(bottom rows). Quality, for any pictures: the cycle L1 and, per direction, the SWD (engine.quality.swd) of
the translated images against the target domain's; on Fashion-MNIST also the share of translated test
images the Fashion classifier puts in the target class.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import tensorflow as tf

from engine.compute import replica
from engine.families.translation.networks import (TranslationTrainer, apply_both, build_patch_discriminator,
                                                  build_unet, make_translate, mean_l1, panel_cells, run_batched,
                                                  scaled)
from engine.io import data as data_mod
from engine.io.data import DatasetError, load_for_run
from engine.messages import Message
from engine.quality.metrics import EVALUATION_SEED
from engine.quality.swd import compare, describe
from engine.training import losses

SWD_SAMPLES = 1000  # at most, translated images per direction an evaluation scores (the first held-out ones of
# each domain, as many of each)


class CycleGANTrainer(TranslationTrainer):
    """Trains G: A -> B and F: B -> A against two least-squares PatchGANs, with the cycle and identity losses;
    draws the A -> B -> A and B -> A -> B panel and measures the share translated into the target class."""

    def _build(self) -> int:
        config, policy, data = self.config, self.precision.keras_policy, self.dataset
        self._check_in_memory(data)
        (a, b), self._tests = self._domains()
        size, channels = data.size, data.channels
        self.g_ab = build_unet("generator_ab", config.run.seed, 21, size, channels, channels, dtype=policy)
        self.g_ba = build_unet("generator_ba", config.run.seed, 22, size, channels, channels, dtype=policy)
        self.d_a = build_patch_discriminator("discriminator_a", config.run.seed, 23, size, channels, policy)
        self.d_b = build_patch_discriminator("discriminator_b", config.run.seed, 24, size, channels, policy)
        self.g_optimizer, self.d_optimizer = self.optimizers(config)
        self._a, self._b = self.devices.put(a), self.devices.put(b)
        self._size_b = len(b)
        self._check_split(len(b), Message(" (B's {count} images make their own epochs)", {"count": len(b)}))
        half = -(-config.run.num_samples // 2)
        test_a, test_b = self._tests
        self._panel = (test_a[:half], test_b[:config.run.num_samples - half])
        self._ab, self._ba = make_translate(self.g_ab), make_translate(self.g_ba)
        self._real_described: tuple | None = None  # the SWD's description of A's and B's held-out images
        return len(a)

    def _domains(self) -> tuple[tuple[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]:
        """((A's training images, B's), (A's held-out images, B's)): two classes of the run's data, or the run's
        data and folder B.

        Raises:
            DatasetError: folder B has no usable pictures, the data has no labels, or a class has no images.
        """
        config, data, own = self.config, self.dataset, self.config.settings
        if own.data_b:
            other = load_for_run(config.run, own.data_b)  # at the run's size and channels, the data's (fitted)
            self._check_in_memory(other)
            self._names = (_domain_name(data), _domain_name(other))
            return (data.train_images, other.train_images), (self._test_images()[0], other.train_images)
        if data.train_labels is None:
            raise DatasetError("CycleGAN translates between two classes of labelled data (Fashion-MNIST, MNIST "
                               "digits, or pictures in class subfolders) or into a second folder (Folder B, "
                               "--data-b); the pictures in {source} have no classes.", source=data.source)
        a, b = (data.train_images[data.train_labels == c] for c in (own.class_a, own.class_b))
        if not len(a) or not len(b):
            raise DatasetError("CycleGAN needs training images of both classes {a} and {b}; the data holds "
                               "{count_a} and {count_b}.", a=own.class_a, b=own.class_b, count_a=len(a),
                               count_b=len(b))
        names = data.class_names
        self._names = tuple(names[c] if c < len(names) else f"class {c}" for c in (own.class_a, own.class_b))
        return (a, b), (self._test_images([own.class_a])[0], self._test_images([own.class_b])[0])

    @property
    def class_names(self) -> tuple[str, str]:
        """What A and B are called: their classes' names, or their folders'."""
        return self._names

    def _networks(self):
        return [self.g_ab, self.g_ba], [self.d_a, self.d_b]

    def _batch(self, iteration: int) -> tuple[np.ndarray, np.ndarray]:
        """A's batch and B's, each from its own epoch order (B's from the next seed: unpaired)."""
        seed, batch = self.config.run.seed, self.config.recipe.batch_size
        return (data_mod.batch_indices(seed, iteration, self.num_images, batch),
                data_mod.batch_indices((seed + 1) % 2**31, iteration, self._size_b, batch))

    def _compile_step(self):
        g_ab, g_ba, d_a, d_b = self.g_ab, self.g_ba, self.d_a, self.d_b
        g_opt, d_opt, images_a, images_b = self.g_optimizer, self.d_optimizer, self._a, self._b
        generators, discriminators = self.generator_variables(), self.discriminator_variables()
        own, devices = self.config.settings, self.devices
        cycle_weight, identity_weight = own.cycle_weight, own.identity_weight
        names = self.info.metrics

        def judged(real_out, fake_out):
            return losses.discriminator_loss("lsgan", real_out, fake_out, tf.ones_like(real_out),
                                             tf.zeros_like(fake_out))

        def replica_step(indices_a, indices_b):
            """One replica's rows of both batches (engine.compute.replica)."""
            indices_a, indices_b = replica.shard(indices_a), replica.shard(indices_b)
            a, b = scaled(tf.gather(images_a, indices_a)), scaled(tf.gather(images_b, indices_b))
            with tf.GradientTape() as g_tape, tf.GradientTape() as d_tape:
                fake_b, fake_a = g_ab(a, training=True), g_ba(b, training=True)
                cycled_a, cycled_b = g_ba(fake_b, training=True), g_ab(fake_a, training=True)
                same_a, same_b = g_ba(a, training=True), g_ab(b, training=True)
                real_a_out, fake_a_out = d_a(a, training=True), d_a(fake_a, training=True)
                real_b_out, fake_b_out = d_b(b, training=True), d_b(fake_b, training=True)
                adv_ab = losses.generator_loss("lsgan", fake_b_out)
                adv_ba = losses.generator_loss("lsgan", fake_a_out)
                cycle = replica.mean(tf.abs(a - cycled_a)) + replica.mean(tf.abs(b - cycled_b))
                identity = replica.mean(tf.abs(a - same_a)) + replica.mean(tf.abs(b - same_b))
                g_total = adv_ab + adv_ba + cycle_weight * cycle + identity_weight * identity
                loss_a, loss_b = judged(real_a_out, fake_a_out), judged(real_b_out, fake_b_out)
                d_total = loss_a + loss_b
            norms = apply_both(g_tape, g_total, generators, g_opt, d_tape, d_total, discriminators, d_opt)
            real_out = tf.concat([tf.reshape(real_a_out, [-1]), tf.reshape(real_b_out, [-1])], 0)
            fake_out = tf.concat([tf.reshape(fake_a_out, [-1]), tf.reshape(fake_b_out, [-1])], 0)
            return replica.metrics(names, {"g_loss": g_total, "g_ab": adv_ab, "g_ba": adv_ba, "cycle": cycle,
                                           "identity": identity, "d_loss": d_total, "d_a": loss_a, "d_b": loss_b,
                                           **losses.verdicts("lsgan", real_out, fake_out)}, norms)

        @tf.function(input_signature=[tf.TensorSpec([None], tf.int32), tf.TensorSpec([None], tf.int32),
                                      tf.TensorSpec([], tf.int64)])
        def step(indices_a, indices_b, iteration):
            return devices.run(replica_step, indices_a, indices_b)

        return step

    def translate(self, images: np.ndarray, to_b: bool = True) -> np.ndarray:
        """uint8 images (N, H, W[, 3]) at the run's size through G (A -> B) or, with to_b False, F (B -> A)."""
        return run_batched(self._ab if to_b else self._ba, np.asarray(images, np.uint8))

    def draw_panel(self) -> tuple[np.ndarray, None]:
        a, b = self._panel
        ab, ba = self.translate(a), self.translate(b, to_b=False)
        return np.concatenate([panel_cells(a, ab, self.translate(ab, to_b=False)),
                               panel_cells(b, ba, self.translate(ba))]), None

    def measure_quality(self, meter) -> tuple[np.ndarray, str]:
        (a, b), own = self._tests, self.config.settings
        ab, ba = self.translate(a), self.translate(b, to_b=False)
        cycle = float(np.average([mean_l1(self.translate(ab, to_b=False), a), mean_l1(self.translate(ba), b)],
                                 weights=[len(a), len(b)]))
        n = min(len(a), len(b), SWD_SAMPLES)  # the SWD compares sets of one size
        if self._real_described is None:  # fixed images: described once a run
            self._real_described = tuple(describe(x[:n], EVALUATION_SEED) for x in (a, b))
        real_a, real_b = self._real_described
        swd_ab = compare(describe(ab[:n], EVALUATION_SEED), real_b, EVALUATION_SEED).mean
        swd_ba = compare(describe(ba[:n], EVALUATION_SEED), real_a, EVALUATION_SEED).mean
        name_a, name_b = self.class_names
        line = (f"cycle L1 {cycle:.3f}, SWD of the translations to the target's images {name_a} -> {name_b} "
                f"{swd_ab:.1f}, {name_b} -> {name_a} {swd_ba:.1f}")
        if not self.dataset.has_quality or own.data_b:  # the Fashion classifier judges garments only
            return np.array([self.iteration, np.nan, np.nan, np.nan, cycle, swd_ab, swd_ba]), line
        classifier = meter.classifier
        share_ab = classifier.accuracy(ab, np.full(len(ab), own.class_b))
        share_ba = classifier.accuracy(ba, np.full(len(ba), own.class_a))
        share = float(np.average([share_ab, share_ba], weights=[len(a), len(b)]))  # over every translation
        return (np.array([self.iteration, share_ab, share_ba, share, cycle, swd_ab, swd_ba]),
                f"{share:.1%} of translated test images classified as the target class ({name_a} -> {name_b} "
                f"{share_ab:.1%}, {name_b} -> {name_a} {share_ba:.1%}), " + line)


def _domain_name(dataset) -> str:
    """What a domain is called in the quality line: its folder's name, or the dataset's ("emoji")."""
    return Path(dataset.source).name if dataset.kind == "images" else dataset.kind
