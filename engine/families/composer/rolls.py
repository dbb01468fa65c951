"""Scores drawn as piano rolls, the composer's panel cells and GIF frames: time to the right (a pixel a sixteenth),
pitch up (a pixel a semitone, C2 to C6), a colour per voice, the melody brightest and drawn last, faint lines
at every bar and every C.

Why drawn here as pixels rather than by the window: the panel's frames are images like every family's, so the
grid's slider, rewind, checkpoints and GIF export show the rolls evolving without knowing they are music.
"""

from __future__ import annotations

import numpy as np

from engine.io.images import side_by_side
from engine.io.score import REST, STEPS_PER_BAR, TRANSPOSE_WITHIN, VOICES

LOW, HIGH = TRANSPOSE_WITHIN  # the pitches drawn (the chorales stay within them in every key)
HEIGHT = HIGH - LOW + 1
BACKGROUND, LINE = (24, 25, 30), (48, 50, 58)
# Soprano (the melody) white, alto green, tenor blue, bass orange: the panel's caption names them.
COLOURS = {"soprano": (250, 250, 250), "alto": (129, 199, 132), "tenor": (79, 195, 247), "bass": (255, 167, 38)}
DRAW_ORDER = (3, 2, 1, 0)  # the melody last, on top where voices meet


def draw(scores: np.ndarray) -> np.ndarray:
    """Scores (N, steps, 4) uint8 pitches -> piano rolls (N, HEIGHT, steps, 3) uint8."""
    scores = np.asarray(scores)
    n, steps, _ = scores.shape
    rolls = np.empty((n, HEIGHT, steps, 3), np.uint8)
    rolls[:] = BACKGROUND
    rolls[:, :, ::STEPS_PER_BAR] = LINE
    rolls[:, [HIGH - p for p in range(LOW, HIGH + 1) if p % 12 == 0]] = LINE
    for voice in DRAW_ORDER:
        pitch = scores[..., voice].astype(np.int32)
        shown = (pitch != REST) & (pitch >= LOW) & (pitch <= HIGH)
        cell, step = np.nonzero(shown)
        rolls[cell, HIGH - pitch[cell, step], step] = COLOURS[VOICES[voice]]
    return rolls


def generated_beside_bach(generated: np.ndarray, bach: np.ndarray) -> np.ndarray:
    """Panel cells: each melody's generated voices beside Bach's own, a grey line apart: (N, HEIGHT, 2 steps + 1,
    3), wide, so the grid lays them out in two columns."""
    return side_by_side(draw(generated), draw(bach))
