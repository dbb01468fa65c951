"""The Training curves tab: the losses, the discriminator's accuracy and outputs, the gradient norms (log)
and quality against the test set, with the alarm banner above them and their options below (smoothing,
which alarms are raised, Evaluate now). It shows what a run's family measures (Family's curves and
quality columns); the window feeds it history rows, changes and alarm marks."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMenu, QPushButton, QSplitter, QToolButton, QVBoxLayout, QWidget

from engine.config import ALARMS
from engine.families import Family
from gui.i18n import engine_text
from gui.panels.alarm_banner import AlarmBanner
from gui.panels.curves import CurvePlot
from gui.panels.quality_plot import QualityPanel

ALARM_NAMES = {"nan": QT_TRANSLATE_NOOP("CurvesTab", "Divergence (NaN/Inf): pauses training"),
               "d_wins": QT_TRANSLATE_NOOP("CurvesTab", "The discriminator wins"),
               "collapse": QT_TRANSLATE_NOOP("CurvesTab", "Mode collapse"),
               "gradients": QT_TRANSLATE_NOOP("CurvesTab", "Exploding gradients")}  # shown translated


def _shown(series) -> list[tuple[str, str, str]]:
    """A family's curves (engine.families.Curve) with their legend labels in the window's language."""
    return [(key, engine_text(label), colour) for key, label, colour in series]


class CurvesTab(QWidget):
    """The curve plots (loss_plot, accuracy_plot, gradient_plot: curve_plots), `quality`, `alarm_banner`,
    `smoothing`, `alarm_actions` (by alarm) and `evaluate_button`."""

    alarmsChanged = Signal(tuple)  # the muted alarms (engine.config.ALARMS)

    def __init__(self, family: Family, parent=None):
        super().__init__(parent)
        self.family = family
        self.loss_plot = CurvePlot(self.tr("Losses"), _shown(family.losses))
        self.loss_plot.setObjectName("lossPlot")
        self.accuracy_plot = CurvePlot(self.tr("Discriminator accuracy and outputs"), _shown(family.accuracies),
                                       y_range=(0, 1))
        self.accuracy_plot.setObjectName("accuracyPlot")
        self.gradient_plot = CurvePlot(self.tr("Gradient norms (log scale)"), _shown(family.gradients))
        self.gradient_plot.setObjectName("gradientPlot")
        self.gradient_plot.getPlotItem().setLogMode(y=True)
        self.curve_plots = (self.loss_plot, self.accuracy_plot, self.gradient_plot)
        for k, plot in enumerate(self.curve_plots):
            # Staggered, so that the three redraws of one update are painted in three short turns of
            # the event loop, not one long one (bench/gui_overhead.py: the longest stall).
            plot.redraw_delay_ms += 15 * k
        self.smoothing = QCheckBox(self.tr("Smooth curves (EMA)"))
        self.smoothing.setToolTip(self.tr("Show an exponential moving average (about 20 iterations) instead of raw "
                                          "values"))
        self.smoothing.toggled.connect(self._set_smoothing)
        self.quality = QualityPanel()
        self.evaluate_button = QPushButton(self.tr("Evaluate now"))
        self.evaluate_button.setObjectName("evaluateButton")
        self.evaluate_button.setToolTip(self.tr("Measure the generator's quality now, against real images (DCGAN: "
                                                "FCD, KID, classifier score and class coverage on Fashion-MNIST, the "
                                                "SWD on any pictures; Pix2Pix and CycleGAN: their own)"))
        self.alarm_menu = QMenu(self)
        self.alarm_actions = {}
        for kind in ALARMS:
            action = QAction(self.tr(ALARM_NAMES[kind]), self.alarm_menu, checkable=True, checked=True)
            action.toggled.connect(self._send_alarms)
            self.alarm_menu.addAction(action)
            self.alarm_actions[kind] = action
        self.alarm_button = QToolButton()
        self.alarm_button.setObjectName("alarmsButton")
        self.alarm_button.setText(self.tr("Alarms"))
        self.alarm_button.setToolTip(self.tr("Which alarms are raised (unticked: muted)"))
        self.alarm_button.setMenu(self.alarm_menu)
        self.alarm_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.alarm_banner = AlarmBanner()
        self.bottom_splitter = bottom = QSplitter(Qt.Orientation.Horizontal)  # gradients beside quality
        bottom.addWidget(self.gradient_plot)
        bottom.addWidget(self.quality)
        bottom.setChildrenCollapsible(False)
        self.plots_splitter = plots = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.loss_plot, self.accuracy_plot, bottom):
            widget.setMinimumHeight(150)
            plots.addWidget(widget)
        plots.setChildrenCollapsible(False)
        plots.setSizes([250, 250, 280])
        options = QHBoxLayout()
        options.addWidget(self.smoothing)
        options.addStretch(1)
        options.addWidget(self.alarm_button)
        options.addWidget(self.evaluate_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.alarm_banner)
        layout.addWidget(plots, 1)
        layout.addLayout(options)

    def set_family(self, family: Family) -> None:
        """Plot what a run of `family` measures."""
        self.family = family
        for plot, series in zip(self.curve_plots, (family.losses, family.accuracies, family.gradients)):
            plot.set_series(_shown(series))
        self.quality.set_columns(family.quality_columns,
                                 {name: engine_text(label) for name, label in family.quality_labels.items()},
                                 family.reference)

    def append(self, first_iteration: int, rows: np.ndarray) -> None:
        """Add history rows (k, the family's metrics) to the curve plots, each taking its own columns."""
        for plot in self.curve_plots:
            plot.append(first_iteration, rows[:, [self.family.metrics.index(key) for key in plot.keys]])

    def flush(self) -> None:
        """Draw at once what arrived since the plots' last (rate-limited) redraw."""
        for plot in self.curve_plots:
            plot.flush()

    def add_change(self, change) -> None:
        """Mark a recipe change (engine.training.changes.Change) on every plot."""
        for plot in self.curve_plots:
            plot.add_change(change)

    def add_marker(self, iteration: int, label: str) -> None:
        for plot in self.curve_plots:
            plot.add_marker(iteration, label)

    def _set_smoothing(self, on: bool) -> None:
        for plot in self.curve_plots:
            plot.set_smoothing(on)

    def _send_alarms(self) -> None:
        self.alarmsChanged.emit(tuple(kind for kind, action in self.alarm_actions.items() if not action.isChecked()))
