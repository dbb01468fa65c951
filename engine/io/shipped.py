"""Trained generators shipped with GAN Studio, so the first launch shows garments, not noise, and the melody pad
harmonises before any composer run.

`scripts/train_default_generator.py` trains it reproducibly and writes two files into `resources/`:
`generator.npz` (the generator's weights, float16: half the size, and the samples are uint8 images, so
float16's 11 bits lose nothing visible) and `generator.json`, its card (recipe, iterations, CPU time,
quality). The weights are those of the generator samples are drawn with (the weight average, with
its batch-norm statistics, when the recipe averages), so loading them needs no average.

The file is read with the same caution as checkpoints: no pickles, every array's shape checked
against the generator the card's config builds before anything is assigned.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.config import ConfigError, TrainConfig
from engine.messages import Explained

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SHIPPED_WEIGHTS = RESOURCES / "generator.npz"
SHIPPED_CARD = RESOURCES / "generator.json"
SHIPPED_COMPOSER = RESOURCES / "composer.npz"  # scripts/train_shipped_composer.py; its card composer.json
MAX_BYTES = 64 << 20  # the reference generator is 10 MB in float32: anything far larger is not ours
MAX_MEMBERS = 256


class ShippedError(Explained, RuntimeError):
    """The shipped generator's files are missing or not what they should be."""


@dataclass(frozen=True)
class ShippedGenerator:
    """The shipped generator's file, read: its config, its weights (in the generator's variable order), its
    grid and its card (how it was trained and what it scores)."""

    config: TrainConfig  # the recipe it was trained with; samples need only noise_dim and the networks' shape
    card: dict
    values: list  # float32 arrays, in the order of the sampling generator's variables


def write_generator(path: str | Path, config: TrainConfig, variables: list, grid: np.ndarray, card: dict) -> Path:
    """Write `variables` (the `weights` of a generator built from sampling_config(config)) as float16, its sample
    grid (uint8 images: a DCGAN's of engine.families.dcgan.latents.grid_latents, shown before TensorFlow has
    loaded; the composer's panel) and the card beside it (`path` with the suffix .json)."""
    path = Path(path)
    arrays = {f"var{i}": np.asarray(v, np.float16) for i, v in enumerate(variables)}
    meta = {"format": "gan-studio-generator", "version": 1, "config": config.to_dict(), "variables": len(arrays)}
    np.savez_compressed(path, meta=np.frombuffer(json.dumps(meta).encode(), np.uint8),
                        grid=np.asarray(grid, np.uint8), **arrays)
    path.with_suffix(".json").write_text(json.dumps(card, indent=2, sort_keys=True) + "\n")
    return path


def _member_names(path: Path) -> set[str]:
    """The zip's member names, after checking from its directory alone that it is small enough to read.

    Raises:
        ShippedError: not a zip, or more members or bytes than a generator file has.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (OSError, zipfile.BadZipFile) as exc:
        raise ShippedError("{path} is not a GAN Studio generator file ({reason})", path=path, reason=exc) from None
    if len(infos) > MAX_MEMBERS or sum(info.file_size for info in infos) > MAX_BYTES:
        raise ShippedError("{path} holds {members} members, {size} bytes: far more than a generator file; not one "
                           "of GAN Studio's", path=path, members=len(infos), size=sum(i.file_size for i in infos))
    return {info.filename for info in infos}


def is_generator_file(path: str | Path) -> bool:
    """True for a file shaped as write_generator writes them (its members, not its name); a checkpoint
    is not one."""
    try:
        names = _member_names(Path(path))
    except ShippedError:
        return False
    return {"meta.npy", "grid.npy", "var0.npy"} <= names and "history.npy" not in names


def read_generator(path: str | Path = SHIPPED_WEIGHTS) -> ShippedGenerator:
    """Read a generator file and its card.

    Raises:
        ShippedError: missing, unreadable or malformed.
    """
    path = Path(path)
    _member_names(path)
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(data["meta"].tobytes())
            if meta.get("format") != "gan-studio-generator" or meta.get("version") != 1:
                raise ShippedError("{path} is not a GAN Studio generator file", path=path)
            values = [data[f"var{i}"].astype(np.float32) for i in range(int(meta["variables"]))]
        config = TrainConfig.from_dict(meta["config"])
    except ShippedError:
        raise
    except (OSError, ValueError, KeyError, TypeError, ConfigError) as exc:
        raise ShippedError("{path} is not a readable GAN Studio generator file: {reason}", path=path,
                           reason=exc) from None
    card_path = path.with_suffix(".json")
    card = json.loads(card_path.read_text()) if card_path.exists() else {}
    return ShippedGenerator(config, card, values)


def shipped_grid(path: str | Path = SHIPPED_WEIGHTS) -> tuple[np.ndarray, dict] | None:
    """The shipped generator's sample grid (N, 28, 28) uint8 and its card, read without TensorFlow (the
    window shows it at once); None when there is no readable file."""
    path = Path(path)
    try:
        _member_names(path)
        with np.load(path, allow_pickle=False) as data:
            grid = data["grid"]
        card = json.loads(path.with_suffix(".json").read_text())
    except (ShippedError, OSError, ValueError, KeyError):
        return None
    if grid.dtype != np.uint8 or grid.ndim != 3 or grid.shape[1:] != (28, 28):
        return None
    return grid, card


def sampling_config(config: TrainConfig) -> TrainConfig:
    """The config of a generator that draws with the shipped weights: no dropout, no average."""
    return config.replace(g_dropout=0.0, ema=0.0)


def weights(generator) -> list:
    """A Keras model's variables that a shipped file holds: all but dropout's random-number state."""
    return [v for v in generator.variables if "seed_generator" not in v.path]


def load_into(generator, shipped: ShippedGenerator, path: str | Path = SHIPPED_WEIGHTS) -> None:
    """Assign the shipped weights to a generator built from sampling_config(shipped.config).

    Raises:
        ShippedError: the weights do not fit that generator.
    """
    variables = weights(generator)
    if len(variables) != len(shipped.values):
        raise ShippedError("{path} holds {count} arrays; the generator has {needed}", path=path,
                           count=len(shipped.values), needed=len(variables))
    for variable, value in zip(variables, shipped.values):
        if tuple(variable.shape) != value.shape:
            raise ShippedError("{path}: {variable} is {shape} in the file, {needed} in the generator", path=path,
                               variable=variable.path, shape=value.shape, needed=tuple(variable.shape))
    for variable, value in zip(variables, shipped.values):
        variable.assign(value)
