"""Checkpoints: one file that holds everything exact resume needs, saved atomically, loaded carefully.

Format (version 1): an uncompressed npz (zip) archive, no pickles, with
  - ``meta``: UTF-8 JSON: format name and version, config (with the GAN family), iteration, history and
    quality columns, and the name and shape of every saved variable;
  - ``var/<group>/<index>``: the variables of the family's networks and their Adam optimizers
    (moments, step counter, learning rate) and the dropout RNG state, in each object's own order;
  - ``history``: float32 (iterations, columns); ``frame_iterations`` and ``frame_images``: the grid frames;
  - ``quality``: float64 (evaluations, the family's quality columns), absent in checkpoints written
    before quality was measured (read as empty).
  - ``history_seconds``: float64 (iteration,), the training seconds at each history row; absent in
    checkpoints written before it was kept (read as None).
The data order and the training noise are pure functions of (seed, iteration), so the iteration
counter is their whole RNG state.

Saving writes a temporary file beside the target, fsyncs it and renames it over the target, so a
crash or kill mid-save leaves the previous checkpoint intact.

Loading reads and checks everything before it builds or changes anything, and trusts nothing in the
file before checking it, so that a damaged or hostile file is refused quickly and cheaply: a refusal
reads at most the zip directory, the metadata and the members' npy headers, each under a small cap,
and never more data than the file holds. In order:
  1. the zip directory (at most _DIRECTORY_LIMIT bytes) lists each member once, stored (np.savez's
     way, never compressed) and unencrypted, and the members' sizes add up to no more than the file;
  2. the metadata (at most _META_LIMIT bytes) is JSON of our format and version with a valid config,
     and names every other member and its shape: none may be missing or unknown;
  3. every member's npy header is in np.save's own form and declares plain numbers, the shape the
     metadata gives and exactly the member's size;
  4. only then is the data read, which checks every zip CRC.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import json
import math
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np

from engine.config import ConfigError, TrainConfig
from engine.families import family
from engine.io.atomic import failure, written_whole
from engine.messages import Explained
from engine.quality.metrics import QUALITY_COLUMNS, empty_quality_table

FORMAT = "gan-studio-checkpoint"
VERSION = 1
SUFFIX = ".ckpt.npz"
OPTIONAL = {"quality.npy", "history_seconds.npy"}  # members older checkpoints of this version lack

# Caps on what loading reads before it trusts anything. A GAN Studio checkpoint's zip directory is
# about 70 bytes a member (4 KB for today's 65 members), its metadata a few kilobytes of JSON, and an npy
# header 128 bytes: the caps leave ample room and keep a refusal small.
_DIRECTORY_LIMIT = 1 << 20
_META_LIMIT = 1 << 18
_HEADER_LIMIT = 4096

# The npy header np.save writes (format 1.0; numpy.lib.format._write_array_header: sorted keys, values
# repr'd, padded with spaces to a newline), e.g. {'descr': '<f4', 'fortran_order': False, 'shape': (512,
# 1024), }: all that GAN Studio's files hold. It is matched, never evaluated: numpy's own reader
# evaluates the text as a Python literal, which on a hostile header lets SyntaxError, TypeError, the
# tokenizer's TokenError, RecursionError and warnings through, and reads the whole declared length
# (up to 4 GB in format 2.0) before applying its size cap.
_NPY_MAGIC = np.lib.format.magic(1, 0)
_NPY_HEADER = re.compile(rb"\{'descr': (?P<descr>.{1,100}?), 'fortran_order': (?:False|True), "
                         rb"'shape': \((?P<shape>(?:\d{1,19}, )*(?:\d{1,19},?)?)\), \} *\n")
# The dtypes a member may hold, by their descr in that header: plain numbers (bool, integers, floats)
# in either byte order; never objects (pickles), records, strings, dates or sub-arrays.
_PLAIN = {repr(dtype.str): dtype for code in "?bBhHiIlLqQefd"
          for dtype in (np.dtype(code).newbyteorder("<"), np.dtype(code).newbyteorder(">"))}

# What reading a damaged zip member raises: zipfile's BadZipFile (EOFError on a truncated member,
# NotImplementedError on zip features GAN Studio never writes), OSError, and ValueError (a member name
# that is not UTF-8; numpy finding less data than the checked header declares).
_UNREADABLE = (zipfile.BadZipFile, EOFError, NotImplementedError, OSError, ValueError)


class CheckpointError(Explained, RuntimeError):
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
    quality: np.ndarray  # (evaluations, len(quality_columns)); empty in older checkpoints
    quality_columns: tuple[str, ...] = QUALITY_COLUMNS  # the family's (engine.families); older files: the DCGAN's
    history_seconds: np.ndarray | None = None  # training seconds at each history row; None in older files


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
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with written_whole(path) as fh:
            np.savez(fh, **payload)
    except OSError as exc:
        raise CheckpointError("Could not save checkpoint {path}: {reason}. Any previous checkpoint there is unchanged.",
                              path=path, reason=failure(exc)) from exc
    return path


def read_checkpoint(path: str | Path) -> Checkpoint:
    """Read and check a checkpoint file completely (in the order the module docstring gives).

    Raises:
        CheckpointError: the file is missing, truncated, corrupt, not a GAN Studio checkpoint, of an
            unknown version, internally inconsistent, or declares more than it holds. The message says
            which, naming the member at fault.
    """
    path = Path(path)
    if not path.is_file():
        raise CheckpointError("{path} does not exist or is not a file.", path=path)
    try:
        with _CappedFile(io.FileIO(path)) as fh, zipfile.ZipFile(fh) as archive:
            fh.budget = None  # the directory is parsed; from here the checks bound what reading costs
            return _read(path, archive, os.fstat(fh.fileno()).st_size)
    except _UNREADABLE as exc:
        raise CheckpointError("{path} is not a readable GAN Studio checkpoint: it is truncated, corrupt or of "
                              "another kind ({reason}).", path=path, reason=_brief(exc)) from None


def _brief(exc: BaseException) -> str:
    """An exception as a short line: zipfile's messages quote member names, which the file controls."""
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) <= 200 else text[:200] + "..."


class _CappedFile(io.BufferedReader):
    """A checkpoint file that lets no more than `budget` bytes be read while `budget` is set.

    ZipFile() reads the zip's end record and its whole directory and parses every entry before it
    returns; each 46-byte entry costs ~400 bytes and ~3 µs, so a 30 MB file that lists 650,000 members
    would cost 300 MB and seconds before any check of ours could run. With the budget set to
    _DIRECTORY_LIMIT, the read of such a directory is refused before it is parsed.
    """

    budget: int | None = _DIRECTORY_LIMIT

    def read(self, size: int | None = -1) -> bytes:
        if self.budget is None:
            return super().read(size)
        data = super().read(size if size is not None and 0 <= size <= self.budget else self.budget + 1)
        self.budget -= len(data)
        if self.budget < 0:
            raise CheckpointError("{path}'s zip directory is over {limit} bytes; a GAN Studio checkpoint's is a few "
                                  "kilobytes. Refused before parsing it.", path=self.name, limit=_DIRECTORY_LIMIT)
        return data


class _Expected(NamedTuple):
    """What one member must hold, as the metadata describes the checkpoint."""

    shape: tuple[int | None, ...]  # None: any length on that axis
    dtype: np.dtype | None = None  # None: any plain number type (a variable's; Trainer.restore checks it)


def read_metadata(path: str | Path) -> dict:
    """A checkpoint's metadata alone (its config, iteration, changes...), with the zip directory's and the
    metadata's checks and none of the arrays read: what a list of runs shows of each.

    Raises:
        CheckpointError: as read_checkpoint, for the directory and the metadata.
    """
    path = Path(path)
    if not path.is_file():
        raise CheckpointError("{path} does not exist or is not a file.", path=path)
    try:
        with _CappedFile(io.FileIO(path)) as fh, zipfile.ZipFile(fh) as archive:
            fh.budget = None
            return _metadata(path, archive, _members(path, archive, os.fstat(fh.fileno()).st_size)["meta.npy"])
    except _UNREADABLE as exc:
        raise CheckpointError("{path} is not a readable GAN Studio checkpoint: it is truncated, corrupt or of "
                              "another kind ({reason}).", path=path, reason=_brief(exc)) from None


def _read(path: Path, archive: zipfile.ZipFile, size: int) -> Checkpoint:
    """Everything after the zip directory: its members, the metadata, every npy header, then the data."""
    members = _members(path, archive, size)
    meta = _metadata(path, archive, members.pop("meta.npy"))
    try:
        config = TrainConfig.from_saved(meta["config"])
        expected = _expected(meta, 3 if family(config.run.family).colour_panel else config.run.channels)
    except (KeyError, TypeError, ValueError, ConfigError) as exc:
        raise CheckpointError("{path} is damaged or inconsistent: {reason}.", path=path, reason=exc) from None
    unknown = sorted(set(members) - set(expected))
    if unknown:
        # Refused, not ignored: resuming would silently drop it from the next save.
        raise CheckpointError("{path} holds a member {member} that is not part of a GAN Studio checkpoint of "
                              "version {version}.", path=path, member=unknown[0], version=VERSION)
    missing = sorted(set(expected) - set(members) - OPTIONAL)
    if missing:
        raise CheckpointError("{path} is damaged or inconsistent: its member {member} is missing.", path=path,
                              member=missing[0])
    shapes = {name: _check_header(path, archive, info, expected[name]) for name, info in members.items()}
    frames, iterations = shapes["frame_images.npy"][0], shapes["frame_iterations.npy"][0]
    if frames != iterations:
        raise CheckpointError("{path} is damaged or inconsistent: it has {frames} grid frames and {iterations} "
                              "frame iterations.", path=path, frames=frames, iterations=iterations)
    arrays = {name: _read_array(path, archive, info) for name, info in members.items()}
    groups = meta["variables"]
    return Checkpoint(
        path, config, meta["iteration"],
        {group: [arrays[f"var/{group}/{i}.npy"] for i in range(len(entries))] for group, entries in groups.items()},
        {group: [name for name, _ in entries] for group, entries in groups.items()},
        tuple(meta["history_columns"]), arrays["history.npy"], arrays["frame_iterations.npy"],
        arrays["frame_images.npy"], meta, arrays.get("quality.npy", empty_quality_table()),
        tuple(meta.get("quality_columns", QUALITY_COLUMNS)), arrays.get("history_seconds.npy"))


def _members(path: Path, archive: zipfile.ZipFile, size: int) -> dict[str, zipfile.ZipInfo]:
    """The members by name, once each checked for what reading it can cost.

    Every member must be stored as np.savez stores it, not compressed: a stored member's bytes are in
    the file, while a compressed one can inflate far beyond it (zipfile even inflates bzip2 and LZMA
    members a whole read at a time, with no bound on the output), and GAN Studio never compresses, so
    a compressed member says the file is not ours. The members' sizes must add up to no more than the
    file's: zip members can overlap (a zip bomb's trick) and so list the same bytes many times over.
    With both rules, reading every member takes no more memory than the file is large.
    """
    members = {}
    for info in archive.infolist():
        if info.filename in members:  # zipfile keeps both and reads the last; which one is meant?
            raise CheckpointError("{path} lists the member {member} twice: it is not a GAN Studio checkpoint.",
                                  path=path, member=info.filename)
        members[info.filename] = info
    if "meta.npy" not in members:
        raise CheckpointError("{path} is not a GAN Studio checkpoint (no metadata).", path=path)
    for name, info in members.items():
        if info.compress_type != zipfile.ZIP_STORED or info.flag_bits & 0x1:  # bit 0: encrypted
            raise CheckpointError("{path}: member {member} is compressed or encrypted; GAN Studio stores its "
                                  "members as they are, so it did not write this file.", path=path, member=name)
        if info.file_size > size:
            raise CheckpointError("{path}: member {member} claims {claimed} bytes, more than the whole file "
                                  "({size} bytes).", path=path, member=name, claimed=info.file_size, size=size)
    total = sum(info.file_size for info in members.values())
    if total > size:
        raise CheckpointError("{path}: its members claim {total} bytes in all, more than the whole file "
                              "({size} bytes): they overlap.", path=path, total=total, size=size)
    return members


def _metadata(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> dict:
    """The metadata (read only if its member is at most _META_LIMIT bytes), of our format and version."""
    if info.file_size > _META_LIMIT:
        raise CheckpointError("{path} has {size} bytes of metadata; GAN Studio writes a few kilobytes: not a "
                              "GAN Studio checkpoint.", path=path, size=info.file_size)
    _check_header(path, archive, info, _Expected((None,), np.dtype(np.uint8)))
    try:
        meta = json.loads(_read_array(path, archive, info).tobytes().decode())
    except (ValueError, RecursionError):  # bad UTF-8 or JSON (both ValueErrors), or nesting too deep
        raise CheckpointError("{path} has unreadable metadata: not a GAN Studio checkpoint.", path=path) from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise CheckpointError("{path} is not a GAN Studio checkpoint.", path=path)
    if meta.get("version") != VERSION:
        raise CheckpointError("{path} is checkpoint format version {version}; this GAN Studio reads version "
                              "{supported}. Use the GAN Studio version that wrote it.", path=path,
                              version=meta.get("version"), supported=VERSION)
    return meta


def _is_count(value: object) -> bool:
    return type(value) is int and value >= 0  # not bool, not float: JSON gives ints for whole numbers


def _expected(meta: dict, channels: int) -> dict[str, _Expected]:
    """What every member but the metadata must hold, by name, as the metadata (and, for the grid frames, the
    channels the frames are drawn in: colour frames have an axis of 3 more) describe them.

    Raises:
        KeyError, TypeError, ValueError: the metadata is malformed; the message says where.
    """
    iteration, columns, groups = meta["iteration"], meta["history_columns"], meta["variables"]
    if not _is_count(iteration):
        raise ValueError(f"the iteration {iteration!r} is not a whole number")
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise ValueError("the history columns are not a list of names")
    quality_columns = meta.get("quality_columns", list(QUALITY_COLUMNS))  # the family's (engine.families)
    if not isinstance(quality_columns, list) or not all(isinstance(c, str) for c in quality_columns):
        raise ValueError("the quality columns are not a list of names")
    if not isinstance(groups, dict):
        raise TypeError("the variables are not listed by group")
    expected = {
        "history.npy": _Expected((iteration, len(columns)), np.dtype(np.float32)),
        "frame_iterations.npy": _Expected((None,), np.dtype(np.int64)),
        "frame_images.npy": _Expected((None, None, None, None, *((3,) if channels == 3 else ())), np.dtype(np.uint8)),
        "quality.npy": _Expected((None, len(quality_columns)), np.dtype(np.float64)),
        "history_seconds.npy": _Expected((iteration,), np.dtype(np.float64)),
    }
    for group, entries in groups.items():
        for i, (name, shape) in enumerate(entries):
            if not isinstance(name, str) or not isinstance(shape, list) or not all(map(_is_count, shape)):
                raise ValueError(f"variable {i} of {group} is not described by a name and a shape")
            expected[f"var/{group}/{i}.npy"] = _Expected(tuple(shape))
    return expected


@contextlib.contextmanager
def _member_errors(path: Path, name: str):
    """Report a member that cannot be read as a CheckpointError that names it."""
    try:
        yield
    except _UNREADABLE as exc:
        raise CheckpointError("{path} is not a readable GAN Studio checkpoint: its member {member} is truncated, "
                              "corrupt or of another kind ({reason}).", path=path, member=name,
                              reason=_brief(exc)) from None


def _check_header(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo,
                  expected: _Expected) -> tuple[int, ...]:
    """Check a member's npy header against what it must hold, reading at most _HEADER_LIMIT bytes.

    numpy allocates whatever a header declares before it reads a byte of data, so this runs on every
    member before any data is read: the header must be np.save's, the dtype plain numbers (_PLAIN),
    the shape what the metadata says, and header plus data exactly the member's size, which the
    directory checks bound by the file's.

    Returns:
        The member's shape.
    """
    with _member_errors(path, info.filename), archive.open(info) as member:
        head = member.read(min(info.file_size, _HEADER_LIMIT))
    end = 10 + int.from_bytes(head[8:10], "little")  # magic, version, header length, header
    header = _NPY_HEADER.fullmatch(head, 10, end) if head[:8] == _NPY_MAGIC and len(head) >= end else None
    member = info.filename
    if header is None:
        raise CheckpointError("{path}: member {member} does not begin with an npy header as np.save writes one "
                              "(format 1.0, under {limit} bytes).", path=path, member=member, limit=_HEADER_LIMIT)
    descr = header["descr"].decode("latin-1")
    dtype = _PLAIN.get(descr)
    if dtype is None or (expected.dtype is not None and dtype != expected.dtype):
        held = descr if dtype is None else dtype
        if expected.dtype is None:
            raise CheckpointError("{path}: member {member} holds {held}; it must hold plain numbers (bool, integers, "
                                  "floats).", path=path, member=member, held=held)
        raise CheckpointError("{path}: member {member} holds {held}; it must hold {wanted}.", path=path, member=member,
                              held=held, wanted=expected.dtype)
    shape = tuple(int(n) for n in header["shape"].split(b",") if n.strip())
    if len(shape) != len(expected.shape) or any(want is not None and n != want
                                                 for n, want in zip(shape, expected.shape)):
        wanted = ", ".join("any" if n is None else str(n) for n in expected.shape)  # a shape: "any" stays English
        raise CheckpointError("{path}: member {member} has shape {shape}; the metadata says ({wanted}).", path=path,
                              member=member, shape=shape, wanted=wanted + ("," if len(expected.shape) == 1 else ""))
    data = math.prod(shape) * dtype.itemsize
    if end + data != info.file_size:
        raise CheckpointError("{path}: member {member} declares {data} bytes of data ({dtype} {shape}) but holds "
                              "{held}.", path=path, member=member, data=data, dtype=dtype, shape=shape,
                              held=info.file_size - end)
    return shape


def _read_array(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> np.ndarray:
    """A member's array, its header checked already (so numpy parses only np.save's own form); reading
    it to the end checks its zip CRC."""
    with _member_errors(path, info.filename), archive.open(info) as member:
        return np.lib.format.read_array(member, allow_pickle=False)
