"""The GAN Studio window: it composes the panels (gui.window.run_bar, the New run and Live tabs, the sample grid,
gui.panels.curves_tab, the explorer, the discriminator's view, the sketch pad), keeps the run's state in a plain
model (gui.window.run_state.RunState) and connects them to the TrainingWorker.

The window never touches TensorFlow: it sends typed requests (gui.worker.protocol) to the worker in its own
QThread and draws what the worker's signals carry. So it stays responsive while a step runs, and it is up
before TensorFlow has finished importing.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QThread, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QMainWindow, QMessageBox, QProgressBar, QScrollArea,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from engine.config import ExplorerConfig, TrainConfig, default_config
from engine.families import DEFAULT_FAMILY, FAMILIES
from engine.io.images import Frame
from engine.io.shipped import shipped_grid
from gui.i18n import LANGUAGES, SETTINGS_KEY, current_language
from gui.panels.curves_tab import CurvesTab
from gui.panels.discriminator_panel import DiscriminatorPanel
from gui.panels.live_panel import LivePanel
from gui.panels.sample_grid import SampleGridPanel
from gui.panels.settings_panel import SettingsPanel
from gui.tools.latent_panel import LatentPanel
from gui.panels.runs_panel import RunsPanel
from gui.tools.melody_pad import MelodyPad
from gui.tools.style_panel import StylePanel
from gui.tools.sketch_pad import SketchPad
from gui.window.memory import WindowMemory
from gui.window.menus import build_menus
from gui.window.run_bar import RunBar
from gui.window.run_controls import RunControls
from gui.window.run_state import RunState
from gui.window.run_view import RunView
from gui.window.wheel_guard import guard_wheels
from gui.worker import protocol as p
from gui.worker.training_worker import TrainingWorker


def _scrolling(widget: QWidget, name: str = "") -> QScrollArea:
    """`widget` in a vertical scroll area (the New run and Live tabs have more fields than fit)."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class MainWindow(RunView, RunControls, QMainWindow):
    """The application window. `MainWindow()` with no arguments offers a new run of the default preset
    (engine.config.default_config).

    `settings` (the app passes QSettings()) remembers between launches the window's geometry, splitter
    positions, tab, plot options and the last new-run settings (which replace the default when no
    `config` is given); without it nothing is read or written. `devices` is how many devices the engine
    makes available to runs (engine.compute.devices.prepare; `main.py --devices N`). `data_dir` (`main.py
    --data-dir`) is the data the New run tab starts with: a dataset's name or a folder.
    """

    def __init__(self, config: TrainConfig | None = None, data_dir: str | None = None,
                 run_root: str | None = None, explorer: ExplorerConfig | None = None,
                 settings: QSettings | None = None, devices: int = 1):
        super().__init__()
        guard_wheels(QApplication.instance())
        self.memory = WindowMemory(settings)
        self.setWindowTitle("GAN Studio")
        self.resize(1400, 860)
        self.run_root = run_root
        self.model = RunState()
        self._closing = False
        self._continue_after_load = False  # the Runs tab asked to train on once its checkpoint is loaded
        self._alarm_marks: list = []  # (iteration, label) of this run's alarm markers, redrawn after a rewind
        self.family = FAMILIES[DEFAULT_FAMILY]  # the run's GAN family (engine.families): what the plots show
        self.grid_cells = None  # a conditional run's (seeds, classes) of the grid cells: latents.class_grid
        self._build(config or self.memory.config() or default_config(), data_dir, explorer or ExplorerConfig())
        self.language = current_language()  # what the texts were made in (gui.i18n)
        self.restart_requested = False  # View -> Language asked for a restart: gui.app starts the window again
        self.actions_by_name = build_menus(self)
        self.memory.restore(self._layout())
        self._fill_recent()
        shipped = shipped_grid()
        if shipped is not None:  # at once, from the file: the worker brings the generator itself seconds later
            images, card = shipped
            self._on_preview(Frame(0, 0, images), None, card)
        self._start_worker(devices)

    # The run's state, as the model holds it (gui.window.run_state).
    state = property(lambda self: self.model.state)
    iteration = property(lambda self: self.model.iteration)
    has_run = property(lambda self: self.model.has_run)
    saved_iteration = property(lambda self: self.model.saved_iteration)
    run_dir = property(lambda self: self.model.run_dir)
    unsaved = property(lambda self: self.model.unsaved)

    def choose_language(self, language: str) -> None:
        """View -> Language: remembered for the next start (gui.i18n), which it offers to make now."""
        if language == self.language:
            return
        if self.memory.settings is not None:
            self.memory.settings.setValue(SETTINGS_KEY, language)
        answer = QMessageBox.question(
            self, self.tr("Language"),
            self.tr("GAN Studio will speak {language} from its next start. Restart it now?")
            .format(language=LANGUAGES[language]))
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_requested = True
            self.close()  # asks to save unsaved progress first (then closes once saved), and may be cancelled
            self.restart_requested = not self.isVisible() or self._closing

    # -- layout ---------------------------------------------------------------------------------------

    def _build(self, config: TrainConfig, data_dir: str | None, explorer: ExplorerConfig) -> None:
        self.run_bar = bar = RunBar()
        self.start_button, self.pause_button = bar.start_button, bar.pause_button
        self.iteration_label = bar.iteration_label
        for button, slot in ((bar.start_button, self.start), (bar.pause_button, self.toggle_pause),
                             (bar.stop_button, self.stop), (bar.step_button, self.step),
                             (bar.save_button, self.save_checkpoint), (bar.load_button, self.load_checkpoint),
                             (bar.export_button, self.export_gif)):
            button.clicked.connect(slot)
        self._rate = 0.0  # iterations a second, as the worker last measured it
        self._data_preview = False  # the grid shows a new run's first pictures (RunView._on_data_preview)
        self._position_timer = QTimer(self)
        self._position_timer.setSingleShot(True)
        self._position_timer.setInterval(1000 // POSITION_UPDATES_PER_SECOND)
        self._position_timer.timeout.connect(self._show_progress)

        self.settings_panel = SettingsPanel(config, data_dir)
        self.live_panel = LivePanel(config)
        self.samples = SampleGridPanel()
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.addTab(_scrolling(self.settings_panel, "settingsScroll"), self.tr("New run"))
        self.left_tabs.addTab(_scrolling(self.live_panel), self.tr("Live"))
        self.left_tabs.setTabToolTip(0, self.tr("The settings of the next new run"))
        self.left_tabs.setTabToolTip(1, self.tr("Change the recipe of the run under way, from its next iteration on"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.left_tabs, 1)
        left_layout.addWidget(self.samples, 2)

        self.curves = CurvesTab(self.family)
        c = self.curves
        self.loss_plot, self.accuracy_plot, self.curve_plots = c.loss_plot, c.accuracy_plot, c.curve_plots
        self.quality, self.smoothing, self.alarm_banner = c.quality, c.smoothing, c.alarm_banner
        self.alarm_actions, self.evaluate_button = c.alarm_actions, c.evaluate_button
        self.plots_splitter, self.bottom_splitter = c.plots_splitter, c.bottom_splitter
        c.evaluate_button.clicked.connect(self.evaluate)
        c.alarmsChanged.connect(self._on_alarms_changed)
        c.alarm_banner.restoreRequested.connect(self._restore_good_state)
        self.explorer = LatentPanel(explorer)
        self.discriminator = DiscriminatorPanel()
        self.sketch_pad = SketchPad()
        self.melody_pad = MelodyPad()
        self.style_panel = StylePanel()
        self.runs_panel = RunsPanel(self.run_root or "runs")
        self.runs_panel.loadRequested.connect(self.load_checkpoint)
        self.runs_panel.continueRequested.connect(self._continue_run)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        for widget, title, tip in (
                (self.curves, self.tr("Training curves"), self.tr("Losses, the discriminator's accuracy and outputs, "
                                                                  "gradient norms and quality, as training goes on")),
                (self.explorer, self.tr("Latent explorer"), self.tr("Explore what the generator learned: sliders "
                                                                    "along its principal directions, seeds, "
                                                                    "interpolation")),
                (self.discriminator, self.tr("Discriminator"), self.tr("The run through the discriminator's eyes: its "
                                                                       "verdicts, their histograms on the last batch, "
                                                                       "and where it looks (saliency)")),
                (self.sketch_pad, self.tr("Sketch pad"), self.tr("Pix2Pix: draw a picture's edges and watch the "
                                                                 "generator fill them in")),
                (self.melody_pad, self.tr("Melody pad"), self.tr("Composer: play a melody and hear the alto, tenor "
                                                                 "and bass a GAN writes under it")),
                (self.runs_panel, self.tr("Runs"), self.tr("Every run in one place: their curves overlaid, their grids "
                                                           "side by side, what differs between their recipes")),
                (self.style_panel, self.tr("Style transfer"), self.tr("Paint a picture in another's style, with "
                                                                      "no downloaded weights"))):
            self.tabs.addTab(widget, title)
            self.tabs.setTabToolTip(self.tabs.count() - 1, tip)
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
        layout.addWidget(bar)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        QShortcut(QKeySequence(Qt.Key.Key_Space), self, self.toggle_pause)  # the others are the menus' (gui.window.menus)
        self._build_status_bar()
        self._update_controls()

    def _build_status_bar(self) -> None:
        self.export_progress = QProgressBar()
        self.export_progress.setMaximumWidth(200)
        self.export_progress.hide()
        self.statusBar().addPermanentWidget(self.export_progress)
        self.folder_label, self.precision_label, self.devices_label = labels = (
            QLabel(objectName="runFolderLabel"), QLabel(objectName="precisionLabel"), QLabel(objectName="devicesLabel"))
        for label in labels:
            self.statusBar().addPermanentWidget(label)
        self.statusBar().showMessage(self.tr("Loading TensorFlow…"))

    # -- worker ---------------------------------------------------------------------------------------

    def _start_worker(self, devices: int) -> None:
        self.thread = QThread(self)
        self.thread.setObjectName("trainingThread")
        self.worker = TrainingWorker(devices)
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
        w.dataProgress.connect(self._on_data_progress)
        w.dataPreview.connect(self._on_data_preview)
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
        w.harmonised.connect(self.melody_pad.show_harmonisation)
        w.melodyLoaded.connect(self.melody_pad.show_melody)
        self.melody_pad.harmoniseRequested.connect(self.worker.request_harmonisation,
                                                   Qt.ConnectionType.DirectConnection)
        self.melody_pad.heldOutRequested.connect(self._on_held_out_melody)
        self.melody_pad.openRequested.connect(self._on_open_melody)
        w.styleProgress.connect(self.style_panel.show_progress)
        for request in (self.style_panel.stylizeRequested, self.style_panel.stopRequested):
            request.connect(self.worker.request, Qt.ConnectionType.DirectConnection)  # its queue is thread-safe
        self.thread.start()

    def _update_controls(self) -> None:
        controls = self.model.controls()
        self.run_bar.show_controls(controls)
        self.evaluate_button.setEnabled(controls.evaluate)
        self.settings_panel.setEnabled(controls.settings)
        self.live_panel.setEnabled(controls.live)
        self.samples.set_rewind_allowed(controls.rewind, self.iteration)

    # -- remembered between launches (gui.window.memory) --------------------------------------------------

    def _layout(self) -> dict:
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
            "runFolders": (lambda: self.runs_panel.extra, self.runs_panel.set_folders),
        }

    def _remember_recent(self, path: str) -> None:
        self.memory.add_recent(path)
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.memory.recent()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, path=path: self.load_checkpoint(path))
        self.recent_menu.setEnabled(bool(recent))

    # -- closing ----------------------------------------------------------------------------------------

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.unsaved and not self._closing:
            answer = QMessageBox.question(
                self, self.tr("Save before closing?"),
                self.tr("Iterations {first}-{last} are not saved. Save a checkpoint into {folder} before closing?")
                .format(first=self.saved_iteration + 1, last=self.iteration, folder=self.run_dir),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                self._closing = True  # closed again by _on_saved, or cancelled by _on_failed
                self.worker.request(p.Pause())
                self.worker.request(p.Save(None))
                event.ignore()
                return
        self.memory.save(self._layout(), self.settings_panel.config)
        self.runs_panel.shutdown()
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


# How often the run bar's position (epoch, iteration, rate, ETA, the epoch's progress bar) is redrawn while
# training: more than anyone reads, and each redraw of the progress bar paints it at once (its "%v/%m"
# text makes QProgressBar.setValue repaint synchronously: ~0.6 ms).
POSITION_UPDATES_PER_SECOND = 10
