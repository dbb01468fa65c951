"""The harmony metrics on hand-made scores whose answers are known, and on Bach's own chorales."""

import math
import time

import numpy as np
import pytest

from engine.io.score import REST, STEPS, VOICE_RANGES
from engine.quality.harmony import GOAL, METRICS, closeness, in_scale, measure, melody_key, pitch_class_histogram

C_MAJOR_SCALE = (60, 62, 64, 65, 67, 69, 71, 72)  # C4 to C5
A_HARMONIC_MINOR = (69, 71, 72, 74, 76, 77, 80, 81)  # A4 to A5, with G#


def notes(*runs: tuple[int, int]) -> np.ndarray:
    """One voice's STEPS pitches from (pitch, length in sixteenths) runs."""
    voice = np.concatenate([np.full(length, pitch) for pitch, length in runs])
    assert len(voice) == STEPS
    return voice


def eighths(pitches) -> np.ndarray:
    """Eight notes of 8 sixteenths each: a window."""
    return notes(*((pitch, 8) for pitch in pitches))


def held(pitch: int) -> np.ndarray:
    return np.full(STEPS, pitch)


def window(soprano, alto, tenor, bass) -> np.ndarray:
    """A batch of one score (1, STEPS, 4)."""
    return np.stack([soprano, alto, tenor, bass], axis=-1)[None].astype(np.uint8)


def own(windows: np.ndarray) -> dict[str, float]:
    """The metrics of windows against their own pitch-class histogram."""
    return measure(windows, pitch_class_histogram(windows))


def test_melody_key_finds_c_major_and_a_minor_in_every_transposition():
    assert melody_key(eighths(C_MAJOR_SCALE)) == (0, False)
    assert melody_key(eighths(A_HARMONIC_MINOR)) == (9, True)
    shifts = np.arange(-6, 6)[:, None]
    tonic, minor = melody_key(np.concatenate([eighths(C_MAJOR_SCALE) + shifts, eighths(A_HARMONIC_MINOR) + shifts]))
    np.testing.assert_array_equal(tonic, np.concatenate([shifts[:, 0] % 12, (shifts[:, 0] + 9) % 12]))
    np.testing.assert_array_equal(minor, np.repeat([False, True], 12))


def test_melody_key_counts_durations_and_a_silent_melody_is_c_major():
    # The same four notes: C held longest is C major; A held longest, A minor.
    assert melody_key(notes((60, 40), (64, 8), (67, 8), (69, 8))) == (0, False)
    assert melody_key(notes((60, 8), (64, 8), (67, 8), (69, 40))) == (9, True)
    assert melody_key(held(REST)) == (0, False)


def test_in_scale_is_seven_classes_in_major_and_nine_in_minor():
    classes = np.arange(12)
    assert in_scale(classes, 0, False).tolist() == [c in (0, 2, 4, 5, 7, 9, 11) for c in classes]
    assert in_scale(classes, 9, True).tolist() == [c in (9, 11, 0, 2, 4, 5, 6, 7, 8) for c in classes]
    # Broadcast: each window's classes in its own key.
    np.testing.assert_array_equal(in_scale([[1], [1]], np.array([[0], [1]]), [[False], [False]]), [[False], [True]])


def test_metrics_are_declared_once_in_measure_order():
    windows = window(eighths(C_MAJOR_SCALE), held(64), held(55), held(48))
    assert list(own(windows)) == [metric.name for metric in METRICS]
    assert len({metric.name for metric in METRICS}) == len(METRICS)
    assert all(metric.label and metric.better == "closer to Bach" for metric in METRICS)


def test_an_alto_a_third_below_a_scale_is_in_key_consonant_and_never_parallel():
    alto = eighths((57, 59, 60, 62, 64, 65, 67, 69))  # a diatonic third below C4..C5
    values = own(window(eighths(C_MAJOR_SCALE), alto, held(REST), held(REST)))
    assert values["in_key"] == 1.0
    assert values["consonance"] == 1.0
    assert values["parallels"] == 0.0  # parallel thirds are no fault
    assert values["crossings"] == 0.0
    assert values["in_range"] == 1.0
    assert values["note_length"] == 8.0
    assert values["empty_beats"] == pytest.approx(2 / 3)  # tenor and bass silent throughout
    assert values["pitch_classes"] == 2.0  # two notes a bar in the one voice that sounds
    assert values["pitch_class_distance"] == 0.0


def test_out_of_key_and_dissonant_notes_are_counted():
    # Under C major: the alto sings C# (out of key, a minor second below D) for a quarter of the window.
    alto = notes((61, 16), (59, 48))
    melody = notes((62, 16), (67, 48))  # D over C#, then G over B
    values = own(window(melody, alto, held(REST), held(REST)))
    assert melody_key(melody) == (7, False)  # G and D: G major, where C# is out as in C
    assert values["in_key"] == pytest.approx(48 / 64)
    assert values["consonance"] == pytest.approx(48 / 64)


def test_parallel_fifths_and_octaves_are_counted_per_joint_move():
    melody = eighths(C_MAJOR_SCALE)
    fifths = own(window(melody, melody - 7, held(REST), held(REST)))
    assert fifths["parallels"] == 1.0  # 7 joint moves, all from a fifth to a fifth
    octaves = own(window(melody, held(REST), melody - 12, held(REST)))
    assert octaves["parallels"] == 1.0
    # Over a held bass: the soprano-tenor octaves are 7 of the 7 + 0 + 0 pairs' joint moves.
    assert own(window(melody, held(REST), melody - 12, held(41)))["parallels"] == 1.0
    # Against a third voice moving in contrary motion: 7 parallel of 21 joint moves.
    contrary = eighths((53, 52, 50, 48, 47, 45, 43, 41))
    assert own(window(melody, held(REST), melody - 12, contrary))["parallels"] == pytest.approx(7 / 21)


def test_contrary_fifths_and_moves_into_a_fifth_are_not_parallels():
    # G4 over C4 to A4 over D3: a fifth to a fifth (19 semitones) in contrary motion.
    contrary = own(window(notes((67, 32), (69, 32)), notes((60, 32), (50, 32)), held(REST), held(REST)))
    assert contrary["parallels"] == 0.0
    # A third to a fifth in similar motion: hidden fifths, not parallel ones.
    hidden = own(window(notes((64, 32), (67, 32)), notes((59, 32), (60, 32)), held(REST), held(REST)))
    assert hidden["parallels"] == 0.0
    # No joint move at all: the share has nothing to count.
    assert math.isnan(own(window(eighths(C_MAJOR_SCALE), held(48), held(REST), held(REST)))["parallels"])


def test_a_bass_above_the_tenor_is_a_crossing():
    values = own(window(held(72), held(64), held(48), held(52)))
    assert values["crossings"] == pytest.approx(1 / 3)  # one of the three adjacent pairs, at every step
    values = own(window(held(72), held(76), held(REST), held(48)))
    assert values["crossings"] == 1.0  # alto over soprano; with a silent tenor, its pairs are none


def test_a_silent_beat_is_an_empty_beat_and_a_short_rest_is_not():
    alto = held(64).copy()
    alto[4:8] = REST  # the whole second beat
    tenor = held(55).copy()
    tenor[9:12] = REST  # three sixteenths of the third beat
    values = own(window(held(72), alto, tenor, held(48)))
    assert values["empty_beats"] == pytest.approx(1 / 48)


def test_note_lengths_are_runs_of_one_pitch():
    alto = notes((64, 4), (65, 4), (64, 8), (62, 16), (60, 32))  # 5 notes
    tenor = notes((55, 30), (REST, 2), (55, 32))  # a rest between two notes of one pitch: 2 notes
    bass = eighths((48, 43) * 4)  # 8 notes
    assert own(window(held(72), alto, tenor, bass))["note_length"] == pytest.approx((64 + 62 + 64) / 15)
    # A repeated pitch looks held at this resolution: one note.
    assert own(window(held(72), held(64), held(REST), held(REST)))["note_length"] == 64.0


def test_range_is_each_voices_compass():
    (alto_low, _), (tenor_low, _), (bass_low, bass_high) = VOICE_RANGES[1:]
    values = own(window(held(72), held(alto_low), held(tenor_low - 1), notes((bass_low, 32), (bass_high + 1, 32))))
    assert values["in_range"] == pytest.approx((64 + 0 + 32) / 192)


def test_pitch_class_histogram_is_key_relative_and_apart_by_mode():
    major = window(eighths(C_MAJOR_SCALE), held(64), held(55), held(48))  # E, G, C in C major
    minor = window(eighths(A_HARMONIC_MINOR), held(64), held(57), held(45))  # E, A, A in A minor
    histogram = pitch_class_histogram(np.concatenate([major, major + 2, minor]))
    np.testing.assert_allclose(histogram[0, [0, 4, 7]], 1 / 3)
    np.testing.assert_allclose(histogram[1, [0, 7]], [2 / 3, 1 / 3])
    assert np.allclose(histogram.sum(axis=1), 1)
    assert np.isnan(pitch_class_histogram(major)[1]).all()  # no minor window
    # Against the major windows' own histogram: all major windows are at distance 0; a minor window has none.
    assert measure(major + 5, pitch_class_histogram(major))["pitch_class_distance"] == 0.0
    assert math.isnan(measure(minor, pitch_class_histogram(major))["pitch_class_distance"])
    # Every note a semitone off from the reference's: nothing in common.
    sharp = window(eighths(C_MAJOR_SCALE), held(65), held(56), held(49))
    assert measure(sharp, pitch_class_histogram(major))["pitch_class_distance"] == pytest.approx(1.0)


def test_transposing_every_voice_changes_only_the_range():
    rng = np.random.default_rng(3)
    quarters = np.stack([rng.integers(low, high + 1, (50, STEPS // 4)) for low, high in VOICE_RANGES], axis=-1)
    windows = np.where(rng.random((50, STEPS, 4)) < 0.1, REST, quarters.repeat(4, axis=1)).astype(np.uint8)
    reference = pitch_class_histogram(windows[::-1] + 1)
    values = measure(windows, reference)
    for shift in (-5, -1, 3, 6):
        moved = measure(np.where(windows == REST, REST, windows.astype(int) + shift).astype(np.uint8), reference)
        assert {name: value for name, value in moved.items() if name != "in_range"} == pytest.approx(
            {name: value for name, value in values.items() if name != "in_range"})
        assert moved["in_range"] != values["in_range"]


def test_measure_is_fast_enough_for_every_held_out_window():
    rng = np.random.default_rng(4)
    windows = rng.integers(40, 80, (2000, STEPS, 4)).astype(np.uint8)
    start = time.process_time()
    measure(windows, pitch_class_histogram(windows))
    assert time.process_time() - start < 1.0


def test_closeness_is_relative_to_bach_with_a_floor():
    assert closeness(0.5, 0.4) == pytest.approx(0.25)
    assert closeness(0.0, 0.0) == 0.0
    assert closeness(0.1, 0.0) == math.inf
    assert closeness(0.005, 0.0, resolution=0.01) == pytest.approx(0.5)
    # A share near 1 is read by its rarer side: 31% out of key is far from Bach's 7%.
    assert closeness(0.69, 0.93, share=True) == pytest.approx(0.24 / 0.07)
    assert closeness(0.69, 0.93) < GOAL + 0.01  # while its relative difference would nearly pass
    assert math.isnan(closeness(math.nan, 0.0))


def chorale(corpus, name: str) -> np.ndarray:
    """A chorale of music21's `corpus` as non-overlapping windows (N, STEPS, 4) of the score format."""
    parts = corpus.parse(name).parts
    assert [part.partName for part in parts] == ["Soprano", "Alto", "Tenor", "Bass"]
    score = np.zeros((int(parts[0].highestTime * 4), 4), np.uint8)
    for voice, part in enumerate(parts):
        for note in part.flatten().notes:
            start = round(note.offset * 4)
            score[start:start + round(note.quarterLength * 4), voice] = note.pitch.midi
    return score[:len(score) // STEPS * STEPS].reshape(-1, STEPS, 4)


def test_bachs_voices_are_in_key_and_consonant_beyond_chance():
    corpus = pytest.importorskip("music21.corpus")
    assert {"bwv66.6", "bwv26.6"} <= {path.stem for path in corpus.getComposer("bach")}
    bach = np.concatenate([chorale(corpus, "bach/bwv66.6"), chorale(corpus, "bach/bwv26.6")])
    values = own(bach)
    assert values["in_key"] > 0.8
    assert values["in_range"] > 0.9
    assert values["crossings"] < 0.05
    assert 2 < values["note_length"] < 8
    # Random pitches in each voice's range, where Bach's voices sound: about half the intervals are consonant.
    rng = np.random.default_rng(5)
    lows, highs = np.array(VOICE_RANGES[1:]).T
    noise = np.where(bach[..., 1:] == REST, REST, rng.integers(lows, highs + 1, bach[..., 1:].shape))
    chance = own(np.concatenate([bach[..., :1], noise.astype(np.uint8)], axis=-1))
    assert values["consonance"] > chance["consonance"] + 0.15
    assert values["in_key"] > chance["in_key"] + 0.1
