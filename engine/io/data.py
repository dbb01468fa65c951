"""The training data: Fashion-MNIST from the real IDX files, found on disk without touching the
network, or a folder of the user's own images (or MNIST digits' IDX files) as the same Dataset.

Search order: an explicit folder, ``$GAN_STUDIO_DATA``, Debian's ``dataset-fashion-mnist`` package,
Keras's cache, and only then Keras's own download (a user's machine may be online). Every file is
checked (magic number, counts, shapes, length) so a truncated or foreign file is a clear message, not
a crash deep inside training. Images stay uint8 here (47 MB for the train set); they are scaled to
[-1, 1] where they are used, on the device.

Other data (`--data-dir` pointing at a folder of PNG/JPEG images, searched recursively, or at MNIST
digits' IDX files) trains the same way; only the quality metrics, which need the Fashion-MNIST
classifier and test set, are not available for it (Dataset.has_quality).
"""

from __future__ import annotations

import gzip
import os
import zlib
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import numpy as np

DEBIAN_DIR = Path("/usr/share/datasets/fashion-mnist")
ENV_VAR = "GAN_STUDIO_DATA"
FILES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}
EXPECTED_COUNT = {"train": 60000, "test": 10000}
MIN_IMAGES = 64  # a folder of one's own images must hold at least this many
CLASS_NAMES = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
               "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
HOW_TO_FIX = ("Install it with `sudo apt install dataset-fashion-mnist` (Debian/Ubuntu), or pass "
              "--data-dir (or set $GAN_STUDIO_DATA) to a folder holding the four Fashion-MNIST IDX "
              "files (train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, "
              "t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz; .gz optional), or --data-dir to a "
              f"folder of at least {MIN_IMAGES} PNG/JPEG images of your own.")


class DatasetError(RuntimeError):
    """The dataset is missing or unreadable; the message says where we looked and how to fix it."""


KINDS = ("fashion-mnist", "mnist", "images")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg")
# Mean pixel of the train sets: Fashion-MNIST 72.9, MNIST digits 33.3. IDX files hold no name, and the
# two datasets' files are named alike; the mean tells them apart.
DIGITS_MEAN_BELOW = 50


@dataclass(frozen=True)
class Dataset:
    """Training images (N, 28, 28) uint8 and, for the IDX datasets, their labels and test set.

    kind: "fashion-mnist" (the quality metrics' classifier was trained on it), "mnist" (digits) or
    "images" (a folder of the user's own; `skipped` files could not be read).
    """

    train_images: np.ndarray
    train_labels: np.ndarray | None
    test_images: np.ndarray | None
    test_labels: np.ndarray | None
    source: Path
    kind: str = "fashion-mnist"
    skipped: int = 0

    @property
    def has_quality(self) -> bool:
        """Whether the quality metrics (engine.quality.evaluator: the Fashion classifier against the test set)
        mean anything for this data."""
        return self.kind == "fashion-mnist"

    def subset(self, train_images: int | None) -> Dataset:
        """The first N training images (all when None); the test set is kept whole."""
        if train_images is None or train_images >= len(self.train_images):
            return self
        labels = None if self.train_labels is None else self.train_labels[:train_images]
        return replace(self, train_images=self.train_images[:train_images], train_labels=labels)


def keras_cache_dir() -> Path:
    return Path(os.environ.get("KERAS_HOME", Path.home() / ".keras")) / "datasets" / "fashion-mnist"


def candidate_dirs(data_dir: str | os.PathLike | None = None) -> list[tuple[str, Path]]:
    """Where to look, in order, each with the reason it is looked at."""
    if data_dir is not None:
        return [("--data-dir", Path(data_dir).expanduser())]
    found = []
    if os.environ.get(ENV_VAR):
        found.append((f"${ENV_VAR}", Path(os.environ[ENV_VAR]).expanduser()))
    found.append(("Debian package dataset-fashion-mnist", DEBIAN_DIR))
    found.append(("Keras cache", keras_cache_dir()))
    return found


def _find_file(folder: Path, stem: str) -> Path | None:
    for name in (stem + ".gz", stem):
        if (folder / name).is_file():
            return folder / name
    return None


def _read_bytes(path: Path) -> bytes:
    try:
        if path.suffix == ".gz":
            with gzip.open(path, "rb") as fh:
                return fh.read()
        return path.read_bytes()
    except (OSError, EOFError, zlib.error) as exc:
        raise DatasetError(f"{path} is corrupt or truncated ({exc}). {HOW_TO_FIX}") from None


def read_idx(path: Path, expected_count: int, image: bool) -> np.ndarray:
    """Read one IDX file, checking magic number, count, shape and length."""
    raw = _read_bytes(path)
    ndim = 3 if image else 1
    header = 4 + 4 * ndim
    if len(raw) < header:
        raise DatasetError(f"{path} is too short to be an IDX file ({len(raw)} bytes). {HOW_TO_FIX}")
    magic = int.from_bytes(raw[:4], "big")
    if magic != 0x0800 + ndim:
        raise DatasetError(f"{path} is not an IDX {'image' if image else 'label'} file "
                           f"(magic number {magic:#010x}, expected {0x0800 + ndim:#010x}). {HOW_TO_FIX}")
    dims = tuple(int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim))
    expected = (expected_count, 28, 28) if image else (expected_count,)
    if dims != expected:
        raise DatasetError(f"{path} holds shape {dims}, expected {expected}. {HOW_TO_FIX}")
    size = int(np.prod(dims))
    if len(raw) - header != size:
        raise DatasetError(f"{path} is truncated or padded: {len(raw) - header} data bytes, "
                           f"expected {size}. {HOW_TO_FIX}")
    array = np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(dims)
    if not image and array.max() > 9:
        raise DatasetError(f"{path} has labels outside 0..9: not Fashion-MNIST. {HOW_TO_FIX}")
    return array


def load_from(folder: Path) -> Dataset:
    """Load the four IDX files from one folder (Fashion-MNIST, or MNIST digits by their pixel mean);
    DatasetError if any is missing or bad."""
    arrays = {}
    for key, stem in FILES.items():
        path = _find_file(folder, stem)
        if path is None:
            raise DatasetError(f"{folder} has no {stem}(.gz). {HOW_TO_FIX}")
        split = key.split("_")[0]
        arrays[key] = read_idx(path, EXPECTED_COUNT[split], image=key.endswith("images"))
    digits = float(arrays["train_images"][:1000].mean()) < DIGITS_MEAN_BELOW
    return Dataset(**arrays, source=folder, kind="mnist" if digits else "fashion-mnist")


def load_image_folder(folder: Path) -> Dataset:
    """Every PNG/JPEG below `folder` (recursively, in sorted path order), read with Pillow, made
    grayscale, centre-cropped to a square and resized to 28x28. Unreadable files are skipped and
    counted (Dataset.skipped).

    Raises:
        DatasetError: fewer than MIN_IMAGES readable images.
    """
    from PIL import Image, UnidentifiedImageError

    paths = sorted(p for p in folder.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file())
    images, skipped = [], 0
    for path in paths:
        try:
            with Image.open(path) as image:
                gray = image.convert("L")
        except (OSError, UnidentifiedImageError, ValueError):
            skipped += 1
            continue
        side = min(gray.size)
        left, top = (gray.width - side) // 2, (gray.height - side) // 2
        square = gray.crop((left, top, left + side, top + side))
        images.append(np.asarray(square.resize((28, 28), Image.Resampling.LANCZOS), np.uint8))
    if len(images) < MIN_IMAGES:
        raise DatasetError(f"{folder} has {len(images)} readable PNG/JPEG images ({skipped} unreadable skipped); "
                           f"training needs at least {MIN_IMAGES}. {HOW_TO_FIX}")
    return Dataset(np.stack(images), None, None, None, folder, kind="images", skipped=skipped)


def _has_all_files(folder: Path) -> bool:
    return all(_find_file(folder, stem) is not None for stem in FILES.values())


def _download_with_keras() -> Path:
    """Let Keras fetch the files into its cache (online machines only)."""
    import keras  # heavy, and only needed on this rare path

    keras.datasets.fashion_mnist.load_data()
    return keras_cache_dir()


def load_fashion_mnist(data_dir: str | os.PathLike | None = None, allow_download: bool = True) -> Dataset:
    """Find and load Fashion-MNIST, or the data of `data_dir`.

    Args:
        data_dir: a folder to use instead of searching: the IDX files, or else PNG/JPEG images
            (load_image_folder).
        allow_download: when nothing is found on disk, try Keras's download as a last resort.

    Raises:
        DatasetError: nothing usable was found, or a found file is corrupt; the message lists the
            places looked at and how to fix it.
    """
    places = candidate_dirs(data_dir)
    for _, folder in places:
        if _has_all_files(folder):
            return load_from(folder)
    looked = "; ".join(f"{folder} ({why})" for why, folder in places)
    if data_dir is not None:
        folder = places[0][1]
        if folder.is_dir() and any(p.suffix.lower() in IMAGE_SUFFIXES for p in folder.rglob("*")):
            return load_image_folder(folder)
        raise DatasetError(f"Fashion-MNIST not found in {looked}, nor any PNG/JPEG image. {HOW_TO_FIX}")
    if allow_download:
        try:
            folder = _download_with_keras()
        except Exception as exc:  # offline, proxy, disk: all mean "not available here"
            looked += f"; Keras download failed ({type(exc).__name__}: {exc})"
        else:
            if _has_all_files(folder):
                return load_from(folder)
    raise DatasetError(f"Fashion-MNIST not found. Looked in: {looked}. {HOW_TO_FIX}")


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
    """Training images a Fashion-MNIST run uses: the first `train_images`, or the whole train set."""
    full = EXPECTED_COUNT["train"]
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
