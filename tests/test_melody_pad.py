"""The melody pad (gui.tools.melody_pad): notes entered with real clicks and key presses on its piano roll, requests
by growing token with stale answers dropped, and, in the window, the shipped composer harmonising at first sight,
a run of the pad's buttons (held-out melody, open a MIDI, play, export MIDI and WAV) read back from disk."""

from __future__ import annotations

import wave

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from qt_helpers import WAIT, click

from engine.io.score import REST, STEPS
from engine.io.score_files import write_midi
from gui.i18n import number
from gui.tools.melody_pad import FIRST_MELODY, MelodyPad
from gui.tools.melody_roll import HIGH, LOW, in_reach
from gui.worker.protocol import Harmonised, LoadedMelody

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


@pytest.fixture
def pad(qtbot):
    pad = MelodyPad()
    qtbot.addWidget(pad)
    pad.resize(1000, 700)
    pad.show()
    return pad


def at(roll, step: int, pitch: int) -> QPoint:
    x, y = roll.cell_centre(step, pitch)
    return QPoint(int(x), int(y))


def test_the_pad_opens_on_a_melody_and_asks_for_its_voices_when_shown(qtbot):
    pad = MelodyPad()
    qtbot.addWidget(pad)
    assert np.array_equal(pad.roll.melody(), FIRST_MELODY) and len(FIRST_MELODY) == STEPS
    with qtbot.waitSignal(pad.harmoniseRequested, timeout=1000) as blocker:
        pad.show()
    token, melody, variation = blocker.args
    assert token == 1 and np.array_equal(melody, FIRST_MELODY) and variation == 0


def test_a_click_puts_a_note_of_the_chosen_length_and_a_click_on_it_takes_it_away(qtbot, pad):
    roll = pad.roll
    click(qtbot, pad, "clearMelodyButton")
    assert not roll.melody().any()
    pad.length.setCurrentIndex(1)  # an eighth: two sixteenths
    with qtbot.waitSignal(pad.harmoniseRequested, timeout=1000) as blocker:
        qtbot.mouseClick(roll, LEFT, pos=at(roll, 5, 67))
    melody = blocker.args[1]
    assert melody[5:7].tolist() == [67, 67] and melody.sum() == 2 * 67
    assert roll.cursor == 7
    qtbot.mouseClick(roll, LEFT, pos=at(roll, 6, 67))  # on the note: away
    assert not roll.melody().any()
    qtbot.mouseClick(roll, LEFT, pos=at(roll, 5, 67))
    qtbot.mouseClick(roll, LEFT, pos=at(roll, 6, 70))  # another pitch on it: replaces the melody there
    assert roll.melody()[4:9].tolist() == [0, 67, 70, 70, 0]
    qtbot.mouseClick(roll, RIGHT, pos=at(roll, 7, 50))  # the right button anywhere in its steps: away
    assert roll.melody()[4:9].tolist() == [0, 67, 0, 0, 0]


def test_dragging_right_holds_the_note_and_announces_once(qtbot, pad):
    roll = pad.roll
    roll.clear()
    requests = []
    pad.harmoniseRequested.connect(lambda token, melody, seed: requests.append(melody))
    qtbot.mousePress(roll, LEFT, pos=at(roll, 10, 60))
    for step in range(11, 30):
        qtbot.mouseMove(roll, at(roll, step, 60))
    qtbot.mouseMove(roll, at(roll, 21, 60))  # back a little: the note ends under the mouse
    qtbot.mouseRelease(roll, LEFT, pos=at(roll, 21, 60))
    assert len(requests) == 1
    assert np.flatnonzero(requests[0]).tolist() == list(range(10, 22)) and set(requests[0][10:22]) == {60}


def test_the_computer_keyboard_plays_notes_at_the_cursor(qtbot, pad):
    roll = pad.roll
    roll.clear()
    roll.setFocus()
    pad.length.setCurrentIndex(2)  # quarters
    for key in (Qt.Key.Key_A, Qt.Key.Key_D, Qt.Key.Key_G, Qt.Key.Key_K):  # C4 E4 G4 C5
        qtbot.keyClick(roll, key)
    assert roll.melody()[:20].tolist() == [60] * 4 + [64] * 4 + [67] * 4 + [72] * 4 + [0] * 4
    assert roll.cursor == 16
    qtbot.keyClick(roll, Qt.Key.Key_Backspace)  # takes back the last note
    assert roll.cursor == 12 and not roll.melody()[12:].any()
    qtbot.keyClick(roll, Qt.Key.Key_Right)  # a rest
    qtbot.keyClick(roll, Qt.Key.Key_Z)  # an octave down
    qtbot.keyClick(roll, Qt.Key.Key_W)  # C#3
    assert roll.melody()[12:20].tolist() == [0] * 4 + [49] * 4
    for _ in range(5):
        qtbot.keyClick(roll, Qt.Key.Key_Z)  # no lower than the keyboard's lowest octave
    assert roll.keyboard_c == 48
    roll.cursor = STEPS - 1
    qtbot.keyClick(roll, Qt.Key.Key_A)  # a quarter from the last step: cut at the end
    assert roll.melody()[-1] == 48 and roll.cursor == STEPS
    qtbot.keyClick(roll, Qt.Key.Key_S)  # past the end: nothing
    assert roll.melody()[-2] == 0


def test_bars_lengthen_and_cut_the_melody(qtbot, pad):
    roll = pad.roll
    pad.bars.setValue(6)
    assert roll.steps == 96 and np.array_equal(roll.melody()[:STEPS], FIRST_MELODY) and not roll.melody()[64:].any()
    assert roll.width() > 96 * 14
    pad.bars.setValue(2)
    assert np.array_equal(roll.melody(), FIRST_MELODY[:32])


def test_melodies_are_kept_within_the_roll_by_octaves():
    melody = np.array([0, 30, 40, 84, 90, 100, 0], np.uint8)
    assert in_reach(melody).tolist() == [0, 42, 40, 84, 78, 76, 0]
    assert all(LOW <= p <= HIGH for p in in_reach(melody) if p)


def test_stale_answers_are_dropped_and_the_newest_is_drawn(pad):
    def answer(token, alto, steps=STEPS, shipped=True):
        score = np.zeros((steps, 4), np.uint8)
        score[:, 0], score[:, 1] = FIRST_MELODY[:steps] if steps <= STEPS else 0, alto
        return Harmonised(token, score, 7000, shipped)

    assert pad.show_harmonisation(answer(5, 55)) and pad.shown_token == 5
    assert not pad.show_harmonisation(answer(3, 57))
    assert pad.current_score()[:, 1].tolist() == [55] * STEPS
    assert "shipped composer" in pad.caption.text() and f"{number(7000)} iterations" in pad.caption.text()
    assert not pad.show_harmonisation(answer(6, 57, steps=32))  # of a melody of another length
    assert pad.show_harmonisation(answer(7, 59, shipped=False))
    assert pad.current_score()[:, 1].tolist() == [59] * STEPS and "this run's composer" in pad.caption.text()


def test_a_loaded_melody_says_what_was_done_to_it_and_keeps_its_tempo_and_meter(qtbot, pad, tmp_path):
    from engine.messages import Message

    pitches = np.repeat(np.array([67, 0, 69, 71, 72], np.uint8), 8)  # 40 sixteenths: three bars
    with qtbot.waitSignal(pad.harmoniseRequested, timeout=1000) as blocker:
        pad.show_melody(LoadedMelody(pitches, "tune.mid", [Message("Took track {number}", {"number": 2})], 76.0,
                                     3, 4))
    assert np.array_equal(blocker.args[1][:40], pitches) and not blocker.args[1][40:].any()
    assert pad.bars.value() == 3 and pad.tempo.value() == 76 and pad.meter == (3, 4)
    assert "tune.mid: 40 sixteenths, G4 to C5. Took track 2" == pad.info.text()
    path = tmp_path / "out.mid"
    assert pad.export_midi(str(path))
    from music21 import converter

    parsed = converter.parse(str(path))
    assert parsed.recurse().getElementsByClass("TimeSignature")[0].ratioString == "3/4"
    assert parsed.metronomeMarkBoundaries()[0][2].number == 76


def test_the_shipped_composer_harmonises_in_the_window_and_the_pad_plays_and_exports(qtbot, make_window, answers,
                                                                                     tmp_path):
    from music21 import converter
    from PySide6.QtMultimedia import QMediaDevices

    state, asked = answers
    window = make_window()
    pad = window.melody_pad
    window.tabs.setCurrentWidget(pad)  # shown: it asks; the worker builds the shipped composer and answers
    qtbot.waitUntil(lambda: pad.shown_token == pad.token > 0, timeout=WAIT)
    composer = window.worker._shipped_composer
    assert composer is not None and composer.shipped is not None and "shipped composer" in pad.caption.text()
    assert np.array_equal(pad.current_score(), composer.harmonise_melody(FIRST_MELODY, 0))
    voices = pad.current_score()[:, 1:]
    assert (voices != REST).mean() > 0.5 and voices[voices != REST].min() >= LOW  # it sings, within the roll

    # An edit: the newest request answered, with the voices of the melody as edited.
    roll = pad.roll
    qtbot.mouseClick(roll, LEFT, pos=at(roll, 0, 72))
    qtbot.waitUntil(lambda: pad.shown_token == pad.token, timeout=WAIT)
    assert np.array_equal(pad.current_score(), composer.harmonise_melody(roll.melody(), 0))
    pad.variation.setValue(3)  # another noise, another harmonisation
    qtbot.waitUntil(lambda: pad.shown_token == pad.token, timeout=WAIT)
    assert np.array_equal(pad.current_score(), composer.harmonise_melody(roll.melody(), 3))

    # A held-out chorale's melody.
    pad.held_out.setValue(12)
    click(qtbot, pad, "heldOutMelodyButton")
    held_out = composer.dataset.test_images[12, :, 0]
    qtbot.waitUntil(lambda: np.array_equal(roll.melody(), held_out) and pad.shown_token == pad.token, timeout=WAIT)
    assert np.array_equal(pad.current_score()[:, 0], held_out) and "Held-out window 12 of" in pad.info.text()

    # A MIDI file opened through the button; a corrupt one is refused with its reason, the melody kept.
    melody = np.repeat(np.array([62, 64, 66, 67, 69, 71, 73, 74], np.uint8), 6)
    score = np.zeros((len(melody), 4), np.uint8)
    score[:, 0] = melody
    write_midi(tmp_path / "scale.mid", score, tempo=132)
    state["open"] = str(tmp_path / "scale.mid")
    click(qtbot, pad, "openMelodyButton")
    qtbot.waitUntil(lambda: np.array_equal(roll.melody()[:len(melody)], melody) and pad.shown_token == pad.token,
                    timeout=WAIT)
    assert pad.tempo.value() == 132 and pad.bars.value() == 3
    assert "scale.mid: 48 sixteenths, D4 to D5" in pad.info.text()
    (tmp_path / "broken.mid").write_bytes(b"MThd" + bytes(40))
    state["open"] = str(tmp_path / "broken.mid")
    click(qtbot, pad, "openMelodyButton")
    qtbot.waitUntil(lambda: bool(asked["critical"]), timeout=WAIT)
    title, message = asked["critical"][-1]
    assert title == "Could not open the melody" and "broken.mid" in message
    assert np.array_equal(roll.melody()[:len(melody)], melody)

    # Play: with no sound device (as on these machines) it says so and nothing else happens.
    click(qtbot, pad, "playButton")
    if QMediaDevices.defaultAudioOutput().isNull():
        assert "no sound device" in pad.info.text() and not pad.stop_button.isEnabled() and not pad.player.playing
    else:
        assert pad.player.playing and pad.stop_button.isEnabled()
        click(qtbot, pad, "stopButton")
        assert not pad.player.playing and roll.playhead is None

    # Export MIDI and WAV through the buttons: read back.
    state["save"] = str(tmp_path / "harmonised")
    click(qtbot, pad, "exportMidiButton")
    parts = converter.parse(str(tmp_path / "harmonised.mid")).parts
    assert len(parts) == 4
    top = [(float(n.offset), n.pitch.midi) for n in parts[0].stripTies().flatten().notes]  # tied over bars: one
    expected = [(start / 4, pitch) for start, pitch in enumerate(melody) if start == 0 or melody[start - 1] != pitch]
    assert top == expected
    click(qtbot, pad, "exportWavButton")
    with wave.open(str(tmp_path / "harmonised.wav")) as read:
        seconds = read.getnframes() / read.getframerate()
    assert seconds == pytest.approx(3 * 16 * 60 / 132 / 4, abs=0.1)
    assert "Wrote" in pad.info.text()
