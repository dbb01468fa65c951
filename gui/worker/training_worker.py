"""The one object that owns the engine, living in its own QThread.

The window calls the thread-safe `request` and `render`, which put a typed request (gui.worker.protocol) into a
gui.worker.request_queue.RequestQueue; the worker takes them between training steps and while paused (asleep,
not polling), serving each request type with one method. TensorFlow is therefore driven from this one
thread only.

Towards the window everything goes by signals: per-iteration values batched and sent about 10 times a
second (and with each grid frame), grid frames as they are rendered, errors as messages (never a
silently dead thread).

Recipe changes (the Live panel) and rewinds are requests like any other, so they happen between
two steps, never inside one.
"""

from __future__ import annotations

import time
import traceback
from functools import partial
from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QThread, Signal

from engine.config import AlarmConfig, ConfigError, TrainConfig
from engine.families.dcgan.discriminator_view import DiscriminatorView
from engine.families.dcgan.latent_space import Directions as LatentDirections
from engine.io.checkpoint import CheckpointError, read_checkpoint
from engine.io.data import DatasetError, load_for_run
from engine.io.export import write_gif
from engine.io.images import Frame
from engine.io.rundir import RunDir, default_run_dir
from engine.messages import Explained
from engine.training.alarms import Alarm, AlarmMonitor, nan_alarm
from engine.training.run_loop import RunLoop
from gui.i18n import engine_message, engine_text, translate
from gui.worker import protocol as p
from gui.worker.priority import settle_the_heap, yield_to_the_window
from gui.worker.progress_batch import ProgressBatch
from gui.worker.protocol import Progress, RunSnapshot, State, Then
from gui.worker.request_queue import RequestQueue
from gui.worker.tool_requests import ToolRequests


class TrainingWorker(ToolRequests, QObject):
    """Drives one engine.training.trainer.Trainer; see the module docstring for the threading contract."""

    ready = Signal()
    devicesFound = Signal(tuple)  # the names of the devices a run can train on (engine.compute.devices)
    stateChanged = Signal(State)
    runReady = Signal(RunSnapshot)
    progress = Signal(Progress)
    frameReady = Signal(Frame)
    saved = Signal(str, int)  # path, iteration
    exportProgress = Signal(int, int)  # frames written, frames in all
    exported = Signal(str, int)  # path, frames
    qualityReady = Signal(np.ndarray)  # one row of the family's quality columns
    alarmRaised = Signal(Alarm, object)  # the alarm, the iteration of the kept good state (int) or None
    latentRendered = Signal(int, np.ndarray)  # RenderLatents.token, images (N, 28, 28) uint8
    translationReady = Signal(int, np.ndarray)  # Translate.token, the Pix2Pix picture (H, W[, 3]) uint8
    testEdgesReady = Signal(np.ndarray)  # a held-out image's edge map (H, W) uint8, for the sketch pad
    harmonised = Signal(p.Harmonised)  # a melody's score, for the melody pad
    styleProgress = Signal(p.Stylized)  # a style transfer's picture as it converges, for the style tab
    melodyLoaded = Signal(p.LoadedMelody)  # a melody from a file or a held-out chorale, for the melody pad
    recipeChanged = Signal(TrainConfig, list)  # the config in force, the changes (engine.training.changes) applied
    rewindPoints = Signal(list, int, int)  # iterations with a rewind point, their bytes, the budget
    discriminatorReady = Signal(DiscriminatorView)
    directionsReady = Signal(LatentDirections)
    dataProgress = Signal(int, int)  # pictures decoded of a folder's, while a new run's data is prepared
    dataPreview = Signal(np.ndarray, str)  # its first 16 pictures as soon as they are decoded, the data's name
    previewReady = Signal(Frame, object, dict)  # the shipped generator's grid, its TrainConfig (or None), card
    failed = Signal(str, str)  # title, message
    finished = Signal()

    def __init__(self, devices: int = 1):
        """`devices`: how many devices to make available (engine.compute.devices.prepare: on a machine without
        GPUs, the CPU split into that many logical devices when TensorFlow starts)."""
        super().__init__()
        self._prepare_devices = devices
        self._queue = RequestQueue()
        self._state = State.LOADING
        self._Trainer = None  # engine.training.trainer.Trainer, once TensorFlow is imported
        self._trainer = None
        self._shipped_composer = None  # the melody pad's composer while the run is not one (ToolRequests._composer)
        self._stylization = None  # the style transfer under way (ToolRequests._paint), and its request
        self._style_request: p.Stylize | None = None
        self._run_dir = None
        self._datasets: dict = {}
        self._quality = None  # engine.quality.evaluator.QualityMeter of the dataset in use (the whole of it)
        self._loop = None  # engine.training.run_loop.RunLoop of the trainer
        self._alarm_config = AlarmConfig()
        self._monitor = AlarmMonitor(self._alarm_config)
        self._progress = ProgressBatch()  # history rows on their way to the window
        self._saliency_cell = 0  # the grid cell the discriminator's view maps
        self._snapshot_budget: int | None = None  # None: the engine's default
        self._data_progress_at = 0.0  # when dataProgress was last emitted

    # -- called from the window's thread ------------------------------------------------------------

    def request(self, request: p.Request) -> None:
        """Queue a request (gui.worker.protocol); served between steps or at once when paused."""
        self._queue.put(request)

    def render(self, render: p.RenderLatents | p.Translate | p.Harmonise) -> None:
        """Ask for an explorer image, a sketch's translation or a melody's harmonisation, replacing any render of
        its kind not yet started."""
        self._queue.put_render(render)

    def request_render(self, token: int, latents: np.ndarray, classes: np.ndarray | None = None) -> None:
        """The explorer's renderRequested, connected directly (so called in the window's thread)."""
        self.render(p.RenderLatents(token, latents, classes))

    def request_translation(self, token: int, sketch: np.ndarray) -> None:
        """The sketch pad's translateRequested, connected directly (so called in the window's thread)."""
        self.render(p.Translate(token, sketch))

    def request_harmonisation(self, token: int, melody: np.ndarray, seed: int) -> None:
        """The melody pad's harmoniseRequested, connected directly (so called in the window's thread)."""
        self.render(p.Harmonise(token, melody, seed))

    def request_quit(self) -> None:
        self._queue.quit()

    # -- the worker thread --------------------------------------------------------------------------

    def run(self) -> None:
        """The thread's whole life: import TensorFlow, then serve and train until asked to quit."""
        try:
            yield_to_the_window()
            self._import_engine()
            self._set_state(State.IDLE)
            self.ready.emit()
            self._show_shipped()
            while True:
                busy = self._state == State.RUNNING or self._stylization is not None
                requests, quitting = self._queue.take(busy=busy, renderable=self._renderable())
                if quitting:
                    break
                # The explorer's image first: it is what a hand on a slider waits for (a queued PCA of
                # the directions takes a second or more).
                self._guarded(QT_TRANSLATE_NOOP("Worker", "Could not draw"), self._render_newest)
                for request in requests:
                    self._serve(request)
                if self._state == State.RUNNING and not self._queue.pending():
                    self._guarded(QT_TRANSLATE_NOOP("Worker", "Training failed"), self._train_one)
                if self._stylization is not None and not self._queue.pending():
                    self._guarded(p.Stylize.failure, self._paint)
            self._flush()
        except BaseException:  # the import failed, or a bug escaped _guarded: say so, never die silently
            self.failed.emit(QT_TRANSLATE_NOOP("Worker", "GAN Studio cannot train"), traceback.format_exc(limit=3))
        finally:
            self.finished.emit()
            QThread.currentThread().quit()

    def _import_engine(self) -> None:
        """Import TensorFlow here, in the worker, so the window is up ~6 s before it is loaded."""
        from engine.compute import devices

        # Before anything starts TensorFlow; a TF_CONFIG cluster is for `main.py train`: the window's pause,
        # step and rewind act in one process, which a cluster's workers would wait for.
        devices.prepare(self._prepare_devices, join_cluster=False)
        from engine.training.trainer import Trainer

        self._Trainer = Trainer
        settle_the_heap()
        self.devicesFound.emit(devices.local_devices())

    def _show_shipped(self) -> None:
        """Before any run: draw with the shipped, trained generator (engine.io.shipped), so the grid and the
        explorer show garments at once. Not a run: Start still trains from scratch. Without the file or
        the data, the window simply waits for a run."""
        if self._queue.pending():
            return  # a run or a checkpoint was asked for already
        from engine.families.dcgan.trainer import DCGANTrainer  # TensorFlow is loaded by now
        from engine.io.shipped import ShippedError

        try:
            trainer = DCGANTrainer.from_shipped(self._dataset(TrainConfig().replace(image_size=28, channels=1)))
        except ShippedError as exc:
            self.failed.emit(QT_TRANSLATE_NOOP("Worker", "The shipped generator cannot be shown"), engine_message(exc))
            return
        except (DatasetError, OSError):
            return  # Start will say what is missing
        self._trainer = trainer
        self._loop = RunLoop(trainer, None, self._monitor, self._quality)  # drawn and measured, never trained
        self.previewReady.emit(trainer.render_frame(), trainer.config, trainer.shipped.card)

    def _set_state(self, state: State) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)

    def _guarded(self, title: str, action, *args) -> None:
        """Run an action; any exception becomes a message, and training pauses rather than dies."""
        try:
            action(*args)
        except (Explained, CheckpointError, DatasetError, OSError, ValueError) as exc:
            self._after_failure(title, engine_message(exc))
        except Exception:
            self._after_failure(title, traceback.format_exc(limit=4))

    def _after_failure(self, title: str, message: str) -> None:
        if self._state == State.RUNNING:
            self._set_state(State.PAUSED)
        self.failed.emit(title, message)

    def _serve(self, request: p.Request) -> None:
        handlers = {p.NewRun: self._new_run, p.Load: self._load, p.Resume: self._resume, p.Pause: self._pause,
                    p.Stop: self._stop, p.Step: self._step, p.Save: self._save, p.ExportGif: self._export_gif,
                    p.ExportGenerator: self._export_generator, p.ChangeRecipe: self._change, p.Rewind: self._rewind,
                    p.RestoreGood: self._restore_good, p.RewindBudget: self._rewind_budget, p.Alarms: self._alarms,
                    p.Evaluate: self._evaluate, p.DiscriminatorCell: self._discriminator_cell,
                    p.TestEdges: self._test_edges, p.Directions: self._directions, p.Walk: self._walk,
                    p.HeldOutMelody: self._held_out_melody, p.OpenMelody: self._open_melody,
                    p.Stylize: self._stylize, p.StopStylize: self._stop_stylize}
        self._guarded(request.failure, handlers[type(request)], request)

    # -- requests (gui.worker.protocol), each served by one method ---------------------------------------------

    def _dataset(self, config):
        """The data a run of `config` names, kept while the next run asks for the same."""
        run = config.run
        key = (run.data, run.image_size, run.channels, run.fit, run.background)
        if key not in self._datasets:
            from engine.quality.evaluator import QualityMeter  # TensorFlow is loaded by now

            dataset = load_for_run(run, progress=self._data_progress, preview=partial(self._data_preview, run.data))
            self._datasets = {key: dataset}  # keep one: Fashion-MNIST's train set is 47 MB
            self._quality = QualityMeter(dataset)
        return self._datasets[key]

    def _data_progress(self, done: int, total: int) -> None:
        """A folder's pictures being decoded (the first time only: then cached): at most ~10 a second."""
        now = time.monotonic()
        if done == total or now - self._data_progress_at >= 0.1:
            self._data_progress_at = now
            self.dataProgress.emit(done, total)

    def _data_preview(self, source: str, images: np.ndarray) -> None:
        self.dataPreview.emit(images, source)

    def _new_run(self, r: p.NewRun) -> None:
        self._flush()
        trainer = self._Trainer(r.config, self._dataset(r.config))
        trainer.render_frame()
        self._adopt(trainer, RunDir(r.run_dir or default_run_dir()), "new")
        self._set_state(State.RUNNING if r.then == Then.RUN else State.PAUSED)
        if r.then == Then.STEP:
            self._step()

    def _load(self, r: p.Load) -> None:
        self._flush()
        checkpoint = read_checkpoint(r.path)
        trainer = self._Trainer.restore(checkpoint, self._dataset(checkpoint.config))  # validates first
        self._adopt(trainer, RunDir(Path(r.path).parent), r.path)
        self._set_state(State.PAUSED)
        self.saved.emit(r.path, trainer.iteration)  # what is on screen is what is on disk

    def _adopt(self, trainer, run_dir, source: str, ghost: np.ndarray | None = None) -> None:
        self._trainer, self._run_dir = trainer, run_dir
        if self._snapshot_budget is not None:
            trainer.snapshots.set_budget(self._snapshot_budget)
        self._monitor = AlarmMonitor(self._alarm_config, trainer.info)
        self._loop = RunLoop(trainer, run_dir, self._monitor, self._quality)
        self._progress.restart(len(trainer.history))  # the snapshot carries these
        self.runReady.emit(RunSnapshot(trainer.config, trainer.iteration, trainer.batches_per_epoch,
                                       trainer.history.array(), trainer.quality.copy(), list(trainer.frames),
                                       str(run_dir.path), source, trainer.precision, trainer.devices,
                                       list(trainer.changes.applied), ghost, trainer.dataset.class_names))
        self._send_rewind_points()
        if trainer.frames and trainer.info.discriminator_view:
            self.discriminatorReady.emit(trainer.discriminator_view(self._saliency_cell))

    def _send_rewind_points(self) -> None:
        points = self._trainer.snapshots
        self.rewindPoints.emit(points.iterations, points.nbytes, points.budget)

    def _run(self):
        """The run being trained, or ValueError saying there is none (the failure's title says what could not be
        done)."""
        if self._trainer is None:
            raise ValueError(translate("Worker", "There is no run yet."))
        return self._trainer

    def _change(self, r: p.ChangeRecipe) -> None:
        """Change the recipe from the next iteration on (engine.training.changes); a refused change is said and
        the window is told the recipe still in force."""
        t = self._run()
        try:
            changes = t.apply_changes(r.values)
        except ConfigError as exc:
            self.recipeChanged.emit(t.config, [])
            raise ValueError(translate("Worker", "The change was not applied: {reason}").format(reason=exc)) from None
        self.recipeChanged.emit(t.config, changes)
        if changes:
            self._run_dir.write_changes(t)

    def _rewind(self, r: p.Rewind, source: str = "rewound") -> None:
        """Back to the rewind point at the iteration; the run pauses there (Resume runs on from it)."""
        t = self._run()
        self._flush()
        ghost = t.rewind(r.iteration)
        self._set_state(State.PAUSED)
        self._adopt(t, self._run_dir, source, ghost)
        self._run_dir.write_changes(t)

    def _restore_good(self, r: p.RestoreGood) -> None:
        """Back to the last state known to be finite (after a NaN): the run goes on from there."""
        t = self._trainer
        if t is None or t.good_iteration is None:
            raise ValueError(translate("Worker", "No good state is kept for this run."))
        self._rewind(p.Rewind(t.good_iteration), "restored")

    def _rewind_budget(self, r: p.RewindBudget) -> None:
        self._snapshot_budget = r.budget
        if self._trainer is not None:
            self._trainer.snapshots.set_budget(r.budget)
            self._send_rewind_points()

    def _resume(self, r: p.Resume) -> None:
        if self._trainer is not None:
            self._set_state(State.RUNNING)

    def _pause(self, r: p.Pause) -> None:
        if self._state == State.RUNNING:
            self._flush()
            self._set_state(State.PAUSED)

    def _stop(self, r: p.Stop) -> None:
        self._flush()
        self._set_state(State.IDLE)

    def _step(self, r: p.Step | None = None) -> None:
        if self._trainer is not None and self._state != State.RUNNING:
            self._set_state(State.PAUSED)
            self._train_one()
            self._flush()

    def _save(self, r: p.Save) -> None:
        t = self._run()
        self._flush()
        written = t.save(r.path) if r.path else self._run_dir.save(t)
        self.saved.emit(str(written), t.iteration)

    def _export_gif(self, r: p.ExportGif) -> None:
        t = self._run()
        count = write_gif(r.path, [f.iteration for f in t.frames], [f.epoch for f in t.frames],
                          [f.images for f in t.frames], spacing=r.spacing, frame_ms=r.frame_ms,
                          progress=self.exportProgress.emit, say=engine_message)
        self.exported.emit(r.path, count)

    def _export_generator(self, r: p.ExportGenerator) -> None:
        if self._trainer is None:
            raise ValueError(translate("Worker", "There is no generator to export yet."))
        if not self._trainer.info.explorer:
            raise ValueError(translate("Worker", "Export generator writes a DCGAN's noise -> image generator; this run "
                                        "is {family}.").format(family=engine_text(self._trainer.info.title)))
        self.exported.emit(str(self._trainer.export_generator(r.path)), 0)

    def _evaluate(self, r: p.Evaluate) -> None:
        """Measure the generator's quality now (the run loop also does it every quality_every epochs)."""
        if self._trainer is None:
            raise ValueError(translate("Worker", "There is no generator to evaluate yet."))
        (row, _), alarms = self._loop.measure_quality()
        self.qualityReady.emit(row)
        self._raise(alarms)

    def _alarms(self, r: p.Alarms) -> None:
        """New thresholds or mutes; the monitor keeps what it has seen so far."""
        self._alarm_config = r.config
        self._monitor.config = r.config

    def _raise(self, alarms: list) -> None:
        for alarm in alarms:
            self.alarmRaised.emit(alarm, self._trainer.good_iteration)

    # -- training -----------------------------------------------------------------------------------

    def _train_one(self) -> None:
        """One iteration of the run loop (engine.training.run_loop), and what it brought sent to the window."""
        t = self._trainer
        stepped = self._loop.step()
        self._progress.stepped(t.iteration)
        if stepped.changes:
            self.recipeChanged.emit(t.config, stepped.changes)
        if stepped.diverged:
            # Paused whether or not the alarm is muted; nothing is autosaved over earlier checkpoints.
            # The alarm goes first: the window then has it when it sees the pause.
            self._flush()
            if "nan" not in self._alarm_config.muted:
                self._raise([nan_alarm(t.iteration, t.good_iteration)])
            self._set_state(State.PAUSED)
            return
        if stepped.frame is not None or self._progress.due:
            self._flush()
        if stepped.frame is not None:
            self.frameReady.emit(stepped.frame)
            if t.info.discriminator_view:
                self.discriminatorReady.emit(t.discriminator_view(self._saliency_cell))
            self._send_rewind_points()
        self._raise(stepped.alarms)
        if t.quality_due:
            self._flush()  # the curves up to here, before a measurement that can take seconds
        due = self._loop.due()
        if due.quality:
            self.qualityReady.emit(due.quality[0])
        self._raise(due.alarms)
        if due.unmeasurable:
            self.failed.emit(QT_TRANSLATE_NOOP("Worker", "Quality is not measured"), due.unmeasurable)
        if due.saved:
            self.saved.emit(str(due.saved), t.iteration)
        if t.iteration >= t.total_iterations and self._state == State.RUNNING:
            self._flush()
            self._set_state(State.IDLE)

    def _flush(self) -> None:
        """Send the history rows not yet sent as one payload."""
        payload = self._progress.take(self._trainer)
        if payload is not None:
            self.progress.emit(payload)
