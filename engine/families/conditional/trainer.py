"""The conditional family: the DCGAN asked for a class (ganhacks: "use labels if you have them").

The reference DCGAN with the class fed to both networks (Mirza & Osindero 2014), in the form that
keeps every DCGAN tool working (engine.families.dcgan.step.with_classes): the generator's input is the latent with
the class's one-hot appended, so its first Dense adds a learned embedding of the class to the
latent's contribution; the discriminator (config.settings.conditioning) either projects its last features onto
a learned embedding of the class ("projection", Miyato & Koyama 2018: the default, it learned faster
here) or sees the class as ten constant channels beside the image ("channels": its first convolution
learns a map per class). The
step asks the generator for each real image's class. Same losses, presets, live settings, weight
average, rewind and checkpoints as the DCGAN; the grid's cell i asks for class i mod 10, or (config.settings.class_rows)
the grid is 10 rows of 10, a row per class and a column per latent.

Quality adds to the DCGAN's (FCD, KID, classifier score, coverage, over samples asking for every class
equally) the Fashion classifier's accuracy against the class asked for, overall and per class (real
test images: 91%).
"""

from __future__ import annotations

import numpy as np
import tensorflow as tf

from engine.families.conditional import CLASSES
from engine.families.dcgan.latents import class_grid, latent_for_seed
from engine.families.dcgan.networks import build_discriminator, build_projection_discriminator
from engine.families.dcgan.trainer import DCGANTrainer
from engine.io.data import DatasetError


class ConditionalTrainer(DCGANTrainer):
    """The DCGAN's trainer with the class fed to both networks: a grid whose cells ask for classes, and
    quality per class asked for. Its classes are its data's (Fashion-MNIST's ten, or a folder's subfolders)."""

    def _build_discriminator(self, config, policy: str):
        if config.settings.conditioning == "projection":
            return build_projection_discriminator(config, self.classes, policy, self.implementation)
        return build_discriminator(config, policy, self.implementation, classes=self.classes)

    def _build(self) -> int:
        if self.dataset.train_labels is None or len(self.dataset.class_names) < 2:
            raise DatasetError("The conditional DCGAN needs classes; the images in {source} have none "
                               "(Fashion-MNIST, MNIST digits and emoji do; put a folder's pictures in two or more "
                               "subfolders, one a class).", source=self.dataset.source)
        self.classes = len(self.dataset.class_names)
        count = super()._build()
        config = self.config
        seeds, self.sample_classes = class_grid(config.run.num_samples, self.classes, config.settings.class_rows)
        self.sample_latents = np.stack([latent_for_seed(int(seed), self.config.settings.noise_dim) for seed in seeds])
        return count

    def _training_labels(self) -> tf.Tensor:
        return self.devices.put(self.dataset.train_labels.astype(np.int32))

    def measure_quality(self, meter) -> tuple[np.ndarray, str]:
        measured = self.measure_samples(meter, self.classes)
        if measured.evaluator is None:  # not Fashion-MNIST: nothing here recognises its classes
            return np.concatenate([measured.row, np.full(1 + CLASSES, np.nan)]), measured.line
        asked, images, evaluator = measured.asked, measured.images, measured.evaluator
        recognised = np.argmax(evaluator.classifier.embed(images)[1], axis=1) == asked
        per_class = [float(recognised[asked == c].mean()) for c in range(self.classes)]
        accuracy = float(recognised.mean())
        row = np.concatenate([measured.row, [accuracy], per_class])
        quality, floor = measured.quality, measured.floor
        return row, (f"asked-for class recognised in {accuracy:.1%} of samples (per class: "
                     + ", ".join(f"{name} {share:.0%}" for name, share in zip(self.dataset.class_names, per_class))
                     + f"), FCD {quality.fcd:.2f} (floor {floor.fcd:.2f}), classifier score {quality.score:.2f}, "
                     f"class coverage {quality.coverage:.2f}, {measured.swd_line}")

