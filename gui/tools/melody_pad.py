"""The melody pad: enter a melody (click notes on a piano roll, type it on the computer keyboard as a piano, open a
MIDI or MusicXML file, or take a held-out chorale's), and a composer writes the alto, tenor and bass under it;
play the four voices, export them as MIDI (four tracks) or WAV.

Like the sketch pad, the pad never runs a network (it imports no TensorFlow): each change of the melody, and the
Harmonise button, emits `harmoniseRequested` with a growing token; the worker harmonises only the newest request
waiting (with the run's composer, or the shipped one while the run is of another family: engine.io.shipped) and
`show_harmonisation` draws the answer unless a newer one is on screen. Opening a file and taking a held-out melody
are requests to the worker too (music21 and the chorales live there); what the file's reading chose (a track, an
octave, a cut) is shown under the roll. Sound is engine.io.audio's synthesiser, played by gui.tools.score_player.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine.families.composer.rolls import COLOURS
from engine.io import audio
from engine.io.score import STEPS, STEPS_PER_BAR, VOICES
from engine.io.score_files import (
    DEFAULT_METER,
    DEFAULT_TEMPO,
    MAX_STEPS,
    ScoreFileError,
    write_midi,
)
from gui.i18n import engine_message, number
from gui.tools.melody_roll import MelodyRoll, pitch_name
from gui.tools.score_player import ScorePlayer
from gui.window.file_dialogs import ask_open_path, ask_save_path
from gui.worker.protocol import Harmonised, LoadedMelody

NOTE_LENGTHS = ((QT_TRANSLATE_NOOP("MelodyPad", "sixteenth"), 1), (QT_TRANSLATE_NOOP("MelodyPad", "eighth"), 2),
                (QT_TRANSLATE_NOOP("MelodyPad", "quarter"), 4), (QT_TRANSLATE_NOOP("MelodyPad", "half"), 8),
                (QT_TRANSLATE_NOOP("MelodyPad", "whole"), 16))
MAX_BARS = MAX_STEPS // STEPS_PER_BAR
MAX_VARIATION = 9999
MAX_HELD_OUT = 9999  # the worker wraps the number around the held-out windows there are
# The first melody on the pad, so it harmonises at first sight: "Ode to Joy" (Beethoven's, public domain), four bars
# of quarter notes in C from E4, the last a half note.
FIRST_MELODY = np.repeat(np.array([64, 64, 65, 67, 67, 65, 64, 62, 60, 60, 62, 64, 64, 62, 62, 62], np.uint8), 4)


class MelodyPad(QWidget):
    """The roll with its tools; asks for harmonisations by token (newest wins), plays and exports the score."""

    harmoniseRequested = Signal(int, object, int)  # token, melody (steps,) uint8, variation (the noise's seed)
    heldOutRequested = Signal(int)  # a held-out window's number; answer with show_melody
    openRequested = Signal(str)  # a MIDI or MusicXML file's path; answer with show_melody

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("melodyPad")
        self.token = 0  # of the newest harmonisation requested
        self.shown_token = 0  # of the one on screen
        self.score: np.ndarray | None = None  # the harmonisation on screen (steps, 4), the melody first
        self.meter = DEFAULT_METER  # what the MIDI written back says (a file's own, once one is opened)
        self.stale = True  # the composer changed since the voices on screen were asked for
        self.player = ScorePlayer(self)
        self.player.positionChanged.connect(self._on_position)
        self.player.stopped.connect(self._on_stopped)
        self._build()
        self.roll.set_melody(FIRST_MELODY, announce=False)

    def _build(self) -> None:
        self.caption = QLabel(self.tr("Waiting for the composer…"))
        self.caption.setObjectName("melodyCaption")
        self.caption.setWordWrap(True)
        self.roll = MelodyRoll()
        self.roll.melodyChanged.connect(self._on_melody_changed)
        scroll = QScrollArea()
        scroll.setWidget(self.roll)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll.setWidgetResizable(False)
        self.scroll = scroll
        self.info = QLabel(self.tr("Click notes on the roll, or click it and type: keys A W S E D F T G Y H U J K "
                                   "are a piano's octave from C."))
        self.info.setObjectName("melodyInfo")
        self.info.setWordWrap(True)
        legend = QLabel(" ".join(f"<span style='color: rgb{COLOURS[voice]}'>■</span> {name}" for voice, name in zip(
            VOICES, (self.tr("melody"), self.tr("alto"), self.tr("tenor"), self.tr("bass")))))
        legend.setStyleSheet("background: rgb(24, 25, 30); color: rgb(220, 220, 220); padding: 3px 6px")  # the roll's

        self.bars = self._spin("melodyBars", 1, MAX_BARS, STEPS // STEPS_PER_BAR,
                               self.tr("How many bars of 4/4 the melody has (the composer writes four at a time)"))
        self.bars.valueChanged.connect(lambda bars: self.roll.set_steps(bars * STEPS_PER_BAR))
        self.length = QComboBox()
        self.length.setObjectName("noteLength")
        for name, steps in NOTE_LENGTHS:
            self.length.addItem(self.tr(name), steps)
        self.length.setCurrentIndex(2)
        self.length.setToolTip(self.tr("How long a clicked or typed note lasts"))
        self.length.currentIndexChanged.connect(lambda: setattr(self.roll, "note_length", self.length.currentData()))
        clear = self._button("clearMelodyButton", self.tr("Clear"), self.tr("Take every note away"), self.roll.clear)
        self.held_out_button = self._button(
            "heldOutMelodyButton", self.tr("From a held-out chorale"),
            self.tr("Take the melody of the held-out chorale window numbered beside: Bach's, never trained on"),
            lambda: self.heldOutRequested.emit(self.held_out.value()))
        self.held_out = self._spin("heldOutIndex", 0, MAX_HELD_OUT, 0,
                                   self.tr("Which held-out window \"From a held-out chorale\" takes"))
        self.open_button = self._button("openMelodyButton", self.tr("Open MIDI…"),
                                        self.tr("Take the melody of a MIDI or MusicXML file (its highest track)"),
                                        self.open_file)
        entry = QHBoxLayout()
        for widget in (QLabel(self.tr("Bars")), self.bars, QLabel(self.tr("Note")), self.length, clear):
            entry.addWidget(widget)
        entry.addStretch(1)
        for widget in (self.held_out_button, self.held_out, self.open_button):
            entry.addWidget(widget)

        self.harmonise_button = self._button("harmoniseButton", self.tr("Harmonise"),
                                             self.tr("Write the alto, tenor and bass under the melody"),
                                             self.request_harmonisation)
        self.follow = QCheckBox(self.tr("As I edit"))
        self.follow.setObjectName("harmoniseAsIEdit")
        self.follow.setChecked(True)
        self.follow.setToolTip(self.tr("Harmonise again after every change of the melody"))
        self.variation = self._spin("variation", 0, MAX_VARIATION, 0,
                                    self.tr("The composer's noise: another number, another harmonisation of the "
                                            "same melody"))
        self.variation.valueChanged.connect(self.request_harmonisation)
        self.play_button = self._button("playButton", self.tr("Play"), self.tr("Play the four voices"), self.play)
        self.stop_button = self._button("stopButton", self.tr("Stop"), self.tr("Stop playing"), self.player.stop)
        self.stop_button.setEnabled(False)
        self.tempo = self._spin("tempo", *audio.TEMPO_RANGE, round(DEFAULT_TEMPO),
                                self.tr("Quarter notes a minute, for playing and for the files exported"))
        self.export_midi_button = self._button("exportMidiButton", self.tr("Export MIDI…"),
                                               self.tr("Write the four voices as a MIDI file of four tracks"),
                                               self.ask_export_midi)
        self.export_wav_button = self._button("exportWavButton", self.tr("Export WAV…"),
                                              self.tr("Write the four voices as they play, as a WAV file"),
                                              self.ask_export_wav)
        harmony, sound = QHBoxLayout(), QHBoxLayout()
        for widget in (self.harmonise_button, self.follow, QLabel(self.tr("Variation")), self.variation):
            harmony.addWidget(widget)
        harmony.addStretch(1)
        harmony.addWidget(self.export_midi_button)
        for widget in (self.play_button, self.stop_button, QLabel(self.tr("Tempo")), self.tempo):
            sound.addWidget(widget)
        sound.addStretch(1)
        sound.addWidget(self.export_wav_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(scroll, 1)
        layout.addWidget(legend, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.info)
        for row in (entry, harmony, sound):
            layout.addLayout(row)

    def _spin(self, name: str, low: int, high: int, value: int, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(low, high)
        box.setValue(value)
        box.setToolTip(tip)
        return box

    def _button(self, name: str, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # -- harmonising ----------------------------------------------------------------------------------------

    def composer_changed(self) -> None:
        """The composer is another (a new run, a loaded one, a composer run's new frame): harmonise again now if the
        pad is on screen, else when it is shown."""
        self.stale = True
        if self.isVisible():
            self.request_harmonisation()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.request_harmonisation()

    def request_harmonisation(self) -> int:
        """Ask for the melody's voices (again: the composer changed, or the variation did).

        Returns:
            The request's token.
        """
        self.token += 1
        self.stale = False
        self.harmoniseRequested.emit(self.token, self.roll.melody(), self.variation.value())
        return self.token

    def show_harmonisation(self, answer: Harmonised) -> bool:
        """Draw the voices answering request `answer.token`, unless a newer answer is on screen or the melody has
        another length now (answered before the bars changed: a newer request is on its way).

        Returns:
            Whether it is shown.
        """
        if answer.token < self.shown_token or len(answer.score) != self.roll.steps:
            return False
        self.shown_token = answer.token
        self.score = answer.score
        self.roll.set_voices(answer.score)
        self.caption.setText(
            self.tr("Harmonised by the shipped composer (not a run: {iterations} iterations of Music start; train "
                    "your own with the composer family)").format(iterations=number(answer.iteration))
            if answer.shipped else
            self.tr("Harmonised by this run's composer at iteration {iteration}").format(
                iteration=number(answer.iteration)))
        return True

    def current_score(self) -> np.ndarray:
        """The melody on the roll over the voices on screen (silent voices where none are drawn yet)."""
        melody = self.roll.melody()
        score = np.zeros((len(melody), len(VOICES)), np.uint8)
        score[:, 0] = melody
        if self.score is not None and len(self.score) == len(melody):
            score[:, 1:] = self.score[:, 1:]
        return score

    def _on_melody_changed(self, melody: np.ndarray) -> None:
        self.bars.blockSignals(True)
        self.bars.setValue(max(1, -(-len(melody) // STEPS_PER_BAR)))
        self.bars.blockSignals(False)
        if self.follow.isChecked():
            self.request_harmonisation()

    # -- melodies from elsewhere ----------------------------------------------------------------------------

    def open_file(self) -> None:
        path = ask_open_path(self, self.tr("Open a melody"), self.tr("Melodies (*.mid *.midi *.musicxml *.xml "
                                                                     "*.mxl)"))
        if path:
            self.info.setText(self.tr("Reading {path}…").format(path=path))
            self.openRequested.emit(path)

    def show_melody(self, loaded: LoadedMelody) -> None:
        """Put a melody from a file or a held-out chorale on the roll (its tempo and meter kept), say what was
        done to get it, and harmonise it."""
        self.meter = (loaded.beats_per_bar, loaded.beat_unit)
        self.tempo.setValue(round(min(max(loaded.tempo, audio.TEMPO_RANGE[0]), audio.TEMPO_RANGE[1])))
        if loaded.source:
            said = [engine_message(note) for note in loaded.notes]
            self.info.setText(self.tr("{file}: {steps} sixteenths, {low} to {high}.").format(
                file=loaded.source, steps=number(len(loaded.pitches)), **self._compass(loaded.pitches))
                + (" " + " ".join(said) if said else ""))
        else:
            self.held_out.setValue(loaded.index)
            self.info.setText(self.tr("Held-out window {index} of {count}: Bach's melody from a chorale the "
                                      "composer never trained on.").format(index=number(loaded.index),
                                                                           count=number(loaded.count)))
        self.roll.cursor = 0
        self.roll.set_melody(loaded.pitches, announce=False)
        self._on_melody_changed(self.roll.melody())

    @staticmethod
    def _compass(pitches: np.ndarray) -> dict:
        sounding = pitches[pitches > 0]
        if not len(sounding):
            return {"low": "-", "high": "-"}
        return {"low": pitch_name(int(sounding.min())), "high": pitch_name(int(sounding.max()))}

    # -- sound and files ------------------------------------------------------------------------------------

    def play(self) -> bool:
        """Play the four voices from the start; with no sound device, say so (nothing else happens).

        Returns:
            Whether it plays.
        """
        why_not = self.player.play(audio.render(self.current_score(), self.tempo.value()))
        if why_not:
            self.info.setText(why_not)
            return False
        self.stop_button.setEnabled(True)
        return True

    def _on_position(self, seconds: float) -> None:
        self.roll.set_playhead(seconds / audio.step_seconds(self.tempo.value()))

    def _on_stopped(self) -> None:
        self.stop_button.setEnabled(False)
        self.roll.set_playhead(None)

    def ask_export_midi(self) -> None:
        path = ask_save_path(self, self.tr("Export MIDI"), "harmonised.mid", self.tr("MIDI files (*.mid)"), ".mid")
        if path:
            self.export_midi(path)

    def ask_export_wav(self) -> None:
        path = ask_save_path(self, self.tr("Export WAV"), "harmonised.wav", self.tr("WAV files (*.wav)"), ".wav")
        if path:
            self.export_wav(path)

    def export_midi(self, path: str) -> bool:
        """Write the four voices as a MIDI file of four tracks, at the pad's tempo and the melody's meter."""
        return self._export(path, lambda: write_midi(path, self.current_score(), self.tempo.value(), *self.meter))

    def export_wav(self, path: str) -> bool:
        """Write the four voices as they play (engine.io.audio) as a WAV file."""
        return self._export(path, lambda: audio.write_wav(path, audio.render(self.current_score(),
                                                                             self.tempo.value())))

    def _export(self, path: str, write) -> bool:
        try:
            write()
        except (ScoreFileError, audio.AudioError) as exc:
            QMessageBox.warning(self, self.tr("Could not export"), engine_message(exc))
            return False
        self.info.setText(self.tr("Wrote {path}").format(path=path))
        return True
