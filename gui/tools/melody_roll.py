"""The melody pad's piano roll: a melody entered with the mouse or the computer keyboard, drawn with the voices a
composer wrote under it (engine.io.score's pitches per sixteenth; time to the right, pitch up, C2 to C6).

Mouse: the left button puts a note of the chosen length where it is pressed (dragging right stretches it) or, on
a note of the melody, takes that note away; the right button takes away the note under it. Keyboard, as a
piano ("musical typing", the rows A-K and W-U as the white and black keys of an octave from C): a key writes its
note at the cursor and moves the cursor on by the note length; Left and Right move the cursor, Backspace takes
back the note before it, Z and X move the keyboard an octave down or up. The melody is one voice: a new note
replaces whatever the melody had at those steps, and two neighbouring notes of one pitch are one held note (the
score's resolution: engine.io.score).

Every finished edit announces the melody (`melodyChanged`); a drag announces once, when the button is released.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from engine.families.composer.rolls import COLOURS
from engine.io.score import REST, STEPS, STEPS_PER_BAR, STEPS_PER_BEAT, TRANSPOSE_WITHIN, VOICES, voice_notes

LOW, HIGH = TRANSPOSE_WITHIN  # the pitches the roll shows: where the composer's voices may go
ROW_HEIGHT, STEP_WIDTH, GUTTER, RULER = 10, 14, 36, 16  # pixels
# The computer keyboard as a piano: semitones above the keyboard's C.
PIANO_KEYS = {Qt.Key.Key_A: 0, Qt.Key.Key_W: 1, Qt.Key.Key_S: 2, Qt.Key.Key_E: 3, Qt.Key.Key_D: 4,
              Qt.Key.Key_F: 5, Qt.Key.Key_T: 6, Qt.Key.Key_G: 7, Qt.Key.Key_Y: 8, Qt.Key.Key_H: 9,
              Qt.Key.Key_U: 10, Qt.Key.Key_J: 11, Qt.Key.Key_K: 12, Qt.Key.Key_O: 13, Qt.Key.Key_L: 14}
KEYBOARD_OCTAVES = (48, 72)  # the keyboard's C, lowest and highest (C3, C5); it starts at C4
BLACK_KEYS = {1, 3, 6, 8, 10}
NAMES = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")


def pitch_name(pitch: int) -> str:
    """MIDI 60 -> "C4" (scientific pitch notation)."""
    return f"{NAMES[pitch % 12]}{pitch // 12 - 1}"


def in_reach(melody: np.ndarray) -> np.ndarray:
    """A melody with every note moved by octaves into LOW..HIGH, where the roll shows it and the composer writes."""
    melody = np.asarray(melody, np.int16).copy()
    while (low := (melody != REST) & (melody < LOW)).any():
        melody[low] += 12
    while (high := melody > HIGH).any():
        melody[high] -= 12
    return melody.astype(np.uint8)


class MelodyRoll(QWidget):
    """The melody (steps,) uint8 and the voices under it, editable as the module docstring says."""

    melodyChanged = Signal(object)  # the melody (steps,) uint8, a fresh copy

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("melodyRoll")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)  # keys as a piano, not as letters
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setToolTip(self.tr("Left button: put a note (drag right to hold it longer) or take one away; right "
                                "button: take a note away. Keys A W S E D F T G Y H U J K play a piano's octave at "
                                "the cursor; Z and X change the octave; Left, Right and Backspace move and undo"))
        self._melody = np.zeros(STEPS, np.uint8)
        self._voices: np.ndarray | None = None  # (steps, 3): the alto, tenor and bass drawn under the melody
        self.cursor = 0  # the step the keyboard writes at
        self.note_length = STEPS_PER_BEAT  # steps a new note lasts
        self.keyboard_c = 60  # the pitch of the key A
        self.playhead: float | None = None  # the step being played, or None
        self._hover: tuple[int, int] | None = None
        self._drag: tuple[np.ndarray, int, int] | None = None  # the melody before the press, its step and pitch

    # -- the melody -----------------------------------------------------------------------------------------

    @property
    def steps(self) -> int:
        return len(self._melody)

    def melody(self) -> np.ndarray:
        return self._melody.copy()

    def set_melody(self, melody: np.ndarray, announce: bool = True) -> None:
        """Show `melody` (its notes moved by octaves into the roll's range), replacing the one shown; its length
        becomes the roll's. The voices drawn are kept only if as long."""
        self._melody = in_reach(np.asarray(melody).reshape(-1)) if len(melody) else np.zeros(1, np.uint8)
        if self._voices is not None and len(self._voices) != self.steps:
            self._voices = None
        self.cursor = min(self.cursor, self.steps)
        self.updateGeometry()
        self.resize(self.sizeHint())
        self.update()
        if announce:
            self.melodyChanged.emit(self.melody())

    def set_steps(self, steps: int) -> None:
        """Make the melody `steps` long: cut, or lengthened with rests."""
        if steps != self.steps:
            melody = np.zeros(steps, np.uint8)
            melody[:min(steps, self.steps)] = self._melody[:steps]
            self.set_melody(melody)

    def set_voices(self, score: np.ndarray | None) -> None:
        """Draw a score's lower voices (steps, 4) under the melody; None: none."""
        self._voices = None if score is None else np.asarray(score)[:, 1:].copy()
        self.update()

    def set_playhead(self, step: float | None) -> None:
        self.playhead = step
        self.update()

    def clear(self) -> None:
        self.cursor = 0
        self.set_melody(np.zeros(self.steps, np.uint8))

    def _write(self, start: int, end: int, pitch: int) -> None:
        self._melody[max(start, 0):min(end, self.steps)] = pitch

    def _note_at(self, step: int) -> tuple[int, int, int] | None:
        """The melody's note (start, end, pitch) sounding at `step`, or None."""
        for note in voice_notes(self._melody):
            if note[0] <= step < note[1]:
                return note
        return None

    def _announce(self) -> None:
        self.update()
        self.melodyChanged.emit(self.melody())

    # -- geometry -------------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(GUTTER + self.steps * STEP_WIDTH + 1, RULER + (HIGH - LOW + 1) * ROW_HEIGHT + 1)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """The (step, pitch) under widget point (x, y), or None outside the notes' area."""
        step, row = int((x - GUTTER) // STEP_WIDTH), int((y - RULER) // ROW_HEIGHT)
        if x < GUTTER or y < RULER or not (0 <= step < self.steps and 0 <= row <= HIGH - LOW):
            return None
        return step, HIGH - row

    def cell_centre(self, step: int, pitch: int) -> tuple[float, float]:
        """The widget point at the middle of a cell (what a test clicks)."""
        return GUTTER + (step + 0.5) * STEP_WIDTH, RULER + (HIGH - pitch + 0.5) * ROW_HEIGHT

    def _rect(self, start: int, end: int, pitch: int, inset: float = 1.0) -> QRectF:
        return QRectF(GUTTER + start * STEP_WIDTH + inset, RULER + (HIGH - pitch) * ROW_HEIGHT + inset,
                      (end - start) * STEP_WIDTH - 2 * inset, ROW_HEIGHT - 2 * inset)

    # -- drawing --------------------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        painter.fillRect(0, 0, width, height, QColor(24, 25, 30))
        font = QFont(self.font())
        font.setPointSizeF(7.5)
        painter.setFont(font)
        for pitch in range(LOW, HIGH + 1):
            y = RULER + (HIGH - pitch) * ROW_HEIGHT
            if pitch % 12 in BLACK_KEYS:
                painter.fillRect(GUTTER, y, width - GUTTER, ROW_HEIGHT, QColor(30, 31, 37))
            painter.fillRect(0, y, GUTTER - 2, ROW_HEIGHT, QColor(40, 40, 44) if pitch % 12 in BLACK_KEYS
                             else QColor(200, 200, 200))
            if pitch % 12 == 0:
                painter.setPen(QColor(20, 20, 20))
                painter.drawText(QRectF(2, y - 1, GUTTER - 6, ROW_HEIGHT + 2), Qt.AlignmentFlag.AlignVCenter,
                                 pitch_name(pitch))
                painter.setPen(QPen(QColor(52, 54, 62)))
                painter.drawLine(GUTTER, y + ROW_HEIGHT, width, y + ROW_HEIGHT)
        for step in range(0, self.steps + 1, STEPS_PER_BEAT):
            x = GUTTER + step * STEP_WIDTH
            bar = step % STEPS_PER_BAR == 0
            painter.setPen(QPen(QColor(78, 80, 90) if bar else QColor(40, 42, 50)))
            painter.drawLine(x, RULER, x, height)
            if bar and step < self.steps:
                painter.setPen(QColor(170, 170, 170))
                painter.drawText(x + 3, RULER - 4, str(step // STEPS_PER_BAR + 1))
        if self._voices is not None:
            for voice in (3, 2, 1):
                colour = QColor(*COLOURS[VOICES[voice]])
                colour.setAlpha(200)
                for start, end, pitch in voice_notes(self._voices[:, voice - 1]):
                    if LOW <= pitch <= HIGH:
                        painter.fillRect(self._rect(start, end, pitch, 1.5), colour)
        painter.setPen(QPen(QColor(20, 20, 20), 1))
        painter.setBrush(QColor(*COLOURS[VOICES[0]]))
        for start, end, pitch in voice_notes(self._melody):
            painter.drawRoundedRect(self._rect(start, end, pitch, 0.5), 2, 2)
        if self._hover is not None and self._drag is None:
            step, pitch = self._hover
            painter.setPen(QPen(QColor(255, 255, 255, 120), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect(step, min(step + self.note_length, self.steps), pitch, 0.5))
        x = GUTTER + self.cursor * STEP_WIDTH
        painter.setPen(QPen(QColor(255, 213, 79), 2))
        painter.drawLine(x, RULER, x, height)
        if self.playhead is not None:
            x = GUTTER + self.playhead * STEP_WIDTH
            painter.setPen(QPen(QColor(239, 83, 80), 2))
            painter.drawLine(round(x), 0, round(x), height)
        painter.end()

    # -- the mouse ------------------------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        cell = self.cell_at(event.position().x(), event.position().y())
        if cell is None:
            return
        step, pitch = cell
        note = self._note_at(step)
        if event.button() == Qt.MouseButton.RightButton or (event.button() == Qt.MouseButton.LeftButton
                                                            and note is not None and note[2] == pitch):
            if note is not None:
                self._write(note[0], note[1], REST)
                self._announce()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = (self.melody(), step, pitch)
            self._write(step, step + self.note_length, pitch)
            self.cursor = min(step + self.note_length, self.steps)
            self.update()

    def mouseMoveEvent(self, event) -> None:
        cell = self.cell_at(event.position().x(), event.position().y())
        if self._drag is not None and not event.buttons() & Qt.MouseButton.LeftButton:
            self._drag = None  # released elsewhere (a dialog came up mid-drag): the note ends where it was
            self._announce()
        if self._drag is not None and cell is not None:
            before, start, pitch = self._drag
            end = max(cell[0] + 1, start + 1)
            self._melody = before.copy()
            self._write(start, end, pitch)
            self.cursor = min(end, self.steps)
        if cell != self._hover or self._drag is not None:
            self._hover = cell
            self.update()

    def mouseReleaseEvent(self, event) -> None:
        if self._drag is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag = None
            self._announce()

    def leaveEvent(self, event) -> None:
        self._hover = None
        self.update()

    # -- the keyboard ---------------------------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        key, length = event.key(), self.note_length
        if key in PIANO_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.play_key(self.keyboard_c + PIANO_KEYS[key])
        elif key == Qt.Key.Key_Right:
            self.cursor = min(self.cursor + length, self.steps)
        elif key == Qt.Key.Key_Left:
            self.cursor = max(self.cursor - length, 0)
        elif key == Qt.Key.Key_Home:
            self.cursor = 0
        elif key == Qt.Key.Key_Backspace:
            start = max(self.cursor - length, 0)
            self._write(start, self.cursor, REST)
            self.cursor = start
            self._announce()
        elif key in (Qt.Key.Key_Z, Qt.Key.Key_X):
            self.keyboard_c = int(np.clip(self.keyboard_c + (12 if key == Qt.Key.Key_X else -12),
                                          *KEYBOARD_OCTAVES))
        else:
            super().keyPressEvent(event)
            return
        self.update()

    def play_key(self, pitch: int) -> None:
        """Write `pitch` at the cursor for the note length (folded by octaves into the roll's range) and move on."""
        if self.cursor >= self.steps:
            return
        pitch = int(in_reach(np.array([pitch]))[0])
        self._write(self.cursor, self.cursor + self.note_length, pitch)
        self.cursor = min(self.cursor + self.note_length, self.steps)
        self._announce()
