"""The generator's quality as training goes on: FCD at each evaluation against its floor, and the
latest numbers in words.

FCD falls over orders of magnitude (a few hundred for noise, near the floor for a good generator),
so its axis is logarithmic. Evaluations are sparse (one an epoch by default), so points are marked.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from engine.quality import QUALITY_COLUMNS

COLUMN = {name: i for i, name in enumerate(QUALITY_COLUMNS)}


class QualityPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = np.zeros((0, len(QUALITY_COLUMNS)))
        self.plot = pg.PlotWidget()
        self.plot.setObjectName("qualityPlot")
        self.plot.setBackground("#1e1f24")
        self.plot.setTitle("Quality: Fréchet classifier distance (lower is better)", color="#dddddd", size="11pt")
        item = self.plot.getPlotItem()
        item.setLogMode(y=True)
        item.showGrid(x=True, y=True, alpha=0.15)
        item.setLabel("bottom", "iteration")
        item.addLegend(offset=(10, 10), labelTextColor="#dddddd", brush=pg.mkBrush(30, 31, 36, 200))
        self.fcd = item.plot([], [], name="FCD of the generator", pen=pg.mkPen("#4fc3f7", width=1),
                             symbol="o", symbolSize=6, symbolBrush="#4fc3f7", symbolPen=None)
        self.floor = item.plot([], [], name="floor: real images", pen=pg.mkPen("#9e9e9e", width=1,
                                                                                style=Qt.PenStyle.DashLine))
        self.readout = QLabel("Quality is measured at the end of every epoch; \"Evaluate now\" measures it at "
                              "once.")
        self.readout.setObjectName("qualityReadout")
        self.readout.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.readout)

    def set_table(self, table: np.ndarray) -> None:
        self.table = np.asarray(table, np.float64).reshape(-1, len(QUALITY_COLUMNS))
        self._redraw()

    def add_row(self, row: np.ndarray) -> None:
        self.set_table(np.vstack([self.table, np.asarray(row)[None]]))

    def _redraw(self) -> None:
        t = self.table
        if not len(t):
            self.fcd.setData([], [])
            self.floor.setData([], [])
            return
        x = t[:, COLUMN["iteration"]]
        self.fcd.setData(x, np.maximum(t[:, COLUMN["fcd"]], 1e-6))
        ends = np.array([0.0, max(x[-1], 1.0)])
        self.floor.setData(ends, np.full(2, max(t[-1, COLUMN["fcd_floor"]], 1e-6)))
        last = t[-1]
        self.readout.setText(
            f"At iteration {int(last[COLUMN['iteration']]):,}: FCD {last[COLUMN['fcd']]:.2f} "
            f"(floor {last[COLUMN['fcd_floor']]:.2f}) · KID×1000 {1000 * last[COLUMN['kid']]:.2f} "
            f"(floor {1000 * last[COLUMN['kid_floor']]:.2f}) · classifier score {last[COLUMN['score']]:.2f} "
            f"of 10 (floor {last[COLUMN['score_floor']]:.2f}) · class coverage {last[COLUMN['coverage']]:.2f} "
            f"(floor {last[COLUMN['coverage_floor']]:.2f})")
