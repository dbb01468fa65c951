"""The latent explorer's two boxes of controls. "Latent": the base latent A and the target B as seeds (each
with a Random button), the A -> B interpolation slider and, for a conditional generator, the class it is
asked for. "Directions": principal or raw directions, how many sliders, Recompute and Reset, and the grid
the explorer puts its sliders in. They only say what was chosen; the explorer (gui.tools.latent_panel) draws."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
                               QScrollArea, QSlider, QSpinBox, QVBoxLayout, QWidget)

from engine.config import ExplorerConfig
from gui.i18n import number

T_STEPS = 1000  # the interpolation slider runs 0..T_STEPS over t in [0, 1]
MAX_SEED = 2**31 - 1


class LatentBox(QGroupBox):
    """`seed_box` (A), `seed_box_b` (B), `interpolation` and `class_box`, with their signals."""

    seedChanged = Signal(int)  # A's seed
    targetChanged = Signal(int)  # B's seed
    interpolationChanged = Signal(float)  # t in [0, 1]
    classChanged = Signal(int)

    def __init__(self, parent=None):
        super().__init__(self.tr("Latent"), parent)
        self.seed_box = self._seed_box("seedBox", self.tr("A: the latent being explored (grid cell k is seed k). The "
                                                          "same seed always gives the same latent."))
        self.seed_box_b = self._seed_box("seedBoxB", self.tr("B: the interpolation target. The same seed always gives "
                                                             "the same latent."))
        self.seed_box_b.setValue(1)
        random_a = QPushButton(self.tr("Random"))
        random_a.setObjectName("randomSeedButton")
        random_a.setToolTip(self.tr("A new random seed for A (it stays reproducible: the seed is shown)"))
        random_a.clicked.connect(lambda: self.seed_box.setValue(_random_seed()))
        random_b = QPushButton(self.tr("Random"))
        random_b.setToolTip(self.tr("A new random seed for B"))
        random_b.clicked.connect(lambda: self.seed_box_b.setValue(_random_seed()))
        self.interpolation = QSlider(Qt.Orientation.Horizontal)
        self.interpolation.setObjectName("interpolationSlider")
        self.interpolation.setRange(0, T_STEPS)
        self.interpolation.setToolTip(self.tr("Walk from A to B along the sphere (slerp)"))
        self.t_label = QLabel("t = 0.00")
        self.t_label.setMinimumWidth(60)
        grid = QGridLayout(self)
        grid.addWidget(QLabel(self.tr("A  seed")), 0, 0)
        grid.addWidget(self.seed_box, 0, 1)
        grid.addWidget(random_a, 0, 2)
        grid.addWidget(QLabel(self.tr("B  seed")), 1, 0)
        grid.addWidget(self.seed_box_b, 1, 1)
        grid.addWidget(random_b, 1, 2)
        grid.addWidget(QLabel("A → B"), 2, 0)
        grid.addWidget(self.interpolation, 2, 1)
        grid.addWidget(self.t_label, 2, 2)
        hint = QLabel(self.tr("Click a cell of the sample grid to explore it as A; right-click to make it B."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: gray")
        grid.addWidget(hint, 3, 0, 1, 3)
        self.class_box = QComboBox()  # the conditional family's: which class the generator is asked for
        self.class_box.setObjectName("classBox")
        self.class_box.setToolTip(self.tr("The class the generator is asked for; the sliders move within it"))
        self.class_label = QLabel(self.tr("Class"))
        grid.addWidget(self.class_label, 4, 0)
        grid.addWidget(self.class_box, 4, 1, 1, 2)
        self.class_names: tuple = ()
        for widget in (self.class_box, self.class_label):
            widget.hide()  # until set_classes
        self.seed_box.valueChanged.connect(self.seedChanged)
        self.seed_box_b.valueChanged.connect(self.targetChanged)
        self.interpolation.valueChanged.connect(self._on_interpolation)
        self.class_box.currentIndexChanged.connect(self.classChanged)

    @staticmethod
    def _seed_box(name: str, tip: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(0, MAX_SEED)
        box.setToolTip(tip)
        box.setKeyboardTracking(False)  # typing 123 is one change, not three
        return box

    @property
    def t(self) -> float:
        return self.interpolation.value() / T_STEPS

    @property
    def current_class(self) -> int:
        return max(self.class_box.currentIndex(), 0)

    def set_classes(self, names: tuple) -> bool:
        """The classes a conditional generator is asked for (none: the class picker is hidden); True if
        they changed."""
        if tuple(names) == self.class_names:
            return False
        self.class_names = tuple(names)
        self.class_box.blockSignals(True)
        self.class_box.clear()
        for k, name in enumerate(self.class_names):
            self.class_box.addItem(f"{k} {name}")
        self.class_box.blockSignals(False)
        for widget in (self.class_box, self.class_label):
            widget.setVisible(bool(self.class_names))
        return True

    def back_to_a(self) -> None:
        """t back to 0 (A), quietly: the caller redraws."""
        self.interpolation.blockSignals(True)
        self.interpolation.setValue(0)
        self.interpolation.blockSignals(False)
        self.t_label.setText("t = 0.00")

    def _on_interpolation(self, value: int) -> None:
        self.t_label.setText(f"t = {value / T_STEPS:.2f}")
        self.interpolationChanged.emit(value / T_STEPS)


class DirectionsBox(QGroupBox):
    """`raw_toggle`, `count_box`, `recompute_button`, `reset_button`, `directions_status` and the
    `slider_grid` (a scrolling grid: name, slider, value per row)."""

    def __init__(self, config: ExplorerConfig, parent=None):
        super().__init__(self.tr("Directions (±{range} standard deviations)").format(range=f"{config.slider_range:g}"),
                         parent)
        self.raw_toggle = QCheckBox(self.tr("Raw coordinates"))
        self.raw_toggle.setObjectName("rawCoordinatesToggle")
        self.raw_toggle.setToolTip(self.tr("Sliders move single latent coordinates z[0], z[1], ... instead of the "
                                           "generator's principal directions (offsets reset)"))
        self.count_box = QSpinBox()
        self.count_box.setObjectName("directionCountBox")
        self.count_box.setRange(1, 64)
        self.count_box.setValue(config.directions)
        self.count_box.setToolTip(self.tr("How many direction sliders"))
        self.recompute_button = QPushButton(self.tr("Recompute"))
        self.recompute_button.setObjectName("recomputeDirectionsButton")
        self.recompute_button.setToolTip(self.tr("PCA of the generator's first block over {count} random latents "
                                                 "(GANSpace), for the generator as it is now").format(
                                                     count=number(config.pca_samples)))
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.setObjectName("resetLatentButton")
        self.reset_button.setToolTip(self.tr("All sliders back to 0 and t back to A"))
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.raw_toggle)
        mode_row.addStretch(1)
        mode_row.addWidget(QLabel(self.tr("Sliders")))
        for widget in (self.count_box, self.recompute_button, self.reset_button):
            mode_row.addWidget(widget)
        self.directions_status = QLabel("")
        self.directions_status.setWordWrap(True)
        self.slider_grid = QGridLayout()
        self.slider_grid.setColumnStretch(1, 1)
        sliders = QWidget()
        sliders.setLayout(self.slider_grid)
        scroll = QScrollArea()
        scroll.setWidget(sliders)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addLayout(mode_row)
        layout.addWidget(self.directions_status)
        layout.addWidget(scroll, 1)


def _random_seed() -> int:
    return int(np.random.default_rng().integers(0, MAX_SEED))
