"""Play really plays: the melody pad's four voices go through QtMultimedia into a sound device, here a PulseAudio
server of the test's own with a null sink, and what the sink received (recorded from its monitor) is the sound
engine.io.audio renders for the score, from start to end, while the play-head crosses the roll.

Needs PulseAudio's server and parecord (Debian: pulseaudio, pulseaudio-utils; .ci/run installs them, setup.sh does
not: on a desktop they would replace PipeWire's). Without them there is no sound device to play into: the test says
so and is skipped; the window's no-device answer is tested in tests/test_melody_pad.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from engine.io import audio

PULSEAUDIO, PARECORD = shutil.which("pulseaudio"), shutil.which("parecord")
pytestmark = pytest.mark.skipif(not (PULSEAUDIO and PARECORD), reason="no PulseAudio server and parecord to play "
                                "into (Debian: pulseaudio pulseaudio-utils)")
TESTS = Path(__file__).resolve().parent


@pytest.fixture
def pulse(tmp_path):
    """A PulseAudio server of this test's own (a null sink at the synthesiser's rate, mono), its clients' env."""
    socket = tmp_path / "native"
    env = {**os.environ, "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path),
           "PULSE_RUNTIME_PATH": str(tmp_path / "pulse")}
    server = subprocess.Popen(
        [PULSEAUDIO, "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no", "--system=false",
         "--log-target=stderr", "--log-level=error",
         f"--load=module-null-sink sink_name=studio rate={audio.SAMPLE_RATE} channels=1",
         f"--load=module-native-protocol-unix auth-anonymous=1 socket={socket}"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 20
    while not socket.exists() and server.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert socket.exists(), server.stderr.read() if server.poll() is not None else "no socket"
    yield {**env, "PULSE_SERVER": f"unix:{socket}"}
    server.terminate()
    server.wait(timeout=10)
    server.stderr.close()


def test_play_sends_the_rendered_score_to_the_sound_device(pulse, tmp_path):
    tempo = 240  # 64 sixteenths: four seconds
    recorded, score_file = tmp_path / "played.wav", tmp_path / "score.npy"
    recorder = subprocess.Popen([PARECORD, "-d", "studio.monitor", f"--rate={audio.SAMPLE_RATE}", "--channels=1",
                                 "--format=s16le", "--file-format=wav", str(recorded)], env=pulse)
    try:
        time.sleep(0.5)  # recording before the sound starts
        done = subprocess.run([sys.executable, str(TESTS / "play_in_pad.py"), str(score_file), str(tempo)],
                              env=pulse, capture_output=True, text=True, timeout=120)
        time.sleep(0.5)
    finally:
        recorder.terminate()
        recorder.wait(timeout=10)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["plays"], seen["said"]
    heads = [h for h in seen["heads"] if h is not None]
    assert len(heads) > 10 and heads == sorted(heads) and heads[-1] > 48  # the play-head crossed the roll
    assert seen["playhead_after"] is None and not seen["stop_enabled_after"]  # and left when the sound ended

    expected = audio.render(np.load(score_file), tempo).astype(np.float64)
    with wave.open(str(recorded)) as read:
        assert read.getframerate() == audio.SAMPLE_RATE
        got = np.frombuffer(read.readframes(read.getnframes()), "<i2").astype(np.float64) / 32767
    size = 1 << int(np.ceil(np.log2(len(got) + len(expected))))
    lag = int(np.argmax(np.fft.irfft(np.fft.rfft(got, size) * np.conj(np.fft.rfft(expected, size)), size)))
    lag = lag - size if lag > size // 2 else lag
    heard, sent = (got[lag:], expected) if lag >= 0 else (got, expected[-lag:])
    overlap = min(len(heard), len(sent))
    assert overlap > len(expected) - 0.1 * audio.SAMPLE_RATE  # all of it but the recorder's first moments
    assert np.corrcoef(heard[:overlap], sent[:overlap])[0, 1] > 0.99
    assert np.std(heard[:overlap]) / np.std(sent[:overlap]) == pytest.approx(1, abs=0.05)  # as loud as rendered
