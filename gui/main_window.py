"""The GAN Studio window: controls, live curves, the evolving sample grid, checkpoints and GIF export,
the Live panel that changes the recipe while it trains, rewinding, and the discriminator's view.

The window never touches TensorFlow: it sends requests to the TrainingWorker (in its own QThread)
and draws what the worker's signals carry. So it stays responsive while a step runs, and it is up
before TensorFlow has finished importing.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSettings, Qt, QThread, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QCheckBox, QFrame, QHBoxLayout, QLabel, QMainWindow, QMenu, QMessageBox, QProgressBar,
                               QPushButton, QScrollArea, QSplitter, QStyle, QTabWidget, QToolButton, QVBoxLayout,
                               QWidget)

from engine.config import ALARMS, AlarmConfig, ExplorerConfig, TrainConfig, default_config
from engine.families import DEFAULT_FAMILY, FAMILIES
from engine.families.dcgan.latents import class_grid
from engine.io.checkpoint import SUFFIX
from engine.io.data import CLASS_NAMES
from engine.io.images import Frame
from engine.io.rundir import RunDir
from engine.io.shipped import shipped_grid
from engine.training.run_loop import format_duration
from gui.alarm_banner import AlarmBanner
from gui.curves import CurvePlot, apply_theme
from gui.discriminator_panel import DiscriminatorPanel
from gui.export_dialog import ExportGifDialog
from gui.file_dialogs import ask_open_path, ask_save_path, last_folder, remember
from gui.latent_panel import LatentPanel
from gui.live_panel import LivePanel
from gui.menus import RECENT, build_menus
from gui.protocol import (Alarms, ChangeRecipe, Directions, DiscriminatorCell, Evaluate, ExportGenerator, ExportGif,
                          Load, NewRun, Pause, Progress, RestoreGood, Resume, Rewind, RewindBudget, Save, State, Step,
                          Stop, TestEdges, Then, Walk)
from gui.quality_plot import QualityPanel
from gui.sample_grid import SampleGridPanel
from gui.settings_panel import SettingsPanel
from gui.sketch_pad import SketchPad
from gui.worker import TrainingWorker

# How often the toolbar's position (epoch, iteration, rate, ETA, the epoch's progress bar) is redrawn while
# training: more than anyone reads, and each redraw of the progress bar paints it at once (its "%v/%m"
# text makes QProgressBar.setValue repaint synchronously: ~0.6 ms).
POSITION_UPDATES_PER_SECOND = 10
CHECKPOINT_FILTER = f"GAN Studio checkpoints (*{SUFFIX});;All files (*)"
ALARM_NAMES = {"nan": "Divergence (NaN/Inf): pauses training", "d_wins": "The discriminator wins",
               "collapse": "Mode collapse", "gradients": "Exploding gradients"}
MARKER_LABELS = {"nan": "NaN", "d_wins": "D wins", "collapse": "collapse", "gradients": "gradients"}


class MainWindow(QMainWindow):
    """The application window. `MainWindow()` with no arguments offers a new run of the default preset
    (engine.config.default_config).

    `settings` (the app passes QSettings()) remembers between launches the window's geometry, splitter
    positions, tab, plot options and the last new-run settings (which replace the default when no
    `config` is given); without it nothing is read or written. `devices` is how many devices the engine
    makes available to runs (engine.compute.devices.prepare; `main.py --devices N`).
    """

    def __init__(self, config: TrainConfig | None = None, data_dir: str | None = None,
                 run_root: str | None = None, explorer: ExplorerConfig | None = None,
                 settings: QSettings | None = None, devices: int = 1):
        super().__init__()
        self.settings = settings
        self.setWindowTitle("GAN Studio")
        self.resize(1400, 860)
        self.run_root = run_root
        self.state = State.LOADING
        self.iteration = 0
        self.saved_iteration = 0
        self.run_dir: str | None = None
        self.has_run = False
        self._batches_per_epoch = 1
        self._total_iterations = 0
        self._closing = False
        self._alarm_marks: list = []  # (iteration, label) of this run's alarm markers, redrawn after a rewind
        self.family = FAMILIES[DEFAULT_FAMILY]  # the run's GAN family (engine.families): what the plots show
        self.grid_cells = None  # a conditional run's (seeds, classes) of the grid cells: latents.class_grid
        self._build(config or self._remembered_config() or default_config(), data_dir, explorer or ExplorerConfig())
        self.actions_by_name = build_menus(self)
        self._restore_layout()
        shipped = shipped_grid()
        if shipped is not None:  # at once, from the file: the worker brings the generator itself seconds later
            images, card = shipped
            self._on_preview(Frame(0, 0, images), None, card)
        self._start_worker(data_dir, devices)

    # -- layout ---------------------------------------------------------------------------------------

    def _button(self, name: str, text: str, tip: str, icon: QStyle.StandardPixmap, slot) -> QPushButton:
        button = QPushButton(self.style().standardIcon(icon), text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to pause/resume
        button.clicked.connect(slot)
        return button

    def _build(self, config: TrainConfig, data_dir: str | None, explorer: ExplorerConfig) -> None:
        sp = QStyle.StandardPixmap
        self.start_button = self._button("startButton", "Start", "Start a new run with the settings on the left "
                                         "(a paused or loaded run goes on with Resume, Space)",
                                         sp.SP_MediaPlay, self.start)
        self.pause_button = self._button("pauseButton", "Pause", "Pause or resume training (Space)",
                                         sp.SP_MediaPause, self.toggle_pause)
        self.stop_button = self._button("stopButton", "Stop", "End this run; settings become editable again",
                                        sp.SP_MediaStop, self.stop)
        self.step_button = self._button("stepButton", "Step", "Train exactly one iteration",
                                        sp.SP_MediaSeekForward, self.step)
        self.save_button = self._button("saveCheckpointButton", "Save", "Save a checkpoint (Ctrl+S)",
                                        sp.SP_DialogSaveButton, self.save_checkpoint)
        self.load_button = self._button("loadCheckpointButton", "Load", "Load a checkpoint (Ctrl+O)",
                                        sp.SP_DialogOpenButton, self.load_checkpoint)
        self.export_button = self._button("exportGifButton", "Export GIF",
                                          "Export the sample grid's evolution as a GIF (Ctrl+E)",
                                          sp.SP_FileDialogDetailedView, self.export_gif)
        self.epoch_label = QLabel("Epoch –")
        self.iteration_label = QLabel("Iteration –")
        self.rate_label = QLabel("– it/s")
        self.eta_label = QLabel("ETA –")
        for label in (self.epoch_label, self.iteration_label, self.rate_label, self.eta_label):
            label.setMinimumWidth(90)
        self.epoch_progress = QProgressBar()
        self.epoch_progress.setObjectName("epochProgress")
        self.epoch_progress.setFormat("%v/%m")
        self.epoch_progress.setToolTip("Iterations done in the current epoch")
        self.epoch_progress.setFixedWidth(130)
        self._rate = 0.0  # iterations a second, as the worker last measured it
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(1000 // POSITION_UPDATES_PER_SECOND)
        self._position_timer.timeout.connect(self._show_progress)

        bar = QHBoxLayout()
        for widget in (self.start_button, self.pause_button, self.stop_button, self.step_button):
            bar.addWidget(widget)
        bar.addSpacing(18)
        for widget in (self.save_button, self.load_button, self.export_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.epoch_label, self.iteration_label, self.rate_label, self.eta_label,
                       self.epoch_progress):
            bar.addWidget(widget)

        self.settings_panel = SettingsPanel(config, data_dir)
        self.samples = SampleGridPanel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        settings = QScrollArea()  # the recipe's knobs are many: they scroll, the sample grid stays
        settings.setObjectName("settingsScroll")
        settings.setWidget(self.settings_panel)
        settings.setWidgetResizable(True)
        settings.setFrameShape(QFrame.Shape.NoFrame)
        settings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.live_panel = LivePanel(config)
        live = QScrollArea()
        live.setWidget(self.live_panel)
        live.setWidgetResizable(True)
        live.setFrameShape(QFrame.Shape.NoFrame)
        live.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.addTab(settings, "New run")
        self.left_tabs.addTab(live, "Live")
        self.left_tabs.setTabToolTip(0, "The settings of the next new run")
        self.left_tabs.setTabToolTip(1, "Change the recipe of the run under way, from its next iteration on")
        left_layout.addWidget(self.left_tabs, 1)
        left_layout.addWidget(self.samples, 2)

        self.loss_plot = CurvePlot("Losses", self.family.losses)
        self.loss_plot.setObjectName("lossPlot")
        self.accuracy_plot = CurvePlot("Discriminator accuracy and outputs", self.family.accuracies, y_range=(0, 1))
        self.accuracy_plot.setObjectName("accuracyPlot")
        self.gradient_plot = CurvePlot("Gradient norms (log scale)", self.family.gradients)
        self.gradient_plot.setObjectName("gradientPlot")
        self.gradient_plot.getPlotItem().setLogMode(y=True)
        self.curve_plots = (self.loss_plot, self.accuracy_plot, self.gradient_plot)
        for k, plot in enumerate(self.curve_plots):
            # Staggered, so that the three redraws of one update are painted in three short turns of
            # the event loop, not one long one (bench/gui_overhead.py: the longest stall).
            plot.redraw_delay_ms += 15 * k
        self.smoothing = QCheckBox("Smooth curves (EMA)")
        self.smoothing.setToolTip("Show an exponential moving average (about 20 iterations) instead of raw values")
        self.smoothing.toggled.connect(self._set_smoothing)
        curves = QWidget()
        curves_layout = QVBoxLayout(curves)
        curves_layout.setContentsMargins(0, 0, 0, 0)
        self.quality = QualityPanel()
        self.evaluate_button = QPushButton("Evaluate now")
        self.evaluate_button.setObjectName("evaluateButton")
        self.evaluate_button.setToolTip("Measure the generator's quality now, against the real test set (DCGAN: "
                                        "FCD, KID, classifier score, class coverage; Pix2Pix and CycleGAN: their own)")
        self.evaluate_button.clicked.connect(self.evaluate)
        self.alarm_menu = QMenu(self)
        self.alarm_actions = {}
        for kind in ALARMS:
            action = QAction(ALARM_NAMES[kind], self.alarm_menu, checkable=True, checked=True)
            action.toggled.connect(self._send_alarm_config)
            self.alarm_menu.addAction(action)
            self.alarm_actions[kind] = action
        self.alarm_button = QToolButton()
        self.alarm_button.setObjectName("alarmsButton")
        self.alarm_button.setText("Alarms")
        self.alarm_button.setToolTip("Which alarms are raised (unticked: muted)")
        self.alarm_button.setMenu(self.alarm_menu)
        self.alarm_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        options = QHBoxLayout()
        options.addWidget(self.smoothing)
        options.addStretch(1)
        options.addWidget(self.alarm_button)
        options.addWidget(self.evaluate_button)
        self.alarm_banner = AlarmBanner()
        self.alarm_banner.restoreRequested.connect(self._restore_good_state)
        curves_layout.addWidget(self.alarm_banner)
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
        curves_layout.addWidget(plots, 1)
        curves_layout.addLayout(options)
        self.explorer = LatentPanel(explorer)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(curves, "Training curves")
        self.tabs.addTab(self.explorer, "Latent explorer")
        self.tabs.setTabToolTip(1, "Explore what the generator learned: sliders along its principal "
                                   "directions, seeds, interpolation")
        self.discriminator = DiscriminatorPanel()
        self.tabs.addTab(self.discriminator, "Discriminator")
        self.tabs.setTabToolTip(2, "The run through the discriminator's eyes: its verdicts, their histograms on "
                                   "the last batch, and where it looks (saliency)")
        self.sketch_pad = SketchPad()
        self.tabs.addTab(self.sketch_pad, "Sketch pad")
        self.tabs.setTabToolTip(3, "Pix2Pix: draw a garment's edges and watch the generator fill them in")
        self._show_family_tools()
        self.samples.cellClicked.connect(self._on_cell_clicked)
        self.samples.rewindRequested.connect(self.rewind)
        self.live_panel.changesRequested.connect(self._on_live_changes)
        self.live_panel.budgetChanged.connect(self._on_budget)

        self.main_splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 980])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle_pause)  # the others are the menus' (gui.menus)
        self.export_progress = QProgressBar()
        self.export_progress.setMaximumWidth(200)
        self.export_progress.hide()
        self.statusBar().addPermanentWidget(self.export_progress)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("runFolderLabel")
        self.statusBar().addPermanentWidget(self.folder_label)
        self.precision_label = QLabel()
        self.precision_label.setObjectName("precisionLabel")
        self.statusBar().addPermanentWidget(self.precision_label)
        self.devices_label = QLabel()
        self.devices_label.setObjectName("devicesLabel")
        self.statusBar().addPermanentWidget(self.devices_label)
        self.statusBar().showMessage("Loading TensorFlow…")
        self._update_controls()

    # -- worker ---------------------------------------------------------------------------------------

    def _start_worker(self, data_dir: str | None, devices: int) -> None:
        self.thread = QThread(self)
        self.thread.setObjectName("trainingThread")
        self.worker = TrainingWorker(data_dir, devices)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        w = self.worker
        # Bound methods of main-thread objects only: PySide6 runs a lambda connected to another
        # thread's signal in that thread, where it must not touch widgets.
        w.ready.connect(self._on_ready)
        w.devicesFound.connect(self._on_devices_found)
        w.stateChanged.connect(self._on_state)
        w.runReady.connect(self._on_run)
        w.progress.connect(self._on_progress)
        w.frameReady.connect(self._on_frame)
        w.saved.connect(self._on_saved)
        w.exportProgress.connect(self._on_export_progress)
        w.exported.connect(self._on_exported)
        w.failed.connect(self._on_failed)
        w.qualityReady.connect(self.quality.add_row)
        w.alarmRaised.connect(self._on_alarm)
        w.latentRendered.connect(self.explorer.show_render)
        w.directionsReady.connect(self.explorer.set_directions)
        w.previewReady.connect(self._on_preview)
        w.recipeChanged.connect(self._on_recipe_changed)
        w.rewindPoints.connect(self.samples.set_rewind_points)
        w.discriminatorReady.connect(self.discriminator.show_view)
        w.translationReady.connect(self.sketch_pad.show_translation)
        w.testEdgesReady.connect(self.sketch_pad.set_sketch)
        # The explorer talks to the worker through its thread-safe request methods, called directly.
        self.explorer.renderRequested.connect(self.worker.request_render, Qt.ConnectionType.DirectConnection)
        self.explorer.directionsRequested.connect(self._on_directions_requested)
        self.explorer.walkRequested.connect(self._on_walk_requested)
        self.sketch_pad.translateRequested.connect(self.worker.request_translation, Qt.ConnectionType.DirectConnection)
        self.sketch_pad.testEdgesRequested.connect(self._on_test_edges)
        self.thread.start()

    def _on_ready(self) -> None:
        self.statusBar().showMessage("Ready: press Start to train", 5000)

    def _on_devices_found(self, names) -> None:
        self.settings_panel.set_device_count(len(names))

    def _on_preview(self, frame, config, card: dict) -> None:
        """The shipped generator, before any run: its grid and, once the worker has it (`config` not
        None), the explorer (engine.io.shipped)."""
        if self.has_run:
            return
        quality, recipe = card.get("quality", {}), card.get("recipe", {}).get("title", "?")
        self.samples.set_preview(frame, f"Shipped generator: {card.get('iterations', 0):,} iterations of {recipe}, "
                                        f"FCD {quality.get('fcd', '?')} (not a run: Start trains your own)")
        if config is not None:
            self.explorer.set_generator(config.settings.noise_dim, 0)
            self.statusBar().showMessage("Showing the shipped generator: explore it, or press Start to train your "
                                         "own", 8000)

    def _on_state(self, state: State) -> None:
        if (state == State.RUNNING and self.state != State.PAUSED) or state == State.IDLE:
            self.left_tabs.setCurrentIndex(1 if state == State.RUNNING else 0)  # what can be changed now
        self.state = state
        if state != State.RUNNING:
            self._show_everything()  # where it stopped, at once (the payload before this state is in)
        if state == State.PAUSED and self.explorer.isVisible():
            self.explorer.render()  # the generator may have trained since its last frame
        self._update_controls()
        if state == State.IDLE and self.has_run and self.iteration >= self._total_iterations:
            self.statusBar().showMessage("Run finished: all epochs trained", 8000)

    def _update_controls(self) -> None:
        s = self.state
        running, paused = s == State.RUNNING, s == State.PAUSED
        # One visible button per meaning: while paused, Resume (the pause button) continues, so Start
        # is hidden (it would do the same); it still continues if clicked from code.
        self.start_button.setEnabled(s in (State.IDLE, State.PAUSED, State.LOADING))
        self.start_button.setVisible(not paused)
        self.pause_button.setEnabled(running or paused)
        self.pause_button.setText("Resume" if paused else "Pause")
        self.pause_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPlay if paused else QStyle.StandardPixmap.SP_MediaPause))
        self.stop_button.setEnabled(running or paused)
        self.step_button.setEnabled(s in (State.IDLE, State.PAUSED))
        self.save_button.setEnabled(self.has_run)
        self.export_button.setEnabled(self.has_run and bool(self.samples.frames))
        self.load_button.setEnabled(s != State.LOADING)
        self.evaluate_button.setEnabled(self.has_run and s != State.LOADING)
        self.settings_panel.setEnabled(s in (State.IDLE, State.LOADING))
        self.live_panel.setEnabled(self.has_run and (running or paused))
        self.samples.set_rewind_allowed(self.has_run and (running or paused), self.iteration)

    # -- controls -------------------------------------------------------------------------------------

    def start(self) -> None:
        if self.state == State.PAUSED:
            self.worker.request(Resume())
        else:
            self._new_run(Then.RUN)

    def _new_run(self, then: Then) -> None:
        try:
            config = self.settings_panel.config()
        except ValueError as exc:
            QMessageBox.warning(self, "Invalid setting", str(exc))
            return
        if self.unsaved and not self._confirm_discard("start a new run"):
            return
        run_dir = str(Path(self.run_root) / time.strftime("%Y%m%d-%H%M%S")) if self.run_root else None
        self.worker.request(NewRun(config, self.settings_panel.data_folder(), run_dir, then))
        self.statusBar().showMessage("Building the networks…")

    def toggle_pause(self) -> None:
        if self.state == State.RUNNING:
            self.worker.request(Pause())
        elif self.state == State.PAUSED:
            self.worker.request(Resume())

    def stop(self) -> None:
        self.worker.request(Stop())

    def step(self) -> None:
        if self.state == State.PAUSED:
            self.worker.request(Step())
        elif self.state == State.IDLE:
            self._new_run(Then.STEP)

    def save_checkpoint(self) -> None:
        if not self.has_run:
            return
        path = ask_save_path(self, "Save checkpoint", f"checkpoint-i{self.iteration:07d}{SUFFIX}",
                             CHECKPOINT_FILTER, SUFFIX, self.run_dir)
        if not path:
            return
        self.worker.request(Save(path))
        self.statusBar().showMessage(f"Saving {path}…")

    def load_checkpoint(self, path: str | None = None) -> None:
        """Load a checkpoint: `path`, or one the user picks."""
        if self.state == State.LOADING:
            return
        if self.unsaved and not self._confirm_discard("load a checkpoint"):
            return
        path = path or ask_open_path(self, "Load checkpoint", CHECKPOINT_FILTER)
        if not path:
            return
        if self.state == State.RUNNING:
            self.worker.request(Pause())
        self.worker.request(Load(path, self.settings_panel.data_folder()))
        self.statusBar().showMessage(f"Loading {path}…")

    def new_run(self) -> None:
        """End the run under way (after asking about unsaved progress) and show the new run's settings."""
        if self.has_run and self.state in (State.RUNNING, State.PAUSED):
            if self.unsaved and not self._confirm_discard("start a new run"):
                return
            self.saved_iteration = self.iteration  # discarded on purpose: not asked again
            self.worker.request(Stop())
        self.left_tabs.setCurrentIndex(0)

    def export_generator(self) -> None:
        """Write the generator drawn with now (a run's, or the shipped one) as a .keras file."""
        path = ask_save_path(self, "Export generator", f"generator-i{self.iteration:07d}.keras",
                             "Keras models (*.keras)", ".keras", self.run_dir)
        if path:
            self.worker.request(ExportGenerator(path))
            self.statusBar().showMessage(f"Exporting {path}…")

    def set_light_plots(self, light: bool) -> None:
        for plot in (*self.curve_plots, self.quality.plot, self.discriminator.histogram):
            apply_theme(plot, light)

    # -- remembered between launches (QSettings) --------------------------------------------------------

    def _remembered_config(self) -> TrainConfig | None:
        text = self.settings.value("newRunConfig") if self.settings is not None else None
        try:
            return TrainConfig.from_json(text) if text else None
        except ValueError:
            return None  # from another version: the default then

    def _remembered(self) -> dict:
        """What is remembered of the layout: key -> (read it now, apply a remembered value)."""
        light = self.actions_by_name["lightPlotsAction"]
        return {
            "geometry": (self.saveGeometry, self.restoreGeometry),
            **{key: (splitter.saveState, splitter.restoreState) for key, splitter in (
                ("mainSplitter", self.main_splitter), ("plotsSplitter", self.plots_splitter),
                ("bottomSplitter", self.bottom_splitter))},
            "tab": (self.tabs.currentIndex, lambda value: self.tabs.setCurrentIndex(int(value))),
            "smoothing": (self.smoothing.isChecked, lambda value: self.smoothing.setChecked(value in (True, "true"))),
            "lightPlots": (light.isChecked, lambda value: light.setChecked(value in (True, "true"))),
        }

    def _restore_layout(self) -> None:
        if self.settings is None:
            return
        for key, (_, restore) in self._remembered().items():
            value = self.settings.value(key)
            if value is not None:
                restore(value)
        self._fill_recent()

    def _save_layout(self) -> None:
        if self.settings is None:
            return
        for key, (read, _) in self._remembered().items():
            self.settings.setValue(key, read())
        try:
            self.settings.setValue("newRunConfig", self.settings_panel.config().to_json())
        except ValueError:
            pass  # a half-edited field: keep the last good settings
        self.settings.sync()

    def _remember_recent(self, path: str) -> None:
        if self.settings is None:
            return
        recent = [p for p in (self.settings.value("recentCheckpoints") or []) if p != path]
        self.settings.setValue("recentCheckpoints", [path, *recent][:RECENT])
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = (self.settings.value("recentCheckpoints") or []) if self.settings is not None else []
        for path in recent if isinstance(recent, list) else [recent]:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, path=path: self.load_checkpoint(path))
        self.recent_menu.setEnabled(bool(recent))

    def export_gif(self) -> None:
        if not (self.has_run and self.samples.frames):
            return
        dialog = ExportGifDialog(str(Path(last_folder(self.run_dir)) / f"evolution-i{self.iteration:07d}.gif"),
                                 len(self.samples.frames), self)
        if dialog.exec() != ExportGifDialog.DialogCode.Accepted:
            return
        path, spacing, frame_ms = dialog.options()
        if not path:
            return
        remember(path)
        self.export_progress.setRange(0, 0)
        self.export_progress.show()
        self.worker.request(ExportGif(path, spacing, frame_ms))
        self.statusBar().showMessage(f"Exporting {path}…")

    def rewind(self, iteration: int) -> None:
        """Put the run back at a grid frame's iteration (the worker pauses it there)."""
        if self.has_run and self.state in (State.RUNNING, State.PAUSED):
            self.worker.request(Rewind(iteration))
            self.statusBar().showMessage(f"Rewinding to iteration {iteration}…")

    def _on_live_changes(self, values: dict) -> None:
        if self.has_run and self.state in (State.RUNNING, State.PAUSED):
            self.worker.request(ChangeRecipe(values))

    def _on_budget(self, budget: int) -> None:
        self.worker.request(RewindBudget(budget))

    def _on_recipe_changed(self, config, changes: list) -> None:
        self.live_panel.show_config(config)
        self.settings_panel.show_config(config)
        for change in changes:
            for plot in self.curve_plots:
                plot.add_change(change)
        if changes:
            self.statusBar().showMessage("Changed " + "; ".join(c.describe() for c in changes), 8000)

    def _send_alarm_config(self) -> None:
        muted = tuple(kind for kind, action in self.alarm_actions.items() if not action.isChecked())
        self.worker.request(Alarms(AlarmConfig(muted=muted)))

    def _on_alarm(self, alarm, good_iteration) -> None:
        self._alarm_marks.append((alarm.iteration, MARKER_LABELS[alarm.kind]))
        for plot in self.curve_plots:
            plot.add_marker(alarm.iteration, MARKER_LABELS[alarm.kind])
        self.alarm_banner.show_alarm(alarm, good_iteration)
        self.tabs.setCurrentIndex(0)
        self.statusBar().showMessage(f"Alarm: {alarm.title} at iteration {alarm.iteration}", 10000)

    def _restore_good_state(self) -> None:
        self.worker.request(RestoreGood())
        self.alarm_banner.hide()
        self.statusBar().showMessage("Restoring the last good state…", 5000)

    def evaluate(self) -> None:
        if self.has_run:
            self.worker.request(Evaluate())
            self.statusBar().showMessage("Measuring quality…", 5000)

    def _set_smoothing(self, on: bool) -> None:
        for plot in self.curve_plots:
            plot.set_smoothing(on)

    # -- what the worker reports ------------------------------------------------------------------------

    def _on_run(self, snapshot) -> None:
        self.has_run = True
        self.run_dir = snapshot.run_dir
        self.iteration = snapshot.iteration
        same_run = snapshot.source in ("restored", "rewound")
        if same_run:  # back in the same run: what was saved before this point stays saved
            self.saved_iteration = min(self.saved_iteration, snapshot.iteration)
            self._alarm_marks = [(it, label) for it, label in self._alarm_marks if it <= snapshot.iteration]
        else:
            self.saved_iteration = snapshot.iteration if snapshot.source != "new" else 0
            self._alarm_marks = []
            self.alarm_banner.clear()
            self.discriminator.clear()
        self._batches_per_epoch = snapshot.batches_per_epoch
        self._total_iterations = snapshot.config.run.epochs * snapshot.batches_per_epoch
        self._set_family(FAMILIES[snapshot.config.run.family])
        config = snapshot.config
        self.grid_cells = (class_grid(config.run.num_samples, len(CLASS_NAMES), config.settings.class_rows)
                           if self.family.asks_class else None)
        self.samples.cell_classes = self.grid_cells[1] if self.grid_cells else None
        self.settings_panel.show_config(snapshot.config)
        self.live_panel.show_config(snapshot.config)
        self.precision_label.setText(snapshot.precision.name)
        self.precision_label.setToolTip(f"This run computes in {snapshot.precision}")
        self.devices_label.setText(snapshot.devices.short)
        self.devices_label.setToolTip(f"This run trains on {snapshot.devices}")
        for plot in self.curve_plots:
            plot.clear_data(snapshot.batches_per_epoch)
        if len(snapshot.history):
            self._append_curves(1, snapshot.history)
        for plot in self.curve_plots:
            plot.set_ghost(snapshot.iteration + 1, snapshot.ghost)
            for change in snapshot.changes:
                plot.add_change(change)
            for iteration, label in self._alarm_marks:
                plot.add_marker(iteration, label)
        self.samples.set_frames(snapshot.frames)
        self.quality.set_table(snapshot.quality)
        self._show_folder()
        if self.family.explorer:  # a noise -> image generator: its latent size
            self.explorer.set_generator(snapshot.config.settings.noise_dim, snapshot.iteration)
        self.sketch_pad.request_translation()  # of this run's generator (nothing unless it is a Pix2Pix run)
        self._rate = 0.0
        self._show_position(snapshot.iteration, self._rate)
        where = {"new": "new run", "rewound": f"rewound to iteration {snapshot.iteration} (Resume runs on from "
                 "here; the faded curves are the abandoned future)", "restored": "restored the last good state"}
        self.statusBar().showMessage(f"{where.get(snapshot.source, f'loaded {snapshot.source}')} · saving into "
                                     f"{snapshot.run_dir}", 10000)
        self._update_controls()

    def _set_family(self, family) -> None:
        """Show what a run of this engine.families.Family measures and the tools it has."""
        if family is self.family:
            return
        self.family = family
        for plot, series in zip(self.curve_plots, (family.losses, family.accuracies, family.gradients)):
            plot.set_series(series)
        self.quality.set_columns(family.quality_columns, family.quality_labels)
        self._show_family_tools()

    def _show_family_tools(self) -> None:
        family = self.family
        self.samples.set_family(family)
        self.explorer.set_classes(CLASS_NAMES if family.asks_class else ())
        for widget, available in ((self.explorer, family.explorer), (self.discriminator, family.discriminator_view),
                                  (self.sketch_pad, family.sketch)):
            index = self.tabs.indexOf(widget)
            if self.tabs.isTabEnabled(index) != available:  # enabling a tab enables its page, ready or not
                self.tabs.setTabEnabled(index, available)
        self.sketch_pad.set_available(family.sketch)
        if not self.tabs.isTabEnabled(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(0)

    def _append_curves(self, first_iteration: int, rows: np.ndarray) -> None:
        """Add history rows (k, the family's metrics) to the curve plots, each taking its own columns."""
        for plot in self.curve_plots:
            plot.append(first_iteration, rows[:, [self.family.metrics.index(key) for key in plot.keys]])

    def _on_progress(self, payload: Progress) -> None:
        self._append_curves(payload.first_iteration, payload.rows)
        self.iteration = payload.iteration
        self._rate = payload.rate
        if self.state != State.RUNNING:
            self._show_everything()  # a single step, or the last steps before a pause: at once
        elif not self._position_timer.isActive():
            self._position_timer.start()

    def _show_everything(self) -> None:
        """Draw what the payloads carried at once, curves included: training is not running, so the
        rate limits (POSITION_UPDATES_PER_SECOND, gui.curves) would only make the last steps late."""
        for plot in self.curve_plots:
            plot.flush()
        self._show_progress()

    def _show_progress(self) -> None:
        """Show where the run is (see POSITION_UPDATES_PER_SECOND)."""
        self._position_timer.stop()
        if not self.has_run:
            return
        self._show_position(self.iteration, self._rate)
        self.explorer.set_iteration(self.iteration)
        self.samples.set_rewind_allowed(self.state in (State.RUNNING, State.PAUSED), self.iteration)

    def _on_frame(self, frame) -> None:
        self.samples.add_frame(frame)
        if self.explorer.isVisible():
            self.explorer.render()  # the explorer follows the training generator frame by frame
        if self.sketch_pad.isVisible():
            self.sketch_pad.request_translation()  # so does the sketch pad

    def _on_cell_clicked(self, cell: int, as_target: bool) -> None:
        if not self.family.explorer:
            return  # a translation family's cells are fixed test images, not latents
        if self.tabs.currentWidget() is self.discriminator:  # pick the cell D's saliency maps
            self.worker.request(DiscriminatorCell(cell))
            return
        seed = cell
        if self.grid_cells is not None:  # a conditional grid: the cell's latent, in the class it asks for
            seeds, classes = self.grid_cells
            seed = int(seeds[cell])
            self.explorer.class_box.setCurrentIndex(int(classes[cell]))
        self.explorer.set_seed(seed, as_target)
        self.tabs.setCurrentWidget(self.explorer)

    def _on_test_edges(self, index: int) -> None:
        self.worker.request(TestEdges(index))

    def _on_directions_requested(self, count: int, samples: int, cls: int) -> None:
        self.worker.request(Directions(count, samples, cls))

    def _on_walk_requested(self, path: str, latents: np.ndarray, labels: list, classes) -> None:
        config = self.explorer.config
        self.worker.request(Walk(path, latents, labels, config.walk_frame_ms, config.image_scale, classes))
        self.statusBar().showMessage(f"Exporting {path}…")

    def _show_position(self, iteration: int, rate: float) -> None:
        per_epoch = self._batches_per_epoch
        epoch, position = divmod(iteration, per_epoch)
        epochs = max(1, self._total_iterations // per_epoch)
        self.epoch_label.setText(f"Epoch {min(epoch + 1, epochs)}/{epochs}")
        self.iteration_label.setText(f"Iteration {iteration}")
        self.rate_label.setText(f"{rate:.2f} it/s" if rate else "– it/s")
        remaining = self._total_iterations - iteration
        self.eta_label.setText(f"ETA {format_duration(remaining / rate)}" if rate and remaining > 0 else "ETA –")
        self.epoch_progress.setRange(0, per_epoch)
        self.epoch_progress.setValue(per_epoch if iteration and position == 0 else position)

    def _on_saved(self, path: str, iteration: int) -> None:
        self.saved_iteration = max(self.saved_iteration, iteration)
        self._remember_recent(path)
        self._show_folder()
        self.statusBar().showMessage(f"Saved {path}", 8000)
        if self._closing:
            self.close()

    def _show_folder(self) -> None:
        """The run folder and what it takes on disk (autosaves are pruned: see Keep autosaves)."""
        if self.run_dir and Path(self.run_dir).is_dir():
            size = RunDir(self.run_dir).size()
            self.folder_label.setText(f"{Path(self.run_dir).name}: {size / 1e6:.0f} MB")
            self.folder_label.setToolTip(f"The run folder {self.run_dir}: checkpoints, grid PNGs, CSVs")

    def _on_export_progress(self, done: int, total: int) -> None:
        self.export_progress.setRange(0, total)
        self.export_progress.setValue(done)

    def _on_exported(self, path: str, count: int) -> None:
        self.export_progress.hide()
        self.statusBar().showMessage(f"Exported {path}" + (f" ({count} frames)" if count else ""), 8000)

    def _on_failed(self, title: str, message: str) -> None:
        self._closing = False
        self.export_progress.hide()
        self.statusBar().showMessage(title, 8000)
        QMessageBox.critical(self, title, message)

    # -- closing ----------------------------------------------------------------------------------------

    @property
    def unsaved(self) -> bool:
        """True when the run has iterations that no checkpoint holds."""
        return self.has_run and self.iteration > self.saved_iteration

    def _confirm_discard(self, action: str) -> bool:
        answer = QMessageBox.question(
            self, "Unsaved progress",
            f"The current run has {self.iteration - self.saved_iteration} iterations that are not saved. "
            f"Discard them and {action}?",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.unsaved and not self._closing:
            answer = QMessageBox.question(
                self, "Save before closing?",
                f"Iterations {self.saved_iteration + 1}-{self.iteration} are not saved. Save a checkpoint "
                f"into {self.run_dir} before closing?",
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                self._closing = True  # closed again by _on_saved, or cancelled by _on_failed
                self.worker.request(Pause())
                self.worker.request(Save(None))
                event.ignore()
                return
        self._save_layout()
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Stop the worker after its current step and wait for its thread to end.

        No timeout: the worker ends after at most one step (or the TensorFlow import, if closed
        during start-up), and a QThread destroyed while running would take the process down.
        """
        if self.thread.isRunning():
            self.worker.request_quit()
            self.thread.quit()  # quit before wait: the thread's own loop must be told to end
            self.thread.wait()
