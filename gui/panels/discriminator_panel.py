"""The "Discriminator" tab: the run through D's eyes (engine.families.dcgan.discriminator_view), refreshed with each
grid frame.

Top: eight real images (the last training batch's first) and eight generated ones (the grid's first
cells), each with D's probability that it is real under it, coloured as the grid's verdict frames.
Middle: histograms of D's probabilities on the whole last batch, real and fake: a D that wins
pushes them apart to 1 and 0, a balanced game keeps them overlapping. Bottom: one grid cell and its
saliency map |dD/dx|: the pixels D's verdict is most sensitive to. Clicking a cell of the sample
grid while this tab is shown picks the cell.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from engine.families.dcgan.discriminator_view import SHOWN
from gui.panels.sample_grid import GrayImage, verdict_colour

BINS = np.linspace(0.0, 1.0, 21)
HEAT = pg.colormap.get("inferno").getLookupTable(nPts=256)  # (256, 3) uint8


def heat(saliency: np.ndarray) -> np.ndarray:
    """A [0, 1] map as an RGB uint8 image (inferno: dark = ignored, bright = looked at)."""
    return HEAT[np.clip((saliency * 255).astype(np.int32), 0, 255)]


WAITING = QT_TRANSLATE_NOOP("DiscriminatorPanel", "D's view appears with the first grid frame of a run")


class _Thumbs(QWidget):
    """A row of small images with a probability under each."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(0)
        grid.addWidget(QLabel(title), 0, 0, 1, SHOWN)
        self.images, self.labels = [], []
        for i in range(SHOWN):
            image, label = GrayImage(), QLabel("–")
            image.setMinimumSize(56, 56)
            image.placeholder = ""
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(image, 1, i)
            grid.addWidget(label, 2, i)
            self.images.append(image)
            self.labels.append(label)

    def set_images(self, images: np.ndarray, probs: np.ndarray) -> None:
        for i, (image, label) in enumerate(zip(self.images, self.labels)):
            if i < len(images):
                image.set_array(images[i])
                label.setText(f"{probs[i]:.2f}")
                label.setStyleSheet(f"color: {verdict_colour(float(probs[i])).name()}")
            else:
                image.set_array(None)
                label.setText("")


class DiscriminatorPanel(QWidget):
    """Shows one engine.families.dcgan.discriminator_view.DiscriminatorView at a time."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("discriminatorView")
        self.view = None
        self.caption = QLabel(self.tr(WAITING))
        self.real = _Thumbs(self.tr("Real images (the last batch's first eight): D's probability that each is real, "
                                    "now"))
        self.fake = _Thumbs(self.tr("Generated images (the grid's first eight cells): D's probability that each is "
                                    "real"))
        self.histogram = pg.PlotWidget()
        self.histogram.setObjectName("discriminatorHistogram")
        self.histogram.setBackground("#1e1f24")
        self.histogram.setTitle(self.tr("D's probabilities on the last training batch"), color="#dddddd", size="10pt")
        plot = self.histogram.getPlotItem()
        plot.setLabel("bottom", self.tr("D(x): probability of real"))
        plot.setLabel("left", self.tr("% of the batch"))
        plot.getAxis("left").enableAutoSIPrefix(False)
        plot.setXRange(0, 1, padding=0.02)
        plot.addLegend(offset=(10, 10), labelTextColor="#dddddd")
        self.real_hist = plot.plot([0, 1], [0], stepMode="center", fillLevel=0, name=self.tr("real"),
                                   pen=pg.mkPen("#81c784"), brush=pg.mkBrush(129, 199, 132, 90))
        self.fake_hist = plot.plot([0, 1], [0], stepMode="center", fillLevel=0, name=self.tr("generated"),
                                   pen=pg.mkPen("#e57373"), brush=pg.mkBrush(229, 115, 115, 90))
        self.cell_image = GrayImage()
        self.cell_image.setObjectName("saliencyImage")
        self.cell_image.placeholder = self.tr("pick a grid cell")
        self.saliency = GrayImage()
        self.saliency.setObjectName("saliencyMap")
        self.saliency.placeholder = ""
        self.saliency.setToolTip(self.tr("|dD/dx|: how strongly each pixel would move D's verdict (bright: most)"))
        self.cell_caption = QLabel(self.tr("Click a cell of the sample grid to see where D looks in it"))
        self.cell_caption.setWordWrap(True)
        pair = QHBoxLayout()
        pair.addWidget(self.cell_image)
        pair.addWidget(self.saliency)
        bottom = QVBoxLayout()
        bottom.addWidget(self.cell_caption)
        bottom.addLayout(pair, 1)
        lower = QHBoxLayout()
        lower.addWidget(self.histogram, 3)
        lower.addLayout(bottom, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.real)
        layout.addWidget(self.fake)
        layout.addLayout(lower, 1)

    def show_view(self, view) -> None:
        self.view = view
        self.caption.setText(self.tr("Iteration {iteration}: what the discriminator says now").format(
            iteration=view.iteration))
        self.real.set_images(view.real_images, view.real_probs)
        self.fake.set_images(view.fake_images, view.fake_probs)
        for curve, probs in ((self.real_hist, view.batch_real_probs), (self.fake_hist, view.batch_fake_probs)):
            counts, _ = np.histogram(probs, BINS)
            curve.setData(BINS, 100.0 * counts / max(1, len(probs)))
        self.cell_image.set_array(view.cell_image)
        self.saliency.set_array(heat(view.saliency))
        self.cell_caption.setText(self.tr("Grid cell {cell} and its saliency |dD/dx| (click another cell of the "
                                          "sample grid to change)").format(cell=view.cell))

    def clear(self) -> None:
        self.view = None
        self.caption.setText(self.tr(WAITING))
        self.real.set_images(np.zeros((0, 28, 28), np.uint8), np.zeros(0))
        self.fake.set_images(np.zeros((0, 28, 28), np.uint8), np.zeros(0))
        for curve in (self.real_hist, self.fake_hist):
            curve.setData([0, 1], [0])
        self.cell_image.set_array(None)
        self.saliency.set_array(None)
