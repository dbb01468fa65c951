"""Options of a GIF export: file, frame spacing and speed."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QSpinBox

from gui.panels.path_field import PathField


class ExportGifDialog(QDialog):
    """Asks where to write the grid's evolution as a GIF, which frames (the tutorial's spacing or all) and how
    fast; options() gives the answer."""

    def __init__(self, default_path: str, frame_count: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export GIF of the evolution"))
        self.setObjectName("exportGifDialog")
        path_field = PathField(default_path, self.tr("Browse…"), lambda current: QFileDialog.getSaveFileName(
            self, self.tr("Export GIF"), current, self.tr("GIF images (*.gif)"))[0])
        self.path = path_field.edit
        self.spacing = QComboBox()
        self.spacing.addItem(self.tr("Like the TensorFlow DCGAN tutorial (denser early)"), "tutorial")
        self.spacing.addItem(self.tr("Every frame ({count})").format(count=frame_count), "all")
        self.frame_ms = QSpinBox()
        self.frame_ms.setRange(20, 5000)
        self.frame_ms.setValue(100)
        self.frame_ms.setSuffix(self.tr(" ms per frame"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), path_field)
        form.addRow(self.tr("Frames"), self.spacing)
        form.addRow(self.tr("Speed"), self.frame_ms)
        form.addRow(buttons)
        self.resize(520, self.sizeHint().height())

    def options(self) -> tuple[str, str, int]:
        path = self.path.text().strip()
        if path and not path.lower().endswith(".gif"):
            path += ".gif"
        return path, self.spacing.currentData(), self.frame_ms.value()
