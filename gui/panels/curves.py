"""Live per-iteration curves that stay smooth for 100 epochs (23,500 points a curve).

pyqtgraph's fast pattern: plot items are created once; values go into growing numpy buffers and
each update is one `setData` of views `x[:n], y[:n]`, with peak downsampling and clip-to-view so a
redraw costs about the plot's width in pixels, not the history's length. NaN/Inf values are kept
(the curve breaks there: `connect="finite"`) instead of breaking the plot.

What a redraw costs is mostly the raster painting of the lines (software, on a laptop CPU that is
also training): measured with 25,000 noisy points a curve, a 1.5-pixel antialiased pen took seconds
per frame (the path stroker), a 1-pixel aliased pen ~9 ms a curve. So pens are 1 pixel and not
antialiased, the grid has two tick levels, axes and legend are cached as pixmaps, and redraws are
coalesced to at most REDRAWS_PER_SECOND: data arriving faster is
buffered and drawn in the next redraw (bench/gui_overhead.py measures both). A long run's new points
fill less than a pixel column per redraw (after 10 minutes of Fast start, ~25 iterations a column),
so a redraw waits until they fill one of the view, move an axis, or have waited MAX_UNDRAWN_SECONDS
(`_new_data_shows`): a redraw costs the window's and the worker's time (pyqtgraph paints in Python,
holding the GIL the worker needs between TensorFlow calls). Neither axis
auto-ranges on every point: x steps out to the next round number ahead of the data (`_x_limit`), y
widens by a margin only when a value falls outside it, so the axes, their grid and tick labels (over
half of a redraw when they change) are repainted only now and then, not with every update.

Markers: alarms as red dashed lines, recipe changes (engine.training.changes) as amber dotted lines labelled
`lr_G 1e-4 -> 2e-4`, the whole change in the hover readout. After a rewind the abandoned future stays
as a faded "ghost" of each curve until the next rewind or run.
"""

from __future__ import annotations

import math
import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QGraphicsItem

from engine.io.runs import EMA_ALPHA
from gui.i18n import engine_message, translate

REDRAWS_PER_SECOND = 5
MAX_UNDRAWN_SECONDS = 1.0  # new points not yet a pixel wide are drawn after this long all the same
# On a log axis, the mantissas labelled in each decade: the richest set whose two closest labels are a
# label's height apart (ValueAxis.label_gap).
LOG_MANTISSAS = ((1, 2, 3, 4, 5, 6, 7, 8, 9), (1, 2, 3, 5), (1, 2, 5), (1, 3), (1,))


class EpochAxis(pg.AxisItem):
    """A top axis in epochs over an x axis in iterations: tick marks at epoch boundaries."""

    def __init__(self):
        super().__init__("top")
        self.batches_per_epoch = 1
        self.setLabel(translate("CurvePlot", "epoch"))

    def tickValues(self, minVal, maxVal, size):  # noqa: N802 (Qt naming)
        span_epochs = max((maxVal - minVal) / self.batches_per_epoch, 1e-9)
        step = max(1, _nice_step(span_epochs / max(size / 60, 1)))
        first = math.ceil(max(minVal, 0) / self.batches_per_epoch / step) * step
        last = maxVal / self.batches_per_epoch
        epochs = np.arange(first, last + 1e-9, step)
        return [(step * self.batches_per_epoch, list(epochs * self.batches_per_epoch))]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [str(int(round(v / self.batches_per_epoch))) for v in values]


class ValueAxis(pg.AxisItem):
    """The value axis of a plot that may be shown on a log scale (gradient norms, FCD).

    Why: on a log scale pyqtgraph labels every one of 1..9 in each decade shown, and on a plot a few
    hundred pixels tall the labels of 6, 7, 8 and 9 (whose logarithms lie close) print over each
    other. This axis labels only the mantissas of LOG_MANTISSAS that fit a label's height apart.
    """

    def __init__(self):
        super().__init__("left")

    def label_gap(self) -> int:
        """Pixels between two labels' baselines that keep them apart: the tick font's height and air."""
        return QFontMetrics(self.style["tickFont"] or self.font()).height() + 2

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802 (Qt naming)
        ticks = super().logTickValues(minVal, maxVal, size, stdTicks)
        if not ticks or ticks[-1][0] is not None:
            return ticks  # pyqtgraph added no level of 1..9 x 10^k (it had three levels of decades)
        per_decade = size / max(maxVal - minVal, 1e-9)  # pixels
        for shown in LOG_MANTISSAS:
            if np.diff(np.log10([*shown, 10])).min() * per_decade >= self.label_gap():
                break
        if shown == (1,) and len(ticks) > 1:
            return ticks[:-1]  # the decades are a level already
        return ticks[:-1] + [(None, [v for v in ticks[-1][1] if _mantissa(v) in shown])]


def _mantissa(log_value: float) -> int:
    """m of m x 10^k, for a tick at log10(m x 10^k) (m whole)."""
    m = int(round(10 ** (log_value - math.floor(log_value + 1e-9))))
    return 1 if m == 10 else m


def _x_limit(last: float) -> float:
    """The right end of the x axis for data up to `last`: the next of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6,
    8 x 10^k at least 5% beyond it, so the axis moves once every ~20% of growth."""
    target = max(last, 1.0) * 1.05
    magnitude = 10 ** math.floor(math.log10(target))
    return next(f * magnitude for f in (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10) if f * magnitude >= target)


def _nice_step(raw: float) -> int:
    """1, 2, 5, 10, 20, 50... at least `raw`."""
    if raw <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return int(factor * magnitude)
    return int(10 * magnitude)


class CurvePlot(pg.PlotWidget):
    """One plot of named per-iteration series with legend, EMA toggle and a hover readout."""

    def __init__(self, title: str, series: list[tuple[str, str, str]], y_range: tuple | None = None,
                 parent=None):
        """series: (key, legend label, colour) for each curve."""
        self.epoch_axis = EpochAxis()
        super().__init__(parent=parent, axisItems={"top": self.epoch_axis, "left": ValueAxis()})
        self.setBackground("#1e1f24")
        self.setTitle(title, color="#dddddd", size="11pt")
        item = self.getPlotItem()
        item.showGrid(x=True, y=True, alpha=0.15)
        for side in ("left", "bottom", "top"):
            axis = item.getAxis(side)
            # Two tick levels, not pyqtgraph's three: the faint third level's grid lines cost ~70% of
            # a redraw (~12 ms of ~18 on a 2-core CPU) and are barely visible.
            axis.setStyle(maxTickLevel=1)
            # Axes, their grid lines and labels are redrawn into a pixmap only when they change (an
            # axis calls update() when its range moves) and blitted otherwise: -40% per redraw.
            axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            axis.label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        item.titleLabel.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        item.setLabel("bottom", translate("CurvePlot", "iteration"))
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        # What _follow_data last set: the view follows the run while it shows that (see _follow_data).
        self._initial_range = [(0.0, 1.0), (0.0, 1.0) if y_range is None else tuple(y_range)]
        self._follows_y = y_range is None
        item.enableAutoRange(enable=False)
        self._reset_range()
        item.addLegend(offset=(-10, 10), labelTextColor="#dddddd", brush=pg.mkBrush(30, 31, 36, 200))
        item.legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.smoothing = False
        self.markers: list = []  # alarm and change lines (add_marker, add_change)
        self.changes: list = []  # engine.training.changes.Change, of the change lines
        self.keys: list[str] = []
        self.curves: dict = {}
        self.ghosts: dict = {}
        self.set_series(series)
        self._readout = pg.TextItem(anchor=(0, 0), color="#eeeeee", fill=pg.mkBrush(20, 20, 24, 220))
        self._readout.setZValue(10)
        self._readout.hide()
        item.addItem(self._readout, ignoreBounds=True)
        self._cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#888888", style=Qt.PenStyle.DashLine))
        self._cursor.hide()
        item.addItem(self._cursor, ignoreBounds=True)
        self._mouse = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse)
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setSingleShot(True)
        self.redraw_delay_ms = 1000 // REDRAWS_PER_SECOND
        self._redraw_timer.timeout.connect(self._tick)

    def set_series(self, series) -> None:
        """Plot these series from now on, with no data: (key, legend label, colour) each (as
        engine.families.Curve); another GAN family measures other things."""
        item = self.getPlotItem()
        for curve in (*self.curves.values(), *self.ghosts.values()):
            item.removeItem(curve)  # also takes its legend entry
        self.keys = [key for key, _, _ in series]
        self.curves = {key: item.plot([], [], name=label, pen=pg.mkPen(colour, width=1), connect="finite")
                       for key, label, colour in series}
        self.labels = {key: label for key, label, _ in series}
        self.ghosts = {key: item.plot([], [], pen=pg.mkPen(QColor(colour).darker(130), width=1,
                                                             style=Qt.PenStyle.DotLine), connect="finite")
                       for key, _, colour in series}
        for ghost in self.ghosts.values():
            ghost.setOpacity(0.45)
            ghost.setZValue(-1)
        self._ghost_end = 0
        self._n = self._drawn = 0
        self._drawn_at = 0.0
        self._x = np.zeros(0, np.float64)
        self._raw = np.zeros((0, len(self.keys)), np.float32)
        self._ema = np.zeros((0, len(self.keys)), np.float32)
        self._ema_state = np.full(len(self.keys), np.nan, np.float32)

    # -- data -----------------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self._n

    def add_marker(self, iteration: int, label: str) -> None:
        """A dashed vertical line where an alarm fired, labelled with its name."""
        line = pg.InfiniteLine(pos=iteration, angle=90, movable=False,
                               pen=pg.mkPen("#ef5350", width=1, style=Qt.PenStyle.DashLine), label=label,
                               labelOpts={"position": 0.85, "color": "#ef9a9a"})
        self.getPlotItem().addItem(line, ignoreBounds=True)
        self.markers.append(line)

    def add_change(self, change) -> None:
        """A dotted amber line where the recipe changed (engine.training.changes.Change), labelled `lr_G 1e-4 ->
        2e-4`; hovering near it shows change.describe()."""
        line = pg.InfiniteLine(pos=change.iteration, angle=90, movable=False,
                               pen=pg.mkPen("#ffb74d", width=1, style=Qt.PenStyle.DotLine), label=change.label,
                               labelOpts={"position": 0.12 + 0.09 * (len(self.changes) % 4), "color": "#ffcc80",
                                          "fill": pg.mkBrush(30, 31, 36, 200)})
        line.setToolTip(engine_message(change.describe()))
        self.getPlotItem().addItem(line, ignoreBounds=True)
        self.markers.append(line)
        self.changes.append(change)

    def set_ghost(self, first_iteration: int, rows: np.ndarray | None) -> None:
        """Show rows (k, len(keys)) from first_iteration on as the faded ghost (None: no ghost)."""
        n = 0 if rows is None else len(rows)
        x = np.arange(first_iteration, first_iteration + n, dtype=np.float64)
        for j, key in enumerate(self.keys):
            self.ghosts[key].setData(x, rows[:, j] if n else np.zeros(0))
        self._ghost_end = first_iteration + n - 1 if n else 0

    def clear_data(self, batches_per_epoch: int) -> None:
        for line in self.markers:
            self.getPlotItem().removeItem(line)
        self.markers.clear()
        self.changes.clear()
        self.set_ghost(0, None)
        self.epoch_axis.batches_per_epoch = batches_per_epoch
        self._n = 0
        self._ema_state[:] = np.nan
        self._reset_range()
        self._redraw()

    def _reset_range(self) -> None:
        self._bounds = (np.inf, -np.inf)  # finite (positive, on a log axis) values' min and max
        self._range = list(self._initial_range)
        self.getPlotItem().vb.setRange(xRange=self._range[0], yRange=self._range[1], padding=0)

    def append(self, first_iteration: int, rows: np.ndarray) -> None:
        """Add rows (k, len(keys)) for iterations first_iteration .. first_iteration + k - 1."""
        k = len(rows)
        if self._n + k > len(self._x):
            capacity = max(1024, 2 * (self._n + k))
            for name in ("_x", "_raw", "_ema"):
                old = getattr(self, name)
                grown = np.empty((capacity,) + old.shape[1:], old.dtype)
                grown[:self._n] = old[:self._n]
                setattr(self, name, grown)
        self._x[self._n:self._n + k] = np.arange(first_iteration, first_iteration + k)
        self._raw[self._n:self._n + k] = rows
        state = self._ema_state
        for i, row in enumerate(rows):  # k is ~1-30 rows per update: a tiny loop
            finite = np.isfinite(row)
            state = np.where(np.isnan(state) & finite, row, state)
            state = np.where(finite, (1 - EMA_ALPHA) * state + EMA_ALPHA * row, state)
            self._ema[self._n + i] = state
        self._ema_state = state
        log = self.getPlotItem().ctrl.logYCheck.isChecked()
        values = rows[np.isfinite(rows) & ((rows > 0) | (not log))]
        if values.size:  # EMA values lie within the raw ones: these bounds cover both
            low, high = self._bounds
            self._bounds = (min(low, float(values.min())), max(high, float(values.max())))
        self._n += k
        if not self._redraw_timer.isActive():
            self._redraw_timer.start(self.redraw_delay_ms)

    def set_smoothing(self, on: bool) -> None:
        self.smoothing = on
        self._redraw()

    def values_at(self, iteration: int) -> dict[str, float] | None:
        """The raw values at an iteration, or None if it is not plotted."""
        i = int(iteration) - int(self._x[0]) if self._n else -1
        if not 0 <= i < self._n:
            return None
        return {key: float(self._raw[i, j]) for j, key in enumerate(self.keys)}

    def flush(self) -> None:
        """Draw now whatever arrived since the last redraw."""
        self._redraw()

    def _tick(self) -> None:
        """The redraw timer: draw what arrived if it would show, else look again at the next tick."""
        if self._new_data_shows() or time.monotonic() - self._drawn_at >= MAX_UNDRAWN_SECONDS:
            self._redraw()
        else:
            self._redraw_timer.start(self.redraw_delay_ms)

    def _new_data_shows(self) -> bool:
        """Whether the points since the last redraw would move an axis (see _follow_data) or fill at
        least a pixel column of what the view shows."""
        if any(wanted is not None and wanted != now for wanted, now in zip(self._wanted_ranges(), self._range)):
            return True
        view = self.getPlotItem().vb
        x0, x1 = view.viewRange()[0]
        new = self._x[self._drawn:self._n]
        return np.count_nonzero((new >= x0) & (new <= x1)) * view.width() >= x1 - x0

    def _redraw(self) -> None:
        self._redraw_timer.stop()
        self._drawn, self._drawn_at = self._n, time.monotonic()
        x = self._x[:self._n]
        data = self._ema if self.smoothing else self._raw
        for j, key in enumerate(self.keys):
            self.curves[key].setData(x, data[:self._n, j])
        self._follow_data()

    def _follow_data(self) -> None:
        """Move the axes only when the data outgrow them (see the module docstring and _wanted_ranges)."""
        vb = self.getPlotItem().vb
        wanted = self._wanted_ranges()
        if wanted[0] is not None and wanted[0] != self._range[0]:
            self._range[0] = wanted[0]
            vb.setXRange(*wanted[0], padding=0)
        if wanted[1] is not None and wanted[1] != self._range[1]:
            self._range[1] = wanted[1]
            vb.setYRange(*wanted[1], padding=0)

    def _wanted_ranges(self) -> list:
        """The x and y ranges that follow the data buffered so far: x to the next round number ahead of
        the last iteration, y by a tenth of the data's span beyond its extremes once they leave it.
        None for an axis the user has zoomed or panned away from the range set last, or handed to
        auto-range (the "A" button): that axis is the user's."""
        vb = self.getPlotItem().vb
        shown, auto = vb.viewRange(), vb.autoRangeEnabled()
        wanted = list(self._range)
        wanted[0] = (0.0, _x_limit(max(self._x[self._n - 1] if self._n else 1.0, self._ghost_end)))
        low, high = self._bounds
        if self._follows_y and low <= high:
            if self.getPlotItem().ctrl.logYCheck.isChecked():
                low, high = math.log10(low), math.log10(high)
            y0, y1 = self._range[1]
            if low < y0 or high > y1 or self._range[1] == self._initial_range[1]:  # or the run's first data
                margin = 0.1 * max(high - low, 1e-6 + 1e-3 * abs(high))
                wanted[1] = (low - margin, high + margin)
        for axis in (0, 1):
            if auto[axis] or not np.allclose(shown[axis], self._range[axis], rtol=1e-6, atol=1e-9):
                wanted[axis] = None
        return wanted

    # -- hover ----------------------------------------------------------------------------------------

    def _on_mouse(self, event) -> None:
        pos = event[0]
        item = self.getPlotItem()
        if not self._n or not item.sceneBoundingRect().contains(pos):
            self._readout.hide()
            self._cursor.hide()
            return
        point = item.vb.mapSceneToView(pos)
        iteration = int(round(point.x()))
        values = self.values_at(iteration)
        if values is None:
            self._readout.hide()
            self._cursor.hide()
            return
        epoch = -(-iteration // self.epoch_axis.batches_per_epoch)
        lines = [translate("CurvePlot", "iteration {iteration} (epoch {epoch})").format(iteration=iteration,
                                                                                      epoch=epoch)]
        lines += [f"{self.labels[k]}: {v:.4g}" for k, v in values.items()]
        near = 5 * item.vb.viewPixelSize()[0]  # five pixels either side of a change's line
        lines += [engine_message(c.describe()) for c in self.changes if abs(c.iteration - point.x()) <= near]
        self._readout.setText("\n".join(lines))
        self._readout.setPos(point.x(), point.y())
        self._readout.show()
        self._cursor.setPos(iteration)
        self._cursor.show()


THEMES = {False: ("#1e1f24", "#dddddd", (30, 31, 36, 200)), True: ("#ffffff", "#202020", (245, 245, 245, 220))}


def apply_theme(widget: pg.PlotWidget, light: bool) -> None:
    """Dark (the default: curves stand out on a dim screen) or light plots (for printing and
    projectors): background, title, axes and legend of one plot widget."""
    background, foreground, legend = THEMES[light]
    item = widget.getPlotItem()
    widget.setBackground(background)
    item.titleLabel.setText(item.titleLabel.text, color=foreground)
    for side in ("left", "bottom", "top", "right"):
        axis = item.getAxis(side)
        axis.setTextPen(foreground)
        axis.setPen(foreground)
    if item.legend is not None:
        item.legend.setLabelTextColor(foreground)
        item.legend.setBrush(pg.mkBrush(*legend))
