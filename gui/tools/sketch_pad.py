"""The Pix2Pix family's sketch pad: draw an edge map with the mouse and watch the generator translate it
into a garment (or a picture of the run's data, at its size) as you draw.

Like the latent explorer, the pad never runs the generator (it imports no engine and no TensorFlow):
every change of the sketch emits `translateRequested` with a growing token, the window hands it to the
worker (which renders only the newest request), and `show_translation` puts the answer on screen. An
answer older than the one shown is dropped: answers can overtake each other when the worker is busy.

The canvas (gui.tools.sketch_canvas) draws; this pad holds it with its brush, eraser and test-image controls.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from gui.panels.sample_grid import GrayImage
from gui.tools.sketch_canvas import MAX_BRUSH, MIN_BRUSH, SIZE, SketchCanvas

MAX_TEST_INDEX = 9999
AVAILABLE_CAPTION = QT_TRANSLATE_NOOP("SketchPad", "Draw edges; the generator translates them as you draw")
UNAVAILABLE_CAPTION = QT_TRANSLATE_NOOP("SketchPad", "Start or load a Pix2Pix run to translate sketches")


class SketchPad(QWidget):
    """The canvas with its tools beside the generator's translation, which it asks for by token (newest wins).

    Disabled (with a caption saying why) until `set_available(True)`: only a Pix2Pix run can translate.
    """

    translateRequested = Signal(int, object)  # token, sketch (size, size) uint8 at the run's image size
    testEdgesRequested = Signal(int)  # test image index; answer with set_sketch(its edge map)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("sketchPad")
        self.token = 0  # of the newest translation requested
        self.shown_token = 0  # of the translation on screen
        self.first_valid_token = 0  # answers to older requests are of a generator that is gone
        self.available = False
        self._build()
        self.set_available(False)

    def _build(self) -> None:
        self.canvas = SketchCanvas()
        self.canvas.sketchChanged.connect(self._on_sketch_changed)
        self.translation = GrayImage()
        self.translation.setObjectName("translationView")
        self.translation.setToolTip(self.tr("The generator's translation of the sketch: it follows your drawing"))
        self.translation.placeholder = self.tr("the translation shows here")
        self.translation.setMinimumSize(10 * SIZE, 10 * SIZE)
        self.caption = QLabel("")
        self.caption.setObjectName("sketchCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)

        self.brush_box = QSpinBox()
        self.brush_box.setObjectName("brushSize")
        self.brush_box.setRange(MIN_BRUSH, MAX_BRUSH)
        self.brush_box.setValue(self.canvas.brush_size)
        self.brush_box.setToolTip(self.tr("Brush size in image pixels: 1 draws lines one pixel wide, like the edge "
                                          "maps; each step up adds a pixel on every side"))
        self.brush_box.valueChanged.connect(self.canvas.set_brush_size)
        self.eraser_box = QCheckBox(self.tr("Eraser"))
        self.eraser_box.setObjectName("eraserButton")
        self.eraser_box.setToolTip(self.tr("The left button erases instead of drawing (the right button always "
                                           "erases)"))
        self.eraser_box.toggled.connect(self.canvas.set_eraser)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearSketchButton")
        self.clear_button.setToolTip(self.tr("Erase the whole sketch"))
        self.clear_button.clicked.connect(self.canvas.clear)
        self.test_button = QPushButton(self.tr("From a test image"))
        self.test_button.setObjectName("fromTestImageButton")
        self.test_button.setToolTip(self.tr("Start from the edge map of the test image numbered beside: the "
                                            "sketches the generator was never trained on"))
        self.test_button.clicked.connect(lambda: self.testEdgesRequested.emit(self.test_index.value()))
        self.test_index = QSpinBox()
        self.test_index.setObjectName("testImageIndex")
        self.test_index.setRange(0, MAX_TEST_INDEX)
        self.test_index.setToolTip(self.tr("Which test image \"From a test image\" takes the edges of"))
        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("Brush")))
        tools.addWidget(self.brush_box)
        tools.addWidget(self.eraser_box)
        tools.addWidget(self.clear_button)
        tools.addStretch(1)
        tools.addWidget(self.test_button)
        tools.addWidget(self.test_index)
        self.controls = [self.canvas, self.brush_box, self.eraser_box, self.clear_button, self.test_button,
                         self.test_index]

        images = QHBoxLayout()
        for title, widget in ((self.tr("Sketch (edges)"), self.canvas), (self.tr("Translation"), self.translation)):
            column = QVBoxLayout()
            heading = QLabel(title)
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(heading)
            column.addWidget(widget, 1)
            images.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addLayout(images, 1)
        layout.addLayout(tools)

    # -- the window's side ------------------------------------------------------------------------------

    def set_available(self, available: bool, message: str = "") -> None:
        """Enable drawing for a Pix2Pix run, or disable it with `message` saying why.

        Disabling empties the translation view and makes every answer still on its way stale: they are of
        a generator that is gone. On becoming available the sketch on the canvas is sent for translation at
        once, since the run's generator is new."""
        was = self.available
        self.available = bool(available)
        for control in self.controls:
            control.setEnabled(self.available)
        self.caption.setText(message or self.tr(AVAILABLE_CAPTION if self.available else UNAVAILABLE_CAPTION))
        if not self.available:
            self.first_valid_token = self.token + 1
            self.translation.set_array(None)
        elif not was:
            self.request_translation()

    def set_sketch(self, edges: np.ndarray) -> None:
        """Put an edge map ((size, size) uint8, or float in [0, 1]) on the canvas and request its translation.

        Raises:
            ValueError: for another shape.
        """
        self.canvas.set_sketch(edges)

    def sketch_uint8(self) -> np.ndarray:
        return self.canvas.sketch_uint8()

    def set_image_size(self, size: int) -> None:
        """Draw at a run's image size (a new size starts an empty sketch)."""
        self.canvas.set_size(size)

    def request_translation(self) -> int:
        """Ask for the current sketch's translation again (the generator changed: a new iteration, a loaded
        run). Nothing is asked while unavailable.

        Returns:
            The request's token, or 0 when nothing was asked.
        """
        if not self.available:
            return 0
        self.token += 1
        self.translateRequested.emit(self.token, self.canvas.sketch_uint8())
        return self.token

    def show_translation(self, token: int, image: np.ndarray | None) -> bool:
        """Show the translation answering request `token`, unless a newer one is on screen already (or the
        pad is unavailable: the answer is of a generator that is gone).

        Returns:
            Whether it is shown.
        """
        if token < max(self.shown_token, self.first_valid_token) or not self.available:
            return False
        self.shown_token = token
        self.translation.set_array(image)
        return True

    def _on_sketch_changed(self, sketch: np.ndarray) -> None:
        if self.available:
            self.token += 1
            self.translateRequested.emit(self.token, sketch)
