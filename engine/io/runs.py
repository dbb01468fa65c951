"""Run folders read back, to compare runs: what each is (its config, name, length, training time, best quality,
size), its curves against iteration, images seen or training seconds, its grids, and the settings that differ
between several.

A run folder is what engine.io.rundir.RunDir writes: `run.json` (the config and the name the user gave the run),
checkpoints, `history.csv`, `quality.csv`, `changes.csv`, grid PNGs. Any of them may be missing, older or cut
short (a run killed mid-write, a run from before `run.json` or the seconds column, a folder being deleted while it
is read): each run is read for what it has, and what it lacks is said in `notes`, never raised; only a folder with
nothing of a run in it is refused (RunFolderError). Nothing here imports TensorFlow or Qt.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from engine.config import ConfigError, TrainConfig
from engine.families import family as family_of
from engine.io.checkpoint import SUFFIX, CheckpointError, read_checkpoint, read_metadata
from engine.messages import Explained, Message

RUN_FILE = "run.json"
HISTORY, QUALITY, CHANGES = "history.csv", "quality.csv", "changes.csv"
X_AXES = ("iteration", "images", "seconds")  # what curves of several runs are drawn against
EMA_ALPHA = 0.05  # curves smoothed over ~20 iterations, in the window (gui.panels.curves) and in comparisons
_EMA_BLOCK = 256
_TAIL_BYTES = 1 << 16  # read from a history's end for its last row
CHUNK_BYTES = 1 << 18  # CSV parsed at a time (~4,500 rows, ~5 ms): see read_table
_CHECKPOINT = re.compile(r"-i(\d{7})" + re.escape(SUFFIX) + "$")
_STARTED = re.compile(r"(\d{8}-\d{6})")  # default_run_dir's folder names
# The figure a run is ranked by, in order of preference: a quality column and whether lower is better.
HEADLINES = (("fcd", Message("FCD"), True), ("swd", Message("SWD"), True),
             ("share", Message("judged the target class"), False),
             ("accuracy", Message("classifier accuracy"), False), ("l1", Message("L1"), True))


class RunFolderError(Explained, ValueError):
    """A folder with nothing of a run in it."""


@dataclass(frozen=True)
class Table:
    """A CSV of the run read as numbers: its columns and rows (float64), NaN where a value is missing."""

    columns: tuple[str, ...]
    rows: np.ndarray

    def column(self, name: str) -> np.ndarray | None:
        return self.rows[:, self.columns.index(name)] if name in self.columns else None


@dataclass(frozen=True)
class Run:
    """What a run folder holds, read without its checkpoints' arrays."""

    path: Path
    name: str
    started: datetime.datetime | None
    config: TrainConfig | None  # None: no run.json and no readable checkpoint
    iterations: int
    seconds: float  # training seconds, NaN when the run did not keep them
    best: tuple[Message, str] | None  # (what, value as said) of its best quality measurement
    size: int  # bytes on disk
    checkpoints: tuple[Path, ...]  # by iteration, the newest last
    changes: tuple[tuple[int, str, str, str], ...]  # (iteration, field, old, new): live changes and rewinds
    notes: tuple[Message, ...] = field(default=())

    @property
    def family(self) -> str:
        return self.config.run.family if self.config else "?"

    @property
    def data(self) -> str:
        if self.config is None:
            return "?"
        own = family_of(self.config.run.family).data
        return own or self.config.run.data


@dataclass(frozen=True, eq=False)
class RunData:
    """A run ready to draw beside others, small whatever its length: each history column downsampled against every
    x axis, raw and smoothed (`curves`: (axis, smoothed, column) -> (x, y), at most a few thousand points), its
    quality table with each measurement's x (`quality_x`: axis -> x), its grid frames (the newest readable
    checkpoint's: iterations (F,), images (F, N, H, W[, 3]); None: none) with each frame's x (`frame_x`)."""

    run: Run
    quality: Table | None
    frame_iterations: np.ndarray | None
    frame_images: np.ndarray | None
    curves: dict = field(default_factory=dict)
    quality_x: dict = field(default_factory=dict)
    frame_x: dict = field(default_factory=dict)


def read_run_data(run: Run) -> RunData:
    """Read what `run` holds to draw (about a second for a million history rows; what is missing or cut short is
    said in the run's notes by read_run, never raised here). The window calls it in a process of its own
    (gui.panels.runs_panel): the result is small to send back."""
    notes: list[Message] = []
    history = read_table(run.path / HISTORY, notes) if (run.path / HISTORY).exists() else None
    quality = read_table(run.path / QUALITY, notes) if (run.path / QUALITY).exists() else None
    iterations = images = None
    for checkpoint in reversed(run.checkpoints):
        try:
            saved = read_checkpoint(checkpoint)
        except CheckpointError:
            continue
        if len(saved.frame_iterations):
            iterations, images = saved.frame_iterations, saved.frame_images
        break
    quality_x, frame_x = {}, {}
    for axis in X_AXES:
        x = x_values(run, history, axis) if history is not None else None
        if x is None or not len(x):
            continue
        if quality is not None and len(quality.rows):
            quality_x[axis] = at_iterations(x, quality.column("iteration"))
        if iterations is not None:
            frame_x[axis] = np.where(iterations > 0, at_iterations(x, iterations), 0.0)
    return RunData(run, quality, iterations, images, curves(run, history), quality_x, frame_x)


def curves(run: Run, history: Table | None) -> dict:
    """Every history column of a run against every x axis it can be drawn against, raw and smoothed (ema), each
    downsampled: {(axis, smoothed, column): (x, y)}."""
    drawn = {}
    if history is None:
        return drawn
    columns = [c for c in history.columns if c not in ("iteration", "epoch", "seconds")]
    smoothed = {column: ema(history.column(column)) for column in columns}
    for axis in X_AXES:
        x = x_values(run, history, axis)
        if x is None:
            continue
        for column in columns:
            for smooth, y in ((False, history.column(column)), (True, smoothed[column])):
                keep = np.isfinite(x) & np.isfinite(y)
                if keep.any():
                    drawn[axis, smooth, column] = downsample(x[keep], y[keep])
    return drawn


def read_run(path: str | Path) -> Run:
    """Read a run folder (see the module docstring).

    Raises:
        RunFolderError: not a folder, or nothing of a run in it.
    """
    path = Path(path)
    if not path.is_dir():
        raise RunFolderError("{path} is not a folder.", path=path)
    try:
        files = {p.name: p for p in path.iterdir() if p.is_file()}
    except OSError as exc:
        raise RunFolderError("{path} cannot be read: {reason}", path=path, reason=exc.strerror or exc) from None
    checkpoints = tuple(sorted((p for name, p in files.items() if _CHECKPOINT.search(name)),
                               key=lambda p: int(_CHECKPOINT.search(p.name).group(1))))
    if not ({RUN_FILE, HISTORY} & set(files) or checkpoints):
        raise RunFolderError("{path} is not a run folder: it has no {run_file}, {history} or checkpoint.", path=path,
                             run_file=RUN_FILE, history=HISTORY)
    notes: list[Message] = []
    config, name = _config_and_name(path, files, checkpoints, notes)
    history = _last_row(path / HISTORY, notes) if HISTORY in files else None
    if history is None:
        notes.append(Message("no {history}: no curves until the run saves", {"history": HISTORY}))
    last = history.column("iteration") if history is not None else None
    iterations = int(last[-1]) if last is not None and len(last) else (
        int(_CHECKPOINT.search(checkpoints[-1].name).group(1)) if checkpoints else 0)
    seconds = history.column("seconds") if history is not None else None
    if history is not None and seconds is None:
        notes.append(Message("{history} has no training seconds (written before they were kept): compare it by "
                             "iteration or images", {"history": HISTORY}))
    quality = read_table(path / QUALITY, notes) if QUALITY in files else None
    return Run(path, name, _started(path, files), config, iterations,
               float(seconds[-1]) if seconds is not None and len(seconds) else float("nan"),
               _best(config, quality), _size(path), checkpoints, _changes(path / CHANGES, notes)
               if CHANGES in files else (), tuple(notes))


def unsaved_run(path: str | Path, config: TrainConfig, iteration: int) -> Run:
    """A run training now that has not saved yet (its folder does not exist): what is known of it."""
    path = Path(path)
    return Run(path, path.name, datetime.datetime.now(), config, iteration, float("nan"), None, 0, (), (),
               (Message("training now, not saved yet"),))


def find_runs(roots: list[str | Path]) -> tuple[list[Run], list[Message]]:
    """Every run folder directly under each root (a root that is itself a run counts too), newest first, and what
    could not be read (each a note, never an exception)."""
    runs, notes = [], []
    for root in map(Path, roots):
        if not root.is_dir():
            notes.append(Message("{path} is not a folder.", {"path": root}))
            continue
        candidates = [root] if (root / RUN_FILE).exists() or (root / HISTORY).exists() else sorted(
            p for p in root.iterdir() if p.is_dir())
        for folder in candidates:
            try:
                runs.append(read_run(folder))
            except RunFolderError as exc:
                if candidates == [root]:
                    notes.append(exc.message)
    runs.sort(key=lambda run: run.started or datetime.datetime.min, reverse=True)
    return runs, notes


def write_run_file(path: str | Path, config: TrainConfig, name: str | None = None) -> Path:
    """Write (or rewrite) a run folder's run.json: its config and its name (kept when `name` is None)."""
    path = Path(path)
    target = path / RUN_FILE
    if name is None:
        try:
            name = json.loads(target.read_text()).get("name")
        except (OSError, ValueError, AttributeError):
            name = None
    path.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"config": config.to_dict(), "name": name or path.name}, indent=1) + "\n")
    return target


def rename_run(path: str | Path, name: str) -> None:
    """Give a run a name (stored in its folder's run.json; the folder keeps its own)."""
    path = Path(path)
    data = json.loads((path / RUN_FILE).read_text()) if (path / RUN_FILE).exists() else {}
    data["name"] = name.strip() or path.name
    (path / RUN_FILE).write_text(json.dumps(data, indent=1) + "\n")


def read_table(path: Path, notes: list[Message]) -> Table | None:
    """A CSV of numbers written row by row: its whole rows (a last row cut short by a killed run is left out and
    said, as are malformed rows); None, with a note, when not even the header can be read.

    A million rows take about a second, parsed CHUNK_BYTES at a time: numpy's parser holds Python's lock while it
    runs, so between chunks the window's thread gets its turn (a table read beside the window never freezes it for
    long), and no Python object is made per row."""
    try:
        text = path.read_bytes()
    except OSError as exc:
        notes.append(Message("{file} cannot be read: {reason}", {"file": path.name, "reason": exc.strerror or exc}))
        return None
    header_end = text.find(b"\n")
    header = next(csv.reader([text[:header_end if header_end >= 0 else len(text)].decode("utf-8", "replace")]), [])
    if not header or not header[0]:
        notes.append(Message("{file} is empty", {"file": path.name}))
        return None
    if header_end < 0:
        return Table(tuple(header), np.zeros((0, len(header))))
    last = text.rfind(b"\n")
    if text[last + 1:].strip():
        notes.append(Message("{file} ends in the middle of a row (the run was stopped while writing it): read up to "
                             "its last whole row", {"file": path.name}))
    chunks, start, bad = [], header_end + 1, 0
    while start < last + 1:
        end = text.find(b"\n", min(start + CHUNK_BYTES, last)) + 1
        rows, dropped = _parsed(text[start:end], len(header))
        chunks.append(rows)
        bad += dropped
        start = end
    if bad:
        notes.append(Message("{file}: {count} malformed rows left out", {"file": path.name, "count": bad}))
    rows = np.concatenate(chunks) if chunks else np.zeros((0, len(header)))
    return Table(tuple(header), rows.reshape(-1, len(header)))


def _last_row(path: Path, notes: list[Message]) -> Table | None:
    """A history CSV's header and its last whole row only, read from the file's two ends: what a list of runs shows
    (iterations, training seconds) costs the same for a million rows as for ten."""
    try:
        with open(path, "rb") as fh:
            header = fh.readline()
            start = max(len(header), fh.seek(0, 2) - _TAIL_BYTES)
            fh.seek(start)
            tail = fh.read()
    except OSError as exc:
        notes.append(Message("{file} cannot be read: {reason}", {"file": path.name, "reason": exc.strerror or exc}))
        return None
    cut = tail.rfind(b"\n")
    if tail[cut + 1:].strip():
        notes.append(Message("{file} ends in the middle of a row (the run was stopped while writing it): read up to "
                             "its last whole row", {"file": path.name}))
    lines = [line for line in tail[:cut + 1].split(b"\n")[1 if start > len(header) else 0:] if line.strip()]
    columns = next(csv.reader([header.decode("utf-8", "replace").strip()]), [])
    if not columns or not columns[0]:
        notes.append(Message("{file} is empty", {"file": path.name}))
        return None
    rows, _ = _parsed(lines[-1] + b"\n", len(columns)) if lines else (np.zeros((0, len(columns))), 0)
    return Table(tuple(columns), rows)


def _parsed(chunk: bytes, columns: int) -> tuple[np.ndarray, int]:
    """Whole CSV lines of numbers as rows, and how many lines were left out as malformed (a row of another width,
    or of something other than numbers); an empty value (a column not measured then) is NaN."""
    try:
        return np.loadtxt(io.BytesIO(chunk), delimiter=",", ndmin=2).reshape(-1, columns), 0
    except ValueError:  # an empty value or a malformed line somewhere in the chunk: line by line
        rows, bad = [], 0
        for line in chunk.split(b"\n"):
            if not line.strip():
                continue
            try:
                values = [float(v) if v.strip() else np.nan for v in line.split(b",")]
            except ValueError:
                values = []
            if len(values) == columns:
                rows.append(values)
            else:
                bad += 1
        return np.array(rows, np.float64).reshape(-1, columns), bad


def x_values(run: Run, history: Table, axis: str) -> np.ndarray | None:
    """The x of each history row against `axis` (X_AXES): None when the run cannot say (no seconds kept)."""
    if axis == "iteration":
        return history.column("iteration")
    if axis == "images":
        batch = run.config.recipe.batch_size if run.config else None
        return None if batch is None else history.column("iteration") * batch
    if axis == "seconds":
        return history.column("seconds")
    raise ValueError(f"x axis {axis!r} is not one of {X_AXES}")


def ema(y: np.ndarray, alpha: float = EMA_ALPHA) -> np.ndarray:
    """The exponential moving average the window's curves smooth with: it starts at the first finite value and a
    NaN row holds it (the row is not measured). Vectorised a block at a time (within a block the recursion is a
    cumulative sum scaled by powers of 1 - alpha, which stay far from overflow over BLOCK rows), so a million rows
    take milliseconds."""
    y = np.asarray(y, np.float64)
    out = np.full(len(y), np.nan)
    finite = np.flatnonzero(np.isfinite(y))
    if not len(finite):
        return out
    x, decay = y[finite], 1.0 - alpha
    smoothed, state = np.empty(len(x)), x[0]
    for start in range(0, len(x), _EMA_BLOCK):
        chunk = x[start:start + _EMA_BLOCK]
        powers = decay ** np.arange(1, len(chunk) + 1)
        smoothed[start:start + len(chunk)] = block = powers * (state + alpha * np.cumsum(chunk / powers))
        state = block[-1]
    out[finite] = smoothed
    held = np.maximum.accumulate(np.where(np.isfinite(out), np.arange(len(out)), 0))  # NaN rows: the last value
    return np.where(np.arange(len(out)) >= finite[0], out[held], np.nan)


def at_iterations(x: np.ndarray, iterations: np.ndarray) -> np.ndarray:
    """The x (of each history row) at which each of `iterations` ended: a quality measurement's or a grid frame's
    place on a curve's axis."""
    return x[np.clip(np.asarray(iterations).astype(int) - 1, 0, len(x) - 1)]


def downsample(x: np.ndarray, y: np.ndarray, points: int = 2000) -> tuple[np.ndarray, np.ndarray]:
    """At most ~`points` points that keep a curve's shape: each of points/2 equal slices of the rows gives its
    lowest and highest value, in order (min-max decimation, as plotting tools draw millions of points); vectorised,
    a million rows in milliseconds."""
    n = len(y)
    if n <= points:
        return x, y
    buckets = points // 2
    size = -(-n // buckets)
    padded = np.full(buckets * size, np.nan)
    padded[:n] = y
    padded = padded.reshape(buckets, size)
    missing = np.isnan(padded)
    low = np.argmin(np.where(missing, np.inf, padded), axis=1)
    high = np.argmax(np.where(missing, -np.inf, padded), axis=1)
    keep = (np.sort(np.stack([low, high], axis=1), axis=1) + (np.arange(buckets) * size)[:, None]).ravel()
    keep = keep[keep < n]
    keep = keep[np.concatenate([[True], np.diff(keep) != 0])]
    return x[keep], y[keep]


def recipe_summary(config: TrainConfig) -> Message:
    """A recipe in a few words, for a list of runs: its loss, batch and learning rates, and its tricks in use (by
    their field names)."""
    r = config.recipe
    tricks = "".join(f", {name} {getattr(r, name):g}" for name in ("ema", "label_smoothing", "instance_noise")
                     if getattr(r, name, 0))
    return Message("{loss}, batch {batch}, learning rates {g}/{d}{tricks}", {
        "loss": r.loss, "batch": r.batch_size, "g": f"{r.g_learning_rate:g}", "d": f"{r.d_learning_rate:g}",
        "tricks": tricks})


def differing_settings(runs: list[Run]) -> list[tuple[str, list[str]]]:
    """The settings (run, recipe, each run's own family's; the config's field names) whose values differ between
    the runs, each with the value of every run as said ("?" where a run has no config or not that setting)."""
    values = [_settings(run.config) if run.config else {} for run in runs]
    names = sorted(set().union(*values))
    return [(name, [str(v.get(name, "?")) for v in values]) for name in names
            if len({str(v.get(name, "?")) for v in values}) > 1]


def _settings(config: TrainConfig) -> dict[str, object]:
    data = config.to_dict()
    flat = {**data["run"], **data["recipe"]}
    flat.update(data["families"].get(config.run.family, {}))
    flat["family"] = config.run.family
    return flat


def _config_and_name(path: Path, files: dict, checkpoints: tuple, notes: list) -> tuple[TrainConfig | None, str]:
    name, config = path.name, None
    if RUN_FILE in files:
        try:
            data = json.loads(files[RUN_FILE].read_text())
            name = str(data.get("name") or name)
            config = TrainConfig.from_saved(data["config"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError, ConfigError) as exc:
            notes.append(Message("{file} is unreadable ({reason}): its settings are read from a checkpoint",
                                 {"file": RUN_FILE, "reason": exc}))
    for checkpoint in reversed(checkpoints if config is None else ()):
        try:
            config = TrainConfig.from_saved(read_metadata(checkpoint)["config"])
            break
        except (CheckpointError, ConfigError, KeyError, TypeError, ValueError) as exc:
            notes.append(Message("{file} is unreadable: {reason}", {"file": checkpoint.name, "reason": exc}))
    if config is None:
        notes.append(Message("its settings are unknown: no {run_file} and no readable checkpoint",
                             {"run_file": RUN_FILE}))
    return config, name


def _started(path: Path, files: dict) -> datetime.datetime | None:
    found = _STARTED.search(path.name)
    if found:
        return datetime.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S")
    times = [p.stat().st_mtime for p in files.values() if p.exists()]
    return datetime.datetime.fromtimestamp(min(times)) if times else None


def _best(config: TrainConfig | None, quality: Table | None) -> tuple[Message, str] | None:
    """The run's best quality measurement, said: the first of HEADLINES it measured, or for a family measured
    against a reference (the composer, against Bach) the most metrics within its goal."""
    if quality is None or not len(quality.rows):
        return None
    info = family_of(config.run.family) if config else None
    if info is not None and info.reference is not None:
        reference = info.reference
        pairs = [(name, own) for name, own in reference.columns.items()
                 if name in quality.columns and own in quality.columns]
        counts = [sum(reference.distance(name, row[quality.columns.index(name)],
                                         row[quality.columns.index(own)]) <= reference.goal for name, own in pairs)
                  for row in quality.rows]
        return (Message("within {goal} of {name}", {"goal": f"{reference.goal:.0%}", "name": Message(reference.name)}),
                f"{max(counts)}/{len(reference.columns)}")
    for column, label, lower in HEADLINES:
        values = quality.column(column)
        if values is not None and np.isfinite(values).any():
            best = np.nanmin(values) if lower else np.nanmax(values)
            return label, f"{best:.4g}"
    return None


def _changes(path: Path, notes: list) -> tuple[tuple[int, str, str, str], ...]:
    try:
        with open(path, newline="") as fh:
            rows = list(csv.reader(fh))[1:]
        return tuple((int(row[0]), row[1], row[2], row[3]) for row in rows if len(row) == 4 and row[0].isdigit())
    except (OSError, ValueError) as exc:
        notes.append(Message("{file} is unreadable: {reason}", {"file": path.name, "reason": exc}))
        return ()


def _size(path: Path) -> int:
    total = 0
    for p in path.rglob("*"):
        try:
            total += p.stat().st_size if p.is_file() else 0
        except OSError:  # removed while counted
            pass
    return total
