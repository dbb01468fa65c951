"""A four-voice score (engine.io.score) as sound: a small additive synthesiser in numpy, and WAV files.

Why a synthesiser of its own: the melody pad plays what the composer wrote on any machine, offline, with no
soundfont or MIDI device (the window hands these samples to QtMultimedia), and the WAV it exports is the same
sound. Each note is a few harmonics of its pitch under an envelope (a short attack, a decay to a sustained level,
a short release past its end, so repeated notes stay apart); the melody is the loudest voice, as the pad
emphasises it. The mix is scaled to a fixed peak, so a thin and a full score sound equally loud.
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from engine.io.atomic import failure, written_whole
from engine.io.score import STEPS_PER_BEAT, VOICES, voice_notes
from engine.messages import Explained

SAMPLE_RATE = 22050  # Hz: the voices' harmonics stay far below its 11 kHz Nyquist limit
TEMPO_RANGE = (30, 240)  # quarter notes a minute the pad plays at
HARMONICS = (1.0, 0.45, 0.25, 0.12, 0.06)  # amplitudes of the 1st..5th harmonic: a soft organ-like tone
GAINS = (1.0, 0.55, 0.55, 0.65)  # soprano (the melody), alto, tenor, bass
ATTACK, DECAY, SUSTAIN, RELEASE = 0.012, 0.15, 0.7, 0.06  # seconds, seconds, level, seconds
PEAK = 0.8  # of full scale, after mixing


class AudioError(Explained, ValueError):
    """A WAV file could not be written; the message names the file."""


def step_seconds(tempo: float) -> float:
    """How long a sixteenth lasts at `tempo` quarter notes a minute."""
    return 60.0 / tempo / STEPS_PER_BEAT


def frequency(pitch) -> np.ndarray:
    """MIDI pitch -> Hz (A4, 69, is 440 Hz; twelve equal semitones an octave)."""
    return 440.0 * 2.0 ** ((np.asarray(pitch, np.float64) - 69) / 12)


def render(score: np.ndarray, tempo: float) -> np.ndarray:
    """A score (steps, voices) of MIDI pitches per sixteenth -> mono float32 samples in [-PEAK, PEAK] at SAMPLE_RATE,
    the score's length plus the last note's release.

    Raises:
        ValueError: a tempo outside TEMPO_RANGE, or a score that is not (steps, up to 4) pitches.
    """
    score = np.asarray(score)
    if not TEMPO_RANGE[0] <= tempo <= TEMPO_RANGE[1]:
        raise ValueError(f"a tempo of {tempo} is outside {TEMPO_RANGE[0]}-{TEMPO_RANGE[1]} quarter notes a minute")
    if score.ndim != 2 or not 1 <= score.shape[1] <= len(VOICES):
        raise ValueError(f"a score is (steps, voices) pitches, not {score.shape}")
    step = step_seconds(tempo)
    mix = np.zeros(round((len(score) * step + RELEASE) * SAMPLE_RATE) + 1, np.float32)
    for voice in range(score.shape[1]):
        for start, end, pitch in voice_notes(score[:, voice]):
            first = round(start * step * SAMPLE_RATE)
            sound = _note(pitch, (end - start) * step) * GAINS[voice]
            mix[first:first + len(sound)] += sound[:len(mix) - first]
    peak = float(np.abs(mix).max())
    return mix * (PEAK / peak) if peak > 0 else mix


def _note(pitch: int, seconds: float) -> np.ndarray:
    """One note held `seconds`, then released: float32 samples."""
    t = np.arange(round((seconds + RELEASE) * SAMPLE_RATE), dtype=np.float64) / SAMPLE_RATE
    phase = 2 * np.pi * frequency(pitch) * t
    tone = sum(amplitude * np.sin(k * phase) for k, amplitude in enumerate(HARMONICS, 1))
    held = np.minimum(t / ATTACK, 1.0) * (SUSTAIN + (1 - SUSTAIN) * np.exp(-np.maximum(t - ATTACK, 0) / DECAY))
    released = np.clip(1 - (t - seconds) / RELEASE, 0.0, 1.0)
    return (tone * held * released).astype(np.float32)


def pcm16(samples: np.ndarray) -> bytes:
    """Float samples in [-1, 1] as 16-bit little-endian PCM, what a WAV file and an audio device take."""
    return (np.clip(samples, -1, 1) * 32767).round().astype("<i2").tobytes()


def write_wav(path: str | Path, samples: np.ndarray) -> Path:
    """Write mono float samples as a 16-bit WAV at SAMPLE_RATE, whole or not at all (engine.io.atomic).

    Raises:
        AudioError: it could not be written (full disk, permissions, no such folder).
    """
    path = Path(path)
    try:
        with written_whole(path) as file, wave.open(file, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(SAMPLE_RATE)
            out.writeframes(pcm16(samples))
    except OSError as exc:
        raise AudioError("Could not write {path}: {reason}.", path=path, reason=failure(exc)) from exc
    return path
