"""The Pix2Pix family: a picture's edge map -> the picture (Isola et al. 2017), paired by the data itself: edges ->
garment on Fashion-MNIST, edges -> colour picture on a folder or the emoji, at the run's image size.

Each training image is its own pair: the input is its edge map (engine.families.pix2pix.edges), the target the image.
The generator (a U-Net with dropout as its noise) is trained with the non-saturating cross-entropy
against a PatchGAN that sees (edges, image) pairs, plus l1_weight x L1 to the target, as the paper
(lambda 100) and TensorFlow's pix2pix tutorial. The panel shows edges | generated | real for fixed
test images; quality is the L1 to the real images over the whole test set (a folder's: its pictures) and, on
Fashion-MNIST, the Fashion classifier's accuracy on the outputs (labelled with their target's class), with
the real images' own accuracy as the ceiling.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np
import tensorflow as tf

from engine.compute import replica
from engine.families.pix2pix.edges import edge_maps
from engine.families.translation.networks import (TranslationTrainer, apply_both, build_patch_discriminator,
                                                  build_unet, make_translate, mean_l1, panel_cells, run_batched,
                                                  scaled)
from engine.io import data as data_mod
from engine.training import losses

DROPOUT = 0.5  # the paper's, in the generator's innermost up blocks


class Pix2PixTrainer(TranslationTrainer):
    """Trains the U-Net on (edge map, garment) pairs against a PatchGAN, with the L1 term; translates sketches
    for the sketch pad, draws the edges | generated | real panel and measures L1 and the classifier's accuracy."""

    def _build(self) -> int:
        config, policy, data = self.config, self.precision.keras_policy, self.dataset
        self._check_in_memory(data)
        self.generator = build_unet("generator", config.run.seed, 11, data.size, 1, data.channels, DROPOUT, policy)
        self.discriminator = build_patch_discriminator("discriminator", config.run.seed, 12, data.size,
                                                       1 + data.channels, policy)
        self.g_optimizer, self.d_optimizer = self.optimizers(config)
        train = self.dataset.train_images
        self._edges = self.devices.put(edge_maps(train))
        self._images = self.devices.put(train)
        panel, _ = self._test_images()
        self._panel = (edge_maps(panel[:config.run.num_samples]), panel[:config.run.num_samples])
        self._translate = make_translate(self.generator)
        self._ceiling: float | None = None  # the classifier's accuracy on the real held-out images
        return len(train)

    @cached_property
    def _held_out_edges(self) -> np.ndarray:
        """The edge maps of every held-out image: the inputs every evaluation translates (made once)."""
        return edge_maps(self._test_images()[0])

    def _networks(self):
        return [self.generator], [self.discriminator]

    def _batch(self, iteration: int) -> tuple[np.ndarray]:
        config = self.config
        return (data_mod.batch_indices(config.run.seed, iteration, self.num_images, config.recipe.batch_size),)

    def _compile_step(self):
        generator, discriminator = self.generator, self.discriminator
        g_opt, d_opt, edges, images = self.g_optimizer, self.d_optimizer, self._edges, self._images
        l1_weight, devices, names = self.config.settings.l1_weight, self.devices, self.info.metrics

        def replica_step(indices):
            """One replica's rows of the batch (engine.compute.replica)."""
            indices = replica.shard(indices)
            x, y = scaled(tf.gather(edges, indices)), scaled(tf.gather(images, indices))
            with tf.GradientTape() as g_tape, tf.GradientTape() as d_tape:
                fake = generator(x, training=True)
                real_logits = discriminator(tf.concat([x, y], -1), training=True)
                fake_logits = discriminator(tf.concat([x, fake], -1), training=True)
                g_adv = losses.generator_loss("bce", fake_logits)
                l1 = replica.mean(tf.abs(y - fake))
                g_total = g_adv + l1_weight * l1
                d_loss = losses.discriminator_loss("bce", real_logits, fake_logits, tf.ones_like(real_logits),
                                                   tf.zeros_like(fake_logits))
            norms = apply_both(g_tape, g_total, generator.trainable_variables, g_opt, d_tape, d_loss,
                               discriminator.trainable_variables, d_opt)
            return replica.metrics(names, {"g_loss": g_adv, "l1": l1, "d_loss": d_loss,
                                           **losses.verdicts("bce", real_logits, fake_logits)}, norms)

        @tf.function(input_signature=[tf.TensorSpec([None], tf.int32), tf.TensorSpec([], tf.int64)])
        def step(indices, iteration):
            return devices.run(replica_step, indices)

        return step

    def translate(self, edges: np.ndarray) -> np.ndarray:
        """The generator's pictures (N, H, W[, 3]) uint8 for edge maps (N, H, W) uint8 (white edges on black) at
        the run's size."""
        size = self.dataset.size
        return run_batched(self._translate, np.asarray(edges, np.uint8).reshape(-1, size, size))

    def test_edges(self, index: int) -> np.ndarray:
        """The edge map (H, W) uint8 of held-out image `index` (wrapped into range): the sketch pad's start."""
        images, _ = self._test_images()
        return edge_maps(images[int(index) % len(images)][None])[0]

    def draw_panel(self) -> tuple[np.ndarray, None]:
        edges, targets = self._panel
        return panel_cells(edges, self.translate(edges), targets), None

    def measure_quality(self, meter) -> tuple[np.ndarray, str]:
        images, labels = self._test_images()
        outputs = self.translate(self._held_out_edges)
        l1 = mean_l1(outputs, images)
        if not self.dataset.has_quality:  # the Fashion classifier judges garments only
            return (np.array([self.iteration, l1, np.nan, np.nan]),
                    f"L1 to the real pictures {l1:.3f}, {len(images)} pictures")
        classifier = meter.classifier
        if self._ceiling is None:  # the shipped classifier on fixed images: the same at every evaluation
            self._ceiling = classifier.accuracy(images, labels)
        accuracy, ceiling = classifier.accuracy(outputs, labels), self._ceiling
        return (np.array([self.iteration, l1, accuracy, ceiling]),
                f"L1 to the real garments {l1:.3f}, Fashion classifier accuracy on the outputs {accuracy:.1%} "
                f"(on the real test images {ceiling:.1%}), {len(images)} test images")

