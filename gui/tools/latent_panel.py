"""The latent explorer: one large generated image, moved by sliders along the generator's own directions.

The panel only does arithmetic on latent vectors (numpy, microseconds): the base latent A (a seed,
a grid cell, or a random seed), the interpolation towards B by slerp, plus the slider offsets along
the current directions. It never runs the generator: each change emits `renderRequested` with a
growing token, the window hands it to the worker (which renders only the newest request), and
`show_render` puts the result on screen. Tokens let a test or a benchmark tell which move an image
answers.

The latent on screen is  slerp(A, B, t) + sum_k amount_k * direction_k,  amounts in standard
deviations of z along each (unit) direction.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSlider, QVBoxLayout, QWidget

from engine.config import ExplorerConfig
from engine.families.dcgan.latent_space import Directions, direction_sweep, offset, raw_directions, slerp
from engine.families.dcgan.latents import latent_for_seed
from engine.io.images import side_by_side
from gui.i18n import number
from gui.panels.sample_grid import GrayImage
from gui.tools.latent_box import DirectionsBox, LatentBox
from gui.tools.latent_exports import LatentExports

SLIDER_STEPS = 1000  # each direction slider runs -SLIDER_STEPS..SLIDER_STEPS over +-range
STRIP = 7  # neighbour images along the active direction, evenly over its whole range


class LatentPanel(LatentExports, QWidget):
    """One large image of the generator, moved along its directions by sliders, with a strip of neighbours
    along the active direction; it asks for images by token and shows the newest. Enabled once a
    generator exists (`set_generator`)."""

    renderRequested = Signal(int, object, object)  # token, latents (1 + STRIP, noise_dim) float32, classes or None
    directionsRequested = Signal(int, int, int)  # count, PCA samples, the class they are found within
    walkRequested = Signal(str, object, object, object)  # path, latents (frames, noise_dim), labels, classes or None

    def __init__(self, config: ExplorerConfig | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("latentPanel")
        self.config = config or ExplorerConfig()
        self.noise_dim: int | None = None
        self.iteration = 0
        self.pca: Directions | None = None  # the generator's, once computed
        self.directions: Directions | None = None  # what the sliders follow now (PCA or raw)
        self.amounts = np.zeros(self.config.directions, np.float32)
        self.active = 0  # the direction the neighbour strip and the sweep follow
        self.token = 0  # of the newest render requested
        self.shown_token = 0  # of the render on screen
        self._a = self._b = None
        self._pca_pending = False
        self.sliders: list[QSlider] = []
        self._build()
        self.setEnabled(False)

    # -- layout ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.image = GrayImage()
        self.image.setObjectName("latentImage")
        self.image.placeholder = self.tr("Start or load a run to explore its generator")
        self.image.setMinimumSize(280, 280)
        self.strip = GrayImage()
        self.strip.setObjectName("latentStrip")
        self.strip.placeholder = ""
        self.strip.setMinimumSize(280, 50)
        self.strip.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.strip.setFixedHeight(70)
        self.strip.pixelClicked.connect(self._on_strip_clicked)
        self.strip_caption = QLabel("")
        self.strip_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.latent_caption = QLabel("")
        self.latent_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QVBoxLayout()
        left.addWidget(self.latent_caption)
        left.addWidget(self.image, 1)
        left.addWidget(self.strip)
        left.addWidget(self.strip_caption)

        self.latent_box = box = LatentBox()
        self.seed_box, self.seed_box_b, self.class_box = box.seed_box, box.seed_box_b, box.class_box
        box.seedChanged.connect(self._on_seed_a)
        box.targetChanged.connect(self._on_seed_b)
        box.interpolationChanged.connect(self.render)
        box.classChanged.connect(self._on_class)

        self.directions_box = d = DirectionsBox(self.config)
        self.raw_toggle, self.count_box, self.recompute_button = d.raw_toggle, d.count_box, d.recompute_button
        self.directions_status, self.slider_grid = d.directions_status, d.slider_grid
        d.raw_toggle.toggled.connect(self._on_mode)
        d.count_box.editingFinished.connect(self._on_count)
        d.recompute_button.clicked.connect(self.request_directions)
        d.reset_button.clicked.connect(self.reset)

        # Export.
        png = QPushButton(self.tr("Save image…"))
        png.setObjectName("latentPngButton")
        png.setToolTip(self.tr("Save the image as a PNG, {scale}x enlarged").format(scale=self.config.image_scale))
        png.clicked.connect(self.save_png)
        self.walk_choice = QComboBox()
        self.walk_choice.setObjectName("walkChoice")
        self.walk_choice.setToolTip(self.tr("Which walk to export: the interpolation A → B, or a sweep along one "
                                            "direction over its whole range"))
        walk = QPushButton(self.tr("Export walk GIF…"))
        walk.setObjectName("latentWalkButton")
        walk.setToolTip(self.tr("{frames} frames, {ms} ms each").format(frames=self.config.walk_frames,
                                                                        ms=self.config.walk_frame_ms))
        walk.clicked.connect(self.export_walk)
        export_row = QHBoxLayout()
        export_row.addWidget(png)
        export_row.addStretch(1)
        export_row.addWidget(self.walk_choice)
        export_row.addWidget(walk)

        right = QVBoxLayout()
        right.addWidget(box)
        right.addWidget(self.directions_box, 1)
        right.addLayout(export_row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self._make_sliders(self.config.directions)

    def _make_sliders(self, count: int) -> None:
        while self.slider_grid.count():
            widget = self.slider_grid.takeAt(0).widget()
            widget.setParent(None)  # gone from findChild now, not at the next event loop turn
            widget.deleteLater()
        self.sliders, self.slider_names, self.slider_values = [], [], []
        for k in range(count):
            name, value = QLabel(""), QLabel("+0.00σ")
            value.setMinimumWidth(56)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setObjectName(f"latentSlider{k}")
            slider.setToolTip(self.tr("Move the latent along this direction, up to the slider range in standard "
                                      "deviations either side; the image follows as you drag"))
            slider.setRange(-SLIDER_STEPS, SLIDER_STEPS)
            slider.setPageStep(SLIDER_STEPS // 6)
            slider.valueChanged.connect(self._on_slider)
            slider.sliderPressed.connect(self._on_slider_pressed)
            self.slider_grid.addWidget(name, k, 0)
            self.slider_grid.addWidget(slider, k, 1)
            self.slider_grid.addWidget(value, k, 2)
            self.sliders.append(slider)
            self.slider_names.append(name)
            self.slider_values.append(value)
        self.amounts = np.zeros(count, np.float32)
        self.active = 0

    # -- the generator behind the panel ----------------------------------------------------------------

    def set_classes(self, names: tuple) -> None:
        """The classes a conditional generator is asked for (none: the class picker is hidden)."""
        if self.latent_box.set_classes(names):
            self._fill_walk_choice()

    @property
    def class_names(self) -> tuple:
        return self.latent_box.class_names

    @property
    def current_class(self) -> int:
        return self.latent_box.current_class

    def _classes(self, count: int) -> np.ndarray | None:
        """The class numbers of `count` images of the current class (None without classes)."""
        return np.full(count, self.current_class) if self.class_names else None

    def _on_class(self, index: int) -> None:
        """Another class: its own directions (PCA within the class) and image."""
        self.pca = None
        self._pca_pending = False
        self._use_directions(reset=False)
        if self.isVisible():
            self.ensure_directions()
        self.render()

    def set_generator(self, noise_dim: int, iteration: int) -> None:
        """A new run or a loaded checkpoint: its directions are unknown until computed."""
        self.noise_dim, self.iteration = noise_dim, iteration
        self.count_box.setMaximum(min(64, noise_dim))
        if len(self.sliders) > noise_dim:
            self._make_sliders(noise_dim)
        self.pca = None
        self._pca_pending = False
        self._a = latent_for_seed(self.seed_box.value(), noise_dim)
        self._b = latent_for_seed(self.seed_box_b.value(), noise_dim)
        self.setEnabled(True)
        self._use_directions(reset=True)
        if self.isVisible():
            self.ensure_directions()

    def showEvent(self, event) -> None:  # noqa: N802
        """Directions are computed the first time the panel is seen, not for every run nobody explores."""
        super().showEvent(event)
        self.ensure_directions()
        self.render()  # the generator may have trained while the panel was hidden

    def set_iteration(self, iteration: int) -> None:
        """Training moved on: the image is re-rendered by the caller's choice, the directions go stale."""
        self.iteration = iteration
        self._show_directions_status()

    def ensure_directions(self) -> None:
        """Compute the PCA directions if this generator has none yet (on first showing the panel)."""
        if self.noise_dim is not None and self.pca is None and not self._pca_pending:
            self.request_directions()

    @property
    def computing(self) -> bool:
        """True while the worker computes directions for this panel."""
        return self._pca_pending

    def request_directions(self) -> None:
        if self.noise_dim is None:
            return
        self._pca_pending = True
        self._show_directions_status()
        self.directionsRequested.emit(len(self.sliders), self.config.pca_samples, self.current_class)

    def set_directions(self, directions: Directions) -> None:
        """The worker's PCA result; the latent on screen keeps its offsets' slider positions."""
        if directions.vectors.shape[1] != self.noise_dim or len(directions) != len(self.sliders):
            return  # an answer for a generator or slider count since replaced; the newer one is coming
        self._pca_pending = False
        self.pca = directions
        if not self.raw_toggle.isChecked():
            self._use_directions(reset=False)

    def _use_directions(self, reset: bool) -> None:
        count = len(self.sliders)
        if self.raw_toggle.isChecked() or self.pca is None:
            self.directions = raw_directions(min(count, self.noise_dim), self.noise_dim) \
                if self.raw_toggle.isChecked() else None
        else:
            self.directions = self.pca
        if reset:
            self._set_amounts(np.zeros(count, np.float32))
        for k, (name, slider) in enumerate(zip(self.slider_names, self.sliders)):
            usable = self.directions is not None and k < len(self.directions)
            slider.setEnabled(usable)
            if not usable:
                name.setText(f"PC{k + 1}")
            elif self.directions.raw:
                name.setText(self.directions.label(k))
            else:
                name.setText(f"{self.directions.label(k)}  {100 * self.directions.explained[k]:.1f}%")
        self._fill_walk_choice()
        self._show_directions_status()
        self.render()

    def _show_directions_status(self) -> None:
        if self.raw_toggle.isChecked():
            text = self.tr("Raw latent coordinates: each slider moves one z[k].")
        elif self._pca_pending:
            text = self.tr("Finding the generator's principal directions…")
        elif self.pca is None:
            text = self.tr("Principal directions not computed yet.")
        else:
            text = self.tr("PCA of {samples} latents at iteration {iteration}: these %n direction(s) explain "
                           "{share}% of the first block's variance.", None, len(self.pca)).format(
                samples=number(self.config.pca_samples), iteration=number(self.pca.iteration),
                share=f"{100 * self.pca.explained.sum():.1f}")
            if self.iteration != self.pca.iteration:
                text += " <span style='color:#e0a040'>" + self.tr(
                    "The generator has trained %Ln iteration(s) since: Recompute.", None,
                    self.iteration - self.pca.iteration) + "</span>"
        self.directions_status.setText(text)

    # -- user changes ---------------------------------------------------------------------------------

    def set_seed(self, seed: int, target: bool = False) -> None:
        """Make grid cell / seed `seed` the base latent A (or, with target, the interpolation target B)."""
        (self.seed_box_b if target else self.seed_box).setValue(seed)

    def _on_seed_a(self, seed: int) -> None:
        if self.noise_dim is not None:
            self._a = latent_for_seed(seed, self.noise_dim)
            self.render()

    def _on_seed_b(self, seed: int) -> None:
        if self.noise_dim is not None:
            self._b = latent_for_seed(seed, self.noise_dim)
            self.render()

    def _on_slider_pressed(self) -> None:
        self.active = self.sliders.index(self.sender())
        self.render()

    def _on_slider(self, value: int) -> None:
        k = self.sliders.index(self.sender())
        self.amounts[k] = value / SLIDER_STEPS * self.config.slider_range
        self.slider_values[k].setText(f"{self.amounts[k]:+.2f}σ")
        self.active = k
        self.render()

    def _on_strip_clicked(self, x: int, y: int, button) -> None:
        """Clicking a neighbour moves the active slider to it."""
        cell = min(STRIP - 1, x * STRIP // max(1, self.strip.array().shape[1]))
        self.sliders[self.active].setValue(int(np.linspace(-SLIDER_STEPS, SLIDER_STEPS, STRIP)[cell]))

    def _on_mode(self, raw: bool) -> None:
        if self.noise_dim is None:
            return
        self._use_directions(reset=True)
        if not raw:
            self.ensure_directions()

    def _on_count(self) -> None:
        count = self.count_box.value()
        if count == len(self.sliders):
            return
        self._make_sliders(count)
        if self.noise_dim is None:
            return
        self.pca = None
        self._use_directions(reset=True)
        if not self.raw_toggle.isChecked():
            self.request_directions()

    def _set_amounts(self, amounts: np.ndarray) -> None:
        for slider in self.sliders:
            slider.blockSignals(True)
        for k, slider in enumerate(self.sliders):
            slider.setValue(int(round(amounts[k] / self.config.slider_range * SLIDER_STEPS)))
            self.slider_values[k].setText(f"{amounts[k]:+.2f}σ")
        for slider in self.sliders:
            slider.blockSignals(False)
        self.amounts = np.asarray(amounts, np.float32).copy()

    def reset(self) -> None:
        self._set_amounts(np.zeros(len(self.sliders), np.float32))
        self.latent_box.back_to_a()
        self.render()

    # -- latents and rendering --------------------------------------------------------------------------

    @property
    def t(self) -> float:
        return self.latent_box.t

    def base(self) -> np.ndarray:
        """slerp(A, B, t): the latent before the direction offsets."""
        return slerp(self._a, self._b, self.t)

    def latent(self) -> np.ndarray:
        """The latent on screen (once its render arrives)."""
        if self.directions is None:
            return self.base()
        return offset(self.base(), self.directions, self.amounts[:len(self.directions)])

    def _strip_latents(self) -> np.ndarray:
        """The current latent with the active slider at STRIP evenly spaced positions over its range."""
        if self.directions is None or self.active >= len(self.directions):
            return np.repeat(self.latent()[None], STRIP, axis=0)
        direction = self.directions.vectors[self.active]
        here = self.latent() - self.amounts[self.active] * direction
        return direction_sweep(here, direction, self.config.slider_range, STRIP)

    def render(self) -> None:
        """Ask for the current latent's image (and its neighbours); only the newest request is drawn."""
        if self.noise_dim is None:
            return
        self.token += 1
        self.renderRequested.emit(self.token, np.concatenate([self.latent()[None], self._strip_latents()]),
                                  self._classes(1 + STRIP))

    def show_render(self, token: int, images: np.ndarray) -> None:
        if token < self.shown_token:
            return
        self.shown_token = token
        self.image.set_array(images[0])
        self.strip.set_array(side_by_side(*images[1:, None], gap=3, value=40)[0])
        self.latent_caption.setText(self._caption())
        if self.directions is not None and self.active < len(self.directions):
            name = self.directions.label(self.active)
            self.strip_caption.setText(self.tr("{name} from −{range}σ to +{range}σ (click one to jump there)").format(
                name=name, range=f"{self.config.slider_range:g}"))

    def _caption(self) -> str:
        a, b, t = self.seed_box.value(), self.seed_box_b.value(), self.t
        text = (self.tr("seed {seed}").format(seed=a) if t == 0 else self.tr("seed {seed}").format(seed=b) if t == 1
                else self.tr("seed {a} → seed {b}, t = {t}").format(a=a, b=b, t=f"{t:.2f}"))
        moved = [f"{self.directions.label(k)} {v:+.2f}σ" for k, v in enumerate(self.amounts)
                 if v and self.directions is not None and k < len(self.directions)]
        asked = [self.class_names[self.current_class]] if self.class_names else []
        return "  ·  ".join([text, *asked, *moved[:3]]) + ("  …" if len(moved) > 3 else "")

    # -- export -----------------------------------------------------------------------------------------
