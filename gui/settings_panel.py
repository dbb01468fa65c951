"""The settings of a new run: the recipe (a preset, or every knob of it) and how the run is run.

Only fields a person tunes are shown; the rest of the config (noise size, sample count, ...) is
carried over unchanged from the config the panel was given, so the dataclass stays the one place
that defines defaults. The recipe's fields are made from engine.config (RECIPE_FIELDS, their types,
RECIPE_LIMITS and RECIPE_DOCS as tooltips), so a knob added there appears here by itself.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox, QSpinBox,
                               QVBoxLayout, QWidget)

from engine.compute.precision import PRECISIONS
from engine.config import (CONDITIONINGS, FAMILY_DOCS, LOSSES, PRESETS, RECIPE_DOCS, RECIPE_FIELDS, RECIPE_LIMITS,
                           UPSAMPLINGS, TrainConfig, apply_preset, preset_of)
from engine.families import FAMILIES
from engine.io.data import CLASS_NAMES
from gui.path_field import PathField

CUSTOM = "Custom"
# Labels of the recipe's fields (the field name otherwise).
LABELS = {"batch_size": "Batch size", "g_learning_rate": "G learning rate", "d_learning_rate": "D learning rate",
          "g_beta1": "G Adam beta1", "g_beta2": "G Adam beta2", "d_beta1": "D Adam beta1",
          "d_beta2": "D Adam beta2", "loss": "Loss", "gp_weight": "GP weight", "d_steps": "D steps per G step",
          "label_smoothing": "Label smoothing", "label_flip": "Label flipping", "instance_noise": "Instance noise",
          "instance_noise_decay": "Noise decay (it)", "g_dropout": "Dropout in G", "ema": "G weight average",
          "spectral_norm": "Spectral norm in D", "upsampling": "Upsampling"}
RANGES = {"batch_size": (1, 8192), "g_learning_rate": (1e-6, 1.0), "d_learning_rate": (1e-6, 1.0), **RECIPE_LIMITS}


def _spin(minimum: int, maximum: int, tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setToolTip(tip)
    return box


def recipe_widget(name: str, kind: str, changed) -> QWidget:
    """A widget for one recipe field (its type, range and RECIPE_DOCS tooltip from engine.config),
    calling changed() when its value changes. The Live panel makes its controls here too."""
    if kind == "bool":
        widget = QCheckBox()
        widget.toggled.connect(changed)
    elif name in ("loss", "upsampling"):
        widget = QComboBox()
        widget.addItems(LOSSES if name == "loss" else UPSAMPLINGS)
        widget.currentTextChanged.connect(changed)
    elif kind == "int":
        widget = _spin(*RANGES[name], "")
        widget.valueChanged.connect(changed)
    else:
        widget = QDoubleSpinBox()
        low, high = RANGES[name]
        widget.setDecimals(6 if "learning_rate" in name else 4)
        widget.setRange(low, high)
        widget.setSingleStep(0.00005 if "learning_rate" in name else 0.01)
        widget.valueChanged.connect(changed)
    widget.setObjectName(f"recipe_{name}")
    widget.setToolTip(RECIPE_DOCS[name])
    return widget


def widget_value(widget: QWidget):
    """The value a recipe_widget shows."""
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.value()


def show_value(widget: QWidget, value) -> None:
    """Make a recipe_widget show `value`."""
    if isinstance(widget, QCheckBox):
        widget.setChecked(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentText(value)
    else:
        widget.setValue(value)


def _weight(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setRange(0.0, 1000.0)
    box.setDecimals(2)
    box.setToolTip(FAMILY_DOCS[name])
    return box


def _class_box(name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for number, title in enumerate(CLASS_NAMES):
        box.addItem(f"{number} {title}", number)
    box.setToolTip(FAMILY_DOCS[name])
    return box


class SettingsPanel(QGroupBox):
    def __init__(self, config: TrainConfig, data_dir: str | None = None, parent=None):
        super().__init__("New run", parent)
        self._base = config
        self._showing = False  # filling the fields from a config, not the user editing them
        self.preset = QComboBox()
        self.preset.setObjectName("presetBox")
        for name, preset in PRESETS.items():
            self.preset.addItem(preset.title, name)
            self.preset.setItemData(self.preset.count() - 1, preset.description, Qt.ItemDataRole.ToolTipRole)
        self.preset.addItem(CUSTOM, None)
        self.preset.setToolTip("A recipe to start from; editing any recipe field below makes it Custom")
        self.preset.activated.connect(self._on_preset)
        types = {f.name: f.type for f in fields(TrainConfig)}
        self.recipe = {name: recipe_widget(name, types[name], self._on_edit) for name in RECIPE_FIELDS}
        self.family = QComboBox()
        self.family.setObjectName("familyBox")
        for name, family in FAMILIES.items():
            self.family.addItem(family.title, name)
            self.family.setItemData(self.family.count() - 1, family.description, Qt.ItemDataRole.ToolTipRole)
        self.family.setToolTip(FAMILY_DOCS["family"])
        self.family.currentIndexChanged.connect(self._show_family)
        self.weights = {name: _weight(name) for name in ("l1_weight", "cycle_weight", "identity_weight")}
        self.classes = {name: _class_box(name) for name in ("class_a", "class_b")}
        self.conditioning = QComboBox()
        self.conditioning.setObjectName("conditioning")
        self.conditioning.addItems(CONDITIONINGS)
        self.conditioning.setToolTip(FAMILY_DOCS["conditioning"])
        self.class_rows = QCheckBox()
        self.class_rows.setObjectName("classRowsBox")
        self.class_rows.setToolTip(FAMILY_DOCS["class_rows"])
        self.epochs = _spin(1, 100000, "How many epochs the run lasts (reference: 100)")
        self.grid_every = _spin(1, 100000, "Render a sample-grid frame every N iterations (reference: 50)")
        self.seed = _spin(0, 2**31 - 1, "Seeds weights, data order and noise: same seed, same run")
        self.keep_autosaves = _spin(0, 100000, "The run autosaves every 'save every' epochs into its folder; keep "
                                               "the newest N of those plus the best by FCD (0: keep all)")
        self.keep_autosaves.setSpecialValueText("all")
        self.tensorboard = QCheckBox()
        self.tensorboard.setObjectName("tensorboardBox")
        self.tensorboard.setToolTip("Also write TensorBoard event files into the run folder's tensorboard/ (metrics, "
                                    "grid frames, quality, recipe changes): tensorboard --logdir runs")
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
        self.devices = _spin(0, 64, "Devices the run trains on: 1, several (tf.distribute's MirroredStrategy: the "
                             "batch split across them, gradients summed), or all. On a machine without GPUs start "
                             "GAN Studio with --devices N to split the CPU into N logical devices (to try the "
                             "several-device path: not faster). A checkpoint continues on any number.")
        self.devices.setObjectName("devicesBox")
        self.devices.setSpecialValueText("all")
        data_field = PathField(data_dir or "", "…", lambda current: QFileDialog.getExistingDirectory(
            self, "Fashion-MNIST folder", current))
        data_field.button.setFixedWidth(28)
        data_field.button.setToolTip("Choose the data folder")
        self.data_dir = data_field.edit
        self.data_dir.setPlaceholderText("search (Debian package, $GAN_STUDIO_DATA, Keras cache)")
        self.data_dir.setToolTip("Folder with the Fashion-MNIST IDX files; empty: search the usual places")

        family_box = QGroupBox("GAN")
        family_form = QFormLayout(family_box)
        family_form.addRow("Family", self.family)
        self.family_fields = {**self.weights, **self.classes, "conditioning": self.conditioning,
                              "class_rows": self.class_rows}
        labels = {"l1_weight": "L1 weight", "cycle_weight": "Cycle weight", "identity_weight": "Identity weight",
                  "class_a": "Class A", "class_b": "Class B", "conditioning": "D told the class by",
                  "class_rows": "Grid: a row per class"}
        for name, widget in self.family_fields.items():
            family_form.addRow(labels[name], widget)
        self._family_form = family_form
        recipe_box = QGroupBox("Recipe")
        recipe_form = QFormLayout(recipe_box)
        recipe_form.addRow("Preset", self.preset)
        for name, widget in self.recipe.items():
            recipe_form.addRow(LABELS[name], widget)
        run_form = QFormLayout()
        run_form.addRow("Epochs", self.epochs)
        run_form.addRow("Grid every", self.grid_every)
        run_form.addRow("Seed", self.seed)
        run_form.addRow("Keep autosaves", self.keep_autosaves)
        run_form.addRow("TensorBoard", self.tensorboard)
        run_form.addRow("Train images", self.train_images)
        run_form.addRow("Precision", self.precision)
        run_form.addRow("Devices", self.devices)
        run_form.addRow("Data folder", data_field)
        layout = QVBoxLayout(self)
        layout.addLayout(run_form)
        layout.addWidget(family_box)
        layout.addWidget(recipe_box)
        self.show_config(config)

    def show_config(self, config: TrainConfig) -> None:
        """Display a config (the defaults, or a loaded run's)."""
        self._base = config
        self._showing = True
        try:
            for name, widget in self.recipe.items():
                show_value(widget, getattr(config, name))
            self.epochs.setValue(config.epochs)
            self.grid_every.setValue(config.grid_every)
            self.seed.setValue(config.seed)
            self.keep_autosaves.setValue(config.keep_autosaves)
            self.tensorboard.setChecked(config.tensorboard)
            self.train_images.setValue(config.train_images or 0)
            self.precision.setCurrentText(config.precision)
            self.devices.setValue(config.devices)
            self.family.setCurrentIndex(self.family.findData(config.family))
            for name, widget in self.family_fields.items():
                if name in self.classes:  # its items are the class numbers
                    widget.setCurrentIndex(getattr(config, name))
                else:
                    show_value(widget, getattr(config, name))
        finally:
            self._showing = False
        self._show_preset()
        self._show_family()

    def set_device_count(self, count: int) -> None:
        """The engine found `count` devices: the most a run can ask for (0 still means all)."""
        self.devices.setMaximum(max(count, 1))

    def _show_family(self, *args) -> None:
        """Show the chosen family's own fields; grey out the recipe fields it does not read."""
        family = FAMILIES[self.family.currentData()]
        for name, widget in self.family_fields.items():
            self._family_form.setRowVisible(widget, name in family.settings)
        for name, widget in self.recipe.items():
            widget.setEnabled(family.recipe_fields is None or name in family.recipe_fields)

    def _recipe_values(self) -> dict:
        return {name: widget_value(widget) for name, widget in self.recipe.items()}

    def config(self) -> TrainConfig:
        """The config the fields describe (validated by the dataclass)."""
        return self._base.replace(
            epochs=self.epochs.value(), grid_every=self.grid_every.value(), seed=self.seed.value(),
            keep_autosaves=self.keep_autosaves.value(), tensorboard=self.tensorboard.isChecked(),
            train_images=self.train_images.value() or None, precision=self.precision.currentText(),
            devices=self.devices.value(), family=self.family.currentData(), **self._recipe_values(),
            **{name: widget.currentData() if name in self.classes else widget_value(widget)
               for name, widget in self.family_fields.items()})

    def _on_preset(self, index: int) -> None:
        name = self.preset.itemData(index)
        if name is not None:
            self.show_config(apply_preset(self.config(), name))

    def _on_edit(self, *args) -> None:
        if not self._showing:
            self._show_preset()

    def _show_preset(self) -> None:
        """Select the preset the recipe fields match, or Custom."""
        try:
            name = preset_of(self.config())
        except ValueError:  # a combination the config refuses (e.g. smoothing with hinge): custom
            name = None
        self.preset.setCurrentIndex(self.preset.findData(name) if name else self.preset.count() - 1)

    def data_folder(self) -> str | None:
        return self.data_dir.text().strip() or None
