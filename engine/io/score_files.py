"""A person's melody read from a MIDI or MusicXML file, and a four-voice score written as MIDI: the composer's
way in and out (engine.families.composer; the score format is engine.io.score's).

A melody file is untrusted input: it may hold a whole band, chords, triplets, a bass line, a 5/4 bar, ten
minutes of music, or no music at all. Each problem is either refused with a one-line reason (`ScoreFileError`)
or met with a sensible choice that `Melody.notes` says aloud, so the window can show what became of the file:

- the file is refused before anything is parsed when it is missing, empty, of another suffix, larger than
  MAX_BYTES (read from its size, not its bytes), an .mxl that unpacks to more than that, or a .mid without a
  MIDI header; whatever else music21 cannot parse is refused with its reason;
- of several tracks (parts) the one with the highest mean pitch is the melody; of notes sounding at once
  (chords, overlaps) the top one;
- onsets and ends go to the nearest sixteenth (a note keeps at least one); grace notes are left out;
- past MAX_STEPS sixteenths the melody is cut;
- the whole melody moves by octaves to where the soprano sings (VOICE_RANGES[0], a minor third wider), and a
  note still out of LOWEST..HIGHEST (what a piano roll holds) is folded by octaves into it;
- any meter is read: the melody is a stream of sixteenths; the first time signature and the first tempo are
  kept for the MIDI written back (4/4 and 100 when the file has none).

The MIDI is written by a small writer of its own rather than music21's: the format needs a header, a conductor
track and one track per voice (about forty lines), writing needs no music21 import and no stream built of
thousands of objects, and the tracks' names, channels and instrument are exactly what is asked. music21 reads
the result back (tests/test_score_files.py).
"""

from __future__ import annotations

import math
import struct
import warnings
import zipfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np

from engine.io.atomic import failure, written_whole
from engine.io.score import HIGHEST, LOWEST, REST, STEPS_PER_BEAT, VOICE_RANGES, VOICES, voice_notes
from engine.messages import Explained, Message

KINDS = {".mid": "MIDI", ".midi": "MIDI", ".musicxml": "MusicXML", ".xml": "MusicXML", ".mxl": "MusicXML"}
MB = 1_000_000
# A melody's MIDI is a few KB and its MusicXML some tens; music21 takes about 20 s for a 1 MB MIDI, so the limit
# keeps a wrong file (a whole album, a disk image renamed) from hanging the window or filling the memory.
MAX_BYTES = 2 * MB
MAX_STEPS = 64 * 4 * STEPS_PER_BEAT  # 64 bars of 4/4: a melody, not a symphony
DEFAULT_TEMPO = 100.0  # quarter notes a minute
TEMPO_RANGE = (20.0, 400.0)  # a tempo outside is a mistake in the file (MIDI allows 3.6 to 60 million)
DEFAULT_METER = (4, 4)
# Where the melody is moved by octaves: the soprano's compass, a minor third wider on each side.
REACH = (VOICE_RANGES[0][0] - 3, VOICE_RANGES[0][1] + 3)

TICKS_PER_QUARTER = 480
TICKS_PER_STEP = TICKS_PER_QUARTER // STEPS_PER_BEAT
PROGRAM = 52  # General MIDI's "Choir Aahs" (53, counted from 0): four voices of a chorale
VELOCITY = 80


class ScoreFileError(Explained, ValueError):
    """A melody file that cannot be read, or a MIDI file that cannot be written; the message names the file."""


@dataclass(frozen=True, eq=False)
class Melody:
    """A melody as the composer takes it: `pitches` (steps,) uint8 MIDI pitches a sixteenth each (REST where
    silent), `notes` what was done to the file to get them, and what the MIDI written back keeps of it: the
    `tempo` in quarter notes a minute and the meter `beats_per_bar` / `beat_unit` (7/8: 7 and 8)."""

    pitches: np.ndarray
    notes: list[Message]
    tempo: float = DEFAULT_TEMPO
    beats_per_bar: int = DEFAULT_METER[0]
    beat_unit: int = DEFAULT_METER[1]


@dataclass(frozen=True)
class _Note:
    """A pitched note or chord of the file, in quarter notes from the start."""

    start: Fraction
    end: Fraction
    pitches: tuple[int, ...]


def read_melody(path: str | Path) -> Melody:
    """The melody of a MIDI (.mid, .midi) or MusicXML (.musicxml, .xml, .mxl) file (see the module docstring).

    Raises:
        ScoreFileError: the file is missing, empty, too large, not MIDI or MusicXML, unreadable, or has no notes.
    """
    path = Path(path)
    kind = _checked_kind(path)
    score = _parsed(path, kind)
    notes: list[Message] = []
    part, melody = _melody_part(score, kind, notes)
    if not any(note.end > note.start for note in melody):
        raise ScoreFileError("{path} has no notes to take as a melody.", path=path)
    starts, ends, pitches = _cut(path, _on_grid(melody, notes), notes)
    pitches = _in_reach(starts, ends, pitches, notes)
    tempo = _tempo(score, notes)
    beats_per_bar, beat_unit = _meter(part, notes)
    return Melody(_top_line(starts, ends, pitches, notes), notes, tempo, beats_per_bar, beat_unit)


def _checked_kind(path: Path) -> str:
    """The file's kind, MIDI or MusicXML, once it is known to exist and to be of a size worth parsing (an .mxl's
    unpacked size too): cheap checks, before any parsing, that give a clearer reason than music21's parser."""
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        raise ScoreFileError("{path} is not a melody file: open a MIDI (.mid, .midi) or MusicXML (.musicxml, .xml, "
                             ".mxl) file.", path=path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ScoreFileError("{path} is not a file.", path=path)
        if size == 0:
            raise ScoreFileError("{path} is empty.", path=path)
        if size > MAX_BYTES:
            raise ScoreFileError("{path} is {size:.1f} MB, more than the {limit:g} MB a melody's file may be: a "
                                 "melody takes a few KB. Save the melody alone in a file of its own.",
                                 path=path, size=size / MB, limit=MAX_BYTES / MB)
        if path.suffix.lower() == ".mxl":
            _check_unpacked_size(path)
    except FileNotFoundError:
        raise ScoreFileError("{path} does not exist.", path=path) from None
    except OSError as exc:
        raise _unreadable(path, kind, exc.strerror or str(exc)) from None
    return kind


def _unreadable(path: Path, kind: str, reason: str | Message) -> ScoreFileError:
    """The error for a file that is no MIDI or MusicXML after all, whoever found out: one text to translate."""
    return ScoreFileError("{path} could not be read as {kind} ({reason}).", path=path, kind=kind, reason=reason)


def _check_unpacked_size(path: Path) -> None:
    """An .mxl is a zip: its members' sizes, as its directory declares them (Python's zipfile reads no more
    than that), must stay within MAX_BYTES of MusicXML, or a small file could unpack to gigabytes."""
    try:
        with zipfile.ZipFile(path) as archive:
            size = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise _unreadable(path, "MusicXML", str(exc)) from None
    if size > MAX_BYTES:
        raise ScoreFileError("{path} unpacks to {size:.1f} MB, more than the {limit:g} MB a melody's file may be.",
                             path=path, size=size / MB, limit=MAX_BYTES / MB)


def _parsed(path: Path, kind: str):
    """The file as a music21 Score. MIDI is read from its bytes (music21 leaves a file it fails to parse
    open), unquantised (music21 would snap to sixteenths and triplets: the grid here is sixteenths only, and
    the notes moved onto it are counted). music21's warnings about the file are left out: what matters of them
    is said in the melody's notes."""
    from music21 import converter

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if kind == "MIDI":
                parsed = converter.parseData(_midi_data(path), format="midi", quantizePost=False)
            else:
                parsed = converter.parseFile(path, format="musicxml", forceSource=True)
    except ScoreFileError:
        raise
    except OSError as exc:
        raise _unreadable(path, kind, exc.strerror or str(exc)) from None
    # music21 reports a malformed file as whichever error its parser met (its own exceptions, ParseError,
    # IndexError, struct.error, UnicodeDecodeError, ZeroDivisionError on a zero tempo, ...): every one of them
    # means "not a readable melody file", said with its first line.
    except Exception as exc:  # noqa: BLE001
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise _unreadable(path, kind, reason[:120]) from None
    return parsed


def _midi_data(path: Path) -> bytes:
    """The file's bytes (no more than MAX_BYTES, checked), once they begin as a MIDI file's do."""
    data = path.read_bytes()
    if not data.startswith(b"MThd"):
        raise _unreadable(path, "MIDI", Message("it does not begin with a MIDI header"))
    return data


def _melody_part(score, kind: str, notes: list[Message]) -> tuple:
    """The track with the highest mean pitch (the melody, over an accompaniment) and its notes, said when there
    was a choice; tracks of drums only (no pitches) are never taken."""
    parts = list(score.parts) or [score]
    candidates = [(number, part, _pitched(part)) for number, part in enumerate(parts, 1)]
    candidates = [candidate for candidate in candidates if candidate[2]]
    if not candidates:
        return parts[0], []
    number, part, melody = max(candidates, key=lambda candidate: _mean_pitch(candidate[2]))
    if len(candidates) > 1:
        notes.append(_took_message(kind, number, (part.partName or "").strip()[:40], len(parts)))
    return part, melody


def _took_message(kind: str, number: int, name: str, count: int) -> Message:
    values = {"number": number, "name": name, "count": count}
    if kind == "MIDI":
        return Message("took track {number} '{name}' of {count}, the highest, as the melody" if name else
                       "took track {number} of {count}, the highest, as the melody", values)
    return Message("took part {number} '{name}' of {count}, the highest, as the melody" if name else
                   "took part {number} of {count}, the highest, as the melody", values)


def _pitched(part) -> list[_Note]:
    """The part's notes and chords with a pitch (not a drum's), in quarter notes from its start; tied notes
    (a note across a bar line) as one."""
    found = []
    for element in part.flatten().stripTies().notes:
        pitches = tuple(pitch.midi for pitch in element.pitches)
        if pitches:
            start = Fraction(element.offset)
            found.append(_Note(start, start + Fraction(element.quarterLength), pitches))
    return found


def _mean_pitch(found: list[_Note]) -> float:
    return float(np.mean([pitch for note in found for pitch in note.pitches]))


def _on_grid(melody: list[_Note], notes: list[Message]) -> list[tuple[int, int, tuple[int, ...]]]:
    """The notes as (start, end, pitches) in sixteenths: onsets and ends moved to the nearest one (a note keeps
    one at least), grace notes left out; each change said."""
    sounding = [note for note in melody if note.end > note.start]
    if len(sounding) < len(melody):
        graces = len(melody) - len(sounding)
        notes.append(Message("left out {count} grace notes" if graces > 1 else "left out a grace note",
                             {"count": graces}))
    rows = [(_step(note.start), max(_step(note.start) + 1, _step(note.end)), note.pitches) for note in sounding]
    moved = sum(start != note.start * STEPS_PER_BEAT or end != note.end * STEPS_PER_BEAT
                for (start, end, _), note in zip(rows, sounding))
    if moved:
        notes.append(Message("moved {count} of {total} notes onto the sixteenth-note grid (triplets, notes shorter "
                             "than a sixteenth)", {"count": moved, "total": len(sounding)}))
    return rows


def _cut(path: Path, rows: list[tuple[int, int, tuple[int, ...]]],
         notes: list[Message]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The first MAX_STEPS sixteenths (the cut said) as arrays starts, ends, pitches: a chord's pitches each a
    note.

    Raises:
        ScoreFileError: no note starts within MAX_STEPS.
    """
    total = max(end for _, end, _ in rows)
    if total > MAX_STEPS:
        notes.append(Message("kept the first {bars} bars of 4/4 ({steps} sixteenths) of a melody {total} "
                             "sixteenths long", {"bars": MAX_STEPS // 16, "steps": MAX_STEPS, "total": total}))
    kept = [(start, min(end, MAX_STEPS), pitch) for start, end, pitches in rows if start < MAX_STEPS
            for pitch in pitches]
    if not kept:
        raise ScoreFileError("{path} has no notes in its first {bars} bars of 4/4, the most of a melody read.",
                             path=path, bars=MAX_STEPS // 16)
    starts, ends, pitches = (np.array(column, np.int64) for column in zip(*kept))
    return starts, ends, pitches


def _step(quarters: Fraction) -> int:
    """The nearest sixteenth, halves rounded up (Python's round would send them to the even one)."""
    return math.floor(quarters * STEPS_PER_BEAT + Fraction(1, 2))


def _in_reach(starts: np.ndarray, ends: np.ndarray, pitches: np.ndarray, notes: list[Message]) -> np.ndarray:
    """The pitches moved by the whole octaves that put the most sounding time within REACH (the fewest octaves
    on a tie), then any still out of what a piano roll holds folded into it; each said."""
    lengths = ends - starts
    inside = {octaves: int(lengths[(pitches + 12 * octaves >= REACH[0]) & (pitches + 12 * octaves <= REACH[1])].sum())
              for octaves in range(-10, 11)}
    octaves = max(inside, key=lambda candidate: (inside[candidate], -abs(candidate)))
    if octaves:
        notes.append(_octaves_message(octaves))
    return _folded(pitches + 12 * octaves, notes)


def _folded(pitches: np.ndarray, notes: list[Message]) -> np.ndarray:
    """The pitches below LOWEST or above HIGHEST (a melody of more than five octaves) moved by octaves into
    LOWEST..HIGHEST, nearest first, and said."""
    outside = int(((pitches < LOWEST) | (pitches > HIGHEST)).sum())
    if not outside:
        return pitches
    from music21 import pitch

    names = {"count": outside, "low": pitch.Pitch(midi=LOWEST).nameWithOctave,
             "high": pitch.Pitch(midi=HIGHEST).nameWithOctave}
    notes.append(Message("folded {count} notes still out of reach by octaves into {low} to {high}" if outside > 1
                         else "folded a note still out of reach by octaves into {low} to {high}", names))
    pitches = np.where(pitches < LOWEST, LOWEST + (pitches - LOWEST) % 12, pitches)
    return np.where(pitches > HIGHEST, HIGHEST - (HIGHEST - pitches) % 12, pitches)


def _octaves_message(octaves: int) -> Message:
    values = {"octaves": abs(octaves)}
    if octaves > 0:
        return Message("moved the melody up one octave, into the soprano's range" if octaves == 1 else
                       "moved the melody up {octaves} octaves, into the soprano's range", values)
    return Message("moved the melody down one octave, into the soprano's range" if octaves == -1 else
                   "moved the melody down {octaves} octaves, into the soprano's range", values)


def _top_line(starts: np.ndarray, ends: np.ndarray, pitches: np.ndarray, notes: list[Message]) -> np.ndarray:
    """The pitch of every sixteenth: the top one of the notes sounding then (a chord's top note, the higher of
    two overlapping notes), said when a lower note lost a sixteenth to it."""
    line = np.full(int(ends.max()), REST, np.int64)
    for start, end, pitch in zip(starts, ends, pitches):
        np.maximum(line[start:end], pitch, out=line[start:end])
    hidden = sum(bool((line[start:end] > pitch).any()) for start, end, pitch in zip(starts, ends, pitches))
    if hidden:
        notes.append(Message("several notes at once (chords): kept the top one; {count} lower notes left out or "
                             "shortened" if hidden > 1 else "several notes at once (chords): kept the top one; a "
                             "lower note left out or shortened", {"count": hidden}))
    return line.astype(np.uint8)


def _tempo(score, notes: list[Message]) -> float:
    """The first usable tempo of the file in quarter notes a minute (a dotted quarter's in 6/8 converted),
    DEFAULT_TEMPO when there is none; a change of tempo later in the file is said, not followed."""
    from music21 import tempo

    found = [mark.getQuarterBPM() for mark in score.flatten().getElementsByClass(tempo.MetronomeMark)]
    found = [round(float(bpm), 2) for bpm in found if bpm is not None and TEMPO_RANGE[0] <= bpm <= TEMPO_RANGE[1]]
    if not found:
        notes.append(Message("no usable tempo in the file: took {tempo:g} quarter notes a minute",
                             {"tempo": DEFAULT_TEMPO}))
        return DEFAULT_TEMPO
    if len(set(found)) > 1:
        notes.append(Message("the tempo changes: took the first, {tempo:g} quarter notes a minute",
                             {"tempo": found[0]}))
    return found[0]


def _meter(part, notes: list[Message]) -> tuple[int, int]:
    """The melody's first time signature MIDI can write (numerator, denominator), DEFAULT_METER when there is
    none, and what the meter means here: nothing to the sixteenths it is read as, the meter of the MIDI written.
    The melody's own, not the score's: another part may be in another meter, or have none."""
    from music21 import meter

    found = [(signature.numerator, signature.denominator)
             for signature in part.flatten().getElementsByClass(meter.TimeSignature)]
    found = [signature for signature in found if _writable(*signature)]
    changes = [signature for index, signature in enumerate(found) if index == 0 or signature != found[index - 1]]
    if not changes:
        notes.append(Message("no usable time signature in the file: took {meter}", {"meter": "4/4"}))
        return DEFAULT_METER
    first = "{}/{}".format(*changes[0])
    if len(changes) > 1:
        notes.append(Message("the meter changes ({meters}): read as one stream of sixteenths, written back in "
                             "{meter}", {"meters": ", ".join("{}/{}".format(*change) for change in changes),
                                         "meter": first}))
    elif changes[0] != DEFAULT_METER:
        notes.append(Message("meter {meter}: read as a stream of sixteenths, whatever the meter", {"meter": first}))
    return changes[0]


def _writable(beats_per_bar: int, beat_unit: int) -> bool:
    """Whether a MIDI time signature can say it: 1 to 255 beats of a whole note's 1/2**n, n up to 6."""
    return 1 <= beats_per_bar <= 255 and beat_unit in (1, 2, 4, 8, 16, 32, 64)


def write_midi(path: str | Path, score: np.ndarray, tempo: float = DEFAULT_TEMPO, beats_per_bar: int = 4,
               beat_unit: int = 4) -> Path:
    """Write a score (steps, 4) of MIDI pitches per sixteenth (REST silent) as a MIDI file of a conductor
    track (tempo, meter) and four tracks named Soprano, Alto, Tenor and Bass; a run of one pitch in a voice is
    one note. Written to a temporary file beside `path` and moved over it, so a full disk or a crash leaves
    any earlier file whole and no half file.

    Raises:
        ValueError: the score is not (steps, 4) MIDI pitches, or the tempo or meter cannot be written (a bug).
        ScoreFileError: the file could not be written (full disk, permissions, no such folder).
    """
    path = Path(path)
    data = _midi_bytes(_checked_score(score), tempo, beats_per_bar, beat_unit)
    try:
        with written_whole(path) as file:
            file.write(data)
    except OSError as exc:
        raise ScoreFileError("Could not write {path}: {reason}.", path=path, reason=failure(exc)) from exc
    return path


def _checked_score(score: np.ndarray) -> np.ndarray:
    """The score as uint8, once its shape and pitches are known to make a MIDI file (not, a bug upstream)."""
    score = np.asarray(score)
    if score.ndim != 2 or score.shape[1] != len(VOICES):
        raise ValueError(f"a score is (steps, {len(VOICES)}) pitches, not {score.shape}")
    if score.size and not (score.min() >= 0 and score.max() <= 127):
        raise ValueError(f"MIDI pitches are 0 to 127, not {score.min()} to {score.max()}")
    return score.astype(np.uint8)


def _midi_bytes(score: np.ndarray, tempo: float, beats_per_bar: int, beat_unit: int) -> bytes:
    """A standard MIDI file of format 1: the conductor track, then one track per voice on its own channel."""
    microseconds = round(60_000_000 / tempo) if tempo > 0 else 0
    if not 1 <= microseconds <= 0xFFFFFF:
        raise ValueError(f"MIDI cannot write a tempo of {tempo} quarter notes a minute")
    if not _writable(beats_per_bar, beat_unit):
        raise ValueError(f"MIDI cannot write a meter of {beats_per_bar}/{beat_unit}")
    length = len(score) * TICKS_PER_STEP
    conductor = [(0, b"\xff\x51\x03" + microseconds.to_bytes(3, "big")),
                 (0, bytes([0xFF, 0x58, 4, beats_per_bar, beat_unit.bit_length() - 1, 24, 8]))]
    tracks = [_track(conductor, length)]
    tracks += [_track(_voice_events(name.capitalize(), channel, score[:, channel]), length)
               for channel, name in enumerate(VOICES)]
    return b"MThd" + struct.pack(">IHHH", 6, 1, len(tracks), TICKS_PER_QUARTER) + b"".join(tracks)


def _voice_events(name: str, channel: int, pitches: np.ndarray) -> list[tuple[int, bytes]]:
    """A voice's name, instrument and notes as (tick, event), a note from each run of one pitch."""
    events = [(0, b"\xff\x03" + _variable_length(len(name)) + name.encode("ascii")),
              (0, bytes([0xC0 | channel, PROGRAM]))]
    for start, end, pitch in voice_notes(pitches):
        events += [(start * TICKS_PER_STEP, bytes([0x90 | channel, pitch, VELOCITY])),
                   (end * TICKS_PER_STEP, bytes([0x80 | channel, pitch, 0]))]
    return events


def _track(events: list[tuple[int, bytes]], length: int) -> bytes:
    """A track chunk of (tick, event) in time order, ended at `length` ticks (trailing rests kept)."""
    body, last = bytearray(), 0
    for tick, event in [*events, (length, b"\xff\x2f\x00")]:
        body += _variable_length(tick - last) + event
        last = tick
    return b"MTrk" + struct.pack(">I", len(body)) + bytes(body)


def _variable_length(value: int) -> bytes:
    """MIDI's variable-length quantity: seven bits a byte, most significant first, the last byte's top bit 0."""
    groups = [value & 0x7F]
    while value > 0x7F:
        value >>= 7
        groups.append(0x80 | (value & 0x7F))
    return bytes(reversed(groups))
