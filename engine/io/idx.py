"""Fashion-MNIST (and MNIST digits) from the real IDX files, found on disk without touching the network.

Search order: an explicit folder, ``$GAN_STUDIO_DATA``, Debian's ``dataset-fashion-mnist`` package,
Keras's cache, and only then Keras's own download (a user's machine may be online). Every file is
checked (magic number, counts, shapes, length) so a truncated or foreign file is a clear message, not
a crash deep inside training. Images stay uint8 (47 MB for the train set); they are scaled to [-1, 1]
where they are used, on the device.
"""

from __future__ import annotations

import gzip
import os
import zlib
from pathlib import Path

import numpy as np

from engine.io.data import FASHION_TRAIN_SIZE, HOW_TO_FIX, Dataset, DatasetError

DEBIAN_DIR = Path("/usr/share/datasets/fashion-mnist")
ENV_VAR = "GAN_STUDIO_DATA"
FILES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}
EXPECTED_COUNT = {"train": FASHION_TRAIN_SIZE, "test": 10000}
CLASS_NAMES = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
               "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
DIGIT_NAMES = tuple(str(i) for i in range(10))
# Mean pixel of the train sets: Fashion-MNIST 72.9, MNIST digits 33.3. IDX files hold no name, and the
# two datasets' files are named alike; the mean tells them apart.
DIGITS_MEAN_BELOW = 50


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
        raise DatasetError("{path} is corrupt or truncated ({reason}). {how_to_fix}", path=path, reason=exc,
                           how_to_fix=HOW_TO_FIX) from None


def read_idx(path: Path, expected_count: int, image: bool) -> np.ndarray:
    """Read one IDX file, checking magic number, count, shape and length."""
    raw = _read_bytes(path)
    ndim = 3 if image else 1
    header = 4 + 4 * ndim
    if len(raw) < header:
        raise DatasetError("{path} is too short to be an IDX file ({count} bytes). {how_to_fix}", path=path,
                           count=len(raw), how_to_fix=HOW_TO_FIX)
    magic = int.from_bytes(raw[:4], "big")
    if magic != 0x0800 + ndim:
        raise DatasetError("{path} is not an IDX {kind} file (magic number {magic:#010x}, expected {expected:#010x}). "
                           "{how_to_fix}", path=path, kind="image" if image else "label", magic=magic,
                           expected=0x0800 + ndim, how_to_fix=HOW_TO_FIX)
    dims = tuple(int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim))
    expected = (expected_count, 28, 28) if image else (expected_count,)
    if dims != expected:
        raise DatasetError("{path} holds shape {dims}, expected {expected}. {how_to_fix}", path=path, dims=dims,
                           expected=expected, how_to_fix=HOW_TO_FIX)
    size = int(np.prod(dims))
    if len(raw) - header != size:
        raise DatasetError("{path} is truncated or padded: {count} data bytes, expected {expected}. {how_to_fix}",
                           path=path, count=len(raw) - header, expected=size, how_to_fix=HOW_TO_FIX)
    array = np.frombuffer(raw, dtype=np.uint8, offset=header).reshape(dims)
    if not image and array.max() > 9:
        raise DatasetError("{path} has labels outside 0..9: not Fashion-MNIST. {how_to_fix}", path=path,
                           how_to_fix=HOW_TO_FIX)
    return array


def load_from(folder: Path) -> Dataset:
    """Load the four IDX files from one folder (Fashion-MNIST, or MNIST digits by their pixel mean);
    DatasetError if any is missing or bad."""
    arrays = {}
    for key, stem in FILES.items():
        path = _find_file(folder, stem)
        if path is None:
            raise DatasetError("{folder} has no {stem}(.gz). {how_to_fix}", folder=folder, stem=stem,
                               how_to_fix=HOW_TO_FIX)
        split = key.split("_")[0]
        arrays[key] = read_idx(path, EXPECTED_COUNT[split], image=key.endswith("images"))
    digits = float(arrays["train_images"][:1000].mean()) < DIGITS_MEAN_BELOW
    return Dataset(**arrays, source=folder, kind="mnist" if digits else "fashion-mnist",
                   class_names=DIGIT_NAMES if digits else CLASS_NAMES)


def _download_with_keras() -> Path:
    """Let Keras fetch the files into its cache (online machines only)."""
    import keras  # heavy, and only needed on this rare path

    keras.datasets.fashion_mnist.load_data()
    return keras_cache_dir()


def has_idx_files(folder: Path) -> bool:
    """Whether `folder` holds the four IDX files (gzipped or not)."""
    return all(_find_file(folder, stem) is not None for stem in FILES.values())


def load_fashion_mnist(data_dir: str | os.PathLike | None = None, allow_download: bool = True) -> Dataset:
    """Find and load Fashion-MNIST (or MNIST digits' IDX files in `data_dir`).

    Args:
        data_dir: the folder of the IDX files, instead of searching.
        allow_download: when nothing is found on disk, try Keras's download as a last resort.

    Raises:
        DatasetError: nothing usable was found, or a found file is corrupt; the message lists the
            places looked at and how to fix it.
    """
    places = candidate_dirs(data_dir)
    for _, folder in places:
        if has_idx_files(folder):
            return load_from(folder)
    looked = "; ".join(f"{folder} ({why})" for why, folder in places)
    if allow_download and data_dir is None:
        try:
            folder = _download_with_keras()
        except Exception as exc:  # offline, proxy, disk: all mean "not available here"
            looked += f"; Keras download failed ({type(exc).__name__}: {exc})"
        else:
            if has_idx_files(folder):
                return load_from(folder)
    raise DatasetError("Fashion-MNIST not found. Looked in: {looked}. {how_to_fix}", looked=looked,
                       how_to_fix=HOW_TO_FIX)
