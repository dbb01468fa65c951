"""Plays the melody pad's samples (engine.io.audio.render) on the default sound device through QtMultimedia, and
says where the sound has got to, so the pad's play-head follows what is heard.

No sound device (a server, a virtual screen, a muted laptop without one) is not an error: `play` answers with a
sentence saying so, and the pad shows it; exporting a WAV is the way to listen elsewhere. QtMultimedia is imported
at the first Play, not with the window: it loads its media back-end (and says so on the console), which a user who
never plays need not wait for.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt, QTimer, Signal

from engine.io.audio import SAMPLE_RATE, pcm16

POSITION_INTERVAL_MS = 30  # how often the play-head moves while playing


class ScorePlayer(QObject):
    """One sound at a time: `play` stops what was playing."""

    positionChanged = Signal(float)  # seconds of the sound heard so far
    stopped = Signal()  # it ended, or was stopped

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sink = None
        self._buffer: QBuffer | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POSITION_INTERVAL_MS)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tell_position)

    @property
    def playing(self) -> bool:
        return self._sink is not None

    def play(self, samples: np.ndarray) -> str:
        """Start playing mono float samples at engine.io.audio.SAMPLE_RATE.

        Returns:
            "" when it plays, else the sentence (translated) saying why nothing plays.
        """
        from PySide6.QtMultimedia import QAudio, QAudioFormat, QAudioSink, QMediaDevices

        self.stop()
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            return self.tr("There is no sound device here, so nothing plays: export a WAV to listen elsewhere.")
        audio_format = QAudioFormat()
        audio_format.setSampleRate(SAMPLE_RATE)
        audio_format.setChannelCount(1)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            return self.tr("The sound device ({device}) cannot play 16-bit mono at {rate} Hz: export a WAV to listen "
                           "elsewhere.").format(device=device.description(), rate=SAMPLE_RATE)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pcm16(samples)))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink = QAudioSink(device, audio_format, self)
        self._idle = QAudio.State.IdleState
        self._sink.stateChanged.connect(self._on_state)
        self._sink.start(self._buffer)
        self._timer.start()
        return ""

    def stop(self) -> None:
        """Stop at once (nothing happens when nothing plays)."""
        if self._sink is None:
            return
        sink, self._sink = self._sink, None
        self._timer.stop()
        sink.stateChanged.disconnect(self._on_state)
        sink.stop()
        sink.deleteLater()
        self._buffer.close()
        self._buffer.deleteLater()
        self._buffer = None
        self.stopped.emit()

    def _on_state(self, state) -> None:
        if state == self._idle:  # every sample played
            self.stop()

    def _tell_position(self) -> None:
        if self._sink is not None:
            self.positionChanged.emit(self._sink.processedUSecs() / 1e6)
