"""The sketch pad's canvas: an edge map drawn with the mouse (white, 1, edges on black, 0, at the run's image
size, 28x28 until a run says otherwise, as the Pix2Pix family trains on them), announced as it changes.

Drawing is numpy on a small float array and costs microseconds; the generator costs milliseconds, so
while the mouse drags the canvas announces its sketch at most ~30 times a second (a single-shot timer
coalesces the moves in between) and always once when the stroke ends, so the last image on screen
answers the last stroke.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SIZE = 28  # the canvas's side until a run of another image size is shown (set_size)
EMIT_INTERVAL_MS = 33  # while dragging, at most one sketch per interval reaches the worker (~30 a second)
MIN_BRUSH, MAX_BRUSH = 1, 4

@lru_cache(maxsize=4)
def _centres(size: int) -> np.ndarray:
    """Pixel centres (y, x) in image coordinates (pixel (row r, column c) covers [c, c+1) x [r, r+1))."""
    return np.mgrid[0:size, 0:size].astype(np.float32) + np.float32(0.5)


def stroke_mask(start: tuple[float, float], end: tuple[float, float], radius: float, size: int = SIZE) -> np.ndarray:
    """The pixels whose centre lies within `radius` of the segment start-end (x, y in image coordinates):
    a hard disc dragged along the segment, so a fast mouse leaves a line, not a row of dots.

    Returns:
        A (size, size) bool mask.
    """
    centre_y, centre_x = _centres(size)
    (x0, y0), (x1, y1) = start, end
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else np.clip(((centre_x - x0) * dx + (centre_y - y0) * dy) / length2, 0.0, 1.0)
    off_x, off_y = x0 + t * dx - centre_x, y0 + t * dy - centre_y
    return off_x * off_x + off_y * off_y <= radius * radius + 1e-6  # pixels exactly on the rim count


def as_sketch(array: np.ndarray, size: int = SIZE) -> np.ndarray:
    """A (size, size) uint8 (0..255) or float ([0, 1]) image as the canvas's float32 [0, 1] sketch.

    Raises:
        ValueError: for another shape.
    """
    array = np.asarray(array)
    if array.shape != (size, size):
        raise ValueError(f"a sketch is {size}x{size}, not {'x'.join(map(str, array.shape))}")
    if np.issubdtype(array.dtype, np.integer) or array.dtype == np.bool_:
        scale = 1.0 if array.dtype == np.bool_ else 1.0 / 255.0
        return np.clip(array.astype(np.float32) * np.float32(scale), 0.0, 1.0)
    return np.clip(np.nan_to_num(array.astype(np.float32)), 0.0, 1.0)


class SketchCanvas(QWidget):
    """The sketch (SIZE x SIZE, or the run's image size: set_size), drawn enlarged in whole screen pixels per
    image pixel so every pixel is an equal square. The left button draws (or erases in eraser mode), the right
    button always erases.

    `brush_size` counts image pixels from the pen outward, its own pixel included: 1 paints the pixel under
    the pen (lines one pixel wide, like the edge maps), k a hard disc of radius k - 0.5 (lines 2k - 1
    wide). The pen's position keeps its sub-pixel part, so thin diagonals come out even.
    """

    sketchChanged = Signal(object)  # the sketch as (size, size) uint8, a fresh copy each time

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sketchCanvas")
        self.setToolTip(self.tr("Draw edges with the left button (white on black, like the edge maps the generator "
                                "learns from); the right button erases"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(10 * SIZE, 10 * SIZE)
        self.setMouseTracking(True)  # for the brush outline under a hovering mouse
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._resize_arrays(SIZE)
        self._brush_size = MIN_BRUSH
        self._eraser = False
        self._stroke_button: Qt.MouseButton | None = None  # the button that started the stroke in progress
        self._stroke_value = 1.0  # what the stroke in progress paints
        self._last: tuple[float, float] | None = None  # where the stroke's previous segment ended
        self._hover: tuple[float, float] | None = None
        self._pending = False  # the sketch changed since the last emission
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.setInterval(EMIT_INTERVAL_MS)
        self._throttle.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may fire 5% early
        self._throttle.timeout.connect(self._on_throttle)

    # -- the sketch -------------------------------------------------------------------------------------

    @property
    def size(self) -> int:
        """The sketch's side in image pixels: the run's image size."""
        return len(self._sketch)

    def set_size(self, size: int) -> None:
        """Draw at `size` x `size` (a run of that image size): a new size starts an empty sketch, announced."""
        if size != self.size:
            self._end_stroke(announce=False)
            self._resize_arrays(size)
            self.update()
            self._announce_now()

    def _resize_arrays(self, size: int) -> None:
        self._sketch = np.zeros((size, size), np.float32)
        self._pixels = np.zeros((size, size), np.uint8)  # the QImage's buffer: keep it alive with the image
        self._image = QImage(self._pixels.data, size, size, size, QImage.Format.Format_Grayscale8)

    def sketch(self) -> np.ndarray:
        """A copy of the sketch, float32 in [0, 1]."""
        return self._sketch.copy()

    def sketch_uint8(self) -> np.ndarray:
        """A copy of the sketch as (size, size) uint8, 0..255: what the generator is given."""
        return self._pixels.copy()

    def clear(self) -> None:
        """An empty (black) sketch; announced at once."""
        self._set(np.zeros((self.size, self.size), np.float32))

    def set_sketch(self, array: np.ndarray) -> None:
        """Replace the sketch with a (size, size) uint8 (0..255) or float ([0, 1]) image; announced at once.

        Raises:
            ValueError: for another shape.
        """
        self._set(as_sketch(array, self.size))

    def _set(self, sketch: np.ndarray) -> None:
        self._end_stroke(announce=False)
        self._sketch[:] = sketch
        self._refresh()
        self._announce_now()

    def _refresh(self) -> None:
        self._pixels[:] = np.rint(self._sketch * np.float32(255))  # in place: the QImage points into it
        self.update()

    # -- brush ------------------------------------------------------------------------------------------

    @property
    def brush_size(self) -> int:
        return self._brush_size

    def set_brush_size(self, size: int) -> None:
        """Clamped to MIN_BRUSH..MAX_BRUSH."""
        self._brush_size = max(MIN_BRUSH, min(MAX_BRUSH, int(size)))
        self.update()

    @property
    def eraser(self) -> bool:
        return self._eraser

    def set_eraser(self, on: bool) -> None:
        """In eraser mode the left button paints black (the right button always does)."""
        self._eraser = bool(on)
        self.update()

    # -- announcing: throttled while dragging ------------------------------------------------------------

    def _changed_while_drawing(self) -> None:
        """Announce at once when nothing was announced in the last interval, else once the interval ends:
        the first dab answers without delay, a long drag costs at most ~30 renders a second."""
        if self._throttle.isActive():
            self._pending = True
        else:
            self._emit()
            self._throttle.start()

    def _on_throttle(self) -> None:
        if self._pending:
            self._emit()
            self._throttle.start()  # the next change waits out a whole interval again

    def _announce_now(self) -> None:
        """At the end of a stroke, clear and set_sketch: the final state always reaches the worker."""
        self._emit()
        self._throttle.start()  # a stroke begun right after still waits its turn

    def _emit(self) -> None:
        self._pending = False
        self.sketchChanged.emit(self.sketch_uint8())

    # -- mouse ------------------------------------------------------------------------------------------

    def image_rect(self) -> QRect:
        """Where the sketch is drawn: the largest whole number of screen pixels per image pixel, centred."""
        scale = max(1, min(self.width(), self.height()) // self.size)
        target = QRect(0, 0, self.size * scale, self.size * scale)
        target.moveCenter(self.rect().center())
        return target

    def image_point(self, position: QPointF) -> tuple[float, float]:
        """A widget position (the centre of the screen pixel) in image coordinates, sub-pixel part kept;
        outside the image for positions off it (strokes are clipped, not stopped, at the border)."""
        target = self.image_rect()
        scale = target.width() / self.size
        return ((position.x() + 0.5 - target.x()) / scale, (position.y() + 0.5 - target.y()) / scale)

    def _paint_to(self, point: tuple[float, float]) -> None:
        start = self._last if self._last is not None else point
        self._last = point
        mask = stroke_mask(start, point, self._brush_size - 0.5, self.size)
        if np.any(self._sketch[mask] != self._stroke_value):
            self._sketch[mask] = self._stroke_value
            self._refresh()
            self._changed_while_drawing()

    def _end_stroke(self, announce: bool = True) -> None:
        if self._stroke_button is None:
            return
        self._stroke_button = None
        self._last = None
        if announce:
            self._announce_now()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        button = event.button()
        if self._stroke_button is not None or button not in (Qt.MouseButton.LeftButton,
                                                             Qt.MouseButton.RightButton):
            event.ignore()
            return
        self._stroke_button = button
        self._stroke_value = 0.0 if self._eraser or button == Qt.MouseButton.RightButton else 1.0
        self._last = None
        self._paint_to(self.image_point(event.position()))
        event.accept()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        point = self.image_point(event.position())
        self._hover = point
        if self._stroke_button is not None:
            if event.buttons() & self._stroke_button:
                self._paint_to(point)
            else:  # its release went elsewhere (a dialog popped up mid-stroke): hovering must not paint
                self._end_stroke()
        self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == self._stroke_button:
            self._paint_to(self.image_point(event.position()))
            self._end_stroke()
        event.accept()

    def leaveEvent(self, event) -> None:  # noqa: N802
        self._hover = None
        self.update()
        super().leaveEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.EnabledChange and not self.isEnabled():
            self._end_stroke()  # a disabled widget gets no release
            self._hover = None
        super().changeEvent(event)

    # -- painting ---------------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(12 * SIZE, 12 * SIZE)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)  # like the translation beside it
        target = self.image_rect()
        if not self.isEnabled():
            painter.setOpacity(0.35)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(target, self._image)
        painter.setPen(QPen(QColor(70, 70, 70), 1))
        painter.drawRect(target.adjusted(-1, -1, 0, 0))  # just outside the drawable area: where it ends
        if self._hover is not None and self.isEnabled():
            scale = target.width() / self.size
            radius = (self._brush_size - 0.5) * scale
            centre = QPointF(target.x() + self._hover[0] * scale, target.y() + self._hover[1] * scale)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(QColor(230, 80, 80) if self._eraser else QColor(120, 180, 255), 1.5))
            painter.drawEllipse(centre, radius, radius)
