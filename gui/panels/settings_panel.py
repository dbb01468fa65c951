"""The settings of a new run: the recipe (a preset, or every knob of it), the family's own settings and
how the run is run.

Only fields a person tunes are shown; the rest of the config (sample count, ...) is carried over
unchanged from the config the panel was given, so the dataclass stays the one place that defines
defaults. Every widget is made from its field's declaration (engine.config.FIELDS: type, bounds or
choices, label, and its doc as the tooltip), so a knob added there appears here by itself.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDoubleSpinBox, QFileDialog, QFormLayout, QGroupBox, QSpinBox,
                               QVBoxLayout, QWidget)

from engine.config import (DEFAULT_PRESET, FIELDS, PRESETS, RECIPE_FIELDS, TrainConfig, apply_preset, default_preset,
                           family_fields, preset_of)
from engine.config.fields import declared
from engine.config.presets import MUSIC_PRESET, PICTURES_PRESET
from engine.families import FAMILIES
from engine.io.data import DATASETS
from engine.io.idx import CLASS_NAMES
from gui.i18n import engine_text, translate
from gui.panels.path_field import PathField

CUSTOM = QT_TRANSLATE_NOOP("SettingsPanel", "Custom")  # the preset box's last item, shown translated
# Widgets whose objectName is not recipe_<field> (the tests and a user's scripts find them by these).
OBJECT_NAMES = {"epochs": "epochsBox", "grid_every": "gridEveryBox", "seed": "seedBox",
                "keep_autosaves": "keepAutosavesBox", "tensorboard": "tensorboardBox",
                "train_images": "trainImagesBox", "precision": "precisionBox", "devices": "devicesBox",
                "l1_weight": "l1_weight", "cycle_weight": "cycle_weight", "identity_weight": "identity_weight",
                "class_a": "class_a", "class_b": "class_b", "conditioning": "conditioning",
                "data_b": "dataBFolder", "class_rows": "classRowsBox", "noise_dim": "noiseDimBox", "width": "widthBox",
                "image_size": "imageSizeBox", "channels": "channelsBox", "fit": "fitBox", "background": "backgroundBox",
                "save_every": "saveEveryBox", "save_minutes": "saveMinutesBox"}
RUN_FIELDS = ("epochs", "grid_every", "seed", "save_every", "save_minutes", "keep_autosaves", "tensorboard",
              "train_images", "precision", "devices")
DATA_FIELDS = ("image_size", "channels", "fit", "background")  # how the data is shaped, beside its choice
FOLDER = "folder"  # the data choice whose source is the folder field


def field_widget(name: str, changed) -> QWidget:
    """A widget for one config field, made from its declaration (engine.config.FIELDS: its type, bounds or
    choices, its doc as the tooltip), calling changed() when its value changes. The Live panel makes its
    controls here too."""
    field = FIELDS[name]
    if field.kind == "bool":
        widget = QCheckBox()
        widget.toggled.connect(changed)
    elif name in ("class_a", "class_b"):  # its items are the class numbers, named by SettingsPanel._show_data
        widget = QComboBox()
        for number in range(int(field.high) + 1):
            widget.addItem(str(number), number)
        widget.currentIndexChanged.connect(changed)
    elif field.choices:  # shown in the window's language, kept as the engine's names
        widget = QComboBox()
        for choice in field.choices:
            widget.addItem(engine_text(choice), choice)
        widget.currentIndexChanged.connect(changed)
    elif field.kind == "str":  # a folder
        widget = folder_field(engine_text(field.label))
        widget.edit.setToolTip(engine_text(field.doc))
        widget.edit.textChanged.connect(changed)
    elif field.kind == "int":
        widget = QSpinBox()
        widget.setRange(0 if field.zero else int(field.low), int(field.high))
        widget.setSpecialValueText(engine_text(field.zero) if field.zero else "")  # shown for 0
        widget.valueChanged.connect(changed)
    else:
        widget = QDoubleSpinBox()
        rate = field.live == "optimizer" and "learning_rate" in name
        widget.setDecimals(6 if rate else 2 if field.high >= 100 else 4)
        # An open bound's nearest value the box can show: 1e-6 for a learning rate in (0, 1].
        widget.setRange(field.low + 10 ** -widget.decimals() if field.low_open else field.low, field.high)
        widget.setSingleStep(0.00005 if rate else 0.01)
        widget.valueChanged.connect(changed)
    widget.setObjectName(OBJECT_NAMES.get(name, f"recipe_{name}"))
    widget.setProperty("field", name)
    widget.setToolTip(engine_text(field.doc))
    return widget


def folder_field(title: str) -> PathField:
    """A folder typed, or chosen with the "…" button in a folder dialog titled `title`."""
    field = PathField("", "…", lambda current: QFileDialog.getExistingDirectory(field, title, current))
    field.button.setFixedWidth(28)
    field.button.setToolTip(translate("SettingsPanel", "Choose the folder"))
    return field


def widget_value(widget: QWidget):
    """The value a field_widget shows (None for an optional field's 0: "all")."""
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, PathField):
        return widget.edit.text().strip()
    if widget.value() == 0 and FIELDS[widget.property("field")].optional:
        return None
    return widget.value()


def show_value(widget: QWidget, value) -> None:
    """Make a field_widget show `value`."""
    if isinstance(widget, QCheckBox):
        widget.setChecked(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(widget.findData(value))
    elif isinstance(widget, PathField):
        widget.edit.setText(value)
    else:
        widget.setValue(value or 0)


def class_names_of(choice: str, folder: str) -> tuple[str, ...]:
    """The class names the data chosen will have, as far as the panel can tell without reading it: Fashion-MNIST's,
    or a folder's first-level subfolders in name order (the engine's rule when every picture sits in one of two or
    more: engine.io.image_folder); () when not known."""
    if choice == "fashion-mnist":
        return CLASS_NAMES
    if choice != FOLDER or not folder:
        return ()
    try:
        with os.scandir(os.path.expanduser(folder)) as entries:
            subfolders = sorted(entry.name for entry in entries if entry.is_dir() and not entry.name.startswith("."))
    except OSError:
        return ()
    return tuple(subfolders) if len(subfolders) >= 2 else ()


class SettingsPanel(QGroupBox):
    """The New run tab: a config shown as widgets (show_config) and read back (config)."""

    def __init__(self, config: TrainConfig, data_dir: str | None = None, parent=None):
        super().__init__(self.tr("New run"), parent)
        self._base = config
        self._showing = False  # filling the fields from a config, not the user editing them
        self.preset = QComboBox()
        self.preset.setObjectName("presetBox")
        for name, preset in PRESETS.items():
            self.preset.addItem(engine_text(preset.title), name)
            self.preset.setItemData(self.preset.count() - 1, engine_text(preset.description),
                                 Qt.ItemDataRole.ToolTipRole)
        self.preset.addItem(self.tr(CUSTOM), None)
        self.preset.setToolTip(self.tr("A recipe to start from; editing any recipe field below makes it Custom"))
        self.preset.activated.connect(self._on_preset)
        self.recipe = {name: field_widget(name, self._on_edit) for name in RECIPE_FIELDS}
        self.family = QComboBox()
        self.family.setObjectName("familyBox")
        for name, family in FAMILIES.items():
            self.family.addItem(engine_text(family.title), name)
            self.family.setItemData(self.family.count() - 1, engine_text(family.description),
                                 Qt.ItemDataRole.ToolTipRole)
        self.family.setToolTip(engine_text(FIELDS["family"].doc))
        self.family.currentIndexChanged.connect(self._show_family)
        self.family.activated.connect(self._follow_data)
        self.family_fields = {name: field_widget(name, self._on_edit) for name in family_fields()}
        self.run_fields = {name: field_widget(name, self._on_edit) for name in RUN_FIELDS}
        self.data_fields = {name: field_widget(name, self._on_edit) for name in DATA_FIELDS}
        self.devices = self.run_fields["devices"]
        self.data = QComboBox()
        self.data.setObjectName("dataBox")
        for name, title in DATASETS.items():
            self.data.addItem(engine_text(title), name)
        self.data.addItem(self.tr("A folder of pictures…"), FOLDER)
        self.data.setToolTip(engine_text(FIELDS["data"].doc))
        self.data.currentIndexChanged.connect(self._show_data)
        self.data.activated.connect(self._follow_data)
        data_field = folder_field(self.tr("Folder of pictures"))
        self.data_dir = data_field.edit
        self.data_dir.setObjectName("dataFolder")
        self.data_dir.setPlaceholderText(self.tr("pictures, or Fashion-MNIST IDX files"))
        self.data_dir.setToolTip(self.tr("A folder of your own pictures (PNG, JPEG, GIF, BMP, WebP, TIFF; in two or "
                                         "more subfolders, those are classes), or of Fashion-MNIST or MNIST IDX files"))
        self.data_dir.textChanged.connect(self._show_data)
        self._data_field = data_field
        data_field.chosen.connect(self._follow_data)

        family_box = QGroupBox(self.tr("GAN"))
        family_form = QFormLayout(family_box)
        family_form.addRow(engine_text(FIELDS["family"].label), self.family)
        for name, widget in self.family_fields.items():
            family_form.addRow(engine_text(FIELDS[name].label), widget)
        self._family_form = family_form
        recipe_box = QGroupBox(self.tr("Recipe"))
        recipe_form = QFormLayout(recipe_box)
        recipe_form.addRow(self.tr("Preset"), self.preset)
        for name, widget in self.recipe.items():
            recipe_form.addRow(engine_text(FIELDS[name].label), widget)
        run_form = QFormLayout()
        for name, widget in self.run_fields.items():
            run_form.addRow(engine_text(FIELDS[name].label), widget)
        data_box = QGroupBox(self.tr("Data"))
        self._data_box = data_box
        data_form = QFormLayout(data_box)
        data_form.addRow(engine_text(FIELDS["data"].label), self.data)
        data_form.addRow(self.tr("Folder"), data_field)
        for name, widget in self.data_fields.items():
            data_form.addRow(engine_text(FIELDS[name].label), widget)
        layout = QVBoxLayout(self)
        layout.addLayout(run_form)
        layout.addWidget(data_box)
        layout.addWidget(family_box)
        layout.addWidget(recipe_box)
        self.show_config(config.replace(data=data_dir) if data_dir else config)

    def _fields(self) -> dict[str, QWidget]:
        return {**self.run_fields, **self.data_fields, **self.family_fields, **self.recipe}

    def show_config(self, config: TrainConfig) -> None:
        """Display a config (the defaults, or a loaded run's)."""
        self._base = config
        self._showing = True
        try:
            for name, widget in self._fields().items():
                show_value(widget, config.value(name))
            self.family.setCurrentIndex(self.family.findData(config.run.family))
            named = config.run.data in DATASETS
            self.data.setCurrentIndex(self.data.findData(config.run.data if named else FOLDER))
            self.data_dir.setText("" if named else config.run.data)
        finally:
            self._showing = False
        self._show_preset()
        self._show_family()
        self._show_data()

    def set_device_count(self, count: int) -> None:
        """The engine found `count` devices: the most a run can ask for (0 still means all)."""
        self.devices.setMaximum(max(count, 1))

    def _show_family(self, *args) -> None:
        """Show the chosen family's own fields; grey out the recipe fields it does not read, and the data for a
        family that always trains on its own (the composer's chorales)."""
        family = FAMILIES[self.family.currentData()]
        self._data_box.setEnabled(family.data is None)
        self._data_box.setTitle(self.tr("Data: the Bach chorales of music21's corpus, always") if family.data
                                else self.tr("Data"))
        for name, widget in self.family_fields.items():
            self._family_form.setRowVisible(widget, name in declared(family.settings))
        for name, widget in self.recipe.items():
            widget.setEnabled(family.recipe_fields is None or name in family.recipe_fields)

    def _show_data(self, *args) -> None:
        """The folder field is for a folder's data only; the class boxes name the data's classes."""
        self._data_field.setEnabled(self.data.currentData() == FOLDER)
        names = class_names_of(self.data.currentData(), self.data_dir.text().strip())
        for box in (self.family_fields["class_a"], self.family_fields["class_b"]):
            for i in range(box.count()):
                number = box.itemData(i)
                box.setItemText(i, f"{number} {engine_text(names[number])}" if number < len(names) else str(number))

    def _follow_data(self, *args) -> None:
        """The user chose data or a family: a recipe still at a default preset takes theirs (Fast start for
        Fashion-MNIST, Colour start for pictures, Music start for the composer: engine.config.default_preset); a
        recipe chosen or edited stays."""
        source, current, family = self.data_source(), self.preset.currentData(), self.family.currentData()
        wanted = default_preset(source, family) if source else None
        if wanted and current in (DEFAULT_PRESET, PICTURES_PRESET, MUSIC_PRESET) and current != wanted:
            self.show_config(apply_preset(self.config(), wanted))

    def data_source(self) -> str:
        """The data chosen: a dataset's name, or the folder typed (empty when none is)."""
        choice = self.data.currentData()
        return self.data_dir.text().strip() if choice == FOLDER else choice

    def config(self) -> TrainConfig:
        """The config the fields describe (validated by the dataclass: an empty folder is refused)."""
        return self._base.replace(family=self.family.currentData(), data=self.data_source(),
                                  **{name: widget_value(widget) for name, widget in self._fields().items()})

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

