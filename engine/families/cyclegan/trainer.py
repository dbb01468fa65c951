"""The CycleGAN family: one class of garment into another and back, unpaired (Zhu et al. 2017).

Domain A is the training images of class_a, domain B of class_b (default sneakers <-> ankle boots);
their batches are drawn independently (unpaired). Two generators, G: A -> B and F: B -> A, and two
least-squares PatchGAN discriminators, D_A and D_B, as the paper and keras-io's CycleGAN: G's loss
is its adversarial loss against D_B plus F's against D_A, cycle_weight x (|F(G(a)) - a| + |G(F(b)) - b|)
and identity_weight x (|G(b) - b| + |F(a) - a|) (0.5 by default, not the paper's 5, which keeps the
shapes this family must change: engine.config.train). One Adam updates both generators (Adam is per
variable, so that is two Adams with the same settings) and one both discriminators. Left out: the
paper's pool of 50 earlier fakes for the discriminators (a stabiliser for batch size 1; batches here
hold 16).

Panel: a -> G(a) -> F(G(a)) for fixed test images of A (top rows) and b -> F(b) -> G(F(b)) for B
(bottom rows). Quality: the share of translated test images the Fashion classifier puts in the target
class, per direction, and the cycle L1.
"""

from __future__ import annotations

import numpy as np
import tensorflow as tf

from engine.compute import replica
from engine.families.translation.networks import (TranslationTrainer, build_patch_discriminator, build_unet,
                                                  make_translate, mean_l1, panel_cells, run_batched, scaled)
from engine.io import data as data_mod
from engine.io.data import DatasetError
from engine.training import losses


class CycleGANTrainer(TranslationTrainer):
    """Trains G: A -> B and F: B -> A against two least-squares PatchGANs, with the cycle and identity losses;
    draws the A -> B -> A and B -> A -> B panel and measures the share translated into the target class."""

    def _build(self) -> int:
        config, policy, data = self.config, self.precision.keras_policy, self.dataset
        self._check_shape()
        if data.train_labels is None:
            raise DatasetError(f"CycleGAN here translates between two classes of a labelled dataset (Fashion-MNIST "
                               f"or MNIST digits); the images in {data.source} have no labels.")
        class_a, class_b = config.settings.class_a, config.settings.class_b
        a, b = (data.train_images[data.train_labels == c] for c in (class_a, class_b))
        if not len(a) or not len(b):
            raise DatasetError(f"CycleGAN needs training images of both classes {class_a} and {class_b}; "
                               f"the data holds {len(a)} and {len(b)}.")
        self.g_ab = build_unet("generator_ab", config.run.seed, 21, dtype=policy)
        self.g_ba = build_unet("generator_ba", config.run.seed, 22, dtype=policy)
        self.d_a = build_patch_discriminator("discriminator_a", config.run.seed, 23, dtype=policy)
        self.d_b = build_patch_discriminator("discriminator_b", config.run.seed, 24, dtype=policy)
        self.g_optimizer, self.d_optimizer = self.optimizers(config)
        self._a, self._b = self.devices.put(a), self.devices.put(b)
        self._size_b = len(b)
        self._check_split(len(b), f"(class {config.settings.class_b}'s {len(b)} images make their own epochs)")
        test_a, _ = self._test_images([config.settings.class_a])
        test_b, _ = self._test_images([config.settings.class_b])
        self._tests = (test_a, test_b)
        half = -(-config.run.num_samples // 2)
        self._panel = (test_a[:half], test_b[:config.run.num_samples - half])
        self._ab, self._ba = make_translate(self.g_ab), make_translate(self.g_ba)
        return len(a)

    @property
    def class_names(self) -> tuple[str, str]:
        names = self.dataset.class_names
        return names[self.config.settings.class_a], names[self.config.settings.class_b]

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
            g_grads = replica.all_sum(g_tape.gradient(g_total, generators))
            d_grads = replica.all_sum(d_tape.gradient(d_total, discriminators))
            g_opt.apply_gradients(zip(g_grads, generators))
            d_opt.apply_gradients(zip(d_grads, discriminators))
            real_out = tf.concat([tf.reshape(real_a_out, [-1]), tf.reshape(real_b_out, [-1])], 0)
            fake_out = tf.concat([tf.reshape(fake_a_out, [-1]), tf.reshape(fake_b_out, [-1])], 0)
            return replica.metrics(names, {"g_loss": g_total, "g_ab": adv_ab, "g_ba": adv_ba, "cycle": cycle,
                                           "identity": identity, "d_loss": d_total, "d_a": loss_a, "d_b": loss_b,
                                           **losses.verdicts("lsgan", real_out, fake_out)},
                                   {"g_grad_norm": tf.linalg.global_norm(g_grads),
                                    "d_grad_norm": tf.linalg.global_norm(d_grads)})

        @tf.function(input_signature=[tf.TensorSpec([None], tf.int32), tf.TensorSpec([None], tf.int32),
                                      tf.TensorSpec([], tf.int64)])
        def step(indices_a, indices_b, iteration):
            return devices.run(replica_step, indices_a, indices_b)

        return step

    def translate(self, images: np.ndarray, to_b: bool = True) -> np.ndarray:
        """uint8 images (N, 28, 28) through G (A -> B) or, with to_b False, F (B -> A)."""
        return run_batched(self._ab if to_b else self._ba, np.asarray(images, np.uint8).reshape(-1, 28, 28))

    def draw_panel(self) -> tuple[np.ndarray, None]:
        a, b = self._panel
        ab, ba = self.translate(a), self.translate(b, to_b=False)
        return np.concatenate([panel_cells(a, ab, self.translate(ab, to_b=False)),
                               panel_cells(b, ba, self.translate(ba))]), None

    def measure_quality(self, meter) -> tuple[np.ndarray, str]:
        classifier, (a, b), own = meter.classifier, self._tests, self.config.settings
        ab, ba = self.translate(a), self.translate(b, to_b=False)
        share_ab = classifier.accuracy(ab, np.full(len(ab), own.class_b))
        share_ba = classifier.accuracy(ba, np.full(len(ba), own.class_a))
        share = float(np.average([share_ab, share_ba], weights=[len(a), len(b)]))  # over every translation
        cycle = float(np.average([mean_l1(self.translate(ab, to_b=False), a), mean_l1(self.translate(ba), b)],
                                 weights=[len(a), len(b)]))
        name_a, name_b = self.class_names
        return (np.array([self.iteration, share_ab, share_ba, share, cycle]),
                f"{share:.1%} of translated test images classified as the target class ({name_a} -> {name_b} "
                f"{share_ab:.1%}, {name_b} -> {name_a} {share_ba:.1%}), cycle L1 {cycle:.3f}")

