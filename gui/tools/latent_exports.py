"""What the latent explorer exports: the image as a PNG, and a walk (A -> B, a sweep along one direction, or
for a conditional generator a morph through the classes) as a GIF the worker draws. A part of LatentPanel
(one of its bases)."""

from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QMessageBox

from engine.families.dcgan.latent_space import direction_sweep, interpolation_walk
from engine.io.export import write_image_png
from gui.i18n import translate
from gui.window.file_dialogs import ask_save_path

CLASS_MORPH = "class morph"  # the walk_choice item of the conditional family's walk: one latent, its class moving


class LatentExports:
    """LatentPanel's Save image and Export walk."""

    def _fill_walk_choice(self) -> None:
        current = self.walk_choice.currentIndex()
        self.walk_choice.clear()
        self.walk_choice.addItem("A → B", "interpolation")
        if self.directions is not None:
            for k in range(len(self.directions)):
                self.walk_choice.addItem(translate("LatentPanel", "{direction} sweep").format(
                    direction=self.directions.label(k)), k)
        if self.class_names:
            self.walk_choice.addItem(translate("LatentPanel", "Morph through the classes"), CLASS_MORPH)
        self.walk_choice.setCurrentIndex(max(0, min(current, self.walk_choice.count() - 1)))

    def save_png(self) -> None:
        image = self.image.array()
        if image is None:
            return
        path = ask_save_path(self, translate("LatentPanel", "Save image"), f"latent-seed{self.seed_box.value()}.png",
                             translate("LatentPanel", "PNG images (*.png)"), ".png")
        if not path:
            return
        try:
            write_image_png(path, image, self.config.image_scale)
        except OSError as exc:
            QMessageBox.critical(self, translate("LatentPanel", "Could not save the image"),
                                 f"{path}: {exc.strerror or exc}")

    def walk(self) -> tuple[np.ndarray, list[str], np.ndarray | None]:
        """The latents, frame captions and classes (None, class numbers, or for the class morph weights
        over the classes) of the walk chosen in the combo box. (The captions' arrows are "->": the GIF's caption
        fonts have no "→".)"""
        frames = self.config.walk_frames
        choice = self.walk_choice.currentIndex()
        a, b = self.seed_box.value(), self.seed_box_b.value()
        if self.walk_choice.currentData() == CLASS_MORPH:  # through every class at this latent and back
            n = len(self.class_names)
            position = np.linspace(0.0, n, frames, endpoint=False)
            low, share = position.astype(int), position % 1.0
            weights = np.zeros((frames, n), np.float32)
            weights[np.arange(frames), low] = 1.0 - share
            weights[np.arange(frames), (low + 1) % n] += share
            caption = translate("LatentPanel", "seed {seed}  {a} -> {b}  {share}")
            labels = [caption.format(seed=a, a=self.class_names[k], b=self.class_names[(k + 1) % n], share=f"{s:.2f}")
                      for k, s in zip(low, share)]
            return np.repeat(self.latent()[None], frames, axis=0), labels, weights
        if choice <= 0 or self.directions is None:
            steps = np.linspace(0.0, 1.0, frames)
            offsets = (self.amounts[:len(self.directions)] @ self.directions.vectors
                       if self.directions is not None else 0)
            return (interpolation_walk(self._a, self._b, frames) + offsets,
                    [translate("LatentPanel", "seed {a} -> {b}  t = {t}").format(a=a, b=b, t=f"{t:.2f}")
                     for t in steps], self._classes(frames))
        k = choice - 1
        direction = self.directions.vectors[k]
        here = self.latent() - self.amounts[k] * direction
        extent = self.config.slider_range
        return (direction_sweep(here, direction, extent, frames),
                [translate("LatentPanel", "seed {seed}  {direction} {amount}σ").format(
                    seed=a, direction=self.directions.label(k), amount=f"{v:+.2f}")
                 for v in np.linspace(-extent, extent, frames)],
                self._classes(frames))

    def export_walk(self) -> None:
        if self.noise_dim is None:
            return
        path = ask_save_path(self, translate("LatentPanel", "Export latent walk"),
                             f"walk-seed{self.seed_box.value()}.gif",
                             translate("LatentPanel", "GIF animations (*.gif)"), ".gif")
        if path:
            latents, labels, classes = self.walk()
            self.walkRequested.emit(path, latents, labels, classes)
