"""How well three voices harmonise a melody: the composer family's quality metrics (engine.families.composer), in
numpy alone, on scores of the shared format (engine.io.score: (N, STEPS, 4) MIDI pitches, soprano first, 0 a rest).

The metrics are those the music-generation literature reads a generator by: MuseGAN's (Dong et al. 2018: empty
bars, used pitch classes) and Yang & Lerch's (2020, "On the evaluation of generative models in
music": pitch-class histograms, note lengths), with the harmony textbook's rules a chorale is judged by (key,
consonance with the melody, parallel fifths and octaves, range, crossings). None has a good value of its own: a
chorale with no parallels or no crossings at all is not Bach's. So every metric is read beside the same metric of
Bach's own voices under the same held-out melodies, and better means closer to Bach (`closeness`).

The key of a window is found from its melody alone (`melody_key`, Krumhansl-Kessler), as the generator sees only
the melody: the lower voices are judged in the key their melody implies, and Bach's voices in the same one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from engine.io.score import MELODY, REST, STEPS, STEPS_PER_BAR, STEPS_PER_BEAT, VOICE_RANGES

# Krumhansl & Kessler (1982): how well each pitch class above the tonic fits a major or a minor key, as listeners
# rated it; a melody's key is the profile its pitch-class durations correlate with best (Krumhansl 1990).
MAJOR_PROFILE = np.array([6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88])
MINOR_PROFILE = np.array([6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17])
# The pitch classes above the tonic each mode's scale holds: major's seven; minor's natural seven plus the raised
# sixth and seventh its melodic and harmonic forms use, which Bach's minor chorales sing at every cadence.
SCALES = np.zeros((2, 12), bool)
SCALES[0, [0, 2, 4, 5, 7, 9, 11]] = True
SCALES[1, [0, 2, 3, 5, 7, 8, 9, 10, 11]] = True
CONSONANT = (0, 3, 4, 7, 8, 9)  # intervals mod 12: unison/octave, thirds, fifth, sixths
PERFECT = (0, 7)  # octave (and unison) and fifth, mod 12: the intervals parallel motion may not repeat
CLOSER_TO_BACH = "closer to Bach"
GOAL = 0.25  # the goal for a metric: within this relative difference (`closeness`) of Bach's own value


def _key_profiles() -> np.ndarray:
    """The 24 keys' profiles (24, 12), centred and of unit norm: rows 0-11 the major keys on C..B, 12-23 the minor
    keys, so that a correlation is one dot product."""
    profiles = np.array([np.roll(profile, tonic) for profile in (MAJOR_PROFILE, MINOR_PROFILE) for tonic in range(12)])
    profiles -= profiles.mean(axis=1, keepdims=True)
    return profiles / np.linalg.norm(profiles, axis=1, keepdims=True)


_PROFILES = _key_profiles()


def melody_key(melody: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The key of each melody by Krumhansl-Kessler: its pitch classes weighted by duration (sounding steps),
    correlated with the 24 keys' profiles; the best correlation wins (on a tie, the first: major before minor,
    C before B).

    Args:
        melody: pitches (STEPS,) or (N, STEPS), 0 a rest.
    Returns:
        (tonic pitch class 0-11, minor flag): int and bool arrays of shape () or (N,). A silent melody, which
        correlates with no key, is C major.
    """
    melody = np.asarray(melody).astype(np.int64)
    durations = _one_hot_pitch_classes(melody, melody != REST).sum(axis=-2)
    centred = durations - durations.mean(axis=-1, keepdims=True)
    norms = np.linalg.norm(centred, axis=-1, keepdims=True)
    key = np.argmax(centred / np.where(norms > 0, norms, 1) @ _PROFILES.T, axis=-1)
    return key % 12, key >= 12


def in_scale(pitch_classes: np.ndarray, tonic: np.ndarray, minor: np.ndarray) -> np.ndarray:
    """Whether each pitch class is in the key's scale (SCALES: 7 classes in major, 9 in minor); the arguments
    broadcast against one another."""
    return SCALES[np.asarray(minor).astype(np.int64), (np.asarray(pitch_classes) - tonic) % 12]


def _one_hot_pitch_classes(pitches: np.ndarray, sounding: np.ndarray) -> np.ndarray:
    """Pitches (...) -> bool (..., 12): the pitch class of each sounding pitch, nothing for a rest."""
    return (pitches[..., None] % 12 == np.arange(12)) & sounding[..., None]


@dataclass(frozen=True)
class _Batch:
    """A batch of windows read once for every metric: the pitches, where they sound, the melodies' keys, and the
    reference histogram the pitch-class distance compares with."""

    pitches: np.ndarray  # (N, STEPS, 4) int64
    sounding: np.ndarray  # (N, STEPS, 4) bool
    tonic: np.ndarray  # (N,) int
    minor: np.ndarray  # (N,) bool
    reference: np.ndarray | None = None  # (2, 12), as pitch_class_histogram makes it

    @property
    def lower(self) -> np.ndarray:
        return self.pitches[..., MELODY + 1:]

    @property
    def lower_sounding(self) -> np.ndarray:
        return self.sounding[..., MELODY + 1:]


def _read(windows: np.ndarray, reference: np.ndarray | None = None) -> _Batch:
    pitches = np.asarray(windows).astype(np.int64).reshape(-1, STEPS, 4)
    tonic, minor = melody_key(pitches[..., MELODY])
    return _Batch(pitches, pitches != REST, tonic, minor, reference)


def _share(hits: np.ndarray, among: np.ndarray) -> float:
    """The share of `among` (bool) where `hits` holds; NaN where there is nothing to count."""
    count = np.count_nonzero(among)
    return np.count_nonzero(hits & among) / count if count else math.nan


def _mode_counts(batch: _Batch) -> np.ndarray:
    """(2, 12) counts of the lower voices' sounding steps by the mode of their window's key (row 0 major, 1 minor)
    and their pitch class above its tonic."""
    relative = (batch.lower - batch.tonic[:, None, None]) % 12 + 12 * batch.minor[:, None, None]
    return np.bincount(relative[batch.lower_sounding], minlength=24).reshape(2, 12).astype(np.float64)


def pitch_class_histogram(windows: np.ndarray) -> np.ndarray:
    """The key-relative pitch-class distribution of the lower voices (Yang & Lerch's pitch-class histogram, made
    transposition-invariant by reading each pitch class above its melody's tonic), for major-key and minor-key
    windows apart: minor keys' thirds and sixths are not major keys', and pooling would hide a major third sung in
    a minor key.

    Returns:
        (2, 12) float64: row 0 major keys, row 1 minor keys, each summing to 1 (NaN where no window is in that
        mode): the reference `measure` compares with.
    """
    counts = _mode_counts(_read(windows))
    totals = counts.sum(axis=1, keepdims=True)
    return np.divide(counts, totals, out=np.full_like(counts, math.nan), where=totals > 0)


def _in_key(batch: _Batch) -> float:
    """The share of the lower voices' sounding steps in the melody's key."""
    key = in_scale(batch.lower, batch.tonic[:, None, None], batch.minor[:, None, None])
    return _share(key, batch.lower_sounding)


def _pitch_class_distance(batch: _Batch) -> float:
    """The total variation distance (0-1) of the lower voices' key-relative histogram to the reference, in each
    mode apart, averaged by the share of the batch's notes in that mode; NaN where the reference lacks a mode the
    batch sings in, or the batch is silent."""
    counts = _mode_counts(batch)
    totals = counts.sum(axis=1)
    if not totals.sum():
        return math.nan
    sung = totals > 0
    histogram = counts[sung] / totals[sung, None]
    distances = 0.5 * np.abs(histogram - batch.reference[sung]).sum(axis=1)
    return float(np.sum(totals[sung] / totals.sum() * distances))


def _consonance(batch: _Batch) -> float:
    """The share of steps where a lower voice and the melody both sound that they make a consonance (CONSONANT).
    The interval is read whichever voice is above, so a voice crossed above the melody reads as its inversion:
    thirds and sixths invert into one another, the fifth into the fourth, which the set leaves out."""
    interval = np.abs(batch.lower - batch.pitches[..., MELODY:MELODY + 1]) % 12
    return _share(np.isin(interval, CONSONANT), batch.lower_sounding & batch.sounding[..., MELODY:MELODY + 1])


def _parallels(batch: _Batch) -> float:
    """Parallel fifths and octaves (unisons too) per joint move, over the 6 voice pairs, the melody's included.

    A joint move of a pair is a step at which both voices go to a new pitch, both sounding before and after (the
    only moves a textbook could call parallel; at this resolution a repeated note is a held one and no move); it
    is parallel when both go the same way from a perfect interval (PERFECT, mod 12) to the same one. Counting per
    joint move rather than per bar keeps the figure apart from how often the voices move, which note_length reads.
    """
    upper, lower = np.triu_indices(batch.pitches.shape[-1], 1)
    before, after = batch.pitches[:, :-1], batch.pitches[:, 1:]
    motion = after - before
    moves = (motion != 0) & batch.sounding[:, :-1] & batch.sounding[:, 1:]
    joint = moves[..., upper] & moves[..., lower]
    interval_before = np.abs(before[..., upper] - before[..., lower]) % 12
    interval_after = np.abs(after[..., upper] - after[..., lower]) % 12
    parallel = (np.sign(motion[..., upper]) == np.sign(motion[..., lower])) & (interval_before == interval_after)
    return _share(parallel & np.isin(interval_before, PERFECT), joint)


def _in_range(batch: _Batch) -> float:
    """The share of the lower voices' sounding steps within each voice's compass (score.VOICE_RANGES)."""
    low, high = np.array(VOICE_RANGES[MELODY + 1:]).T
    return _share((batch.lower >= low) & (batch.lower <= high), batch.lower_sounding)


def _crossings(batch: _Batch) -> float:
    """The share of steps where a lower voice and the voice just above it both sound that it sounds above it."""
    above, below = batch.pitches[..., :-1], batch.pitches[..., 1:]
    return _share(below > above, batch.sounding[..., :-1] & batch.sounding[..., 1:])


def _empty_beats(batch: _Batch) -> float:
    """The share of beats (of each lower voice) in which the voice rests throughout: MuseGAN's empty bars, per beat,
    as a chorale's voices rest for beats, seldom for bars."""
    beats = batch.lower_sounding.reshape(len(batch.pitches), -1, STEPS_PER_BEAT, batch.lower.shape[-1])
    return float(np.mean(~beats.any(axis=2)))


def _note_length(batch: _Batch) -> float:
    """The mean length of the lower voices' notes in sixteenths (a note: a run of one pitch; one cut by the
    window's edge counts the steps inside it); NaN when they are silent."""
    onsets = batch.lower_sounding.copy()
    onsets[:, 1:] &= batch.lower[:, 1:] != batch.lower[:, :-1]
    count = np.count_nonzero(onsets)
    return np.count_nonzero(batch.lower_sounding) / count if count else math.nan


def _pitch_classes(batch: _Batch) -> float:
    """The mean number of pitch classes a lower voice uses in a bar where it sounds: MuseGAN's used pitch classes
    (UPC), low for a voice stuck on one note, high for chromatic wandering. A bar is STEPS_PER_BAR steps (4/4): a
    3/4 chorale's windows are read in the same spans, as generated and Bach's voices of one melody both are."""
    per_step = _one_hot_pitch_classes(batch.lower, batch.lower_sounding)
    bars = per_step.reshape(len(batch.pitches), -1, STEPS_PER_BAR, *per_step.shape[-2:]).any(axis=2)
    used = bars.sum(axis=-1)
    return float(used[used > 0].mean()) if used.any() else math.nan


@dataclass(frozen=True)
class Metric:
    """One harmony metric: its history/quality column (`name`), its label for plots, what better means, whether it
    is a share (0-1, of steps, beats or moves), and its `resolution` for `closeness`: the difference too small to
    read at a few hundred windows. Set so that, over 20 random splits of 120 chorales into quarters (~290
    windows), one held-out quarter of Bach's met the GOAL against another's every time (the pitch-class distance
    19 of 20): a value Bach nearly never shows (parallels, crossings) is then not judged by its relative
    difference alone, while random pitches sung in Bach's own rhythm miss the goal on every metric of pitch."""

    name: str
    label: str
    share: bool
    resolution: float
    compute: Callable[[_Batch], float] = field(repr=False)
    better: str = CLOSER_TO_BACH

    def meets_goal(self, value: float, bach: float) -> bool:
        """Whether `value` is within the GOAL of Bach's own `bach` (`closeness`)."""
        return distance(self.name, value, bach) <= GOAL


METRICS = (
    Metric("in_key", "in the melody's key", True, 0.1, _in_key),
    Metric("pitch_class_distance", "pitch-class distance to Bach", False, 0.1, _pitch_class_distance),
    Metric("consonance", "consonant with the melody", True, 0.05, _consonance),
    Metric("parallels", "parallel fifths/octaves per joint move", True, 0.01, _parallels),
    Metric("in_range", "in the voice's range", True, 0.02, _in_range),
    Metric("crossings", "voice crossings", True, 0.03, _crossings),
    Metric("empty_beats", "empty beats", True, 0.08, _empty_beats),
    Metric("note_length", "note length (sixteenths)", False, 0.5, _note_length),
    Metric("pitch_classes", "pitch classes per bar", False, 0.5, _pitch_classes),
)


BY_NAME = {metric.name: metric for metric in METRICS}


def distance(name: str, value: float, bach: float) -> float:
    """`closeness` of metric `name`'s value to Bach's, with the metric's resolution and kind (the quality plot's
    curves: engine.families.family.QualityReference)."""
    metric = BY_NAME[name]
    return closeness(value, bach, metric.resolution, metric.share)


def summary(values: np.ndarray, bach: np.ndarray) -> str:
    """The verdict on a harmoniser's metrics (values and Bach's, in METRICS order) in one line: how many meet the
    GOAL, and how often its voices are in the melody's key against Bach's."""
    met = sum(metric.meets_goal(value, own) for metric, value, own in zip(METRICS, values, bach))
    key = [metric.name for metric in METRICS].index("in_key")
    return (f"{met} of {len(METRICS)} metrics within {GOAL:.0%} of Bach's; in the melody's key "
            f"{values[key] / bach[key]:.0%} as often as Bach")


def measure(windows: np.ndarray, reference_histogram: np.ndarray) -> dict[str, float]:
    """Every metric (METRICS, in order) of the lower voices under the melodies of `windows` (N, STEPS, 4).

    Args:
        windows: scores, soprano first (engine.io.score).
        reference_histogram: `pitch_class_histogram` of the scores the pitch-class distance is taken to: Bach's
            voices of the same melodies for generated ones; the training chorales' for Bach's own.
    Returns:
        {name: value}; a value is NaN where it has nothing to count (e.g. the voices never sound).
    """
    batch = _read(windows, np.asarray(reference_histogram, np.float64))
    return {metric.name: float(metric.compute(batch)) for metric in METRICS}


def closeness(value: float, bach: float, resolution: float = 0.0, share: bool = False) -> float:
    """How far a value is from Bach's, relative to Bach's: |value - bach| / scale; the goal is GOAL (within 25%).

    The scale is |bach|, but for a share the rarer side's, min(bach, 1 - bach): 25% of an in-key share of 0.93
    would let nearly a third of the notes stray where Bach lets 7% (random pitches score 0.67), while 25% of the 7%
    reads the strays. It is at least `resolution` (Metric.resolution), which keeps a Bach value of 0, or nearly 0,
    from making every difference infinite; with resolution 0, a Bach scale of 0 gives 0 for an equal value and inf
    for any other. NaN in, NaN out.
    """
    if math.isnan(value) or math.isnan(bach):
        return math.nan
    scale = max(min(abs(bach), 1 - abs(bach)) if share else abs(bach), resolution)
    difference = abs(value - bach)
    if scale == 0:
        return 0.0 if difference == 0 else math.inf
    return difference / scale
