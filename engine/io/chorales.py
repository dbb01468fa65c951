"""The Bach chorales of music21's corpus as the composer family's data: windows of four voices (engine.io.score).

- Which: the corpus's MusicXML chorales (corpus/bach/*.mxl, *.xml; its three Humdrum files repeat chorales the
  MusicXML has, and choraleAnalyses/ are Roman-numeral analyses). A chorale is used when it has exactly four parts
  and one meter throughout, 4/4 or 3/4; the others (an instrument's part beside the choir, 3/2, 12/8, a change of
  meter) are skipped and counted with their reason, as a folder's unreadable pictures are.
- As a score: from the first full bar (a pickup is dropped, so that bars fall where windows start), at sixteenth
  notes, each note over the steps it sounds: a tied note's halves simply hold one pitch; a rest is REST. Where a
  part sounds two notes at once (a chord) the soprano and alto keep the highest, the tenor and bass the lowest:
  the voice a listener follows. Repeats are not expanded: the music as printed, once.
- Windows: STEPS steps that begin on a barline, training windows at every bar (windows overlap: the same phrase
  seen at each of its bars), held-out ones every HELD_OUT_HOP_BARS bars.
- Held out: every HOLD_OUT_EVERY-th file by name, whatever it holds, so the split never depends on what parsed;
  its windows are only ever the test set.
- Parsed once: the windows and the skip counts are cached in an .npz under the app's cache
  (engine.io.image_folder.cache_root), keyed by FORMAT, music21's version and the files (paths and sizes).
  music21's own pickle cache is bypassed (forceSource): this cache supersedes it, and so parsing never depends
  on what an earlier program left in music21's scratch folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from engine.io.atomic import written_whole
from engine.io.data import CHORALES, Dataset, DatasetError
from engine.io.image_folder import cache_root
from engine.io.score import REST, STEPS, STEPS_PER_BEAT, TRANSPOSE_WITHIN, VOICES

FORMAT = 2  # of the cache file and of what parsing makes: bump when either changes
SUFFIXES = (".mxl", ".xml")
METERS = ("4/4", "3/4")
HOLD_OUT_EVERY = 10
TRAIN_HOP_BARS = 1
HELD_OUT_HOP_BARS = 1  # as training's: ~4x the windows of not overlapping, so the metrics' figures are steadier
MIN_TRAIN_WINDOWS = 64  # one batch at the usual size
SHIFTS = (-6, 5)  # the semitones a window may be transposed by for training: every key once, a tritone each way
Progress = Callable[[int, int], None]  # progress(done, total)


class Unusable(Exception):
    """A chorale file the composer cannot train on: `reason` short, in English, the same for like files (the
    skip counts group by it: "not four voices"); `detail`, this file's particulars."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason} ({detail})" if detail else reason)
        self.reason, self.detail = reason, detail


@dataclass(frozen=True)
class Chorale:
    """A chorale from its first full bar: score (steps, 4) uint8 pitches (engine.io.score), the steps where its
    bars begin (int32, ascending, the first 0) and its meter ("4/4" or "3/4")."""

    score: np.ndarray
    bar_starts: np.ndarray
    meter: str


class _Parsed(NamedTuple):
    """What parsing a list of files makes, as the cache file holds it."""

    train: np.ndarray
    held_out: np.ndarray
    skip_reasons: dict[str, int]
    skip_examples: dict[str, str]


def _music21():
    """music21, imported at the first use: only the composer needs it, and it takes a second to import."""
    try:
        import music21
    except ImportError as exc:
        raise DatasetError("The Bach chorales come from music21's corpus, and music21 cannot be imported ({reason}): "
                           "install it with `pip install music21` in the app's environment, or run scripts/setup.sh.",
                           reason=exc) from None
    return music21


def corpus_folder() -> Path:
    """music21's folder of Bach chorales (corpus/bach inside the installed package)."""
    folder = Path(_music21().common.getCorpusFilePath()) / "bach"
    if not folder.is_dir():
        raise DatasetError("music21 is installed without its corpus: {folder} is missing. Reinstall it with "
                           "`pip install --force-reinstall music21` in the app's environment, or run "
                           "scripts/setup.sh.", folder=folder)
    return folder


def chorale_paths() -> list[Path]:
    """The corpus's MusicXML chorale files, sorted by name (see the module docstring for the files left out)."""
    return sorted((path for path in corpus_folder().iterdir() if path.suffix in SUFFIXES and path.is_file()),
                  key=lambda path: path.name)


@lru_cache(maxsize=1)
def _held_out_names() -> frozenset[str]:
    return frozenset(path.name for path in chorale_paths()[HOLD_OUT_EVERY - 1::HOLD_OUT_EVERY])


def held_out(path: str | os.PathLike) -> bool:
    """Whether a chorale file is held out for evaluation (never trained on): every HOLD_OUT_EVERY-th of the
    corpus's files by name, the 10th, the 20th ... Decided by the name alone, so any subset of the files agrees
    with the whole corpus."""
    return Path(path).name in _held_out_names()


def parse(path: str | os.PathLike) -> Chorale:
    """A chorale file as one long score from its first full bar (see the module docstring).

    Raises:
        Unusable: not exactly four parts, not 4/4 or 3/4 throughout, or not readable by music21.
    """
    try:
        score = _music21().converter.parse(path, forceSource=True)
    except Exception as exc:  # noqa: BLE001 - music21 raises many kinds; the file is skipped, whatever it was
        raise Unusable("unreadable", f"{type(exc).__name__}: {exc}") from None
    parts = list(score.parts)
    if len(parts) != len(VOICES):
        raise Unusable("not four voices", f"{len(parts)} parts")
    meter = _meter(score)
    measures = list(parts[0].getElementsByClass("Measure"))
    if measures and measures[0].duration.quarterLength < measures[0].barDuration.quarterLength:
        measures = measures[1:]  # the pickup
    if not measures:
        raise Unusable("no full bar")
    start = measures[0].offset
    steps = _step(score.highestTime - start)
    voices = [_voice(part, start, steps, highest=v < len(VOICES) // 2) for v, part in enumerate(parts)]
    bar_starts = np.array([_step(offset - start) for offset in _bar_offsets(measures)], np.int32)
    return Chorale(np.stack(voices, axis=1), bar_starts, meter)


def _step(quarters) -> int:
    """A length or offset in quarter notes as sixteenth steps (a 32nd note's offset rounded to a step)."""
    return round(float(quarters) * STEPS_PER_BEAT)


def _meter(score) -> str:
    """The chorale's one meter, or Unusable when it has another or changes."""
    meters = {signature.ratioString for signature in score.recurse().getElementsByClass("TimeSignature")}
    if len(meters) > 1:
        raise Unusable("changes meter", ", ".join(sorted(meters)))
    if not meters:
        raise Unusable("no meter")
    meter = meters.pop()
    if meter not in METERS:
        raise Unusable(f"meter {meter}")
    return meter


def _bar_offsets(measures) -> list:
    """The offsets (quarter notes) where bars begin. A bar printed as two short measures around a repeat sign
    (3 + 1 beats: "7" and "7a") begins once; a short measure standing alone (a bar of two beats at a fermata,
    where Bach shifts the barlines) is a bar of its own."""
    offsets, short_before = [], 0  # the length of the measure before when it was short, else 0
    for measure in measures:
        length, full = measure.duration.quarterLength, measure.barDuration.quarterLength
        if short_before and short_before + length <= full:
            short_before = 0
            continue
        offsets.append(measure.offset)
        short_before = length if length < full else 0
    return offsets


def _voice(part, start, steps: int, highest: bool) -> np.ndarray:
    """One part's pitch at each of `steps` steps from `start`: each note over the steps it sounds; where two
    sound at once (a chord, or 32nd notes rounded onto one step) the highest or the lowest."""
    empty = REST if highest else 255  # where nothing sounds yet: below (above) every pitch
    keep = np.maximum if highest else np.minimum
    line = np.full(steps, empty, np.uint8)
    flat = part.flatten()
    for note in flat.notes:
        offset = flat.elementOffset(note) - start
        begin, end = max(0, _step(offset)), max(0, _step(offset + note.quarterLength))
        for pitch in note.pitches:
            line[begin:end] = keep(line[begin:end], pitch.midi)
    line[line == 255] = REST
    return line


def windows(score: np.ndarray, bar_starts: np.ndarray, hop_bars: int) -> np.ndarray:
    """The whole windows (N, STEPS, voices) of a score that begin on every `hop_bars`-th barline from the first;
    none runs past the end (N may be 0)."""
    starts = np.asarray(bar_starts, np.int64)[::hop_bars]
    starts = starts[starts + STEPS <= len(score)]
    return score[starts[:, None] + np.arange(STEPS)]


def transpositions(windows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per window (N, STEPS, voices), the lowest and highest shift in SHIFTS (int8, low <= 0 <= high) that keeps
    every sounding pitch within TRANSPOSE_WITHIN (inclusive): the trainer draws a key per batch row between them.
    A window already outside keeps at least shift 0."""
    windows = np.asarray(windows)
    sounding = windows != REST
    lowest = np.where(sounding, windows, 255).min(axis=(1, 2)).astype(np.int32)
    highest = np.where(sounding, windows, 0).max(axis=(1, 2)).astype(np.int32)
    low = np.clip(TRANSPOSE_WITHIN[0] - lowest, SHIFTS[0], 0)
    high = np.clip(TRANSPOSE_WITHIN[1] - highest, 0, SHIFTS[1])
    return low.astype(np.int8), high.astype(np.int8)


def load_chorales(paths: Iterable[str | os.PathLike] | None = None, progress: Progress | None = None) -> Dataset:
    """The chorales as the composer's Dataset: train_images the training windows (one a bar), test_images the
    held-out chorales' (see the module docstring), no labels; skipped files counted by reason.

    Args:
        paths: only these chorale files (tests use a few); None: every file of the corpus.
        progress: progress(done, total) after each file parsed (the first time only: cached).

    Raises:
        DatasetError: music21 or its corpus missing, or too few windows to train on.
    """
    paths = chorale_paths() if paths is None else sorted((Path(path) for path in paths), key=lambda p: p.name)
    file = _cache_file(paths)
    parsed = _read_cache(file)
    if parsed is None:
        parsed = _parse_all(paths, progress)
        _write_cache(file, parsed)
    dataset = Dataset(parsed.train, None, parsed.held_out, None, corpus_folder(), CHORALES,
                      skip_reasons=parsed.skip_reasons, skip_examples=parsed.skip_examples)
    if len(parsed.train) < MIN_TRAIN_WINDOWS or not len(parsed.held_out):
        raise DatasetError("The Bach chorales gave {train} training windows and {held_out} held-out ones{skipped}; "
                           "training needs at least {least} and one held out. Reinstall music21 with `pip install "
                           "--force-reinstall music21`, or run scripts/setup.sh.", train=len(parsed.train),
                           held_out=len(parsed.held_out), skipped=dataset.describe_skipped(), least=MIN_TRAIN_WINDOWS)
    return dataset


def _parse_all(paths: list[Path], progress: Progress | None) -> _Parsed:
    train, held, reasons, examples = [], [], Counter(), {}
    for done, path in enumerate(paths, 1):
        try:
            chorale = parse(path)
        except Unusable as exc:
            reasons[exc.reason] += 1
            examples.setdefault(exc.reason, f"{path.name}: {exc}")
        else:
            if held_out(path):
                held.append(windows(chorale.score, chorale.bar_starts, HELD_OUT_HOP_BARS))
            else:
                train.append(windows(chorale.score, chorale.bar_starts, TRAIN_HOP_BARS))
        if progress is not None:
            progress(done, len(paths))
    none = np.empty((0, STEPS, len(VOICES)), np.uint8)
    return _Parsed(np.concatenate([none, *train]), np.concatenate([none, *held]), dict(reasons), examples)


def _cache_file(paths: list[Path]) -> Path:
    """The cache file of these files' windows: named by a hash of FORMAT, music21's version, the held-out rule
    and each file's path and size (a file edited or a music21 upgrade parses again)."""
    digest = hashlib.sha256(json.dumps([FORMAT, _music21().__version__, HOLD_OUT_EVERY]).encode())
    for path in paths:
        digest.update(f"{path}\0{path.stat().st_size}\n".encode())
    return cache_root() / "chorales" / f"{digest.hexdigest()[:24]}.npz"


def _read_cache(file: Path) -> _Parsed | None:
    """The cached windows, or None when there are none or the file is damaged (then they are parsed again)."""
    try:
        with open(file, "rb") as opened, np.load(opened, allow_pickle=False) as saved:
            skips = json.loads(str(saved["skips"]))
            return _Parsed(saved["train"], saved["held_out"], skips["reasons"], skips["examples"])
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None


def _write_cache(file: Path, parsed: _Parsed) -> None:
    """Write the cache atomically (a partial file, then renamed): a reader never sees half a file. A disk that
    refuses it costs only the next start's parsing (seconds), so that is not an error."""
    skips = json.dumps({"reasons": parsed.skip_reasons, "examples": parsed.skip_examples})
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        with written_whole(file) as out:
            np.savez_compressed(out, train=parsed.train, held_out=parsed.held_out, skips=np.array(skips))
    except OSError:
        pass
