"""The step-at-a-time DCGAN trainer that the command line and the window's worker both drive.

One call to `step()` is one iteration and returns plain floats; everything else (iteration count,
history, grid frames, networks, optimizers) lives on the object between calls, so a caller pauses by
simply not calling and resumes by calling again. Nothing here knows about Qt or threads.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import tensorflow as tf

from engine import data as data_mod
from engine import precision as precision_mod
from engine import shipped as shipped_mod
from engine.changes import LIVE_FIELDS, REWIND, Change, ChangeLog, live_value
from engine.checkpoint import Checkpoint, CheckpointError, read_checkpoint, write_checkpoint
from engine.config import DEFAULT_IMPLEMENTATION, ConfigError, TrainConfig
from engine.data import Dataset
from engine.discriminator_view import SHOWN, DiscriminatorView, probabilities, scaled
from engine.history import METRICS, History
from engine.images import Frame
from engine.latent_space import Directions, principal_directions
from engine.latents import grid_latents
from engine.quality import QUALITY_COLUMNS, Quality, empty_quality_table, quality_row
from engine.models import build_discriminator, build_generator, generator_first_block
from engine.ema import WeightAverage
from engine.optimizers import LiveAdam
from engine.snapshots import Snapshot, SnapshotStore
from engine.step import (RecipeValues, StepShape, make_activations, make_discriminator_outputs, make_generate,
                         make_saliency, make_train_step)


def _on_gpu() -> bool:
    return bool(tf.config.list_physical_devices("GPU"))


@dataclass(frozen=True)
class StepResult:
    """What one iteration measured, as plain Python floats (probabilities for d_real/d_fake)."""

    iteration: int
    epoch: int
    g_loss: float
    d_loss: float
    real_acc: float
    fake_acc: float
    d_real: float
    d_fake: float
    g_grad_norm: float
    d_grad_norm: float
    seconds: float

    @property
    def finite(self) -> bool:
        return all(np.isfinite(getattr(self, name)) for name in METRICS)


class Trainer:
    """Owns the two networks, their optimizers, the data stream, the history, the grid frames, the
    change log (engine.changes) and the rewind points (engine.snapshots).

    `implementation` chooses how the networks' layers are computed (engine.config.IMPLEMENTATIONS);
    it is not part of the run: a checkpoint saved by one loads into any other. `precision` (the
    config's, resolved for this machine: engine.precision) chooses the arithmetic; the variables are
    float32 in every precision, so a checkpoint also loads into any precision.
    """

    def __init__(self, config: TrainConfig, dataset: Dataset,
                 implementation: str = DEFAULT_IMPLEMENTATION, precision: precision_mod.Precision | None = None):
        """`precision` overrides resolving config.precision (see restore).

        Raises:
            engine.precision.PrecisionError: config.precision cannot run on this machine.
        """
        self.config = config
        self.implementation = implementation
        self.precision = precision or precision_mod.resolve(config.precision, gpu=_on_gpu())
        self.dataset = dataset.subset(config.train_images)
        self.num_images = len(self.dataset.train_images)
        self.batches_per_epoch = data_mod.batches_per_epoch(self.num_images, config.batch_size)
        self.generator = build_generator(config, implementation, self.precision.keras_policy)
        self.discriminator = build_discriminator(config, self.precision.keras_policy, implementation)
        self.g_optimizer = LiveAdam(config.g_learning_rate, config.g_beta1, config.g_beta2)
        self.d_optimizer = LiveAdam(config.d_learning_rate, config.d_beta1, config.d_beta2)
        # Built now, not lazily at the first step, so a checkpoint can be restored before training.
        self.g_optimizer.build(self.generator.trainable_variables)
        self.d_optimizer.build(self.discriminator.trainable_variables)
        self.iteration = 0
        self.history = History(METRICS)
        self.frames: list[Frame] = []
        self.quality = empty_quality_table()  # one QUALITY_COLUMNS row per evaluation
        self.changes = ChangeLog()
        self.shipped: shipped_mod.ShippedGenerator | None = None  # set by from_shipped
        self.snapshots = SnapshotStore()  # rewind points; the newest is the last state known to be finite
        self.sample_latents = grid_latents(config.num_samples, config.noise_dim)
        self._images = tf.constant(self.dataset.train_images)
        self.recipe = RecipeValues(config)
        self.ema = (WeightAverage(self.generator, config, implementation, self.precision.keras_policy)
                    if config.ema else None)
        self._steps: dict[StepShape, object] = {}  # one compiled step per recipe shape met in the run
        self._last_batch = tuple(tf.Variable(tf.zeros([0]), shape=tf.TensorShape([None]), trainable=False)
                                 for _ in range(2))
        self._last_indices = np.zeros(0, np.int32)
        self._use_config(config)
        # Samples, the explorer and quality see the averaged generator when there is one (engine.ema).
        sampler = self.ema.sampler if self.ema else self.generator
        self._generate = make_generate(sampler, config.noise_dim)
        self._first_block = make_activations(generator_first_block(sampler), config.noise_dim)
        self._d_outputs = make_discriminator_outputs(self.discriminator)
        self._saliency = make_saliency(self.discriminator)

    # -- where the run is -------------------------------------------------------------------------

    @property
    def epoch(self) -> int:
        """Completed epochs."""
        return self.iteration // self.batches_per_epoch

    @property
    def position_in_epoch(self) -> int:
        """Iterations done in the epoch under way."""
        return self.iteration % self.batches_per_epoch

    @property
    def total_iterations(self) -> int:
        """Iterations in the planned run (config.epochs epochs)."""
        return self.config.epochs * self.batches_per_epoch

    def epoch_of(self, iteration: int) -> int:
        """The 1-based epoch an iteration belongs to (0 for the untrained start)."""
        return data_mod.epoch_of(iteration, self.batches_per_epoch)

    @property
    def at_epoch_end(self) -> bool:
        return self.iteration > 0 and self.position_in_epoch == 0

    @property
    def quality_due(self) -> bool:
        """True right after an epoch that is a multiple of config.quality_every (never when 0)."""
        every = self.config.quality_every
        return bool(every) and self.at_epoch_end and self.epoch % every == 0

    def record_quality(self, quality: Quality, floor: Quality) -> np.ndarray:
        """Keep one evaluation of the generator as it is now; returns its row."""
        row = quality_row(self.iteration, quality, floor)
        self.quality = np.vstack([self.quality, row[None]])
        return row

    # -- training ---------------------------------------------------------------------------------

    def step(self) -> StepResult:
        """Run one iteration (after applying the changes scheduled for it); render a grid frame and
        keep a rewind point when one is due."""
        if not self.frames:
            self.render_frame()  # the untrained start, so the evolution begins at noise
        if not self.snapshots:
            self.take_snapshot()  # the start (or the checkpoint loaded) is good
        self.apply_due_changes()
        indices = data_mod.batch_indices(self.config.seed, self.iteration, self.num_images,
                                         self.config.batch_size)
        start = time.perf_counter()
        values = self._step(tf.constant(indices), tf.constant(self.iteration, tf.int64)).numpy()
        seconds = time.perf_counter() - start
        self._last_indices = indices
        self.iteration += 1
        self.history.append(values)
        if self.iteration % self.config.grid_every == 0 and np.isfinite(values).all():
            self.render_frame()
            self.take_snapshot()
        return StepResult(self.iteration, self.epoch_of(self.iteration),
                          *(float(v) for v in values), seconds=seconds)

    # -- changing the recipe while it trains (engine.changes) ----------------------------------------

    def apply_changes(self, values: dict) -> list[Change]:
        """Change recipe fields (of engine.changes.LIVE_FIELDS) from the next iteration on, without
        rebuilding anything: learning rates and beta1 go into the optimizers' variables, the rest into
        the step's (engine.step.RecipeValues); a new loss, or switching flipping, noise or D steps on,
        compiles its step once (kept for the rest of the run). Returns the changes logged (fields whose
        value did not change are not).

        Raises:
            ConfigError: a field that cannot change during a run, or a value (or combination, checked
                as a whole) the config refuses; nothing is changed then.
        """
        values = {field: live_value(field, value) for field, value in values.items()}
        config = self.config.replace(**values)
        if bool(config.ema) != bool(self.config.ema):
            raise ConfigError("the generator's weight average cannot be switched on or off during a run (it "
                              "has its own variables); its decay can change while it is on")
        logged = [Change(self.iteration, field, getattr(self.config, field), getattr(config, field))
                  for field in LIVE_FIELDS if getattr(config, field) != getattr(self.config, field)]
        self.changes.applied.extend(logged)
        self._use_config(config)
        return logged

    def apply_due_changes(self) -> list[Change]:
        """Apply the changes scheduled (engine.changes.ChangeLog.schedule) for the iteration now."""
        logged = []
        for field, value in self.changes.due(self.iteration):
            logged += self.apply_changes({field: value})
        return logged

    def _use_config(self, config: TrainConfig) -> None:
        """Make `config`'s recipe the one the next step trains with."""
        self.config = config
        for optimizer, lr, beta_1 in ((self.g_optimizer, config.g_learning_rate, config.g_beta1),
                                      (self.d_optimizer, config.d_learning_rate, config.d_beta1)):
            optimizer.learning_rate = lr
            optimizer.set_beta_1(beta_1)
        self.recipe.assign(config, self.changes.last_iteration_of(("instance_noise", "instance_noise_decay")))
        shape = StepShape.of(config)
        if shape not in self._steps:
            self._steps[shape] = make_train_step(
                self.generator, self.discriminator, self.g_optimizer, self.d_optimizer, self._images, config.seed,
                config.noise_dim, shape, self.recipe, self._last_batch, self.ema.weights if self.ema else None)
        self._step = self._steps[shape]

    # -- the discriminator's view (engine.discriminator_view) -----------------------------------------

    def judge(self, images: np.ndarray) -> np.ndarray:
        """D's probability (inference mode) that each of uint8 images (N, 28, 28) is real."""
        if not len(images):
            return np.zeros(0, np.float32)  # oneDNN's convolutions refuse an empty batch
        outputs = self._d_outputs(tf.constant(np.asarray(images, np.uint8))).numpy()
        return probabilities(self.config.loss, outputs)

    def saliency(self, image: np.ndarray) -> np.ndarray:
        """|dD/dx| of D's output for one uint8 image (28, 28), scaled to a maximum of 1."""
        return scaled(self._saliency(tf.constant(np.asarray(image, np.uint8))).numpy())

    def discriminator_view(self, cell: int = 0) -> DiscriminatorView:
        """What D says now: about the last batch's first real images (before any step: the next
        batch's), the grid's first cells, the last batch as a whole, and where it looks in grid cell
        `cell` (of the newest frame)."""
        frame = self.frames[-1] if self.frames else self.render_frame()
        indices = self._last_indices if len(self._last_indices) else data_mod.batch_indices(  # or the next batch
            self.config.seed, self.iteration, self.num_images, self.config.batch_size)
        real = self.dataset.train_images[indices[:SHOWN]]
        fake = frame.images[:SHOWN]
        cell = min(max(int(cell), 0), len(frame.images) - 1)
        fake_probs = frame.judged[:SHOWN] if frame.judged is not None else self.judge(fake)
        return DiscriminatorView(self.iteration, real, self.judge(real), fake, fake_probs,
                                 self._last_batch[0].numpy(), self._last_batch[1].numpy(), cell,
                                 frame.images[cell], self.saliency(frame.images[cell]))

    def generate(self, latents: np.ndarray) -> np.ndarray:
        """Images (N, 28, 28) uint8 of the generator (its weight average, with config.ema) in inference
        mode for latents (N, noise_dim)."""
        latents = np.asarray(latents, np.float32).reshape(-1, self.config.noise_dim)
        self._sampler_up_to_date()
        return self._generate(tf.constant(latents)).numpy()

    def first_block_activations(self, latents: np.ndarray) -> np.ndarray:
        """The generator's (or its average's) first-block activations (N, 7*7*256), flattened, in
        inference mode."""
        latents = np.asarray(latents, np.float32).reshape(-1, self.config.noise_dim)
        self._sampler_up_to_date()
        return self._first_block(tf.constant(latents)).numpy().reshape(len(latents), -1)

    def _sampler_up_to_date(self) -> None:
        if self.ema:
            self.ema.update_sampler(self.iteration)

    def latent_directions(self, count: int, samples: int) -> Directions:
        """The GANSpace directions of the generator as it is now (see engine.latent_space)."""
        return principal_directions(self.first_block_activations, self.config.noise_dim, count, samples,
                                    seed=self.config.seed, iteration=self.iteration)

    def render_frame(self) -> Frame:
        """Render the fixed-latent grid now and keep it (replacing a frame of the same iteration)."""
        images = self.generate(self.sample_latents)
        frame = Frame(self.iteration, self.epoch_of(self.iteration), images, self.judge(images))
        if self.frames and self.frames[-1].iteration == self.iteration:
            self.frames[-1] = frame
        else:
            self.frames.append(frame)
        return frame

    def export_generator(self, path: str | Path) -> Path:
        """Write the generator the window draws with (the weight average with its batch-norm statistics,
        with config.ema) as a `.keras` file that plain Keras opens (`keras.models.load_model`, no GAN
        Studio code needed): Keras's own layers (the reference implementation), float32 whatever the
        run's precision (a bfloat16 model would abort on CPUs without AVX-512), latents (N, noise_dim)
        in, images in [-1, 1] (N, 28, 28, 1) out. From a float32 run it draws the window's images to
        within a grey level (tests/test_export_generator.py); from a bfloat16 run, more exactly than
        the window did."""
        self._sampler_up_to_date()
        sampler = self.ema.sampler if self.ema else self.generator
        model = build_generator(shipped_mod.sampling_config(self.config), "reference", "float32")
        source = [v for v in sampler.variables if "seed_generator" not in v.path]  # dropout's RNG: not a weight
        for target, value in zip(model.variables, source, strict=True):
            target.assign(value)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        model.save(path)
        return path

    # -- rewind points, and the last good state for when training diverges ---------------------------

    def take_snapshot(self) -> None:
        """Keep a rewind point here (a copy of every variable, ~33 MB for the reference model), if
        every variable is finite; taken at each grid frame, so a NaN loses at most grid_every
        iterations and any kept frame can be rewound to."""
        values = [v.numpy().copy() for group in self.variable_groups().values() for v in group]
        if all(np.isfinite(v).all() for v in values if np.issubdtype(v.dtype, np.floating)):
            self.snapshots.add(Snapshot(self.iteration, self.config, values, len(self.history), len(self.frames),
                                        len(self.quality), len(self.changes)))

    @property
    def good_iteration(self) -> int | None:
        """The iteration of the newest rewind point (the last state known to be finite), if any."""
        latest = self.snapshots.latest()
        return None if latest is None else latest.iteration

    def restore_good_state(self) -> np.ndarray:
        """Rewind to the last state known to be finite (see rewind)."""
        if self.good_iteration is None:
            raise ValueError("no good state is kept")
        return self.rewind(self.good_iteration)

    def rewind(self, iteration: int) -> np.ndarray:
        """Go back to the rewind point at `iteration`: weights, optimizers, the recipe then in force,
        history, frames, quality and change log; data order and noise being functions of (seed,
        iteration), training on with the same settings repeats the same losses bit for bit. The
        rewind is logged (engine.changes.REWIND) and later rewind points are dropped (another branch).

        Returns:
            the abandoned history rows (iterations iteration + 1 ... the iteration left), to compare with.

        Raises:
            ValueError: no rewind point is kept at `iteration`.
        """
        try:
            snapshot = self.snapshots.at(iteration)
        except KeyError as exc:
            raise ValueError(exc.args[0]) from None
        left = self.iteration
        ghost = self.history.array(snapshot.history)
        variables = [v for group in self.variable_groups().values() for v in group]
        for variable, value in zip(variables, snapshot.values):
            variable.assign(value)
        if self.ema:
            self.ema.invalidate()
        self.iteration = snapshot.iteration
        self.history.truncate(snapshot.history)
        self.frames = self.frames[:snapshot.frames]
        self.quality = self.quality[:snapshot.quality]
        del self.changes.applied[snapshot.changes:]
        if left != snapshot.iteration:
            self.changes.applied.append(Change(snapshot.iteration, REWIND, left, snapshot.iteration))
        self._use_config(snapshot.config)
        self.snapshots.drop_after(snapshot.iteration)
        return ghost

    # -- state, for checkpoints -------------------------------------------------------------------

    def variable_groups(self) -> dict[str, list]:
        """Every variable exact resume needs, by group, in a stable order (including dropout RNG state
        and, with config.ema, the generator's weight average)."""
        groups = {
            "generator": list(self.generator.variables),
            "discriminator": list(self.discriminator.variables),
            "g_optimizer": list(self.g_optimizer.variables),
            "d_optimizer": list(self.d_optimizer.variables),
        }
        if self.ema:
            groups["ema"] = list(self.ema.weights)
        return groups

    def save(self, path: str | Path) -> Path:
        """Write a checkpoint of the whole state to `path` (atomic; see engine.checkpoint)."""
        groups = self.variable_groups()
        arrays = {f"var/{group}/{i}": np.asarray(v.numpy())
                  for group, variables in groups.items() for i, v in enumerate(variables)}
        arrays["history"] = self.history.array()
        arrays["quality"] = self.quality
        arrays["frame_iterations"] = np.array([f.iteration for f in self.frames], np.int64)
        arrays["frame_images"] = (np.stack([f.images for f in self.frames]) if self.frames else
                                  np.zeros((0, self.config.num_samples, 28, 28), np.uint8))
        meta = {
            "config": self.config.to_dict(),
            "iteration": self.iteration,
            "history_columns": list(self.history.columns),
            "quality_columns": list(QUALITY_COLUMNS),
            "train_size": self.num_images,  # for epoch numbers without the data (export-gif)
            "changes": self.changes.to_json(),
            "variables": {group: [[v.path, list(v.shape)] for v in variables]
                          for group, variables in groups.items()},
        }
        return write_checkpoint(path, arrays, meta)

    @classmethod
    def from_shipped(cls, dataset: Dataset, path: str | Path = shipped_mod.SHIPPED_WEIGHTS,
                     implementation: str = DEFAULT_IMPLEMENTATION) -> Trainer:
        """A trainer at iteration 0 whose generator is the shipped, trained one (engine.shipped): for
        drawing (the window's first launch, `main.py evaluate`), not a run to continue.

        Raises:
            engine.shipped.ShippedError: the file is missing, unreadable or does not fit.
        """
        shipped = shipped_mod.read_generator(path)
        trainer = cls(shipped_mod.sampling_config(shipped.config), dataset, implementation)
        shipped_mod.load_into(trainer.generator, shipped, path)
        trainer.shipped = shipped
        return trainer

    @classmethod
    def restore(cls, checkpoint: Checkpoint | str | Path, dataset: Dataset,
                implementation: str = DEFAULT_IMPLEMENTATION) -> Trainer:
        """A new trainer in exactly the state a checkpoint recorded, in its config's precision; a
        bfloat16 run opened on a CPU that cannot run bfloat16 continues in float32 (the variables are
        float32 in both).

        Raises:
            CheckpointError: unreadable file, or its variables do not fit the networks its config
                builds (another architecture). No existing trainer is touched either way.
        """
        if not isinstance(checkpoint, Checkpoint):
            checkpoint = read_checkpoint(checkpoint)
        try:
            precision = precision_mod.resolve(checkpoint.config.precision, gpu=_on_gpu())
        except precision_mod.PrecisionError:
            precision = precision_mod.Precision("float32", checkpoint.config.precision,
                                                "the run's bfloat16 cannot run on this CPU")
        trainer = cls(checkpoint.config, dataset, implementation, precision)
        groups = trainer.variable_groups()
        if set(groups) != set(checkpoint.variables):
            raise CheckpointError(f"{checkpoint.path} holds {sorted(checkpoint.variables)}, "
                                  f"expected {sorted(groups)}: another architecture.")
        for group, variables in groups.items():
            saved = checkpoint.variables[group]
            if len(saved) != len(variables):
                raise CheckpointError(f"{checkpoint.path}: {group} has {len(saved)} variables, this model "
                                      f"has {len(variables)}: another architecture.")
            for name, value, var in zip(checkpoint.variable_names[group], saved, variables):
                if tuple(value.shape) != tuple(var.shape) or np.dtype(value.dtype) != np.dtype(var.dtype):
                    raise CheckpointError(
                        f"{checkpoint.path}: {group} variable {name} is {value.dtype}{tuple(value.shape)}, "
                        f"this model needs {var.dtype}{tuple(var.shape)}: another architecture.")
        unknown = set(checkpoint.history_columns) - set(trainer.history.columns)
        if unknown:
            raise CheckpointError(f"{checkpoint.path}: history columns {sorted(unknown)} are not known to "
                                  "this GAN Studio (a newer version wrote it?).")
        for group, variables in groups.items():
            for value, var in zip(checkpoint.variables[group], variables):
                var.assign(value)
        try:
            trainer.changes = ChangeLog.from_json(checkpoint.meta.get("changes"))
        except ValueError as exc:
            raise CheckpointError(f"{checkpoint.path}: {exc}") from None
        if trainer.ema:
            trainer.ema.invalidate()
        trainer.iteration = checkpoint.iteration
        trainer._use_config(checkpoint.config)  # the optimizers' learning rates and the noise's start
        # Columns added since the checkpoint was written (e.g. gradient norms) are NaN: not measured.
        history = np.full((len(checkpoint.history), len(METRICS)), np.nan, np.float32)
        for j, name in enumerate(checkpoint.history_columns):
            history[:, METRICS.index(name)] = checkpoint.history[:, j]
        trainer.history = History(METRICS, history)
        trainer.quality = checkpoint.quality
        trainer.frames = [Frame(int(it), trainer.epoch_of(int(it)), images)
                          for it, images in zip(checkpoint.frame_iterations, checkpoint.frame_images)]
        trainer.snapshots = SnapshotStore(trainer.snapshots.budget)  # the new trainer's start is not this run's
        trainer.take_snapshot()  # so the loaded state itself can be rewound to
        return trainer
