"""The step-at-a-time trainer every GAN family shares, driven by the run loop (engine.training.run_loop)
that the command line and the window's worker both use.

One call to `step()` is one iteration and returns plain floats; everything else (iteration count,
history, sample-panel frames, networks, optimizers, change log, rewind points) lives on the object
between calls, so a caller pauses by simply not calling and resumes by calling again. Nothing here
knows about Qt or threads.

What differs between families (engine.families) is small and local, so it is a few methods of a
subclass in the family's package (its `trainer` module): the networks and their variables, the data
batch of an iteration, the compiled step, the sample panel, and the quality measurement. Everything else
(exact resume, checkpoints: engine.training.resume; recipe changes; rewind) is written once, here.
`Trainer(config, dataset)` builds the trainer of config.run.family (engine.families registers them),
and `Trainer.restore` the one a checkpoint records, so callers never name a family's class.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import tensorflow as tf

from engine.compute import devices as devices_mod
from engine.compute import precision as precision_mod
from engine.config import DEFAULT_IMPLEMENTATION, FIELDS, LIVE_FIELDS, ConfigError, TrainConfig
from engine.families import Family, family
from engine.io import data as data_mod
from engine.io import shipped
from engine.io.checkpoint import Checkpoint
from engine.io.data import Dataset
from engine.io.images import Frame
from engine.messages import Explained, Message
from engine.training import resume
from engine.training.changes import REWIND, Change, ChangeLog, live_value
from engine.training.history import History
from engine.training.optimizers import LiveAdam
from engine.training.rewind import Snapshot, SnapshotStore

# Grappler's remapper pass fails on the families' graphs (LeakyReluGrad needs the un-fused BiasAdd) and
# logs an error line at every trace; the pass then does nothing, so turning it off costs nothing (measured).
tf.config.optimizer.set_experimental_options({"remapping": False})


class RunError(Explained, ValueError):
    """What the run was asked cannot be done as it stands (no rewind point kept there, no good state yet)."""


@dataclass(frozen=True)
class StepResult:
    """What one iteration measured, as plain Python floats by the family's history column names (every
    family has g_loss, d_loss, real_acc and fake_acc: `result.d_loss`)."""

    iteration: int
    epoch: int
    values: dict
    seconds: float

    def __getattr__(self, name: str) -> float:
        try:
            return self.__dict__["values"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def finite(self) -> bool:
        return all(np.isfinite(v) for v in self.values.values())


def fitted_to_data(config: TrainConfig, dataset: Dataset) -> TrainConfig:
    """`config` with the image size and channels it leaves to the data (0) taken from `dataset`, so that a
    run's checkpoints record what it trained on.

    Raises:
        ConfigError: the config asks for another size or channels than the data has (the data is loaded
            as the config asks: engine.io.data.load_dataset).
    """
    run = config.run
    if dataset.is_music:  # scores have no image size or channels
        return config
    for name, wanted, has in (("image_size", run.image_size, dataset.size), ("channels", run.channels,
                                                                             dataset.channels)):
        if wanted and wanted != has:
            raise ConfigError("the run asks for {name} {wanted} but its data ({source}) has {has}; load the data as "
                              "the run asks (engine.io.data.load_dataset)", name=name, wanted=wanted,
                              source=dataset.source, has=has)
    return config.replace(image_size=dataset.size, channels=dataset.channels)


class Trainer:
    """Owns a family's networks and optimizers (`g_optimizer` for its generators, `d_optimizer` for its
    discriminators), the data stream, the history, the panel frames, the change log (engine.training.changes)
    and the rewind points (engine.training.rewind).

    `implementation` chooses how the networks' layers are computed (engine.config.IMPLEMENTATIONS);
    it is not part of the run: a checkpoint saved by one loads into any other. `precision` (the
    config's, resolved for this machine: engine.compute.precision) chooses the arithmetic; the variables are
    float32 in every precision, so a checkpoint also loads into any precision. `devices` (the config's,
    engine.compute.devices) are where the step runs: one, or several under a tf.distribute strategy, each
    replica training on its share of the batch; a checkpoint loads onto any number of devices.

    A family's subclass implements _build, generator_variables, discriminator_variables, variable_groups,
    _batch, _step_for, draw_panel and measure_quality; its package declares the rest (engine.families).
    """

    def __new__(cls, config: TrainConfig, *args, **kwargs):
        if cls is Trainer:  # the trainer of the config's family (engine.families registers them)
            cls = family(config.run.family).trainer()
        return super().__new__(cls)

    def __init__(self, config: TrainConfig, dataset: Dataset, implementation: str = DEFAULT_IMPLEMENTATION,
                 precision: precision_mod.Precision | None = None, devices: devices_mod.Devices | None = None):
        """`precision` and `devices` override resolving config.run.precision and config.run.devices (see restore).

        Raises:
            engine.compute.precision.PrecisionError: config.run.precision cannot run on this machine.
            engine.compute.devices.DevicesError: config.run.devices are not there.
            ConfigError: the batch, or an epoch's last batch, does not split across the devices.
            engine.io.data.DatasetError: the family cannot train on this data (CycleGAN needs labels).
        """
        self.info: Family = family(config.run.family)
        if dataset.is_music != bool(self.info.data):
            raise data_mod.DatasetError("{family} trains on pictures, not on {source}" if dataset.is_music else
                                        "{family} trains on its own data, not on {source}",
                                        family=Message(self.info.title), source=dataset.source)
        config = fitted_to_data(config, dataset)
        self.config = config
        self.implementation = implementation
        self.precision = precision or precision_mod.resolve(config.run.precision, gpu=devices_mod.gpu_capability())
        self.devices = devices or devices_mod.use(config.run.devices)
        batch, replicas = config.recipe.batch_size, self.devices.replicas
        if batch % replicas:
            raise ConfigError("batch_size {batch} does not split evenly across {replicas} devices; choose a multiple "
                              "of {replicas}", batch=batch, replicas=replicas)
        self.dataset = dataset.subset(config.run.train_images)
        self.iteration = 0
        self.history = History(self.info.metrics)
        self.frames: list[Frame] = []
        self.shipped: shipped.ShippedGenerator | None = None  # set by from_shipped
        self.quality = np.zeros((0, len(self.info.quality_columns)), np.float64)  # a row per evaluation
        self.changes = ChangeLog()
        self.snapshots = SnapshotStore()  # rewind points; the newest is the last state known to be finite
        self._steps: dict = {}  # compiled steps, by what changes the traced graph
        self._last_batch_indices: tuple = ()
        with self.devices.scope():  # on several devices, every variable mirrored on each
            self.num_images = self._build()
            # Built now, not lazily at the first step, so a checkpoint can be restored before training.
            self.g_optimizer.build(self.generator_variables())
            self.d_optimizer.build(self.discriminator_variables())
        self._check_split(self.num_images, Message(", or train on {count} images (train_images)", {
            "count": self.num_images - self.num_images % batch}))
        self.batches_per_epoch = data_mod.batches_per_epoch(self.num_images, batch)
        self._use_config(config)

    # -- what a family provides -------------------------------------------------------------------

    def _build(self) -> int:
        """Build the networks and optimizers (`LiveAdam`s: self.optimizers(config)) and whatever the
        step reads (its training data through self.devices.put, its step written for any number of
        replicas: engine.compute.replica); returns the number of training examples an epoch goes through."""
        raise NotImplementedError

    def generator_variables(self) -> list:
        """The trainable variables g_optimizer updates."""
        raise NotImplementedError

    def discriminator_variables(self) -> list:
        """The trainable variables d_optimizer updates."""
        raise NotImplementedError

    def variable_groups(self) -> dict[str, list]:
        """Every variable exact resume needs, by group, in a stable order."""
        raise NotImplementedError

    def _batch(self, iteration: int) -> tuple[np.ndarray, ...]:
        """The step's data of an iteration, as int32 index arrays: a pure function of (seed, iteration)."""
        raise NotImplementedError

    def _step_for(self, config: TrainConfig):
        """The compiled step for `config`'s recipe: step(*batch, iteration int64) -> float32[metrics]."""
        raise NotImplementedError

    def draw_panel(self) -> tuple[np.ndarray, np.ndarray | None]:
        """The sample panel now: uint8 cells (num_samples, h, w), and the discriminator's probability that
        each is real (or None)."""
        raise NotImplementedError

    def measure_quality(self, meter) -> tuple[np.ndarray, str]:
        """Measure the family's quality now through an engine.quality.evaluator.QualityMeter: (a row of
        info.quality_columns, one line saying it). Raises engine.quality.classifier.ClassifierError where the
        data has no Fashion classifier."""
        raise NotImplementedError

    def _check_split(self, images: int, remedy: Message) -> None:
        """Refuse an epoch of `images` whose last, smaller batch is too small to give every device a row (it
        would be an empty step: Devices.even); `remedy` adds a way out to the message."""
        rest = images % self.config.recipe.batch_size
        if 0 < rest < self.devices.replicas:
            raise ConfigError("an epoch of {images} images ends in a batch of {rest}, fewer than the {devices} "
                              "devices; choose another batch size or fewer devices{remedy}", images=images, rest=rest,
                              devices=self.devices.replicas, remedy=remedy)

    def _step_inputs(self, batch: tuple[np.ndarray, ...]) -> tuple[tf.Tensor, ...]:
        """What the step is given for the batch (before the iteration): its index arrays, as tensors."""
        return tuple(tf.constant(b) for b in batch)

    def _after_assign(self) -> None:
        """Called after variables were assigned from a checkpoint or a rewind point."""

    @property
    def live_fields(self) -> tuple[str, ...]:
        """The recipe fields this run may change while it trains: the live ones (LIVE_FIELDS) its family's
        step reads."""
        reads = self.info.recipe_fields
        return tuple(name for name in LIVE_FIELDS if reads is None or name in reads)

    @staticmethod
    def optimizers(config: TrainConfig) -> tuple[LiveAdam, LiveAdam]:
        """The generators' and the discriminators' Adam (learning rate and beta1 live: engine.training.optimizers)."""
        return (LiveAdam(config.recipe.g_learning_rate, config.recipe.g_beta1, config.recipe.g_beta2),
                LiveAdam(config.recipe.d_learning_rate, config.recipe.d_beta1, config.recipe.d_beta2))

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
        """Iterations in the planned run (config.run.epochs epochs)."""
        return self.config.run.epochs * self.batches_per_epoch

    def epoch_of(self, iteration: int) -> int:
        """The 1-based epoch an iteration belongs to (0 for the untrained start)."""
        return data_mod.epoch_of(iteration, self.batches_per_epoch)

    @property
    def at_epoch_end(self) -> bool:
        return self.iteration > 0 and self.position_in_epoch == 0

    @property
    def quality_due(self) -> bool:
        """True right after an epoch that is a multiple of config.run.quality_every (never when 0)."""
        every = self.config.run.quality_every
        return bool(every) and self.at_epoch_end and self.epoch % every == 0

    def record_quality(self, row: np.ndarray) -> np.ndarray:
        """Keep one evaluation (a row of info.quality_columns); returns it."""
        row = np.asarray(row, np.float64)
        self.quality = np.vstack([self.quality, row[None]])
        return row

    # -- training ---------------------------------------------------------------------------------

    def step(self) -> StepResult:
        """Run one iteration (after applying the changes scheduled for it); render a panel frame and
        keep a rewind point when one is due."""
        if not self.frames:
            self.render_frame()  # the untrained start, so the evolution begins at noise
        if not self.snapshots:
            self.take_snapshot()  # the start (or the checkpoint loaded) is good
        began = time.perf_counter()
        self.apply_due_changes()
        batch = tuple(self.devices.even(indices) for indices in self._batch(self.iteration))
        start = time.perf_counter()
        values = self._step(*self._step_inputs(batch), tf.constant(self.iteration, tf.int64)).numpy()
        seconds = time.perf_counter() - start
        self._last_batch_indices = batch
        self.iteration += 1
        # The run's training time: its steps with their changes and batches (not the pauses, the grid frames, nor
        # the quality measurements the run loop makes between steps).
        self.history.append(values, np.nan_to_num(self.history.elapsed) + time.perf_counter() - began)
        if self.iteration % self.config.run.grid_every == 0 and np.isfinite(values).all():
            self.render_frame()
            self.take_snapshot()
        return StepResult(self.iteration, self.epoch_of(self.iteration),
                          {name: float(v) for name, v in zip(self.info.metrics, values)}, seconds)

    def render_frame(self) -> Frame:
        """Render the sample panel now and keep it (replacing a frame of the same iteration)."""
        images, judged = self.draw_panel()
        frame = Frame(self.iteration, self.epoch_of(self.iteration), images, judged)
        if self.frames and self.frames[-1].iteration == self.iteration:
            self.frames[-1] = frame
        else:
            self.frames.append(frame)
        return frame

    # -- changing the recipe while it trains (engine.training.changes) ----------------------------------------

    def apply_changes(self, values: dict) -> list[Change]:
        """Change recipe fields (of the family's live_fields) from the next iteration on, without
        rebuilding anything: learning rates and beta1 go into the optimizers' variables, the rest into
        the step's; a change of what the step's graph is compiles its step once (kept for the rest of
        the run). Returns the changes logged (fields whose value did not change are not).

        Raises:
            ConfigError: a field that cannot change during a run (of this family), or a value (or
                combination, checked as a whole) the config refuses; nothing is changed then.
        """
        values = {field: live_value(field, value) for field, value in values.items()}
        for field in values:
            if field not in self.live_fields:
                raise ConfigError("{field} is not part of the {family} recipe; the fields that can change during "
                                  "its run are {fields}", field=field, family=Message(self.info.title),
                                  fields=", ".join(self.live_fields))
        config = self.config.replace(**values)
        for field in values:
            if FIELDS[field].switch_fixed and bool(config.value(field)) != bool(self.config.value(field)):
                raise ConfigError("{label} ({field}) cannot be switched on or off during a run (it has its own "
                                  "variables); its value can change while it is on", label=Message(FIELDS[field].label),
                                  field=field)
        logged = [Change(self.iteration, field, self.config.value(field), config.value(field))
                  for field in self.live_fields if config.value(field) != self.config.value(field)]
        self.changes.applied.extend(logged)
        self._use_config(config)
        return logged

    def apply_due_changes(self) -> list[Change]:
        """Apply the changes scheduled (engine.training.changes.ChangeLog.schedule) for the iteration now."""
        logged = []
        for field, value in self.changes.due(self.iteration):
            logged += self.apply_changes({field: value})
        return logged

    def _use_config(self, config: TrainConfig) -> None:
        """Make `config`'s recipe the one the next step trains with."""
        self.config = config
        for optimizer, lr, beta_1 in ((self.g_optimizer, config.recipe.g_learning_rate, config.recipe.g_beta1),
                                      (self.d_optimizer, config.recipe.d_learning_rate, config.recipe.d_beta1)):
            optimizer.learning_rate = lr
            optimizer.set_beta_1(beta_1)
        self._step = self._step_for(config)

    # -- rewind points, and the last good state for when training diverges ---------------------------

    def take_snapshot(self) -> None:
        """Keep a rewind point here (a copy of every variable, ~33 MB for the reference DCGAN), if every
        variable is finite; taken at each panel frame, so a NaN loses at most grid_every iterations and
        any kept frame can be rewound to."""
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
            raise RunError("no good state is kept")
        return self.rewind(self.good_iteration)

    def rewind(self, iteration: int) -> np.ndarray:
        """Go back to the rewind point at `iteration`: weights, optimizers, the recipe then in force,
        history, frames, quality and change log; data order and noise being functions of (seed,
        iteration), training on with the same settings repeats the same losses bit for bit. The
        rewind is logged (engine.training.changes.REWIND) and later rewind points are dropped (another branch).

        Returns:
            the abandoned history rows (iterations iteration + 1 ... the iteration left), to compare with.

        Raises:
            RunError: no rewind point is kept at `iteration`.
        """
        try:
            snapshot = self.snapshots.at(iteration)
        except KeyError:
            raise RunError("no rewind point is kept at iteration {iteration}", iteration=iteration) from None
        left = self.iteration
        ghost = self.history.array(snapshot.history)
        variables = [v for group in self.variable_groups().values() for v in group]
        for variable, value in zip(variables, snapshot.values):
            variable.assign(value)
        self._after_assign()
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

    # -- state, for checkpoints (engine.training.resume) ------------------------------------------------

    def save(self, path: str | Path) -> Path:
        """Write a checkpoint of the whole state to `path` (atomic; see engine.io.checkpoint)."""
        return resume.save(self, path)

    @classmethod
    def restore(cls, checkpoint: Checkpoint | str | Path, dataset: Dataset,
                implementation: str = DEFAULT_IMPLEMENTATION) -> Trainer:
        """A new trainer (of the checkpoint's family) in exactly the state a checkpoint recorded
        (engine.training.resume.restore says how, and what it raises)."""
        return resume.restore(cls, checkpoint, dataset, implementation)

    @classmethod
    def from_shipped(cls, dataset: Dataset, path: str | Path = shipped.SHIPPED_WEIGHTS,
                     implementation: str = DEFAULT_IMPLEMENTATION) -> Trainer:
        """A trainer (of the file's family) at iteration 0 whose generator is a shipped, trained one
        (engine.io.shipped: the DCGAN of the first launch, the composer of the melody pad): for drawing, not a
        run to continue.

        Raises:
            engine.io.shipped.ShippedError: the file is missing, unreadable or does not fit.
        """
        generator = shipped.read_generator(path)
        trainer = cls(shipped.sampling_config(generator.config), dataset, implementation)
        shipped.load_into(trainer.generator, generator, path)
        trainer.shipped = generator
        return trainer
