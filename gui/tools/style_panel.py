"""The style tab: a content and a style picture, the transfer's settings, and the picture as it is painted
(engine.style, run by the worker a few steps at a time between training's, so the window never waits for it).

Like the other tools, the tab imports no TensorFlow: Stylize asks the worker with a growing token, and
`show_progress` puts its pictures on screen; a picture of an older request is dropped.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Signal
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import (QComboBox, QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QMessageBox,
                               QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from engine.config.fields import declared
from engine.io.picture import SUFFIXES
from engine.style.settings import METHODS, StyleConfig
from engine.style.pictures import StylePictureError, write_picture
from gui.i18n import engine_message, engine_text
from gui.panels.path_field import PathField
from gui.panels.sample_grid import GrayImage
from gui.window.file_dialogs import ask_open_path, ask_save_path
from gui.worker.protocol import StopStylize, Stylize, Stylized

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "style"
DEFAULT_CONTENT, DEFAULT_STYLE = EXAMPLES / "chelsea.jpg", EXAMPLES / "swirls.jpg"
THUMBNAIL = 160  # pixels: the longer side of the content's and style's previews


class StylePanel(QWidget):
    """Pictures and settings on the left, the painted picture on the right; Stylize, Stop and Save."""

    stylizeRequested = Signal(object)  # gui.worker.protocol.Stylize
    stopRequested = Signal(object)  # gui.worker.protocol.StopStylize

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stylePanel")
        self.token = 0  # of the newest transfer asked for
        self.running = False
        self._build()
        self._show_preview(self.content_field, self.content_view)
        self._show_preview(self.style_field, self.style_view)

    def _build(self) -> None:
        filter_text = self.tr("Pictures ({patterns})").format(patterns=" ".join("*" + suffix for suffix in SUFFIXES))
        self.content_field = PathField(str(DEFAULT_CONTENT), self.tr("Open…"),
                                       lambda _: ask_open_path(self, self.tr("Content picture"), filter_text))
        self.content_field.setObjectName("contentPath")
        self.style_field = PathField(str(DEFAULT_STYLE), self.tr("Open…"),
                                     lambda _: ask_open_path(self, self.tr("Style picture"), filter_text))
        self.style_field.setObjectName("stylePath")
        self.content_view, self.style_view = GrayImage(), GrayImage()
        for view, name in ((self.content_view, "contentView"), (self.style_view, "styleView")):
            view.setObjectName(name)
            view.smooth = True
            view.placeholder = self.tr("cannot be shown")
            view.setMinimumSize(THUMBNAIL, THUMBNAIL * 2 // 3)
        kept = self.tr("The picture whose forms are kept (PNG, JPEG, GIF, BMP, WebP or TIFF)")
        for field, tip in ((self.content_field, kept),
                           (self.style_field, self.tr("The picture whose colours, strokes and patterns are painted "
                                                      "(a painting, a pattern, a photo)"))):
            field.edit.setToolTip(tip)
            field.button.setToolTip(tip)
        self.content_field.chosen.connect(lambda _: self._show_preview(self.content_field, self.content_view))
        self.style_field.chosen.connect(lambda _: self._show_preview(self.style_field, self.style_view))

        fields = declared(StyleConfig)
        defaults = StyleConfig()
        self.method_box = QComboBox()
        self.method_box.setObjectName("styleMethod")
        for name, title in METHODS.items():
            self.method_box.addItem(engine_text(title), name)
        self.boxes = {"method": self.method_box}
        for name in ("size", "steps", "strength", "brush", "seed"):
            kind, spec = fields[name]
            box = QSpinBox() if kind == "int" else QDoubleSpinBox()
            if kind == "float":
                box.setDecimals(2)
                box.setSingleStep(0.05 if spec.high <= 1 else 0.25)
            box.setRange(int(spec.low) if kind == "int" else spec.low,
                         int(spec.high if spec.high is not None else 2**31 - 1) if kind == "int" else spec.high)
            box.setValue(getattr(defaults, name))
            box.setObjectName("style" + name.capitalize())
            self.boxes[name] = box
        form = QFormLayout()
        for name, box in self.boxes.items():
            box.setToolTip(engine_text(fields[name][1].doc))
            form.addRow(engine_text(fields[name][1].label), box)
        self.boxes["size"].setSuffix(self.tr(" px"))

        self.stylize_button = QPushButton(self.tr("Stylize"))
        self.stylize_button.setObjectName("stylizeButton")
        self.stylize_button.clicked.connect(self.stylize)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("stopStylizeButton")
        self.stop_button.clicked.connect(self.stop)
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setObjectName("saveStyleButton")
        self.save_button.clicked.connect(self._save)
        self.stylize_button.setToolTip(self.tr("Paint the content in the style; the picture shows as it converges"))
        self.stop_button.setToolTip(self.tr("Stop painting; the picture so far stays"))
        self.save_button.setToolTip(self.tr("Save the painted picture as a PNG"))
        buttons = QHBoxLayout()
        for button in (self.stylize_button, self.stop_button, self.save_button):
            buttons.addWidget(button)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Content: the picture whose forms are kept")))
        left.addWidget(self.content_field)
        left.addWidget(self.content_view, 1)
        left.addWidget(QLabel(self.tr("Style: the picture whose colours and strokes are painted")))
        left.addWidget(self.style_field)
        left.addWidget(self.style_view, 1)
        left.addLayout(form)
        left.addLayout(buttons)

        self.result_view = GrayImage()
        self.result_view.setObjectName("styleResult")
        self.result_view.smooth = True
        self.result_view.placeholder = self.tr("the painted picture shows here as it converges")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("styleProgress")
        self.caption = QLabel(self.tr("Choose two pictures and press Stylize"))
        self.caption.setObjectName("styleCaption")
        self.caption.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.result_view, 1)
        right.addWidget(self.progress_bar)
        right.addWidget(self.caption)

        row = QHBoxLayout(self)
        row.addLayout(left, 2)
        row.addLayout(right, 3)
        self._set_running(False)

    def config(self) -> StyleConfig:
        """The settings as the boxes show them (their ranges are the declared bounds)."""
        values = {name: box.currentData() if name == "method" else box.value() for name, box in self.boxes.items()}
        return StyleConfig(**values)

    def stylize(self) -> None:
        self.token += 1
        self.stylizeRequested.emit(Stylize(self.token, self.content_field.edit.text(), self.style_field.edit.text(),
                                           self.config()))
        self.caption.setText(self.tr("Reading the pictures…"))
        self.progress_bar.setValue(0)
        self._set_running(True)

    def stop(self) -> None:
        self.stopRequested.emit(StopStylize())

    def stylize_failed(self) -> None:
        """The worker could not start or go on (its message is shown by the window)."""
        self._set_running(False)
        self.caption.setText(self.tr("Not stylized: see the message"))

    def show_progress(self, stylized: Stylized) -> None:
        if stylized.token != self.token:
            return
        self.result_view.set_array(stylized.picture)
        self.progress_bar.setRange(0, stylized.steps)
        self.progress_bar.setValue(stylized.step)
        text = self.tr("Step {step} of {steps}, scale {scale} of {scales} ({height}x{width}), {seconds:.0f} s")
        caption = text.format(step=stylized.step, steps=stylized.steps, scale=stylized.scale, scales=stylized.scales,
                              height=stylized.picture.shape[0], width=stylized.picture.shape[1],
                              seconds=stylized.seconds)
        if stylized.finished:
            done = stylized.step == stylized.steps
            caption = (self.tr("Done in {seconds:.1f} s") if done else self.tr("Stopped at step {step} of {steps}")) \
                .format(seconds=stylized.seconds, step=stylized.step, steps=stylized.steps)
            self._set_running(False)
        self.caption.setText(caption)

    def picture(self) -> np.ndarray | None:
        return self.result_view.array()

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.stop_button.setEnabled(running)
        self.save_button.setEnabled(not running and self.result_view.array() is not None)

    def _save(self) -> None:
        """Ask where, then write the picture as a PNG (whole or not at all; a failure is said, nothing lost)."""
        picture = self.picture()
        if picture is None:
            return
        name = f"{Path(self.content_field.edit.text()).stem}-{Path(self.style_field.edit.text()).stem}.png"
        path = ask_save_path(self, self.tr("Save the painted picture"), name, self.tr("PNG pictures (*.png)"), ".png")
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        try:
            write_picture(path, self.picture())
        except StylePictureError as exc:
            QMessageBox.critical(self, self.tr("Could not save the picture"), engine_message(exc))
            return False
        self.caption.setText(self.tr("Saved {path}").format(path=path))
        return True

    def _show_preview(self, field: PathField, view: GrayImage) -> None:
        """The chosen file's preview, read by Qt at a small size (the worker reads it again, by the engine's rules)."""
        reader = QImageReader(field.edit.text())
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and size.width() > 0 and size.height() > 0:
            ratio = THUMBNAIL / max(size.width(), size.height())
            reader.setScaledSize(size * ratio)
        image = reader.read()
        if image.isNull():
            view.set_array(None)
            return
        image = image.convertToFormat(image.Format.Format_RGB888)
        rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
        view.set_array(rows[:, :image.width() * 3].reshape(image.height(), image.width(), 3).copy())
