"""Checkpoints: one file that holds everything exact resume needs, saved atomically, loaded carefully.

Format (version 1): an uncompressed npz (zip) archive, no pickles, with
  - ``meta``: UTF-8 JSON: format name and version, config, iteration, history columns, and the name
    and shape of every saved variable;
  - ``var/<group>/<index>``: the variables of generator, discriminator and both Adam optimizers
    (moments, step counter, learning rate) and the dropout RNG state, in each object's own order;
  - ``history``: float32 (iterations, columns); ``frame_iterations`` and ``frame_images``: the grid frames;
  - ``quality``: float64 (evaluations, engine.quality.QUALITY_COLUMNS), absent in checkpoints written
    before quality was measured (read as empty).
The data order and the training noise are pure functions of (seed, iteration), so the iteration
counter is their whole RNG state.

Saving writes a temporary file beside the target, fsyncs it and renames it over the target, so a
crash or kill mid-save leaves the previous checkpoint intact. Loading reads and checks everything
(zip CRCs, format, version, config, every shape) before it builds or changes anything.
"""

from __future__ import annotations

import datetime
import errno
import json
import os
import secrets
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.config import ConfigError, TrainConfig
from engine.quality import QUALITY_COLUMNS, empty_quality_table

FORMAT = "gan-studio-checkpoint"
VERSION = 1
SUFFIX = ".ckpt.npz"


class CheckpointError(RuntimeError):
    """A checkpoint cannot be written or read; nothing in memory was changed."""


@dataclass(frozen=True)
class Checkpoint:
    """A checkpoint read into memory (numpy only: reading one needs no TensorFlow)."""

    path: Path
    config: TrainConfig
    iteration: int
    variables: dict[str, list[np.ndarray]]
    variable_names: dict[str, list[str]]
    history_columns: tuple[str, ...]
    history: np.ndarray
    frame_iterations: np.ndarray
    frame_images: np.ndarray
    meta: dict
    quality: np.ndarray  # (evaluations, len(engine.quality.QUALITY_COLUMNS)); empty in older checkpoints


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_checkpoint(path: str | Path, arrays: dict[str, np.ndarray], meta: dict) -> Path:
    """Write arrays + meta atomically to `path`.

    Raises:
        CheckpointError: the file could not be written (full disk, permissions); any earlier file at
            `path` is untouched and no temporary file is left behind.
    """
    path = Path(path)
    meta = {"format": FORMAT, "version": VERSION,
            "saved_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"), **meta}
    payload = {"meta": np.frombuffer(json.dumps(meta).encode(), np.uint8), **arrays}
    tmp_name = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Not mkstemp: it makes the file 0600; this lets the umask decide, as for any saved file.
        tmp_name = path.parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.partial"
        fd = os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
        tmp_name = None
        _fsync_dir(path.parent)
    except OSError as exc:
        reason = "the disk is full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else exc.strerror or str(exc)
        raise CheckpointError(f"Could not save checkpoint {path}: {reason}. "
                              "Any previous checkpoint there is unchanged.") from exc
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return path


def read_checkpoint(path: str | Path) -> Checkpoint:
    """Read and check a checkpoint file completely.

    Raises:
        CheckpointError: the file is missing, truncated, corrupt, not a GAN Studio checkpoint, of an
            unknown version, or internally inconsistent. The message says which.
    """
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(f"{path} does not exist or is not a file.")
    try:
        # Our own handle: np.load leaks the one it opens when the zip turns out to be bad.
        with open(path, "rb") as fh, np.load(fh, allow_pickle=False) as archive:
            if "meta" not in archive.files:
                raise CheckpointError(f"{path} is not a GAN Studio checkpoint (no metadata).")
            arrays = {name: archive[name] for name in archive.files}  # reading checks every CRC
    except CheckpointError:
        raise
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, KeyError) as exc:
        raise CheckpointError(f"{path} is not a readable GAN Studio checkpoint: it is truncated, "
                              f"corrupt or of another kind ({type(exc).__name__}: {exc}).") from None
    try:
        meta = json.loads(arrays.pop("meta").tobytes().decode())
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise CheckpointError(f"{path} has unreadable metadata: not a GAN Studio checkpoint.") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise CheckpointError(f"{path} is not a GAN Studio checkpoint.")
    if meta.get("version") != VERSION:
        raise CheckpointError(f"{path} is checkpoint format version {meta.get('version')}; this GAN Studio "
                              f"reads version {VERSION}. Use the GAN Studio version that wrote it.")
    try:
        return _parse(path, meta, arrays)
    except (KeyError, TypeError, ValueError, ConfigError) as exc:
        raise CheckpointError(f"{path} is damaged or inconsistent: {exc}.") from None


def _parse(path: Path, meta: dict, arrays: dict[str, np.ndarray]) -> Checkpoint:
    config = TrainConfig.from_dict(meta["config"])
    iteration = int(meta["iteration"])
    variables, names = {}, {}
    for group, entries in meta["variables"].items():
        variables[group], names[group] = [], []
        for i, (name, shape) in enumerate(entries):
            value = arrays[f"var/{group}/{i}"]
            if list(value.shape) != list(shape):
                raise ValueError(f"variable {name} has shape {value.shape}, metadata says {tuple(shape)}")
            variables[group].append(value)
            names[group].append(name)
    columns = tuple(meta["history_columns"])
    history = arrays["history"]
    if history.ndim != 2 or history.shape != (iteration, len(columns)):
        raise ValueError(f"history of shape {history.shape} does not match {iteration} iterations "
                         f"of {len(columns)} columns")
    frame_iterations, frame_images = arrays["frame_iterations"], arrays["frame_images"]
    if frame_images.dtype != np.uint8 or frame_images.ndim != 4 or len(frame_images) != len(frame_iterations):
        raise ValueError("grid frames are malformed")
    quality = arrays.get("quality", empty_quality_table())
    if tuple(meta.get("quality_columns", QUALITY_COLUMNS)) != QUALITY_COLUMNS or quality.ndim != 2 \
            or quality.shape[1] != len(QUALITY_COLUMNS):
        raise ValueError(f"quality table of shape {quality.shape} does not have the columns {QUALITY_COLUMNS}")
    return Checkpoint(path, config, iteration, variables, names, columns, history,
                      frame_iterations.astype(np.int64), frame_images, meta, quality.astype(np.float64))
