"""The score every music module shares (the composer family: engine.families.composer): four voices' MIDI
pitches per sixteenth note, soprano first.

Why pitches per step and not a one-hot piano roll: a window of four voices is 256 bytes instead of 16 KB, so the
chorales and every transposition of them fit in memory and on the device; the networks make the roll from it
on the device (`ROWS` rows: row = pitch - ROW_OFFSET, row 0 the rest). Held notes and repeated notes look the
same at this resolution (as in MuseGAN's and Coconet's piano rolls): a note is a run of one pitch in one voice.
"""

from __future__ import annotations

import numpy as np

VOICES = ("soprano", "alto", "tenor", "bass")  # the axis -1 of a score; the melody is the soprano
MELODY = 0
STEPS_PER_BEAT = 4  # sixteenth notes
STEPS_PER_BAR = 4 * STEPS_PER_BEAT  # a bar of 4/4, what the metrics and the piano rolls count in
STEPS = 64  # a window: 16 beats, four bars of 4/4
REST = 0  # a step where the voice is silent
ROWS = 64  # the piano roll's pitch rows: row 0 the rest, row r the pitch ROW_OFFSET + r
ROW_OFFSET = 28
LOWEST, HIGHEST = ROW_OFFSET + 1, ROW_OFFSET + ROWS - 1  # the pitches a roll holds: F1 (29) to G6 (91)
# Where a transposed chorale must stay (C2 to C6): Bach's lowest bass is C2 and his highest soprano A5, so no
# transposition for training pushes a voice where his choirs never sang.
TRANSPOSE_WITHIN = (36, 84)
# Each voice's usual compass (MIDI, inclusive), as harmony textbooks give it (soprano C4-G5, alto G3-C5, tenor
# C3-G4, bass E2-C4); Bach goes a little past them, which the metrics show beside the generated voices'.
VOICE_RANGES = ((60, 79), (55, 72), (48, 67), (40, 60))



def voice_notes(pitches) -> list[tuple[int, int, int]]:
    """One voice's pitches per step (steps,) as its notes: (start, end, pitch) in steps, end exclusive, a note for
    each run of one pitch (rests are no notes). The MIDI writer and the synthesiser hear the same notes."""
    pitches = np.asarray(pitches, np.int16)
    changes = np.flatnonzero(np.diff(pitches, prepend=-1, append=-1))
    return [(int(start), int(end), int(pitches[start])) for start, end in zip(changes[:-1], changes[1:])
            if pitches[start] != REST]
