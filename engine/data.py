"""Fashion-MNIST from the real IDX files, found on disk without touching the network.

Search order: an explicit folder, ``$GAN_STUDIO_DATA``, Debian's ``dataset-fashion-mnist`` package,
Keras's cache, and only then Keras's own download (a user's machine may be online). Every file is
checked (magic number, counts, shapes, length) so a truncated or foreign file is a clear message, not
a crash deep inside training. Images stay uint8 here (47 MB for the train set); they are scaled to
[-1, 1] where they are used, on the device.
"""

from __future__ import annotations

import gzip
import os
import zlib
from dataclasses import dataclass
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
CLASS_NAMES = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
               "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
HOW_TO_FIX = ("Install it with `sudo apt install dataset-fashion-mnist` (Debian/Ubuntu), or pass "
              "--data-dir (or set $GAN_STUDIO_DATA) to a folder holding the four Fashion-MNIST IDX "
              "files (train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, "
              "t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz; .gz optional).")


class DatasetError(RuntimeError):
    """The dataset is missing or unreadable; the message says where we looked and how to fix it."""


@dataclass(frozen=True)
class FashionMNIST:
    """The four arrays of the dataset and the folder they came from."""

    train_images: np.ndarray  # (60000, 28, 28) uint8
    train_labels: np.ndarray  # (60000,) uint8
    test_images: np.ndarray  # (10000, 28, 28) uint8
    test_labels: np.ndarray  # (10000,) uint8
    source: Path

    def subset(self, train_images: int | None) -> FashionMNIST:
        """The first N training images (all when None); the test set is kept whole."""
        if train_images is None or train_images >= len(self.train_images):
            return self
        return FashionMNIST(self.train_images[:train_images], self.train_labels[:train_images],
                            self.test_images, self.test_labels, self.source)


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


def load_from(folder: Path) -> FashionMNIST:
    """Load the four files from one folder; DatasetError if any is missing or bad."""
    arrays = {}
    for key, stem in FILES.items():
        path = _find_file(folder, stem)
        if path is None:
            raise DatasetError(f"{folder} has no {stem}(.gz). {HOW_TO_FIX}")
        split = key.split("_")[0]
        arrays[key] = read_idx(path, EXPECTED_COUNT[split], image=key.endswith("images"))
    return FashionMNIST(**arrays, source=folder)


def _has_all_files(folder: Path) -> bool:
    return all(_find_file(folder, stem) is not None for stem in FILES.values())


def _download_with_keras() -> Path:
    """Let Keras fetch the files into its cache (online machines only)."""
    import keras  # heavy, and only needed on this rare path

    keras.datasets.fashion_mnist.load_data()
    return keras_cache_dir()


def load_fashion_mnist(data_dir: str | os.PathLike | None = None, allow_download: bool = True) -> FashionMNIST:
    """Find and load Fashion-MNIST.

    Args:
        data_dir: a folder to use instead of searching; it must hold the files.
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
        raise DatasetError(f"Fashion-MNIST not found in {looked}. {HOW_TO_FIX}")
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
    """Batches in one epoch, keeping the last partial batch as the seed's tf.data pipeline does."""
    return -(-n // batch_size)


def train_size(train_images: int | None) -> int:
    """Training images a run uses: the first `train_images`, or the whole train set."""
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
