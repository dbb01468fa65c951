"""engine.io.score_files: melodies read from real MIDI and MusicXML files written by music21 (several tracks,
chords, a bass line, odd meters, triplets, no notes, corrupt and huge files), and the MIDI written for a score
read back by music21."""

from __future__ import annotations

import errno
import os
import time
from fractions import Fraction

import numpy as np
import pytest

from engine.io.score_files import MAX_STEPS, Melody, ScoreFileError, read_melody, write_midi
from engine.messages import Message

TOOK_TRACK = "took track {number} '{name}' of {count}, the highest, as the melody"
TOOK_PART = "took part {number} '{name}' of {count}, the highest, as the melody"
NO_TEMPO = "no usable tempo in the file: took {tempo:g} quarter notes a minute"
UNREADABLE = "{path} could not be read as {kind} ({reason})."
ODE = [(64, 1), (64, 1), (65, 1), (67, 1), (67, 1), (65, 1), (64, 1), (62, 1), (60, 1), (60, 1), (62, 1), (64, 1),
       (64, 1.5), (62, 0.5), (62, 2)]  # (MIDI pitch, quarter notes); a rest where the pitch is None


def _part(notes, name=None, time_signature=None, bpm=None):
    """A music21 Part of (pitch or a list of pitches (a chord) or None (a rest), quarter notes)."""
    from music21 import chord, instrument, meter, note, stream, tempo

    part = stream.Part()
    if name:  # what music21 writes as a MIDI track's name, a MusicXML part's
        part.insert(0, instrument.fromString(name))
        part.partName = name
    if time_signature:
        part.append(meter.TimeSignature(time_signature))
    if bpm:
        part.append(tempo.MetronomeMark(number=bpm))
    for pitch, quarters in notes:
        if pitch is None:
            part.append(note.Rest(quarterLength=quarters))
        elif isinstance(pitch, list):
            part.append(chord.Chord(pitch, quarterLength=quarters))
        else:
            part.append(note.Note(pitch, quarterLength=quarters))
    return part


def _written(path, *parts, fmt="midi"):
    from music21 import stream

    score = stream.Score()
    for part in parts:
        score.insert(0, part)
    score.write(fmt, fp=path)
    return path


def _steps(notes) -> np.ndarray:
    """The sixteenth-note pitches of (pitch, quarter notes) notes, as a melody's."""
    return np.concatenate([np.full(int(quarters * 4), pitch or 0, np.uint8) for pitch, quarters in notes])


def _said(melody: Melody, template: str) -> Message:
    found = [note for note in melody.notes if note.template == template]
    assert len(found) == 1, f"{template!r} not said once in {[str(note) for note in melody.notes]}"
    return found[0]


def test_of_three_tracks_the_highest_is_the_melody(tmp_path):
    piano = _part([([48, 52, 55], 4), ([53, 57, 60], 4), ([55, 59, 62], 4), ([48, 52, 55], 4)], "Piano", "4/4", 132)
    flute = _part(ODE, "Flute")
    cello = _part([(36, 8), (43, 8)], "Cello")
    melody = read_melody(_written(tmp_path / "band.mid", piano, flute, cello))

    assert _said(melody, TOOK_TRACK).values == {"number": 2, "name": "Flute", "count": 3}
    assert [note.template for note in melody.notes] == [TOOK_TRACK]  # the piano's chords are not the melody's
    np.testing.assert_array_equal(melody.pitches, _steps(ODE))
    assert melody.pitches.dtype == np.uint8
    assert (melody.tempo, melody.beats_per_bar, melody.beat_unit) == (132.0, 4, 4)


def test_chords_give_their_top_note(tmp_path):
    melody = read_melody(_written(tmp_path / "chords.mid", _part([([60, 64, 67], 1), (65, 1), ([62, 69], 2)],
                                                                  time_signature="4/4", bpm=100)))

    np.testing.assert_array_equal(melody.pitches, _steps([(67, 1), (65, 1), (69, 2)]))
    said = _said(melody, "several notes at once (chords): kept the top one; {count} lower notes left out or "
                         "shortened")
    assert said.values == {"count": 3}


def test_a_melody_in_the_bass_octave_moves_up_to_the_soprano(tmp_path):
    low = [(pitch - 24, quarters) for pitch, quarters in ODE]
    melody = read_melody(_written(tmp_path / "bass.mid", _part(low, time_signature="4/4", bpm=90)))

    np.testing.assert_array_equal(melody.pitches, _steps(ODE))
    assert _said(melody, "moved the melody up {octaves} octaves, into the soprano's range").values == {"octaves": 2}


def test_notes_beyond_the_roll_are_folded_in_by_octaves(tmp_path):
    melody = read_melody(_written(tmp_path / "wide.mid", _part([(70, 4), (20, 1), (70, 4), (100, 1)],
                                                                time_signature="4/4", bpm=90)))

    np.testing.assert_array_equal(melody.pitches, _steps([(70, 4), (32, 1), (70, 4), (88, 1)]))
    assert _said(melody, "folded {count} notes still out of reach by octaves into {low} to {high}").values == {
        "count": 2, "low": "F1", "high": "G6"}


def test_odd_meters_are_read_as_sixteenths_and_said(tmp_path):
    five = read_melody(_written(tmp_path / "five.musicxml", _part(ODE[:5] + [(None, 5)], time_signature="5/4"),
                                fmt="musicxml"))
    np.testing.assert_array_equal(five.pitches, _steps(ODE[:5]))  # the rest at the end is no melody
    assert (five.beats_per_bar, five.beat_unit, five.tempo) == (5, 4, 100.0)
    assert _said(five, "meter {meter}: read as a stream of sixteenths, whatever the meter").values == {"meter": "5/4"}
    assert _said(five, NO_TEMPO).values == {"tempo": 100.0}

    from music21 import meter, note

    changing = _part([(67, 0.5)] * 7, time_signature="7/8", bpm=80)
    changing.append(meter.TimeSignature("3/4"))
    for _ in range(3):
        changing.append(note.Note(72, quarterLength=1))
    melody = read_melody(_written(tmp_path / "changing.mid", changing))
    np.testing.assert_array_equal(melody.pitches, _steps([(67, 3.5), (72, 3)]))
    assert (melody.beats_per_bar, melody.beat_unit) == (7, 8)
    assert _said(melody, "the meter changes ({meters}): read as one stream of sixteenths, written back in "
                         "{meter}").values == {"meters": "7/8, 3/4", "meter": "7/8"}


def test_triplets_and_short_notes_go_to_the_nearest_sixteenth(tmp_path):
    third, thirty_second = Fraction(1, 3), Fraction(1, 8)
    notes = [(67, third), (69, third), (71, third), (72, 1), (74, thirty_second), (72, 1 - thirty_second), (67, 2)]
    melody = read_melody(_written(tmp_path / "triplets.mid", _part(notes, time_signature="4/4", bpm=100)))

    # Onsets 0, 1/3, 2/3 quarter are sixteenths 0, 1.33, 2.67 -> 0, 1, 3; the thirty-second keeps one sixteenth.
    np.testing.assert_array_equal(melody.pitches, [67, 69, 69, 71, 72, 72, 72, 72, 74, 72, 72, 72] + [67] * 8)
    assert _said(melody, "moved {count} of {total} notes onto the sixteenth-note grid (triplets, notes shorter than "
                         "a sixteenth)").values == {"count": 5, "total": 7}


def test_grace_notes_are_left_out(tmp_path):
    from music21 import note

    part = _part(ODE[:4], time_signature="4/4", bpm=100)
    part.insert(1, note.Note(72).getGrace())
    melody = read_melody(_written(tmp_path / "grace.musicxml", part, fmt="musicxml"))

    np.testing.assert_array_equal(melody.pitches, _steps(ODE[:4]))
    assert _said(melody, "left out a grace note").values == {"count": 1}


def test_a_long_melody_is_cut(tmp_path):
    score = np.zeros((MAX_STEPS + 100, 4), np.uint8)
    score[:, 0] = np.resize(np.repeat([67, 69, 71, 72], 4), len(score))
    melody = read_melody(write_midi(tmp_path / "long.mid", score))

    np.testing.assert_array_equal(melody.pitches, score[:MAX_STEPS, 0])
    assert _said(melody, "kept the first {bars} bars of 4/4 ({steps} sixteenths) of a melody {total} sixteenths "
                         "long").values == {"bars": 64, "steps": MAX_STEPS, "total": MAX_STEPS + 100}


def test_a_midi_file_without_notes_is_refused(tmp_path):
    path = _written(tmp_path / "silence.mid", _part([(None, 4)], time_signature="4/4"))
    with pytest.raises(ScoreFileError) as raised:
        read_melody(path)
    assert raised.value.message == Message("{path} has no notes to take as a melody.", {"path": path})


def _real_midi(tmp_path) -> bytes:
    return _written(tmp_path / "real.mid", _part(ODE, time_signature="4/4", bpm=100)).read_bytes()


@pytest.mark.parametrize(("name", "content", "kind"), [
    ("noise.mid", lambda real: bytes(range(256)) * 8, "MIDI"),
    ("picture.mid", lambda real: b"\x89PNG\r\n\x1a\n" + bytes(200), "MIDI"),
    ("cut.mid", lambda real: real[:len(real) // 2], "MIDI"),
    ("header-only.midi", lambda real: real[:14], "MIDI"),
    ("text.xml", lambda real: b"not xml at all", "MusicXML"),
    ("drawing.musicxml", lambda real: b"<svg xmlns='http://www.w3.org/2000/svg'></svg>", "MusicXML"),
    ("broken.mxl", lambda real: b"PK\x03\x04 not a zip", "MusicXML"),
])
def test_corrupt_files_are_refused_naming_the_file(tmp_path, name, content, kind):
    path = tmp_path / name
    path.write_bytes(content(_real_midi(tmp_path)))
    with pytest.raises(ScoreFileError) as raised:
        read_melody(path)
    assert raised.value.message.template == UNREADABLE
    assert raised.value.message.values["path"] == path and raised.value.message.values["kind"] == kind
    assert str(path) in str(raised.value)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.mid"
    with open(path, "wb") as file:
        file.truncate(50 * 2**20)  # 50 MiB of zeros, sparse: written in no time
    begun = time.perf_counter()
    with pytest.raises(ScoreFileError) as raised:
        read_melody(path)
    assert time.perf_counter() - begun < 0.5
    assert raised.value.message.values["size"] == pytest.approx(52.4288)
    assert str(raised.value).startswith(f"{path} is 52.4 MB, more than the 2 MB a melody's file may be")


def test_missing_empty_and_other_files_are_refused(tmp_path):
    (tmp_path / "empty.mid").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("C D E")
    (tmp_path / "folder.mid").mkdir()
    for name, template in [("missing.mid", "{path} does not exist."), ("empty.mid", "{path} is empty."),
                           ("folder.mid", "{path} is not a file."),
                           ("notes.txt", "{path} is not a melody file: open a MIDI (.mid, .midi) or MusicXML "
                                         "(.musicxml, .xml, .mxl) file.")]:
        with pytest.raises(ScoreFileError) as raised:
            read_melody(tmp_path / name)
        assert raised.value.message == Message(template, {"path": tmp_path / name})


def test_an_mxl_melody_reads_as_its_midi_does(tmp_path):
    accompaniment = _part([([48, 55], 4)] * 4, "Guitar", "4/4", 76)
    melody = read_melody(_written(tmp_path / "song.mxl", accompaniment, _part(ODE, "Voice", "4/4"), fmt="mxl"))

    np.testing.assert_array_equal(melody.pitches, _steps(ODE))
    assert _said(melody, TOOK_PART).values == {"number": 2, "name": "Voice", "count": 2}
    assert (melody.tempo, melody.beats_per_bar) == (76.0, 4)


def _chorale_score() -> np.ndarray:
    """Four voices of sixteenths: held and repeated pitches, rests at the start, middle and end of voices."""
    soprano = _steps([(None, 1), (72, 1), (72, 0.5), (74, 0.25), (76, 2.25), (None, 0.5), (74, 1.5), (72, 1)])
    alto = _steps([(67, 2), (65, 2), (64, 2), (None, 1), (65, 1)])
    tenor = _steps([(60, 4), (57, 2), (59, 1), (60, 0.5), (None, 0.5)])
    bass = _steps([(48, 2), (53, 2), (55, 3), (48, 1)])
    return np.stack([soprano, alto, tenor, bass], axis=1)


def _runs(voice: np.ndarray) -> list[tuple[Fraction, Fraction, int]]:
    """(offset, quarter notes, pitch) of each run of one pitch (a note) in a voice of sixteenths."""
    edges = np.flatnonzero(np.diff(voice.astype(int), prepend=-1, append=-1))
    return [(Fraction(int(start), 4), Fraction(int(end - start), 4), int(voice[start]))
            for start, end in zip(edges[:-1], edges[1:]) if voice[start]]


def test_written_midi_reads_back_as_four_voices(tmp_path):
    from music21 import converter

    score = _chorale_score()
    path = write_midi(tmp_path / "chorale.mid", score, tempo=72, beats_per_bar=3, beat_unit=4)
    parsed = converter.parseFile(path, format="midi", forceSource=True)

    assert [part.partName for part in parsed.parts] == ["Soprano", "Alto", "Tenor", "Bass"]
    for voice, part in enumerate(parsed.parts):
        notes = [(Fraction(note.offset), Fraction(note.quarterLength), note.pitch.midi)
                 for note in part.stripTies().flatten().notes]
        assert notes == _runs(score[:, voice])
    again = read_melody(path)
    np.testing.assert_array_equal(again.pitches, score[:, 0])
    assert (again.tempo, again.beats_per_bar, again.beat_unit) == (72.0, 3, 4)
    assert os.listdir(tmp_path) == ["chorale.mid"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, monkeypatch):
    path = tmp_path / "chorale.mid"
    path.write_bytes(b"the earlier file")

    def full_disk(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(ScoreFileError) as raised:
        write_midi(path, _chorale_score())
    assert raised.value.message == Message("Could not write {path}: {reason}.",
                                           {"path": path, "reason": Message("the disk is full")})
    assert path.read_bytes() == b"the earlier file"
    assert os.listdir(tmp_path) == ["chorale.mid"]

    monkeypatch.undo()
    with pytest.raises(ScoreFileError, match="Could not write .*nowhere.*No such file or directory"):
        write_midi(tmp_path / "nowhere" / "chorale.mid", _chorale_score())
