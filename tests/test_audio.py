"""The melody pad's synthesiser and WAV files (engine.io.audio): the right pitches, for as long as the score says,
written whole and read back; a write that fails says why and leaves the earlier file."""

from __future__ import annotations

import wave

import numpy as np
import pytest

from engine.io import audio
from engine.io.score import STEPS_PER_BEAT


def _score(steps: int, **voices: tuple[int, int, int]) -> np.ndarray:
    """A (steps, 4) score with notes {voice index name: (start, end, pitch)}."""
    score = np.zeros((steps, 4), np.uint8)
    for voice, (start, end, pitch) in voices.items():
        score[start:end, int(voice[1:])] = pitch
    return score


def _peaks(samples: np.ndarray, count: int) -> list[float]:
    """The `count` strongest frequencies (Hz), a local maximum each, at 1 Hz resolution."""
    spectrum = np.abs(np.fft.rfft(samples[:audio.SAMPLE_RATE], n=audio.SAMPLE_RATE))
    local = (spectrum[1:-1] > spectrum[:-2]) & (spectrum[1:-1] >= spectrum[2:])
    candidates = np.flatnonzero(local) + 1
    return sorted(float(f) for f in candidates[np.argsort(spectrum[candidates])[::-1][:count]])


def test_a_note_sounds_at_its_pitch_for_its_length_then_stops():
    tempo = 120  # a sixteenth is 0.125 s
    samples = audio.render(_score(32, v0=(0, 16, 69)), tempo)  # A4 for two beats, then rests
    assert samples.dtype == np.float32
    assert len(samples) == round((32 * 0.125 + audio.RELEASE) * audio.SAMPLE_RATE) + 1
    assert _peaks(samples, 1) == [440.0]
    assert np.abs(samples).max() == pytest.approx(audio.PEAK, rel=1e-4)
    end = round((2.0 + audio.RELEASE) * audio.SAMPLE_RATE)
    assert np.abs(samples[end + 10:]).max() == 0  # released, then silence for the rests
    assert np.abs(samples[:end - round(audio.RELEASE * audio.SAMPLE_RATE)]).min() < 0.05  # it swings through 0
    assert np.sqrt(np.mean(samples[2000:20000] ** 2)) > 0.2  # and sounds while held


def test_four_voices_sound_together_each_at_its_pitch():
    score = _score(16, v0=(0, 16, 72), v1=(0, 16, 67), v2=(0, 16, 64), v3=(0, 16, 48))  # C5 G4 E4 C3
    samples = audio.render(score, 60)  # a second
    expected = [audio.frequency(p) for p in (48, 64, 67, 72)]
    assert [round(f) for f in expected] == [131, 330, 392, 523]
    peaks = _peaks(samples, 4)
    assert np.allclose(peaks, expected, atol=1.5), peaks


def test_a_repeated_pitch_is_one_held_note_as_in_the_midi_written():
    held = audio.render(_score(16, v0=(0, 16, 60)), 100)
    assert np.array_equal(held, audio.render(_score(16, v0=(0, 8, 60)) | _score(16, v0=(8, 16, 60)), 100))


def test_tempo_sets_the_length_and_out_of_range_is_refused():
    slow, fast = (audio.render(_score(64, v0=(0, 64, 60)), tempo) for tempo in (50, 200))
    assert (len(slow) - 1) / audio.SAMPLE_RATE - audio.RELEASE == pytest.approx(64 * 60 / 50 / STEPS_PER_BEAT, abs=1e-3)
    assert (len(fast) - 1) / audio.SAMPLE_RATE - audio.RELEASE == pytest.approx(64 * 60 / 200 / STEPS_PER_BEAT,
                                                                                abs=1e-3)
    with pytest.raises(ValueError, match="tempo"):
        audio.render(_score(16), 1000)
    with pytest.raises(ValueError, match="score"):
        audio.render(np.zeros((16, 5), np.uint8), 100)


def test_silence_renders_as_silence():
    samples = audio.render(_score(16), 100)
    assert len(samples) > 0 and not samples.any()


def test_the_wav_written_reads_back_as_the_samples(tmp_path):
    samples = audio.render(_score(32, v0=(0, 32, 62), v3=(0, 32, 38)), 90)
    path = audio.write_wav(tmp_path / "harmonised.wav", samples)
    with wave.open(str(path)) as read:
        assert (read.getnchannels(), read.getsampwidth(), read.getframerate()) == (1, 2, audio.SAMPLE_RATE)
        frames = np.frombuffer(read.readframes(read.getnframes()), "<i2")
    assert len(frames) == len(samples)
    assert np.abs(frames / 32767 - samples).max() < 1 / 32767
    assert not list(tmp_path.glob(".*partial"))


def test_a_failed_write_says_why_and_keeps_the_earlier_file(tmp_path):
    with pytest.raises(audio.AudioError, match="Could not write .*missing"):
        audio.write_wav(tmp_path / "missing" / "out.wav", np.zeros(10, np.float32))
    earlier = tmp_path / "out.wav"
    earlier.write_bytes(b"earlier")
    folder = tmp_path / "folder.wav"
    folder.mkdir()  # a folder where the file should go: the move fails, nothing is lost
    with pytest.raises(audio.AudioError):
        audio.write_wav(folder, np.zeros(10, np.float32))
    assert earlier.read_bytes() == b"earlier" and folder.is_dir()
    assert not list(tmp_path.glob(".*partial"))
