"""The generator's quality as training goes on: FCD and SWD at each evaluation against their floors (left,
logarithmic axis), classifier score and class coverage (right axis, both scaled to [0, 1]), and the
latest numbers, KID included, in words. Data other than Fashion-MNIST has no classifier: its DCGAN
shows the SWD alone.

FCD and SWD fall over orders of magnitude (a few hundred for noise, near the floor for a good generator),
so their axis is logarithmic; score and coverage live in [0, 10] and [0, 1], so they get their own
linear axis. Evaluations are sparse (one an epoch by default), so points are marked. The other GAN
families' metrics (engine.families) are in [0, 1] and share the right axis, but for their SWDs ("swd_..."),
which join the left one; a metric not measured for the run's data (NaN: the Fashion classifier's, on other
pictures) is not drawn. A family whose columns have a reference (the composer's metrics: Bach's own voices'
figures, engine.families.family.QualityReference) draws each metric's distance to its reference on the left
axis, against the goal (dashed), and says both values in the readout.
"""

from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from engine.quality.metrics import QUALITY_COLUMNS
from gui.i18n import engine_text, number
from gui.panels.curves import ValueAxis

COLUMN = {name: i for i, name in enumerate(QUALITY_COLUMNS)}


def _on_log_axis(column: str) -> bool:
    """Whether a family's own quality column is an SWD ("swd_..."): in the hundreds, on the left log axis with the
    DCGAN's FCD and SWD, not on the right [0, 1] one."""
    return column.startswith("swd")


class QualityPanel(QWidget):
    """The quality plot of a run's family (the DCGAN's FCD against its floor, log, with its bounded metrics; a
    translation family's own) and the latest numbers in words."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = QUALITY_COLUMNS  # the run's family's (engine.families): set_columns
        self.labels: dict[str, str] = {}  # what the family's columns beyond the DCGAN's mean
        self.table = np.zeros((0, len(QUALITY_COLUMNS)))
        self.others: dict = {}  # another family's curves, by column
        self.reference = None  # the family's QualityReference, if its columns have one
        self._colours: dict[str, str] = {}  # a family's curves' colours, by column
        self.plot = pg.PlotWidget(axisItems={"left": ValueAxis()})
        self.plot.setObjectName("qualityPlot")
        self.plot.setBackground("#1e1f24")
        self.plot.setTitle(self.tr("Quality against real images"), color="#dddddd", size="11pt")
        item = self.plot.getPlotItem()
        item.setLogMode(y=True)
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setLabel("bottom", self.tr("iteration"))
        item.addLegend(offset=(10, 10), labelTextColor="#dddddd", brush=pg.mkBrush(30, 31, 36, 200))
        self.fcd = item.plot([], [], name=self.tr("FCD (left; lower is better)"), pen=pg.mkPen("#4fc3f7", width=1),
                             symbol="o", symbolSize=6, symbolBrush="#4fc3f7", symbolPen=None)
        self.floor = item.plot([], [], name=self.tr("FCD floor: real images"), pen=pg.mkPen("#9e9e9e", width=1,
                                                                                    style=Qt.PenStyle.DashLine))
        self.swd = item.plot([], [], name=self.tr("SWD (left; lower is better)"), pen=pg.mkPen("#f06292", width=1),
                             symbol="d", symbolSize=6, symbolBrush="#f06292", symbolPen=None)
        self.swd_floor = item.plot([], [], name=self.tr("SWD floor: real images"), pen=pg.mkPen("#f06292", width=1,
                                                                                        style=Qt.PenStyle.DotLine))
        self.goal = item.plot([], [], pen=pg.mkPen("#dddddd", width=1, style=Qt.PenStyle.DashLine))  # a reference's
        # A second view box on the right axis, sharing x, for the two bounded metrics.
        self.right = pg.ViewBox()
        self.right.setYRange(0, 1.05, padding=0)
        self.right.setMouseEnabled(y=False)
        item.showAxis("right")
        item.scene().addItem(self.right)
        item.getAxis("right").linkToView(self.right)
        item.getAxis("right").setLogMode(False)  # the plot's log mode is FCD's, on the left
        self.right.setXLink(item)
        item.vb.sigResized.connect(self._align_views)
        self.score = pg.PlotDataItem([], [], pen=pg.mkPen("#81c784", width=1), symbol="t", symbolSize=6,
                                     symbolBrush="#81c784", symbolPen=None)
        self.coverage = pg.PlotDataItem([], [], pen=pg.mkPen("#ffb74d", width=1), symbol="s", symbolSize=5,
                                        symbolBrush="#ffb74d", symbolPen=None)
        for curve, name in ((self.score, self.tr("classifier score ÷ 10 (right)")),
                            (self.coverage, self.tr("class coverage (right)"))):
            self.right.addItem(curve)
            item.legend.addItem(curve, name)
        self._dcgan_legend = [(sample.item, label.text) for sample, label in item.legend.items]
        self._classifier_curves = (self.fcd, self.floor, self.score, self.coverage)
        self._classifier_shown = True  # the Fashion classifier's curves are in the legend
        self.readout = QLabel(self.tr("Quality is measured at the end of every epoch; \"Evaluate now\" measures "
                                      "it at once."))
        self.readout.setObjectName("qualityReadout")
        self.readout.setToolTip(self.tr(
            "FCD (Fréchet classifier distance): how far the generated images' features are from the real test "
            "images', as FID measures it; lower is better, 0 for the same distribution. KID (kernel distance): the "
            "same question answered without FCD's bias at small sample counts; on the same scale of squared "
            "feature distances, lower is better, 0 for the same. Classifier score: up to 10, high when each "
            "image is clearly one garment and all ten are made. Class coverage: 1 when the ten classes are "
            "equally present, 0 when every image is one class. SWD (sliced Wasserstein distance, Karras et al. 2018): "
            "how far small patches of the generated images are from real ones', at several scales; needs no "
            "classifier, so it is measured for any pictures; lower is better. The floor is what real images score."))
        self.readout.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.readout)

    def _align_views(self) -> None:
        vb = self.plot.getPlotItem().vb
        self.right.setGeometry(vb.sceneBoundingRect())
        self.right.linkedViewChanged(vb, self.right.XAxis)

    def set_columns(self, columns: tuple[str, ...], labels: dict[str, str], reference=None) -> None:
        """Plot a family's quality columns, with no data: the DCGAN's FCD (log, left) with its bounded
        metrics (right), where the family has them, and its other metrics, all in [0, 1], on the right
        axis, named by `labels` (those without a label, such as per-class accuracies, as faint lines
        without a legend entry); with a `reference` (QualityReference), each referenced column's distance to its
        reference on the left axis instead, the references themselves not drawn."""
        item = self.plot.getPlotItem()
        for name, curve in self.others.items():
            (item if self._on_left(name) else self.right).removeItem(curve)
        item.legend.clear()
        self.others = {}
        self.columns, self.labels, self.reference = tuple(columns), labels, reference
        references = set(reference.columns.values()) if reference else set()
        fcd = "fcd" in self.columns
        for curve, name in self._dcgan_legend:
            curve.setVisible(fcd)
            if fcd:
                item.legend.addItem(curve, name)
        self._classifier_shown = fcd
        item.getAxis("left").setStyle(showValues=fcd or any(self._on_left(name) for name in self.columns))
        colours = ("#4fc3f7", "#81c784", "#9e9e9e", "#ffb74d", "#ba68c8", "#f06292", "#fff176", "#4db6ac", "#a1887f")
        extra = [name for name in self.columns[1:] if name not in QUALITY_COLUMNS and name not in references]
        self._colours = {}
        for k, name in enumerate(extra):
            faint = name not in self.labels
            self._colours[name] = colours[k % len(colours)]
            curve = pg.PlotDataItem([], [], pen=pg.mkPen(colours[k % len(colours)], width=1), symbol=None if faint
                                    else "o", symbolSize=5, symbolBrush=colours[k % len(colours)], symbolPen=None)
            if faint:
                curve.setOpacity(0.35)
            (item if self._on_left(name) else self.right).addItem(curve)  # the SWD's scale: the left, log
            self.others[name] = curve
        self.goal.setData([], [])
        item.getAxis("right").setStyle(showValues=not reference)  # no curve there
        item.setLabel("left", self.tr("distance to {reference} (relative)").format(
            reference=engine_text(reference.name)) if reference else "")
        item.getAxis("left").showLabel(bool(reference))
        self.readout.setTextFormat(Qt.TextFormat.RichText if reference else Qt.TextFormat.AutoText)
        if reference:
            item.legend.addItem(self.goal, self.tr("goal: within {goal} of {reference}").format(
                goal=f"{reference.goal:.0%}", reference=engine_text(reference.name)))
        self.set_table(np.zeros((0, len(self.columns))))

    def _on_left(self, column: str) -> bool:
        """Whether a family's column is drawn on the left, logarithmic axis: an SWD, or a distance to a reference."""
        return _on_log_axis(column) or bool(self.reference and column in self.reference.columns)

    def _values(self, name: str, rows: np.ndarray) -> np.ndarray:
        """What a family's column's curve shows for `rows`: its values, or with a reference their distances to it."""
        y = rows[:, self.columns.index(name)]
        if not (self.reference and name in self.reference.columns):
            return y
        bach = rows[:, self.columns.index(self.reference.columns[name])]
        return np.array([self.reference.distance(name, value, own) for value, own in zip(y, bach)])

    def set_table(self, table: np.ndarray) -> None:
        self.table = np.asarray(table, np.float64).reshape(-1, len(self.columns))
        self._redraw()

    def add_row(self, row: np.ndarray) -> None:
        self.set_table(np.vstack([self.table, np.asarray(row)[None]]))

    def _redraw(self) -> None:
        t = self.table
        legend = self.plot.getPlotItem().legend
        for name, curve in self.others.items():
            y = self._values(name, t)
            measured = np.isfinite(y)
            curve.setData(t[measured, 0], np.maximum(y[measured], 1e-3) if self._on_left(name) else y[measured])
            listed = any(sample.item is curve for sample, _ in legend.items)
            referenced = self.reference and name in self.reference.columns  # named in the readout, in its colour
            # in the legend once measured for this data
            if name in self.labels and not referenced and listed != measured.any():
                legend.addItem(curve, self.labels[name]) if measured.any() else legend.removeItem(curve)
        if "fcd" not in self.columns:
            if len(t):  # no FCD on the left view box to range over: the x range follows the evaluations
                self.plot.getPlotItem().setXRange(0, max(t[-1, 0], 1.0) * 1.05, padding=0)
                if self.reference:
                    self.goal.setData([0.0, max(t[-1, 0], 1.0)], np.full(2, self.reference.goal))
                self.readout.setText(self.tr("At iteration {iteration}: {figures}").format(
                    iteration=number(int(t[-1, 0])), figures=" · ".join(
                        self._said(name, t[-1]) for j, name in enumerate(self.columns[1:], 1)
                        if np.isfinite(t[-1, j]) and not (self.reference and name in
                                                          self.reference.columns.values()))))
            return
        curves = (self.fcd, self.floor, self.swd, self.swd_floor, self.score, self.coverage)
        if not len(t):
            for curve in curves:
                curve.setData([], [])
            return
        classifier = bool(np.isfinite(t[:, COLUMN["fcd"]]).any())
        self._show_classifier(classifier)
        x = t[:, COLUMN["iteration"]]  # the DCGAN's columns come first in every table that has them
        ends = np.array([0.0, max(x[-1], 1.0)])
        for curve, floor, column in ((self.fcd, self.floor, "fcd"), (self.swd, self.swd_floor, "swd")):
            measured = np.isfinite(t[:, COLUMN[column]])  # older checkpoints have no SWD; other data no FCD
            curve.setData(x[measured], np.maximum(t[measured, COLUMN[column]], 1e-6))
            floor.setData(ends if measured[-1] else [], np.full(2, max(t[-1, COLUMN[column + "_floor"]], 1e-6))
                          if measured[-1] else [])
        if classifier:
            self.score.setData(x, t[:, COLUMN["score"]] / 10)
            self.coverage.setData(x, t[:, COLUMN["coverage"]])
        last = t[-1]
        parts = []
        if np.isfinite(last[COLUMN["fcd"]]):
            parts.append(self.tr("FCD {fcd} (floor {fcd_floor}) · KID {kid} (floor {kid_floor}) · classifier score "
                                 "{score} of 10 (floor {score_floor}) · class coverage {coverage} (floor "
                                 "{coverage_floor})").format(**{
                                     name: f"{last[COLUMN[name]]:.3f}" if name.startswith("kid") else
                                     f"{last[COLUMN[name]]:.2f}" for name in (
                                         "fcd", "fcd_floor", "kid", "kid_floor", "score", "score_floor", "coverage",
                                         "coverage_floor")}))
        if np.isfinite(last[COLUMN["swd"]]):
            parts.append(self.tr("SWD {swd} (floor {floor})").format(swd=f"{last[COLUMN['swd']]:.1f}",
                                                                    floor=f"{last[COLUMN['swd_floor']]:.1f}"))
        parts += [f"{self.labels[name]} {last[self.columns.index(name)]:.1%}" for name in self.others
                  if name in self.labels and np.isfinite(last[self.columns.index(name)])]
        self.readout.setText(self.tr("At iteration {iteration}: {figures}").format(
            iteration=number(int(last[COLUMN['iteration']])), figures=" · ".join(parts)))

    def _said(self, name: str, row: np.ndarray) -> str:
        """A family's column in the readout: "label 0.953"; with a reference "● label 0.953 (Bach 0.927)", the dot in
        its curve's colour (the legend would cover the plot: nine metrics)."""
        value = f"{row[self.columns.index(name)]:{'.1f' if _on_log_axis(name) else '.3f'}}"
        if not (self.reference and name in self.reference.columns):
            return f"{self.labels.get(name, name)} {value}"
        return f"<span style='color:{self._colours[name]}'>●</span> " + html.escape(self.tr(
            "{label} {value} ({reference} {own})").format(
            label=self.labels.get(name, name), value=value, reference=engine_text(self.reference.name),
            own=f"{row[self.columns.index(self.reference.columns[name])]:.3f}"))

    def _show_classifier(self, shown: bool) -> None:
        """The Fashion classifier's curves (FCD, its floor, score, coverage) in the plot and legend, or not (other
        data: the SWD alone)."""
        if shown == self._classifier_shown:
            return
        self._classifier_shown = shown
        self.plot.getPlotItem().getAxis("right").setStyle(showValues=shown)  # score and coverage's axis
        legend = self.plot.getPlotItem().legend
        for curve, name in self._dcgan_legend:
            if curve in self._classifier_curves:
                curve.setVisible(shown)
                legend.addItem(curve, name) if shown else legend.removeItem(curve)
