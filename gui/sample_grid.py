"""The fixed-seed sample grid as it evolves, and a slider that scrubs back through every kept frame."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QVBoxLayout, QWidget

from engine.images import cell_at, tile

GAP = 2  # pixels between grid cells


class GrayImage(QWidget):
    """A uint8 grayscale image scaled to fit with nearest-neighbour sampling: pixels stay sharp squares."""

    pixelClicked = Signal(int, int, object)  # x, y in image pixels, Qt.MouseButton

    def __init__(self, parent=None):
        super().__init__(parent)
        self._image: QImage | None = None
        self._array: np.ndarray | None = None  # keeps the buffer QImage points into alive
        self.placeholder = "no samples yet"
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

    def image_rect(self) -> QRect:
        """Where the image is drawn: as large as fits, centred."""
        w, h = self._image.width(), self._image.height()
        scale = min(self.width() / w, self.height() / h)
        target = QRect(0, 0, int(w * scale), int(h * scale))
        target.moveCenter(self.rect().center())
        return target

    def pixel_at(self, point: QPoint) -> tuple[int, int] | None:
        """The image pixel under a widget point, or None off the image."""
        if self._image is None:
            return None
        target = self.image_rect()
        if not target.contains(point):
            return None
        return (int((point.x() - target.x()) * self._image.width() / target.width()),
                int((point.y() - target.y()) * self._image.height() / target.height()))

    def mousePressEvent(self, event) -> None:  # noqa: N802
        pixel = self.pixel_at(event.position().toPoint())
        if pixel is not None:
            self.pixelClicked.emit(*pixel, event.button())
        super().mousePressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if self._image is None:
            painter.setPen(Qt.GlobalColor.gray)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(self.image_rect(), self._image)


class SampleGridPanel(QWidget):
    """Caption + grid + frame slider. Follows the newest frame unless the user scrubbed back."""

    frameShown = Signal(int)  # index of the frame on screen
    cellClicked = Signal(int, bool)  # grid cell (= latent seed), True for the right button

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frames: list = []  # engine.trainer.Frame
        self.caption = QLabel("Samples from 16 fixed latent seeds")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid = GrayImage()
        self.grid.setObjectName("sampleGrid")
        self.grid.setToolTip("The generator's images for the same 16 latent vectors (seeds 0-15) "
                             "as training goes on.\nClick a cell to explore its latent; right-click to "
                             "make it the interpolation target.")
        self.grid.pixelClicked.connect(self._on_pixel_clicked)
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

    def _on_pixel_clicked(self, x: int, y: int, button) -> None:
        if not self.frames:
            return
        cell = cell_at(x, y, len(self.frames[0].images), gap=GAP)
        if cell is not None:
            self.cellClicked.emit(cell, button == Qt.MouseButton.RightButton)

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
        self.grid.set_array(tile(frame.images, gap=GAP, background=40))
        self.caption.setText(f"Epoch {frame.epoch}  ·  iteration {frame.iteration}")
        self.position.setText(f"{index + 1}/{len(self.frames)}")
        self.frameShown.emit(index)
