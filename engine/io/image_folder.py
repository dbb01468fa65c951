"""A folder of the user's own pictures as training data: found, classed by subfolder, decoded once into a
cache file, and read from there.

- Found: every picture file (engine.io.picture.SUFFIXES) below the folder, following symbolic links but
  never into a folder twice (a link loop ends), in sorted path order.
- Classes, as keras.utils.image_dataset_from_directory infers them: when every picture sits in a
  first-level subfolder and there are at least two, the subfolders are the classes (sorted by name).
- Decoded once: each picture becomes the run's square (engine.io.picture) and is written as raw rows
  into a cache file (pictures.u8 beside a meta.json) keyed by the folder's listing (names, sizes, times)
  and the shape asked for. Memory stays bounded while decoding (one picture at a time), and a second run
  on the same folder starts at once.
- Read: a cache that fits IN_MEMORY_BYTES is read whole; a larger one stays on disk and each batch is read
  from it (engine.io.disk_images; engine.io.data.Dataset.streamed).

Auto size and channels (PictureRequest with None) are chosen from the headers of up to SURVEY files:
colour if any surveyed picture has colour, and the largest of SIZES no larger than their median short side.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.io.disk_images import DiskImages
from engine.io.picture import SUFFIXES, BadPicture, PictureShape, decode

SIZES = (28, 32, 64, 128)
AUTO_SIZES = (28, 32, 64)  # 128 only when asked for: four times 64's cost a step
SURVEY = 200
IN_MEMORY_BYTES = 1024**3  # 1 GiB: 87,000 64x64 colour pictures; beyond, they stream from the cache file
CACHE_VERSION = 1
Progress = Callable[[int, int], None]  # progress(done, total)
Preview = Callable[[np.ndarray], None]  # preview(the first PREVIEW_COUNT pictures decoded, uint8 (N, H, W[, 3]))
PREVIEW_COUNT = 16  # a 4x4 grid


@dataclass(frozen=True)
class PictureRequest:
    """The shape a run asks for: size and channels None mean "from the pictures"."""

    size: int | None = None
    channels: int | None = None
    fit: str = "crop"
    background: str = "white"


@dataclass(frozen=True)
class Listing:
    """The picture files of a folder, their class (index into classes, or -1 without classes)."""

    folder: Path
    paths: tuple[Path, ...]
    labels: tuple[int, ...]
    classes: tuple[str, ...]


@dataclass(frozen=True)
class Decoded:
    """A folder's pictures as decoded: images (N, H, W[, 3]) uint8 (an array, or DiskImages when streamed),
    labels (N,) int32 or None, class names, how many files were skipped for each reason and one such file
    (relative to the folder) for each."""

    images: np.ndarray
    labels: np.ndarray | None
    classes: tuple[str, ...]
    skipped: dict[str, int]
    examples: dict[str, str]


def cache_root() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "gan-studio"


def list_pictures(folder: str | Path) -> Listing:
    """The picture files below `folder` (see the module docstring)."""
    folder = Path(folder).expanduser()
    seen: set[tuple[int, int]] = set()
    found: list[Path] = []
    for root, dirs, files in os.walk(folder, followlinks=True, onerror=None):
        try:
            status = os.stat(root)
        except OSError:
            dirs[:] = []
            continue
        if (status.st_dev, status.st_ino) in seen:  # a symbolic link back into the tree
            dirs[:] = []
            continue
        seen.add((status.st_dev, status.st_ino))
        dirs.sort()
        found += [Path(root) / name for name in files if Path(name).suffix.lower() in SUFFIXES]
    found.sort()
    relative = [path.relative_to(folder) for path in found]
    subfolders = sorted({parts.parts[0] for parts in relative if len(parts.parts) > 1})
    if len(subfolders) >= 2 and all(len(parts.parts) > 1 for parts in relative):
        index = {name: i for i, name in enumerate(subfolders)}
        return Listing(folder, tuple(found), tuple(index[r.parts[0]] for r in relative), tuple(subfolders))
    return Listing(folder, tuple(found), tuple(-1 for _ in found), ())


def survey(listing: Listing) -> tuple[int, int]:
    """(size, channels) for a request left to the pictures: read from the headers of up to SURVEY files
    spread over the folder (see the module docstring)."""
    from PIL import Image

    step = max(1, len(listing.paths) // SURVEY)
    sides, colour = [], False
    for path in listing.paths[::step][:SURVEY]:
        try:
            with Image.open(path) as image:
                sides.append(min(image.size))
                colour = colour or _has_colour(image)
        except Exception:  # noqa: BLE001 - a bad file says nothing about the others (picture.decode judges it)
            continue
    median = int(np.median(sides)) if sides else AUTO_SIZES[0]
    size = max([s for s in AUTO_SIZES if s <= median] or [AUTO_SIZES[0]])
    return size, 3 if colour else 1


def _has_colour(image) -> bool:
    """Whether a picture has colour: its mode, and for RGB-like modes a small draft of its pixels (grey
    scans are often saved as RGB)."""
    if image.mode in ("1", "L", "LA", "I", "I;16", "I;16B", "I;16L", "F"):
        return False
    if image.mode == "P":
        palette = np.asarray(image.getpalette() or [0, 0, 0], np.int16).reshape(-1, 3)
        return bool(np.ptp(palette, axis=1).max(initial=0) > 8)
    image.draft("RGB", (32, 32))
    small = np.asarray(image.convert("RGB").resize((32, 32)), np.int16)
    return bool(np.ptp(small, axis=2).max(initial=0) > 8)


def shape_for(listing: Listing, request: PictureRequest) -> PictureShape:
    """The concrete shape: the request, with what it leaves open surveyed from the pictures."""
    size, channels = request.size, request.channels
    if size is None or channels is None:
        surveyed_size, surveyed_channels = survey(listing)
        size = size or surveyed_size
        channels = channels or surveyed_channels
    return PictureShape(size, channels, request.fit, request.background)


def _cache_key(listing: Listing, shape: PictureShape) -> str:
    digest = hashlib.sha256(json.dumps([CACHE_VERSION, str(listing.folder.resolve()), shape.size, shape.channels,
                                        shape.fit, shape.background]).encode())
    for path in listing.paths:
        try:
            status = path.stat()
            digest.update(f"{path}\0{status.st_size}\0{status.st_mtime_ns}\n".encode())
        except OSError:
            digest.update(f"{path}\0gone\n".encode())
    return digest.hexdigest()[:24]


def load(listing: Listing, shape: PictureShape, progress: Progress | None = None,
         cache: Path | None = None, preview: Preview | None = None) -> Decoded:
    """The folder's pictures in `shape`, from the cache when it has them, else decoded into it first (then
    `preview` is given the first PREVIEW_COUNT pictures as soon as they are decoded: something to look at while
    a large folder takes minutes)."""
    folder = (cache or cache_root() / "pictures") / _cache_key(listing, shape)
    meta_path, rows_path = folder / "meta.json", folder / "pictures.u8"
    if not meta_path.is_file():
        _decode_into(listing, shape, folder, progress, preview)
    meta = json.loads(meta_path.read_text())
    count = meta["count"]
    row_shape = tuple(meta["shape"])
    size = count * int(np.prod(row_shape))
    if size <= IN_MEMORY_BYTES:
        images = np.fromfile(rows_path, np.uint8, size).reshape(count, *row_shape)
    else:
        images = DiskImages(rows_path, count, row_shape)
    labels = np.asarray(meta["labels"], np.int32) if listing.classes else None
    return Decoded(images, labels, listing.classes, dict(meta["skipped"]), dict(meta["examples"]))


def _decode_into(listing: Listing, shape: PictureShape, folder: Path, progress: Progress | None,
                 preview: Preview | None = None) -> None:
    """Decode every picture into `folder`'s rows file, one at a time (so memory stays one picture), and
    write meta.json last: a cache without it is unfinished and decoded again."""
    folder.mkdir(parents=True, exist_ok=True)
    labels: list[int] = []
    skipped: Counter[str] = Counter()
    examples: dict[str, str] = {}
    total = len(listing.paths)
    first: list[np.ndarray] = []
    with open(folder / "pictures.u8", "wb") as rows:
        for done, (path, label) in enumerate(zip(listing.paths, listing.labels), 1):
            try:
                picture = decode(path, shape)
            except BadPicture as exc:
                kind = _reason_kind(str(exc))
                skipped[kind] += 1
                examples.setdefault(kind, f"{path.relative_to(listing.folder)}: {exc}")
            else:
                rows.write(picture.tobytes())
                labels.append(label)
                if preview is not None and len(first) < PREVIEW_COUNT:
                    first.append(picture)
                    if len(first) == PREVIEW_COUNT:
                        preview(np.stack(first))
            if progress is not None and (done % 64 == 0 or done == total):
                progress(done, total)
    meta = {"count": len(labels), "shape": list(shape.array_shape), "labels": labels, "skipped": dict(skipped),
            "examples": examples}
    partial = folder / "meta.json.partial"
    partial.write_text(json.dumps(meta))
    partial.replace(folder / "meta.json")


def _reason_kind(reason: str) -> str:
    """The part of a BadPicture's reason that groups like files (before any parenthesis)."""
    return reason.split(" (")[0]
