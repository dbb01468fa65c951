"""The Runs tab's lower half: the selected runs compared. Their curves overlaid, a colour per run in every plot
(losses, the discriminator's accuracy, gradient norms, quality), against iteration, images seen or training seconds
(`compareXAxis`); their grids at the same x, side by side, scrubbed together with one slider (`compareGrids`); the
settings that differ and each run's live changes and rewinds (`compareSettings`).

The numbers come read and ready to draw (engine.io.runs.RunData: each curve smoothed as the Training curves tab
smooths and min-max downsampled to a few thousand points, for every x axis, off the window's thread:
gui.panels.runs_panel), so ten runs of millions of rows draw as fast as ten short ones.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QSlider,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from engine.io.compare_figure import COLOURS, CompareError, write_comparison
from engine.io.images import tile
from engine.io.runs import HEADLINES, RunData, differing_settings
from gui.i18n import engine_message, number
from gui.panels.sample_grid import GrayImage
from gui.window.file_dialogs import ask_save_path

AXES = ((QT_TRANSLATE_NOOP("RunComparison", "iteration"), "iteration"),
        (QT_TRANSLATE_NOOP("RunComparison", "images seen"), "images"),
        (QT_TRANSLATE_NOOP("RunComparison", "training seconds"), "seconds"))
PLOTS = ((QT_TRANSLATE_NOOP("RunComparison", "G loss"), ("g_loss",)),
         (QT_TRANSLATE_NOOP("RunComparison", "D loss"), ("d_loss",)),
         (QT_TRANSLATE_NOOP("RunComparison", "D accuracy on real / fake"), ("real_acc", "fake_acc")),
         (QT_TRANSLATE_NOOP("RunComparison", "gradient norms, G / D"), ("g_grad_norm", "d_grad_norm")))
SLIDER_STEPS = 1000


class RunComparison(QWidget):
    """Shows a list of RunData (set_runs), a colour each."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.runs: list[RunData] = []
        self.axis = QComboBox()
        self.axis.setObjectName("compareXAxis")
        for text, name in AXES:
            self.axis.addItem(self.tr(text), name)
        self.axis.setToolTip(self.tr("What the curves and the grids' slider are against: runs of different batch "
                                     "sizes compare by images seen or training seconds"))
        self.axis.currentIndexChanged.connect(self._redraw)
        self.smooth = QCheckBox(self.tr("Smooth curves (EMA)"))
        self.smooth.setChecked(True)
        self.smooth.setToolTip(self.tr("An exponential moving average (about 20 iterations), as the Training curves "
                                       "tab smooths, instead of the raw values"))
        self.smooth.toggled.connect(self._redraw)
        self.plots = pg.GraphicsLayoutWidget()
        self.plots.setObjectName("comparePlots")
        self.plot_items = []
        for k, (title, _) in enumerate((*PLOTS, (QT_TRANSLATE_NOOP("RunComparison", "quality"), ()))):
            item = self.plots.addPlot(row=k // 3, col=k % 3, title=self.tr(title))
            item.showGrid(x=True, y=True, alpha=0.2)
            self.plot_items.append(item)
        self.grids = QWidget()
        self.grids.setObjectName("compareGrids")
        self.grid_row = QHBoxLayout(self.grids)
        self.grid_views: list[GrayImage] = []
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("compareSlider")
        self.slider.setRange(0, SLIDER_STEPS)
        self.slider.setValue(SLIDER_STEPS)
        self.slider.setToolTip(self.tr("Scrub every run's grid together, to the same x"))
        self.slider.valueChanged.connect(self._show_grids)
        self.slider_label = QLabel("")
        self.legend = QLabel("")
        self.legend.setObjectName("compareLegend")
        self.settings = QTableWidget()
        self.settings.setObjectName("compareSettings")
        self.settings.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Against")))
        options.addWidget(self.axis)
        options.addWidget(self.smooth)
        options.addWidget(self.legend, 1)
        self.save_button = QPushButton(self.tr("Save picture…"))
        self.save_button.setObjectName("saveComparisonButton")
        self.save_button.setToolTip(self.tr("Write this comparison as one PNG (curves, last grids, what differs), as "
                                            "main.py compare does"))
        self.save_button.clicked.connect(self.ask_save_picture)
        options.addWidget(self.save_button)
        grids = QWidget()
        column = QVBoxLayout(grids)
        column.addWidget(self.grids, 1)
        slider_row = QHBoxLayout()
        slider_row.addWidget(self.slider, 1)
        slider_row.addWidget(self.slider_label)
        column.addLayout(slider_row)
        lower = QSplitter()
        lower.addWidget(grids)
        lower.addWidget(self.settings)
        lower.setSizes([600, 400])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.plots)
        split.addWidget(lower)
        split.setSizes([420, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(options)
        layout.addWidget(split, 1)

    def ask_save_picture(self) -> None:
        if not self.runs:
            return
        path = ask_save_path(self, self.tr("Save the comparison"), "compare.png", self.tr("PNG pictures (*.png)"),
                             ".png")
        if path:
            self.save_picture(path)

    def save_picture(self, path: str) -> bool:
        """The selected runs as `main.py compare` draws them, against this x axis."""
        try:
            write_comparison(path, [data.run for data in self.runs], self.x_axis)
        except CompareError as exc:
            QMessageBox.warning(self, self.tr("Could not save the picture"), engine_message(exc))
            return False
        return True

    @property
    def x_axis(self) -> str:
        return self.axis.currentData()

    def set_runs(self, runs: list[RunData]) -> None:
        self.runs = list(runs)[:len(COLOURS)]
        while len(self.grid_views) < len(self.runs):
            view = GrayImage()
            view.setMinimumSize(120, 120)
            self.grid_views.append(view)
            self.grid_row.addWidget(view, 1)
        for k, view in enumerate(self.grid_views):
            view.setVisible(k < len(self.runs))
        self.legend.setText("  ".join(f"<span style='color: rgb{COLOURS[k]}'>■</span> {data.run.name}"
                                      for k, data in enumerate(self.runs)))
        self._redraw()
        self._show_settings()

    # -- curves ---------------------------------------------------------------------------------------------

    def _redraw(self) -> None:
        smooth = self.smooth.isChecked()
        for item in self.plot_items:
            item.clear()
            item.setLabel("bottom", self.axis.currentText())
        for k, data in enumerate(self.runs):
            for item, (_, columns) in zip(self.plot_items, PLOTS):
                for c, column in enumerate(columns):
                    drawn = data.curves.get((self.x_axis, smooth, column))
                    if drawn is not None:
                        style = Qt.PenStyle.DashLine if c == 1 else Qt.PenStyle.SolidLine
                        item.plot(*drawn, pen=pg.mkPen(COLOURS[k], width=1, style=style))
            self._quality(k, data)
        self._show_grids()

    def _quality(self, k: int, data: RunData) -> None:
        quality, x = data.quality, data.quality_x.get(self.x_axis)
        headline = None if quality is None else next((h for h in HEADLINES if h[0] in quality.columns), None)
        if headline is None or x is None:
            return
        values = quality.column(headline[0])
        keep = np.isfinite(values) & np.isfinite(x)
        item = self.plot_items[-1]
        item.setTitle(self.tr("quality: {what}").format(what=engine_message(headline[1])))
        item.plot(x[keep], values[keep], pen=pg.mkPen(COLOURS[k], width=2), symbol="o", symbolSize=5,
                  symbolBrush=COLOURS[k])

    # -- grids ----------------------------------------------------------------------------------------------

    def _span(self) -> tuple[float, float] | None:
        """The x range every run's frames cover, for the slider."""
        ends = [self._frame_x(data) for data in self.runs]
        ends = [x for x in ends if x is not None and len(x)]
        return (min(x[0] for x in ends), max(x[-1] for x in ends)) if ends else None

    def _frame_x(self, data: RunData) -> np.ndarray | None:
        """Each of the run's grid frames at the x axis."""
        return data.frame_x.get(self.x_axis)

    def _grid_indices(self) -> tuple[float | None, list[int | None]]:
        """The slider's x, and for each run the index of its last grid frame at or before it (None: no frames)."""
        span = self._span()
        at = None if span is None else span[0] + (span[1] - span[0]) * self.slider.value() / SLIDER_STEPS
        indices = []
        for data in self.runs:
            frames = self._frame_x(data)
            indices.append(None if frames is None or at is None
                           else max(int(np.searchsorted(frames, at, side="right")) - 1, 0))
        return at, indices

    def _show_grids(self) -> None:
        at, indices = self._grid_indices()
        self.slider_label.setText("" if at is None else f"{self.axis.currentText()} {number(round(at))}")
        for data, view, index in zip(self.runs, self.grid_views, indices):
            if index is None:
                view.placeholder = self.tr("no grid frames saved")
                view.set_array(None)
                continue
            view.set_array(tile(data.frame_images[index]))
            view.setToolTip(self.tr("{name}: iteration {iteration}").format(
                name=data.run.name, iteration=number(int(data.frame_iterations[index]))))

    def shown_iterations(self) -> list[int | None]:
        """The iteration of the grid shown for each run (what the slider chose)."""
        return [None if index is None else int(data.frame_iterations[index])
                for data, index in zip(self.runs, self._grid_indices()[1])]

    # -- settings -------------------------------------------------------------------------------------------

    def _show_settings(self) -> None:
        runs = [data.run for data in self.runs]
        rows = [(name, values) for name, values in differing_settings(runs)] if len(runs) > 1 else []
        for k, run in enumerate(runs):
            rows += [(self.tr("{name}: iteration {iteration}").format(name=run.name, iteration=number(change[0])),
                      [f"{change[1]}: {change[2]} -> {change[3]}" if j == k else "" for j in range(len(runs))])
                     for change in run.changes]
            rows += [(run.name, [engine_message(note) if j == k else "" for j in range(len(runs))])
                     for note in run.notes]
        self.settings.clear()
        self.settings.setColumnCount(len(runs))
        self.settings.setRowCount(len(rows))
        self.settings.setHorizontalHeaderLabels([run.name for run in runs])
        self.settings.setVerticalHeaderLabels([name for name, _ in rows])
        for r, (_, values) in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setForeground(pg.mkColor(COLOURS[c]).darker(130))
                item.setToolTip(value)
                self.settings.setItem(r, c, item)
        self.settings.resizeColumnsToContents()
