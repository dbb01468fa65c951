"""The fixed-seed sample grid as it evolves, a slider that scrubs back through every kept frame, the
run's rewind points, and the discriminator's verdict on each cell as a coloured frame around it."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSlider, QToolButton, QToolTip,
                               QVBoxLayout, QWidget)

from engine.io.images import cell_at, tile
from gui.i18n import engine_text, translate

GAP = 2  # pixels between grid cells


def verdict_colour(probability: float) -> QColor:
    """Red (judged fake, 0) through yellow (undecided) to green (judged real, 1)."""
    return QColor.fromHsvF(max(0.0, min(1.0, probability)) / 3.0, 0.85, 0.95)


def _megabytes(nbytes: int) -> str:
    return f"{nbytes / (1 << 30):.2f} GB" if nbytes >= 1 << 30 else f"{nbytes / (1 << 20):.0f} MB"


class GrayImage(QWidget):
    """A uint8 grayscale or RGB image scaled to fit, with nearest-neighbour sampling (pixels stay sharp squares)
    unless `smooth`."""

    pixelClicked = Signal(int, int, object)  # x, y in image pixels, Qt.MouseButton

    def __init__(self, parent=None):
        super().__init__(parent)
        self._image: QImage | None = None
        self._array: np.ndarray | None = None  # keeps the buffer QImage points into alive
        self.cell_frames: list = []  # (x, y, size) in image pixels and a QColor: frames drawn around cells
        self.placeholder = translate("SampleGridPanel", "no samples yet")
        self.smooth = False  # True: scaled smoothly (a photo), not as sharp squares (a generated image's pixels)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(118, 118)

    def set_array(self, array: np.ndarray | None) -> None:
        """A (H, W) grayscale or (H, W, 3) RGB uint8 image, or None for the placeholder."""
        if array is None:
            self._array = self._image = None
        else:
            self._array = np.ascontiguousarray(array, np.uint8)
            h, w = self._array.shape[:2]
            rgb = self._array.ndim == 3
            self._image = QImage(self._array.data, w, h, w * (3 if rgb else 1),
                                 QImage.Format.Format_RGB888 if rgb else QImage.Format.Format_Grayscale8)
        self.update()

    def set_cell_frames(self, frames: list) -> None:
        self.cell_frames = frames
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
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, self.smooth)
        target = self.image_rect()
        painter.drawImage(target, self._image)
        if self.cell_frames:
            scale = target.width() / self._image.width()
            width = max(2.0, 1.2 * scale)
            for (x, y, size), colour in self.cell_frames:  # inside the cell, so the outer cells' show whole
                painter.setPen(QPen(colour, width))
                painter.drawRect(QRectF(target.x() + x * scale, target.y() + y * scale, size * scale,
                                        size * scale).adjusted(width / 2, width / 2, -width / 2, -width / 2))


REWIND_TIP = QT_TRANSLATE_NOOP("SampleGridPanel", "Put the run back to the iteration of the frame shown (weights, "
                               "optimizers, recipe); the abandoned future stays on the curves, faded, to compare with")


class SampleGridPanel(QWidget):
    """Caption + grid + frame slider. Follows the newest frame unless the user scrubbed back."""

    GRID_TIPS = {"dcgan": QT_TRANSLATE_NOOP("SampleGridPanel", "The generator's images for the same 16 latent vectors "
                                            "(seeds 0-15) as training goes on.\nClick a cell to explore its latent; "
                                            "right-click to make it the interpolation target.")}  # shown translated
    frameShown = Signal(int)  # index of the frame on screen
    cellClicked = Signal(int, bool)  # grid cell (= latent seed), True for the right button
    rewindRequested = Signal(int)  # the iteration of the frame on screen

    def __init__(self, parent=None):
        super().__init__(parent)
        self.frames: list = []  # engine.io.images.Frame
        self.preview: str | None = None  # the caption of a frame that is not a run's (set_preview)
        self._covered: tuple[list, str | None] = ([], None)  # the frames and caption the last preview covered
        self.empty_caption = self.tr("Samples from 16 fixed latent seeds")  # the DCGAN's; set_family: another's
        self.panel_note = ""  # what a translation family's cells are, after each frame's caption
        self.cell_classes = None  # the class each cell asks for (a conditional run's: latents.class_grid)
        self.class_names: tuple[str, ...] = ()  # what those class numbers are called (the run's data's)
        self.caption = QLabel(self.empty_caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)  # a long caption wraps rather than widening the column
        self.grid = GrayImage()
        self.grid.setObjectName("sampleGrid")
        self.grid.setToolTip(self.tr(self.GRID_TIPS["dcgan"]))
        self.grid.pixelClicked.connect(self._on_pixel_clicked)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("frameSlider")
        self.slider.setToolTip(self.tr("Scrub back through every kept grid frame"))
        self.slider.setEnabled(False)
        self.slider.valueChanged.connect(self._show)
        self.position = QLabel("")
        self.position.setMinimumWidth(70)
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.overlay = QToolButton()
        self.overlay.setObjectName("discriminatorOverlay")
        self.overlay.setText(self.tr("D's verdict"))
        self.overlay.setCheckable(True)
        self.overlay.setToolTip(self.tr("Frame each cell in the colour of the discriminator's verdict on it: green = "
                                        "judged real, red = judged fake (hover a cell for D's probability)"))
        self.overlay.toggled.connect(lambda _: self._show(self.slider.value()))
        self.rewind_button = QPushButton(self.tr("Rewind here"))
        self.rewind_button.setObjectName("rewindButton")
        self.rewind_button.setToolTip(self.tr(REWIND_TIP))
        self.rewind_button.setEnabled(False)
        self.rewind_button.clicked.connect(self._on_rewind)
        self.points = QLabel("")
        self.points.setObjectName("rewindPointsLabel")
        self.points.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the column
        self.points.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.points_iterations: set = set()
        self.can_rewind = False  # the window allows it (a run is loaded and not busy)
        self.iteration = 0  # where the run is
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.position)
        tools = QHBoxLayout()
        tools.addWidget(self.overlay)
        tools.addWidget(self.points, 1)
        tools.addWidget(self.rewind_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.grid, 1)
        layout.addLayout(row)
        layout.addLayout(tools)
        self.grid.installEventFilter(self)

    def _on_pixel_clicked(self, x: int, y: int, button) -> None:
        if not self.frames:
            return
        images = self.frames[0].images
        cell = cell_at(x, y, len(images), images.shape[1], gap=GAP)
        if cell is not None:
            self.cellClicked.emit(cell, button == Qt.MouseButton.RightButton)

    def set_rewind_points(self, iterations: list, nbytes: int, budget: int) -> None:
        """The iterations the run can be rewound to, and the memory they take of the budget."""
        self.points_iterations = set(iterations)
        used, budget = _megabytes(nbytes), _megabytes(budget)
        count = len(iterations)
        self.points.setText(self.tr("%n point(s) · {used} / {budget}", None, count).format(used=used, budget=budget))
        self.points.setToolTip(self.tr("%n rewind point(s): snapshots of the whole training state kept in memory "
                                       "({used} of the {budget} budget set in the Live panel): one per grid frame, the "
                                       "newest 20 and older ones log-spaced", None, count).format(used=used,
                                                                                                  budget=budget))
        self._sync_rewind()

    def set_rewind_allowed(self, allowed: bool, iteration: int) -> None:
        self.can_rewind, self.iteration = allowed, iteration
        self._sync_rewind()

    def _sync_rewind(self) -> None:
        frame = self.frames[self.slider.value()] if self.frames else None
        kept = frame is not None and frame.iteration in self.points_iterations
        self.rewind_button.setEnabled(self.can_rewind and kept and frame.iteration < self.iteration)
        if frame is not None and not kept:
            self.rewind_button.setToolTip(self.tr("No rewind point is kept at this frame (older points are thinned "
                                                  "out to fit the memory budget); pick another frame"))
        else:
            self.rewind_button.setToolTip(self.tr(REWIND_TIP))

    def _on_rewind(self) -> None:
        if self.frames:
            self.rewindRequested.emit(self.frames[self.slider.value()].iteration)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Hovering a cell with the verdict shown says D's probability for it."""
        if watched is self.grid and event.type() == QEvent.Type.ToolTip and self.overlay.isChecked() and self.frames:
            frame = self.frames[self.slider.value()]
            pixel = self.grid.pixel_at(event.pos())
            cell = cell_at(*pixel, len(frame.images), frame.images.shape[1], gap=GAP) if pixel else None
            if cell is not None:
                if frame.judged is None:
                    text = self.tr("D's verdict was not recorded for this frame (it was loaded from a checkpoint)")
                else:
                    p = float(frame.judged[cell])
                    text = (self.tr("cell {cell}: D(G(z)) = {p}, judged real (iteration {iteration})") if p >= 0.5
                            else self.tr("cell {cell}: D(G(z)) = {p}, judged fake (iteration {iteration})")).format(
                        cell=cell, p=f"{p:.3f}", iteration=frame.iteration)
                QToolTip.showText(event.globalPos(), text, self.grid)
                return True
        return super().eventFilter(watched, event)

    def set_family(self, family) -> None:
        """Show an engine.families.Family's panel: its caption; D's verdict and clicking a cell into the
        latent explorer are the DCGAN's."""
        title, panel = engine_text(family.title), engine_text(family.panel)
        self.empty_caption = f"{title}: {panel}"
        self.panel_note = "" if family.explorer else f" · {panel}"
        self.overlay.setEnabled(family.discriminator_view)
        if not family.discriminator_view:
            self.overlay.setChecked(False)
        self.grid.setToolTip(self.tr(self.GRID_TIPS[family.name]) if family.name in self.GRID_TIPS else
                             self.tr("{title}: {panel}, as training goes on").format(title=title, panel=panel))

    def set_frames(self, frames: list) -> None:
        self.preview = None
        self.frames = list(frames)
        self._sync_slider(follow=True)

    def set_preview(self, frame, caption: str) -> None:
        """Show one frame that is not a run's (the shipped generator's, a new run's first pictures), under its
        own caption; end_preview shows what it covered again."""
        self._covered = (self.frames, self.preview)
        self.frames = [frame]
        self.preview = caption
        self._sync_slider(follow=True)

    def end_preview(self) -> None:
        """Back to what the last preview covered (a new run's data was refused: the run shown stays)."""
        self.frames, self.preview = self._covered
        self._sync_slider(follow=True)

    def add_frame(self, frame) -> None:
        self.preview = None
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
            self.caption.setText(self.empty_caption)
            self.position.setText("")
            return
        frame = self.frames[index]
        self.grid.set_array(tile(frame.images, gap=GAP, background=40))
        self.grid.set_cell_frames(self._verdict_frames(frame) if self.overlay.isChecked() else [])
        note = self.panel_note
        if self.cell_classes is not None and not self.preview:
            side = math.isqrt(len(self.cell_classes))
            rows = np.asarray(self.cell_classes).reshape(side, side)
            if (rows == rows[:, :1]).all():  # a row per class
                note = "\n" + self.tr("rows ask for, top to bottom: {classes}; each column is one latent").format(
                    classes=", ".join(self.class_names[row[0]] for row in rows))
            else:
                note = "\n" + self.tr("rows ask for: {classes}").format(
                    classes=" | ".join(", ".join(self.class_names[c] for c in row) for row in rows))
        self.caption.setText(self.preview or self.tr("Epoch {epoch}  ·  iteration {iteration}").format(
            epoch=frame.epoch, iteration=frame.iteration) + note)
        self.position.setText(f"{index + 1}/{len(self.frames)}")
        self._sync_rewind()
        self.frameShown.emit(index)

    @staticmethod
    def _verdict_frames(frame) -> list:
        if frame.judged is None:
            return []
        side, size = math.isqrt(len(frame.images)), frame.images.shape[1]
        return [((c * (size + GAP), r * (size + GAP), size), verdict_colour(float(p)))
                for (r, c), p in zip((divmod(i, side) for i in range(len(frame.images))), frame.judged)]
