"""A run's checkpoint from the trainer's side: what a trainer writes into one (save) and the trainer a
checkpoint continues as, exactly (restore). The file's format and its validation are engine.io.checkpoint's.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from engine.compute import devices as devices_mod
from engine.compute import precision as precision_mod
from engine.config import DEFAULT_IMPLEMENTATION
from engine.io.checkpoint import Checkpoint, CheckpointError, read_checkpoint, write_checkpoint
from engine.io.data import Dataset
from engine.io.images import Frame
from engine.messages import Message
from engine.training.changes import ChangeLog
from engine.training.history import History
from engine.training.rewind import SnapshotStore


def save(trainer, path: str | Path) -> Path:
    """Write a checkpoint of the trainer's whole state to `path` (atomic; see engine.io.checkpoint)."""
    groups = trainer.variable_groups()
    arrays = {f"var/{group}/{i}": np.asarray(v.numpy())
              for group, variables in groups.items() for i, v in enumerate(variables)}
    arrays["history"] = trainer.history.array()
    arrays["history_seconds"] = trainer.history.seconds()
    arrays["quality"] = trainer.quality
    arrays["frame_iterations"] = np.array([f.iteration for f in trainer.frames], np.int64)
    arrays["frame_images"] = (np.stack([f.images for f in trainer.frames]) if trainer.frames else
                              np.zeros((0, trainer.config.run.num_samples, *((0, 0, 3) if trainer.info.colour_panel
                                                                              else trainer.dataset.image_shape)),
                                       np.uint8))
    meta = {
        "config": trainer.config.to_dict(),
        "iteration": trainer.iteration,
        "history_columns": list(trainer.history.columns),
        "quality_columns": list(trainer.info.quality_columns),
        "train_size": trainer.num_images,  # for epoch numbers without the data (export-gif)
        "changes": trainer.changes.to_json(),
        "variables": {group: [[v.path, list(v.shape)] for v in variables]
                      for group, variables in groups.items()},
    }
    return write_checkpoint(path, arrays, meta)


def restore(cls, checkpoint: Checkpoint | str | Path, dataset: Dataset,
            implementation: str = DEFAULT_IMPLEMENTATION):
    """A new trainer (of the checkpoint's family) in exactly the state a checkpoint recorded, in its
    config's precision, on its config's devices; a bfloat16 run opened on a CPU that cannot run
    bfloat16 continues in float32 (the variables are float32 in both), and a run saved on more devices
    than this process has continues on as many as it has that split its batch evenly (the variables
    are the same on any number: engine.compute.devices.fitting).

    Raises:
        CheckpointError: unreadable file, or its variables do not fit the networks its config
            builds (another architecture). No existing trainer is touched either way.
        ConfigError, engine.io.data.DatasetError: as the constructor (e.g. an epoch of this data ends in
            a batch too small for the devices).
    """
    if not isinstance(checkpoint, Checkpoint):
        checkpoint = read_checkpoint(checkpoint)
    try:
        precision = precision_mod.resolve(checkpoint.config.run.precision, gpu=devices_mod.gpu_capability())
    except precision_mod.PrecisionError:
        precision = precision_mod.Precision("float32", checkpoint.config.run.precision,
                                            "the run's bfloat16 cannot run on this CPU")
    count, batch = checkpoint.config.run.devices, checkpoint.config.recipe.batch_size
    try:
        devices = devices_mod.use(count)
    except devices_mod.DevicesError:
        devices = None
    if devices is None or batch % devices.replicas:  # not here, or "all" here does not split its batch
        devices = devices_mod.fitting(count, batch)
    trainer = cls(checkpoint.config, dataset, implementation, precision, devices)
    groups = trainer.variable_groups()
    if set(groups) != set(checkpoint.variables):
        raise CheckpointError("{path} holds {groups}, expected {expected}: another architecture.",
                              path=checkpoint.path, groups=sorted(checkpoint.variables), expected=sorted(groups))
    for group, variables in groups.items():
        saved = checkpoint.variables[group]
        if len(saved) != len(variables):
            raise CheckpointError("{path}: {group} has {count} variables, this model has {needed}: another "
                                  "architecture.", path=checkpoint.path, group=group, count=len(saved),
                                  needed=len(variables))
        for name, value, var in zip(checkpoint.variable_names[group], saved, variables):
            if tuple(value.shape) != tuple(var.shape) or np.dtype(value.dtype) != np.dtype(var.dtype):
                raise CheckpointError(
                    "{path}: {group} variable {name} is {dtype}{shape}, this model needs {needed_dtype}{needed_shape}: "
                    "another architecture.", path=checkpoint.path, group=group, name=name, dtype=value.dtype,
                    shape=tuple(value.shape), needed_dtype=var.dtype, needed_shape=tuple(var.shape))
    metrics = trainer.info.metrics
    unknown = set(checkpoint.history_columns) - set(metrics)
    if unknown:
        raise CheckpointError("{path}: history columns {columns} are not known to this GAN Studio (a newer version "
                              "wrote it?).", path=checkpoint.path, columns=sorted(unknown))
    quality = _quality_table(checkpoint, trainer.info)
    for group, variables in groups.items():
        for value, var in zip(checkpoint.variables[group], variables):
            var.assign(value)
    try:
        trainer.changes = ChangeLog.from_json(checkpoint.meta.get("changes"))
    except ValueError as exc:
        raise CheckpointError("{path}: {reason}", path=checkpoint.path, reason=exc) from None
    trainer._after_assign()
    trainer.iteration = checkpoint.iteration
    trainer._use_config(checkpoint.config)  # the optimizers' learning rates and the noise's start
    # Columns added since the checkpoint was written (e.g. gradient norms) are NaN: not measured.
    history = np.full((len(checkpoint.history), len(metrics)), np.nan, np.float32)
    for j, name in enumerate(checkpoint.history_columns):
        history[:, metrics.index(name)] = checkpoint.history[:, j]
    trainer.history = History(metrics, history, checkpoint.history_seconds)
    trainer.quality = quality
    trainer.frames = [Frame(int(it), trainer.epoch_of(int(it)), images)
                      for it, images in zip(checkpoint.frame_iterations, checkpoint.frame_images)]
    trainer.snapshots = SnapshotStore(trainer.snapshots.budget)  # the new trainer's start is not this run's
    trainer.take_snapshot()  # so the loaded state itself can be rewound to
    return trainer


def _quality_table(checkpoint: Checkpoint, family) -> np.ndarray:
    """The checkpoint's quality table in the family's columns: a table of an older version, which measured
    fewer (before the SWD), gets NaN in those it lacks.

    Raises:
        CheckpointError: the table has a column the family does not measure (another family's).
    """
    columns = family.quality_columns
    unknown = [c for c in checkpoint.quality_columns if c not in columns]
    if unknown or "iteration" not in checkpoint.quality_columns:
        raise CheckpointError("{path}: its quality table has the columns {columns}, a {family} run's has {expected}.",
                              path=checkpoint.path, columns=checkpoint.quality_columns, family=Message(family.title),
                              expected=columns)
    table = np.full((len(checkpoint.quality), len(columns)), np.nan)
    for i, column in enumerate(checkpoint.quality_columns):
        table[:, columns.index(column)] = checkpoint.quality[:, i]
    return table
