"""The fixed-seed sample grid as it evolves, and a slider that scrubs back through every kept frame."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QVBoxLayout, QWidget

from engine.images import tile


class GrayImage(QWidget):
    """A uint8 grayscale image scaled to fit with nearest-neighbour sampling: pixels stay sharp squares."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._image: QImage | None = None
        self._array: np.ndarray | None = None  # keeps the buffer QImage points into alive
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(118, 118)

    def set_array(self, array: np.ndarray | None) -> None:
        if array is None:
            self._array = self._image = None
        else:
            self._array = np.ascontiguousarray(array, np.uint8)
            h, w = self._array.shape
            self._image = QImage(self._array.data, w, h, w, QImage.Format.Format_Grayscale8)
        self.update()

    def array(self) -> np.ndarray | None:
        return self._array

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 360)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if self._image is None:
            painter.setPen(Qt.GlobalColor.gray)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "no samples yet")
            return
        w, h = self._image.width(), self._image.height()
        scale = min(self.width() / w, self.height() / h)
        target = QRect(0, 0, int(w * scale), int(h * scale))
        target.moveCenter(self.rect().center())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(target, self._image)


class SampleGridPanel(QWidget):
    """Caption + grid + frame slider. Follows the newest frame unless the user scrubbed back."""

    frameShown = Signal(int)  # index of the frame on screen

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frames: list = []  # engine.trainer.Frame
        self.caption = QLabel("Samples from 16 fixed latent seeds")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid = GrayImage()
        self.grid.setObjectName("sampleGrid")
        self.grid.setToolTip("The generator's images for the same 16 latent vectors (seeds 0-15) "
                             "as training goes on")
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("frameSlider")
        self.slider.setToolTip("Scrub back through every kept grid frame")
        self.slider.setEnabled(False)
        self.slider.valueChanged.connect(self._show)
        self.position = QLabel("")
        self.position.setMinimumWidth(70)
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.position)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.grid, 1)
        layout.addLayout(row)

    def set_frames(self, frames: list) -> None:
        self.frames = list(frames)
        self._sync_slider(follow=True)

    def add_frame(self, frame) -> None:
        following = self.slider.value() >= self.slider.maximum()
        self.frames.append(frame)
        self._sync_slider(follow=following)

    def _sync_slider(self, follow: bool) -> None:
        n = len(self.frames)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, n - 1))
        self.slider.setEnabled(n > 1)
        if follow:
            self.slider.setValue(max(0, n - 1))
        self.slider.blockSignals(False)
        self._show(self.slider.value())

    def _show(self, index: int) -> None:
        if not self.frames:
            self.grid.set_array(None)
            self.caption.setText("Samples from 16 fixed latent seeds")
            self.position.setText("")
            return
        frame = self.frames[index]
        self.grid.set_array(tile(frame.images, gap=2, background=40))
        self.caption.setText(f"Epoch {frame.epoch}  ·  iteration {frame.iteration}")
        self.position.setText(f"{index + 1}/{len(self.frames)}")
        self.frameShown.emit(index)
