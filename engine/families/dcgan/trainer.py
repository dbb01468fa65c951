"""The DCGAN family: noise -> garment, the TensorFlow DCGAN tutorial's GAN and everything GAN Studio adds to it (the
recipe's tricks, the weight average, the latent explorer, the discriminator's view, the shipped
generator).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import tensorflow as tf

from engine.config import TrainConfig
from engine.families.dcgan.discriminator_view import SHOWN, DiscriminatorView, probabilities, scaled
from engine.families.dcgan.latent_space import Directions, principal_directions
from engine.families.dcgan.latents import grid_latents
from engine.families.dcgan.networks import (build_discriminator, build_generator, generator_first_block,
                                            synchronize_batch_norm)
from engine.families.dcgan.step import (RecipeValues, StepShape, make_activations, make_discriminator_outputs,
                                        make_generate, make_saliency, make_train_step)
from engine.families.dcgan.weight_average import WeightAverage
from engine.io import data as data_mod
from engine.io import shipped as shipped_mod
from engine.quality.evaluator import Evaluator, evaluation_latents
from engine.quality.metrics import Quality, quality_row
from engine.training.trainer import Trainer


@dataclass(frozen=True)
class Measured:
    """One quality measurement of a DCGAN: its row and line (and the line's SWD part), the samples measured,
    the classes they asked for (or None), and the Fashion classifier's evaluator and metrics (None for other
    data)."""

    row: np.ndarray
    line: str
    swd_line: str
    images: np.ndarray
    asked: np.ndarray | None
    evaluator: Evaluator | None = None
    quality: Quality | None = None
    floor: Quality | None = None


class DCGANTrainer(Trainer):
    """The generator and discriminator of `networks`, the step of `step`, and (with config.recipe.ema) the
    generator's weight average (`weight_average`), which the grid, the explorer and quality see.

    `classes` (the conditional family's subclass sets it) is how many classes the networks are asked
    for besides the latent (engine.families.dcgan.step.with_classes); 0 here. Wherever images are drawn or judged the
    classes may be given as class numbers (N,) or as weights over the classes (N, classes), e.g. a mix
    of two for a morph; not given, cell i asks for class i mod classes."""

    classes = 0

    def _build(self) -> int:
        config, policy = self.config, self.precision.keras_policy
        self.generator = build_generator(self.generator_config(config), self.implementation, policy)
        if self.devices.replicas > 1:
            synchronize_batch_norm(self.generator)
        self.discriminator = self._build_discriminator(config, policy)
        self.g_optimizer, self.d_optimizer = self.optimizers(config)
        self.sample_latents = grid_latents(config.run.num_samples, config.settings.noise_dim)
        self.sample_classes = None  # the class each grid cell asks for (the conditional family's: class_grid)
        # The step gathers its batches from a device copy of the images, or (streamed) is given them.
        self._images = None if self.dataset.streamed else self.devices.put(self.dataset.train_images)
        self._labels = self._training_labels()
        self.recipe = RecipeValues(config)
        self.ema = (WeightAverage(self.generator, self.generator_config(config), self.implementation, policy,
                                  self.classes) if config.recipe.ema else None)
        self._last_batch = tuple(tf.Variable(tf.zeros([0]), shape=tf.TensorShape([None]), trainable=False)
                                 for _ in range(2))
        # Samples, the explorer and quality see the averaged generator when there is one (weight_average).
        sampler = self.ema.sampler if self.ema else self.generator
        inputs = config.settings.noise_dim + self.classes
        self._generate = make_generate(sampler, inputs)
        self._first_block = make_activations(generator_first_block(sampler), inputs)
        self._d_outputs = make_discriminator_outputs(self.discriminator, self.dataset.image_shape, self.classes)
        self._saliency = make_saliency(self.discriminator, self.dataset.image_shape, self.classes)
        return len(self.dataset.train_images)

    def _build_discriminator(self, config: TrainConfig, policy: str):
        return build_discriminator(config, policy, self.implementation)

    def generator_config(self, config: TrainConfig) -> TrainConfig:
        """The config the generator is built from: its input is the latent and the class weights."""
        return config.replace(noise_dim=config.settings.noise_dim + self.classes) if self.classes else config

    def _training_labels(self) -> tf.Tensor | None:
        """The labels the step asks the generator for (the conditional family's); None here."""
        return None

    def class_weights(self, count: int, classes=None) -> np.ndarray:
        """(count, self.classes) float32 weights: one-hot of class numbers (count,), weights as given, or
        (None) cell i of class i mod classes. (count, 0) without classes."""
        if not self.classes:
            return np.zeros((count, 0), np.float32)
        if classes is None:
            classes = np.arange(count) % self.classes
        classes = np.asarray(classes)
        if classes.ndim == 1:
            return np.eye(self.classes, dtype=np.float32)[classes.astype(np.int64)]
        return classes.astype(np.float32).reshape(count, self.classes)

    def generator_variables(self) -> list:
        return self.generator.trainable_variables

    def discriminator_variables(self) -> list:
        return self.discriminator.trainable_variables

    def variable_groups(self) -> dict[str, list]:
        """Including dropout RNG state and, with config.recipe.ema, the generator's weight average."""
        groups = {
            "generator": list(self.generator.variables),
            "discriminator": list(self.discriminator.variables),
            "g_optimizer": list(self.g_optimizer.variables),
            "d_optimizer": list(self.d_optimizer.variables),
        }
        if self.ema:
            groups["ema"] = list(self.ema.weights)
        return groups

    def _batch(self, iteration: int) -> tuple[np.ndarray]:
        config = self.config
        return (data_mod.batch_indices(config.run.seed, iteration, self.num_images, config.recipe.batch_size),)

    def _step_for(self, config: TrainConfig):
        """Recipe numbers go into the step's variables (step.RecipeValues); a new loss, or switching
        flipping, noise or D steps on, compiles another step, once per run."""
        self.recipe.assign(config, self.changes.last_iteration_of(("instance_noise", "instance_noise_decay")))
        shape = StepShape.of(config)
        if shape not in self._steps:
            self._steps[shape] = make_train_step(
                self.generator, self.discriminator, self.g_optimizer, self.d_optimizer, self._images, config.run.seed,
                config.settings.noise_dim, shape, self.recipe, self._last_batch, self.devices, self.info.metrics,
                self.ema.weights if self.ema else None, self._labels, self.classes,
                self.dataset.image_shape if self.dataset.streamed else None)
        return self._steps[shape]

    def _step_inputs(self, batch: tuple[np.ndarray, ...]) -> tuple[tf.Tensor, ...]:
        """The indices, and when the images stay on disk the batch's images read from there."""
        indices, = batch
        if not self.dataset.streamed:
            return (tf.constant(indices),)
        return tf.constant(indices), tf.constant(self.dataset.gather(indices))

    def _after_assign(self) -> None:
        if self.ema:
            self.ema.invalidate()

    def draw_panel(self) -> tuple[np.ndarray, np.ndarray]:
        images = self.generate(self.sample_latents, self.sample_classes)
        return images, self.judge(images, self.sample_classes)

    def measure_quality(self, meter) -> tuple[np.ndarray, str]:
        measured = self.measure_samples(meter)
        return measured.row, measured.line

    def measure_samples(self, meter, classes: int = 0, samples: int | None = None) -> Measured:
        """Draw the evaluation's samples (config.run.quality_samples, or `samples`; sample i asking for class
        i mod `classes`, when given) and measure them: the SWD against the real images always, and on
        Fashion-MNIST the classifier's metrics too."""
        samples, noise_dim = samples or self.config.run.quality_samples, self.config.settings.noise_dim
        swd_evaluator = meter.swd(samples)
        fashion = self.dataset.has_quality
        count = samples if fashion else swd_evaluator.samples
        asked = np.arange(count) % classes if classes else None
        images = self.generate(evaluation_latents(count, noise_dim), asked)
        swd, swd_floor = swd_evaluator.score(images), swd_evaluator.floor
        swd_line = f"SWD {swd:.1f} (floor {swd_floor:.1f})"
        if not fashion:
            return Measured(quality_row(self.iteration, None, None, swd, swd_floor), swd_line, swd_line, images, asked)
        evaluator = meter.evaluator(samples)
        quality, floor = evaluator.score(images), evaluator.floor
        return Measured(quality_row(self.iteration, quality, floor, swd, swd_floor),
                        f"FCD {quality.fcd:.2f} (floor {floor.fcd:.2f}), classifier score {quality.score:.2f} "
                        f"(floor {floor.score:.2f}), class coverage {quality.coverage:.2f}, {swd_line}",
                        swd_line, images, asked, evaluator, quality, floor)

    # -- the discriminator's view (engine.families.dcgan.discriminator_view) -----------------------------------------

    def judge(self, images: np.ndarray, classes=None) -> np.ndarray:
        """D's probability (inference mode) that each of uint8 images (N, H, W[, 3]) is real (as `classes`)."""
        if not len(images):
            return np.zeros(0, np.float32)  # oneDNN's convolutions refuse an empty batch
        outputs = self._d_outputs(tf.constant(np.asarray(images, np.uint8)),
                                  tf.constant(self.class_weights(len(images), classes))).numpy()
        return probabilities(self.config.recipe.loss, outputs)

    def saliency(self, image: np.ndarray, cls: int = 0) -> np.ndarray:
        """|dD/dx| of D's output for one uint8 image (H, W[, 3]) (as class `cls`), scaled to a maximum of 1."""
        return scaled(self._saliency(tf.constant(np.asarray(image, np.uint8)),
                                     tf.constant(self.class_weights(1, [cls])[0])).numpy())

    def discriminator_view(self, cell: int = 0) -> DiscriminatorView:
        """What D says now: about the last batch's first real images (before any step: the next
        batch's), the grid's first cells, the last batch as a whole, and where it looks in grid cell
        `cell` (of the newest frame)."""
        frame = self.frames[-1] if self.frames else self.render_frame()
        indices, = self._last_batch_indices or self._batch(self.iteration)  # or the next batch
        indices = indices[:SHOWN]
        real = self.dataset.train_images[indices]
        real_classes = self.dataset.train_labels[indices] if self.classes else None
        fake = frame.images[:SHOWN]
        cell = min(max(int(cell), 0), len(frame.images) - 1)
        fake_probs = frame.judged[:SHOWN] if frame.judged is not None else self.judge(fake)
        return DiscriminatorView(self.iteration, real, self.judge(real, real_classes), fake, fake_probs,
                                 self._last_batch[0].numpy(), self._last_batch[1].numpy(), cell,
                                 frame.images[cell], self.saliency(frame.images[cell], self.cell_class(cell)))

    def cell_class(self, cell: int) -> int:
        """The class grid cell `cell` asks for (0 without classes)."""
        return int(self.sample_classes[cell]) if self.sample_classes is not None else 0

    # -- drawing with the generator -----------------------------------------------------------------

    def generate(self, latents: np.ndarray, classes=None) -> np.ndarray:
        """Images (N, H, W) or (N, H, W, 3) uint8 of the generator (its weight average, with config.recipe.ema) in
        inference mode for latents (N, noise_dim) (asked for `classes`: see the class docstring)."""
        self._sampler_up_to_date()
        return self._generate(tf.constant(self._inputs(latents, classes))).numpy()

    def first_block_activations(self, latents: np.ndarray, classes=None) -> np.ndarray:
        """The generator's (or its average's) first-block activations (N, 7*7*256 at 28x28), flattened, in
        inference mode."""
        self._sampler_up_to_date()
        inputs = self._inputs(latents, classes)
        return self._first_block(tf.constant(inputs)).numpy().reshape(len(inputs), -1)

    def _inputs(self, latents: np.ndarray, classes) -> np.ndarray:
        latents = np.asarray(latents, np.float32).reshape(-1, self.config.settings.noise_dim)
        return np.concatenate([latents, self.class_weights(len(latents), classes)], axis=1)

    def _sampler_up_to_date(self) -> None:
        if self.ema:
            self.ema.update_sampler(self.iteration)

    def latent_directions(self, count: int, samples: int, cls: int = 0) -> Directions:
        """The GANSpace directions of the generator as it is now (within class `cls`: see latent_space)."""
        return principal_directions(lambda z: self.first_block_activations(z, np.full(len(z), cls)),
                                    self.config.settings.noise_dim, count, samples, seed=self.config.run.seed,
                                    iteration=self.iteration)

    def export_generator(self, path: str | Path) -> Path:
        """Write the generator the window draws with (the weight average with its batch-norm statistics,
        with config.recipe.ema) as a `.keras` file that plain Keras opens (`keras.models.load_model`, no GAN
        Studio code needed): Keras's own layers (the reference implementation), float32 whatever the
        run's precision (a bfloat16 model would abort on CPUs without AVX-512), latents (N, noise_dim)
        in (a conditional generator's followed by the class weights), images in [-1, 1] (N, H, W, channels)
        out. From a float32 run it draws the window's images to within a grey level
        (tests/test_export_generator.py); from a bfloat16 run, more exactly than the window did."""
        self._sampler_up_to_date()
        sampler = self.ema.sampler if self.ema else self.generator
        model = build_generator(shipped_mod.sampling_config(self.generator_config(self.config)), "reference",
                                "float32")
        for target, value in zip(model.variables, shipped_mod.weights(sampler), strict=True):
            target.assign(value)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        model.save(path)
        return path


