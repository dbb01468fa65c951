"""The settings of a new run, shown with the reference defaults and editable before starting.

Only fields a person tunes are shown; the rest of the config (noise size, sample count, ...) is
carried over unchanged from the config the panel was given, so the dataclass stays the one place
that defines defaults.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox, QSpinBox

from engine.config import TrainConfig
from engine.precision import PRECISIONS
from gui.path_field import PathField


def _spin(minimum: int, maximum: int, tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setToolTip(tip)
    return box


def _rate(tip: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(6)
    box.setRange(0.000001, 1.0)
    box.setSingleStep(0.00005)
    box.setToolTip(tip)
    return box


class SettingsPanel(QGroupBox):
    def __init__(self, config: TrainConfig, data_dir: str | None = None, parent=None):
        super().__init__("New run", parent)
        self._base = config
        self.batch_size = _spin(1, 8192, "Images per iteration (reference: 256)")
        self.g_lr = _rate("Generator Adam learning rate (reference: 0.0001)")
        self.d_lr = _rate("Discriminator Adam learning rate (reference: 0.0001)")
        self.epochs = _spin(1, 100000, "How many epochs the run lasts (reference: 100)")
        self.grid_every = _spin(1, 100000, "Render a sample-grid frame every N iterations (reference: 50)")
        self.seed = _spin(0, 2**31 - 1, "Seeds weights, data order and noise: same seed, same run")
        self.train_images = _spin(0, 60000, "Train on the first N images only (0: all 60,000)")
        self.train_images.setSpecialValueText("all")
        self.precision = QComboBox()
        self.precision.setObjectName("precisionBox")
        self.precision.addItems(PRECISIONS)
        self.precision.setToolTip(
            "Arithmetic of training. bfloat16: convolutions and matrix products in bfloat16 (weights, "
            "batch norm and losses stay float32), much faster on CPUs with bfloat16 hardware (Intel AMX, "
            "AVX-512 BF16), slower elsewhere. auto: bfloat16 where the CPU has such hardware, else float32. "
            "Checkpoints load into either; exact resume holds within one precision.")
        data_field = PathField(data_dir or "", "…", lambda current: QFileDialog.getExistingDirectory(
            self, "Fashion-MNIST folder", current))
        data_field.button.setFixedWidth(28)
        data_field.button.setToolTip("Choose the data folder")
        self.data_dir = data_field.edit
        self.data_dir.setPlaceholderText("search (Debian package, $GAN_STUDIO_DATA, Keras cache)")
        self.data_dir.setToolTip("Folder with the Fashion-MNIST IDX files; empty: search the usual places")

        form = QFormLayout(self)
        form.addRow("Batch size", self.batch_size)
        form.addRow("G learning rate", self.g_lr)
        form.addRow("D learning rate", self.d_lr)
        form.addRow("Epochs", self.epochs)
        form.addRow("Grid every", self.grid_every)
        form.addRow("Seed", self.seed)
        form.addRow("Train images", self.train_images)
        form.addRow("Precision", self.precision)
        form.addRow("Data folder", data_field)
        self.show_config(config)

    def show_config(self, config: TrainConfig) -> None:
        """Display a config (the defaults, or a loaded run's)."""
        self._base = config
        self.batch_size.setValue(config.batch_size)
        self.g_lr.setValue(config.g_learning_rate)
        self.d_lr.setValue(config.d_learning_rate)
        self.epochs.setValue(config.epochs)
        self.grid_every.setValue(config.grid_every)
        self.seed.setValue(config.seed)
        self.train_images.setValue(config.train_images or 0)
        self.precision.setCurrentText(config.precision)

    def config(self) -> TrainConfig:
        """The config the fields describe (validated by the dataclass)."""
        return self._base.replace(
            batch_size=self.batch_size.value(), g_learning_rate=self.g_lr.value(),
            d_learning_rate=self.d_lr.value(), epochs=self.epochs.value(),
            grid_every=self.grid_every.value(), seed=self.seed.value(),
            train_images=self.train_images.value() or None, precision=self.precision.currentText())

    def data_folder(self) -> str | None:
        return self.data_dir.text().strip() or None
