"""The Bach chorales as the composer's data (engine.io.chorales), on real corpus files: a chorale reads as music21
reads it, windows are whole and begin on barlines, unusable files are counted with their reason, held-out
chorales never train, the parse is cached (and a damaged cache rebuilt), transpositions stay in range."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from engine.io import chorales
from engine.io.data import CHORALES, DatasetError
from engine.io.score import STEPS, TRANSPOSE_WITHIN

TRAINED = ("bwv10.7.mxl", "bwv104.6.mxl", "bwv11.6.mxl", "bwv119.9.mxl", "bwv121.6.mxl", "bwv126.6.mxl")
HELD_OUT = "bwv111.6.mxl"  # the 10th file by name
SKIPPED = {"bwv1.6.mxl": "not four voices", "bwv123.6.mxl": "meter 3/2", "bwv304.mxl": "changes meter"}


def corpus(*names: str) -> list:
    return [chorales.corpus_folder() / name for name in names]


@pytest.fixture(scope="module")
def handful(tmp_path_factory):
    """The Dataset of a handful of chorales (TRAINED, HELD_OUT and SKIPPED), cached in the test's own folder."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield chorales.load_chorales(corpus(*TRAINED, HELD_OUT, *SKIPPED))


def test_a_chorale_reads_as_music21_reads_it_from_its_first_full_bar_with_ties_held():
    from music21 import corpus as music21_corpus

    chorale = chorales.parse(chorales.corpus_folder() / "bwv121.6.mxl")
    soprano = music21_corpus.parse("bach/bwv121.6", forceSource=True).parts[0]
    start = soprano.measure(1).offset  # measure 0 is the pickup: dropped
    notes = [note for note in soprano.stripTies().flatten().notes if note.offset >= start][:12]
    assert notes[3].quarterLength == 2 and notes[3].offset == 4  # B4 tied over the barline: one note of two beats
    for note in notes:
        begin, end = round((note.offset - start) * 4), round((note.offset + note.quarterLength - start) * 4)
        assert (chorale.score[begin:end, 0] == note.pitch.midi).all(), note
    assert chorale.meter == "4/4" and chorale.score.dtype == np.uint8 and chorale.score.shape[1] == 4
    assert chorale.score[0].tolist() == [67, 64, 59, 52]  # G4 over E4, B3 and E3: the pickup's E4, B3, G3, E2 gone
    assert chorale.bar_starts[0] == 0 and set(np.diff(chorale.bar_starts)) == {16}


def test_windows_are_whole_and_begin_on_barlines_of_4_4_and_3_4():
    for name, bar in (("bwv10.7.mxl", 16), ("bwv11.6.mxl", 12), ("bwv104.6.mxl", 16)):
        chorale = chorales.parse(chorales.corpus_folder() / name)
        assert chorale.meter == ("3/4" if bar == 12 else "4/4")
        # bwv104.6 prints bar 4 as two measures ("4" and "4a", around a repeat sign): still one bar.
        assert set(np.diff(chorale.bar_starts)) == {bar}, name
        for hop in (1, 4):
            windows = chorales.windows(chorale.score, chorale.bar_starts, hop)
            starts = [start for start in chorale.bar_starts[::hop] if start + STEPS <= len(chorale.score)]
            assert windows.shape == (len(starts), STEPS, 4) and len(starts) > 1
            assert all((window == chorale.score[start:start + STEPS]).all() for window, start in zip(windows, starts))
            assert chorale.bar_starts[::hop][len(starts)] + STEPS > len(chorale.score)  # the next would run past


def test_unusable_files_are_skipped_and_counted_with_their_reason(handful):
    assert handful.skip_reasons == {reason: 1 for reason in SKIPPED.values()}
    assert handful.skip_examples["not four voices"] == "bwv1.6.mxl: not four voices (5 parts)"
    assert handful.skip_examples["changes meter"] == "bwv304.mxl: changes meter (3/4, 4/4)"
    assert "3 files skipped" in str(handful.describe_skipped())
    for name, reason in SKIPPED.items():
        with pytest.raises(chorales.Unusable) as raised:
            chorales.parse(chorales.corpus_folder() / name)
        assert raised.value.reason == reason


def test_held_out_chorales_are_only_the_test_set(handful):
    names = [path.name for path in chorales.chorale_paths()]
    assert len(names) > 400 and names == sorted(names) and not any(name.endswith(".krn") for name in names)
    assert [name for name in names if chorales.held_out(name)] == names[9::10] and names[9] == HELD_OUT
    assert not any(chorales.held_out(name) for name in TRAINED)
    held = chorales.parse(chorales.corpus_folder() / HELD_OUT)
    trained = [chorales.parse(path) for path in corpus(*TRAINED)]
    assert (handful.test_images == chorales.windows(held.score, held.bar_starts, chorales.HELD_OUT_HOP_BARS)).all()
    assert (handful.train_images == np.concatenate([chorales.windows(c.score, c.bar_starts, 1) for c in trained])).all()
    training = {window.tobytes() for window in handful.train_images}
    assert not any(window.tobytes() in training for window in handful.test_images)
    assert handful.kind == CHORALES and handful.is_music and handful.train_labels is None
    assert handful.source == chorales.corpus_folder() and handful.describe() == "96 windows of four voices, 16 held out"


def test_the_parse_is_cached_and_a_damaged_cache_parsed_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    parsed, progress, parse = [], [], chorales.parse
    monkeypatch.setattr(chorales, "parse", lambda path: parsed.append(path) or parse(path))
    paths = corpus(*TRAINED, HELD_OUT)
    first = chorales.load_chorales(paths, progress=lambda done, total: progress.append((done, total)))
    assert len(parsed) == len(paths) and progress[-1] == (len(paths), len(paths))
    (cache,) = (tmp_path / "gan-studio" / "chorales").iterdir()
    again = chorales.load_chorales(paths)
    assert len(parsed) == len(paths)  # from the cache: nothing parsed
    assert (again.train_images == first.train_images).all() and (again.test_images == first.test_images).all()
    assert chorales.load_chorales(paths[1:]).train_images.shape != first.train_images.shape  # other files, own key
    cache.write_bytes(cache.read_bytes()[:100])
    rebuilt = chorales.load_chorales(paths)
    assert len(parsed) == 3 * len(paths) - 1 and (rebuilt.train_images == first.train_images).all()
    assert np.load(cache)["train"].shape == first.train_images.shape
    assert not list(cache.parent.glob("*.partial"))


def test_too_few_windows_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    with pytest.raises(DatasetError, match="gave 19 training windows and 0 held-out ones; training needs at least 64"):
        chorales.load_chorales(corpus("bwv10.7.mxl"))


def test_without_music21_the_error_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "music21", None)
    with pytest.raises(DatasetError, match="pip install music21"):
        chorales.corpus_folder()


def test_a_chord_keeps_the_voice_a_listener_follows(tmp_path):
    """No chorale of the corpus has one, so a small score of its own: the upper voices keep the chord's highest
    note, the lower voices its lowest."""
    from music21 import chord, meter, stream

    score = stream.Score()
    for pitches in (("C5", "E5"), ("G4",), ("C4",), ("C3", "G3")):
        part = stream.Part([meter.TimeSignature("4/4")])
        part.append(chord.Chord(pitches, quarterLength=4))
        score.insert(0, part)
    score.write("musicxml", fp=tmp_path / "chord.musicxml")
    chorale = chorales.parse(tmp_path / "chord.musicxml")
    assert chorale.score.shape == (16, 4) and chorale.score[0].tolist() == [76, 67, 60, 48]


def test_transpositions_keep_every_pitch_within_range(handful):
    windows = handful.train_images
    low, high = chorales.transpositions(windows)
    assert low.dtype == high.dtype == np.int8 and (low <= 0).all() and (high >= 0).all()
    assert low.min() == -6 and high.max() == 5 and (low < 0).mean() > 0.5
    sounding = windows > 0
    for shift in (low, high):
        moved = windows.astype(int) + shift[:, None, None]
        assert ((moved[sounding] >= TRANSPOSE_WITHIN[0]) & (moved[sounding] <= TRANSPOSE_WITHIN[1])).all()
    lowest = np.where(sounding, windows, 255).min(axis=(1, 2))
    assert ((low == -6) | (lowest + low == TRANSPOSE_WITHIN[0])).all()  # the widest range that fits
    high_up = np.full((1, STEPS, 4), 90, np.uint8)  # above C6: only down, where it fits
    wide = np.concatenate([high_up[:, :32], np.full((1, 32, 4), 30, np.uint8)], axis=1)  # fits no key: shift 0
    assert [int(x[0]) for x in chorales.transpositions(high_up)] == [-6, 0]
    assert [int(x[0]) for x in chorales.transpositions(wide)] == [0, 0]
