"""The training data as one Dataset, whatever it came from, and the order a run reads it in.

Sources (`load_dataset`): Fashion-MNIST, found on disk (engine.io.idx); "emoji", 64x64 colour pictures
rendered from a font that ships offline (engine.io.emoji); or a folder, holding MNIST-style IDX files or
the user's own pictures (engine.io.image_folder, with classes from subfolders). Every source is made the
shape the run asks for (size, channels, how to square and what is behind transparency: run settings),
or the shape its pictures suggest.

Images are uint8 arrays (N, H, W) grey or (N, H, W, 3) colour, the numpy convention: Fashion-MNIST's
28x28 arrays and every checkpoint's grid frames keep their shape. They are scaled to [-1, 1] where
they are used, on the device.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

from engine.io.images import as_colour
from engine.messages import Explained, Message

FASHION_TRAIN_SIZE = 60000
MIN_IMAGES = 64  # a folder of one's own images must hold at least this many
DATASETS = {"fashion-mnist": "Fashion-MNIST (28x28 grey)", "emoji": "Emoji (64x64 colour)"}
CHORALES = "bach-chorales"  # not a picture dataset: the composer family's (engine.io.chorales), its Family.data
HOW_TO_FIX = Message("Install it with `sudo apt install dataset-fashion-mnist` (Debian/Ubuntu), or pass "
              "--data-dir (or set $GAN_STUDIO_DATA) to a folder holding the four Fashion-MNIST IDX "
              "files (train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, "
              "t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz; .gz optional), or --data-dir to a "
              "folder of at least {count} pictures of your own (PNG, JPEG, GIF, BMP, WebP, TIFF; "
              "pictures in two or more subfolders are classes).", {"count": MIN_IMAGES})


class DatasetError(Explained, RuntimeError):
    """The dataset is missing or unreadable; the message says where we looked and how to fix it."""


@dataclass(frozen=True)
class Dataset:
    """Training images (N, H, W) or (N, H, W, 3) uint8, their labels when they have classes, and for the
    IDX datasets their test set.

    kind: "fashion-mnist" (the FCD's classifier was trained on it), "mnist" (digits), "emoji" or "images"
    (a folder of the user's own). `skipped` files could not be used, for the reasons in `skip_reasons`
    (reason: count; `skip_examples`, reason: one such file). A dataset larger than IN_MEMORY_BYTES
    (engine.io.image_folder) is `streamed`: its images stay in the decoded cache file
    (engine.io.disk_images.DiskImages), read a batch at a time.
    """

    train_images: np.ndarray
    train_labels: np.ndarray | None
    test_images: np.ndarray | None
    test_labels: np.ndarray | None
    source: Path
    kind: str = "fashion-mnist"
    class_names: tuple[str, ...] = ()
    skip_reasons: dict[str, int] = field(default_factory=dict)
    skip_examples: dict[str, str] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return sum(self.skip_reasons.values())

    @property
    def image_shape(self) -> tuple[int, ...]:
        """One image's array shape: (H, W) grey or (H, W, 3) colour."""
        return tuple(self.train_images.shape[1:])

    @property
    def size(self) -> int:
        return int(self.train_images.shape[1])

    @property
    def channels(self) -> int:
        return 1 if self.train_images.ndim == 3 else int(self.train_images.shape[3])

    @property
    def streamed(self) -> bool:
        from engine.io.disk_images import DiskImages

        return isinstance(self.train_images, DiskImages)

    @property
    def has_quality(self) -> bool:
        """Whether the FCD and its companions (engine.quality.evaluator: the Fashion classifier against the
        test set) mean anything for this data: Fashion-MNIST at its own 28x28 grey."""
        return self.kind == "fashion-mnist" and self.image_shape == (28, 28)

    @property
    def is_music(self) -> bool:
        """Scores, not pictures: windows of four voices (engine.io.score), the Bach chorales."""
        return self.kind == CHORALES

    def describe(self) -> str:
        """E.g. "1,254 images (64x64 colour, 9 classes)"."""
        n = len(self.train_images)
        if self.is_music:
            return f"{n:,} windows of four voices, {len(self.test_images):,} held out"
        parts = [f"{self.size}x{self.size} {'colour' if self.channels == 3 else 'grey'}"]
        if self.class_names:
            parts.append(f"{len(self.class_names)} classes")
        if self.streamed:
            parts.append("streamed from disk")
        return f"{n:,} {'image' if n == 1 else 'images'} ({', '.join(parts)})"

    def describe_skipped(self) -> Message:
        """E.g. " (3 files skipped: 2 unreadable, 1 too many pixels; e.g. big.png: ...)"; empty when none. (The
        reasons are the pictures' own, in English.)"""
        if not self.skipped:
            return Message("")
        reasons = ", ".join(f"{count} {reason}" for reason, count in self.skip_reasons.items())
        example = next(iter(self.skip_examples.values()), "")
        return Message(" ({count} file skipped: {reasons}; e.g. {example})" if self.skipped == 1 else
                       " ({count} files skipped: {reasons}; e.g. {example})", {
                           "count": self.skipped, "reasons": reasons, "example": example})

    def subset(self, train_images: int | None) -> Dataset:
        """The first N training images (all when None); the test set is kept whole."""
        if train_images is None or train_images >= len(self.train_images):
            return self
        labels = None if self.train_labels is None else self.train_labels[:train_images]
        return replace(self, train_images=self.train_images[:train_images], train_labels=labels)

    def gather(self, indices: np.ndarray) -> np.ndarray:
        """The images at `indices` (a batch) as an array, read from disk when streamed."""
        return self.train_images[np.asarray(indices)]


def conformed(dataset: Dataset, size: int | None, channels: int | None) -> Dataset:
    """An IDX dataset (28x28 grey) at another size (Lanczos) or in three channels, as a run asks."""
    size, channels = size or dataset.size, channels or dataset.channels
    if (size, channels) == (dataset.size, dataset.channels):
        return dataset

    def convert(images: np.ndarray | None) -> np.ndarray | None:
        if images is None:
            return None
        if size != images.shape[1]:
            from PIL import Image

            images = np.stack([np.asarray(Image.fromarray(image).resize((size, size), Image.Resampling.LANCZOS))
                               for image in images])
        return as_colour(images) if channels == 3 else images

    return replace(dataset, train_images=convert(dataset.train_images), test_images=convert(dataset.test_images))


def load_dataset(source: str | os.PathLike | None = None, size: int | None = None, channels: int | None = None,
                 fit: str = "crop", background: str = "white",
                 progress: Callable[[int, int], None] | None = None,
                 preview: Callable[[np.ndarray], None] | None = None) -> Dataset:
    """The data of `source` in the shape asked for (size or channels None: the data's own).

    Args:
        source: None or "fashion-mnist" (searched: engine.io.idx), "emoji" (engine.io.emoji, built at
            the first use), CHORALES (the composer's scores: engine.io.chorales, parsed at the first use; size,
            channels, fit and background do not apply), or a folder (IDX files, else pictures:
            engine.io.image_folder).
        fit, background: how pictures are squared, and what shows through transparency
            (engine.io.picture).
        progress: progress(done, total) while pictures are decoded (the first time only: cached).
        preview: preview(images) with the first 16 pictures as soon as they are decoded (the first time only).

    Raises:
        DatasetError: nothing usable there; the message says what was looked at and how to fix it.
    """
    from engine.io import idx

    if source is None or str(source) == "fashion-mnist":
        return conformed(idx.load_fashion_mnist(), size, channels)
    if str(source) == CHORALES:
        from engine.io import chorales

        return chorales.load_chorales(progress=progress)
    if str(source) == "emoji":
        from engine.io import emoji

        folder, kind = emoji.build(progress), "emoji"
    else:
        folder, kind = Path(source).expanduser(), "images"
        if idx.has_idx_files(folder):
            return conformed(idx.load_from(folder), size, channels)
    return _load_pictures(folder, kind, size, channels, fit, background, progress, preview)


def load_for_run(run, source: str | os.PathLike | None = None, progress: Callable[[int, int], None] | None = None,
                 preview: Callable[[np.ndarray], None] | None = None) -> Dataset:
    """The data a run's settings (engine.config.RunSettings) name, in the shape they ask for; `source`
    (a dataset's name or a folder) instead of run.data when given; the data of a family that always trains on
    the same (its Family.data: the composer's chorales) whatever either says."""
    from engine.families import family

    return load_dataset(family(run.family).data or source or run.data, run.image_size or None, run.channels or None,
                        run.fit, run.background, progress, preview)


def _load_pictures(folder: Path, kind: str, size: int | None, channels: int | None, fit: str, background: str,
                   progress, preview) -> Dataset:
    from engine.io import image_folder

    if not folder.is_dir():
        raise DatasetError("{folder} is not a folder. {how_to_fix}", folder=folder, how_to_fix=HOW_TO_FIX)
    listing = image_folder.list_pictures(folder)
    if not listing.paths:
        raise DatasetError("{folder} has neither the Fashion-MNIST IDX files nor any picture. {how_to_fix}",
                           folder=folder, how_to_fix=HOW_TO_FIX)
    shape = image_folder.shape_for(listing, image_folder.PictureRequest(size, channels, fit, background))
    try:
        decoded = image_folder.load(listing, shape, progress, preview=preview)
    except OSError as exc:
        raise DatasetError("could not write the decoded pictures of {folder} into the cache {cache} ({reason}): "
                           "free some space, or set $XDG_CACHE_HOME to a folder with room", folder=folder,
                           cache=image_folder.cache_root(), reason=exc.strerror or exc) from None
    dataset = Dataset(decoded.images, decoded.labels, None, None, folder, kind, decoded.classes,
                      decoded.skipped, decoded.examples)
    if len(decoded.images) < MIN_IMAGES:
        raise DatasetError("{folder} has {count} usable pictures{skipped}; training needs at least {least}. "
                           "{how_to_fix}", folder=folder, count=len(decoded.images), least=MIN_IMAGES,
                           skipped=dataset.describe_skipped(), how_to_fix=HOW_TO_FIX)
    return dataset


@lru_cache(maxsize=2)
def epoch_order(seed: int, epoch: int, n: int) -> np.ndarray:
    """The shuffled order of epoch `epoch`: a pure function of (seed, epoch), read-only.

    Keeping the order stateless means a checkpoint needs only the iteration counter to resume the
    data stream exactly, and every epoch is reshuffled. Cached: it is asked for at every iteration.
    """
    order = np.random.default_rng([seed, epoch]).permutation(n).astype(np.int32)
    order.flags.writeable = False
    return order


def batches_per_epoch(n: int, batch_size: int) -> int:
    """Batches in one epoch, keeping the last partial batch as the tutorial's tf.data pipeline does."""
    return -(-n // batch_size)


def train_size(train_images: int | None) -> int:
    """Training images a Fashion-MNIST run uses: the first `train_images`, or the whole train set (for
    checkpoints written before they recorded their data's size)."""
    full = FASHION_TRAIN_SIZE
    return full if train_images is None else min(train_images, full)


def epoch_of(iteration: int, per_epoch: int) -> int:
    """The 1-based epoch an iteration belongs to (0 for the untrained start)."""
    return -(-iteration // per_epoch)


def batch_indices(seed: int, iteration: int, n: int, batch_size: int) -> np.ndarray:
    """Indices of the training images used at 0-based `iteration`."""
    per_epoch = batches_per_epoch(n, batch_size)
    epoch, position = divmod(iteration, per_epoch)
    order = epoch_order(seed, epoch, n)
    return order[position * batch_size:(position + 1) * batch_size]
