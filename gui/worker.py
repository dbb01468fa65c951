"""The one object that owns the engine, living in its own QThread.

Why a request queue and not slots: the worker's thread spends its life inside `run()` (train, serve,
sleep), so no Qt event loop runs there and queued slot calls would wait forever. The window instead
calls the thread-safe `request_*` methods, which append to a queue and wake the thread; the worker
drains the queue between training steps and while paused (asleep on a QWaitCondition, not polling).
TensorFlow is therefore driven from this one thread only.

Towards the window everything goes by signals: per-iteration values batched and sent about 10 times a
second (and with each grid frame), grid frames as they are rendered, errors as messages (never a
silently dead thread).

Latent-explorer renders and sketch translations do not queue: each request replaces the one still
waiting, so a slider dragged (or a stroke drawn) faster than the generator can draw costs one render
per wake-up, of the newest position.

Recipe changes (the Live panel) and rewinds are requests like any other, so they happen between
two steps, never inside one.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
import traceback
from collections import deque
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QMutex, QMutexLocker, QObject, QThread, QWaitCondition, Signal

from engine.config import AlarmConfig, ConfigError, TrainConfig
from engine.io.checkpoint import CheckpointError
from engine.io.data import DatasetError, load_fashion_mnist
from engine.io.export import write_gif, write_walk_gif
from engine.io.rundir import RunDir, default_run_dir
from engine.training.alarms import AlarmMonitor, nan_alarm
from engine.training.run_loop import RunLoop

FLUSH_SECONDS = 1 / 10


BACKGROUND_NICENESS = 10


def _yield_to_the_window() -> None:
    """Lower this thread's scheduling priority, and so that of TensorFlow's thread pools it creates.

    Why: on a 2-core laptop TensorFlow keeps both cores busy, and the window's few milliseconds of
    painting per update then wait behind it, so the window would stutter. Linux threads inherit the
    niceness of the thread that creates them, so TensorFlow's workers, created by this thread, run
    at +10 too and the window's thread (at 0) gets a core as soon as it needs one; when the window is
    idle training still gets all the CPU. Linux only: elsewhere a thread id is not a valid target for
    setpriority, so nothing is done.
    """
    if sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICENESS)
        except OSError:
            pass  # not allowed here (a sandbox); training just competes with the window as usual


def _settle_the_heap() -> None:
    """Exempt what exists now (TensorFlow's modules, the window's widgets) from Python's cyclic garbage
    collector, after collecting what is already garbage.

    Why: importing TensorFlow leaves ~270,000 objects that the collector tracks, so a full collection
    (they come while a run's steps are traced, and as objects pile up over a session) took 140-220 ms
    with the GIL held, and the window froze that long; now ~6 ms. Objects made later, the runs
    included, are collected as usual (a frozen run would keep its memory after it is discarded).
    """
    gc.collect()
    gc.freeze()


class State:
    """What the worker is doing; the window enables its controls from this."""

    LOADING = "loading"  # importing TensorFlow
    IDLE = "idle"  # no run yet, or the last one stopped: settings are editable, Start makes a new run
    RUNNING = "running"
    PAUSED = "paused"


@dataclass(frozen=True)
class RunSnapshot:
    """Everything the window shows of a run, sent when a run is created or loaded."""

    config: TrainConfig
    iteration: int
    batches_per_epoch: int
    history: np.ndarray  # (iterations, the family's metrics)
    quality: np.ndarray  # (evaluations, len(engine.quality.metrics.QUALITY_COLUMNS))
    frames: list  # engine.io.images.Frame
    run_dir: str
    source: str  # "new", "restored" (the last good state, after a NaN), "rewound" or the checkpoint path
    precision: object  # engine.compute.precision.Precision: what the run computes in, and why
    devices: object  # engine.compute.devices.Devices: where it trains
    changes: list  # engine.training.changes.Change: the recipe's changes so far (the log of this branch)
    ghost: np.ndarray | None = None  # after a rewind: the abandoned history rows from iteration + 1 on


class TrainingWorker(QObject):
    """Drives one engine.training.trainer.Trainer; see the module docstring for the threading contract."""

    ready = Signal()
    devicesFound = Signal(object)  # the names of the devices a run can train on (engine.compute.devices)
    stateChanged = Signal(str)
    runReady = Signal(object)  # RunSnapshot
    progress = Signal(object)  # dict: rows (k, the family's metrics), first_iteration, iteration, rate
    frameReady = Signal(object)  # engine.io.images.Frame
    saved = Signal(str, int)  # path, iteration
    exportProgress = Signal(int, int)
    exported = Signal(str, int)  # path, frames
    qualityReady = Signal(object)  # one engine.quality.metrics.QUALITY_COLUMNS row (np.ndarray)
    alarmRaised = Signal(object, object)  # engine.training.alarms.Alarm, iteration of the kept good state or None
    latentRendered = Signal(int, object)  # token, images (N, 28, 28) uint8
    translationReady = Signal(int, object)  # token, the Pix2Pix generator's image (28, 28) uint8 of a sketch
    testEdgesReady = Signal(object)  # a held-out image's edge map (28, 28) uint8, for the sketch pad
    recipeChanged = Signal(object, object)  # the TrainConfig in force, the changes.Change list just applied
    rewindPoints = Signal(object, int, int)  # iterations with a rewind point, their bytes, the budget
    discriminatorReady = Signal(object)  # engine.families.dcgan.discriminator_view.DiscriminatorView
    directionsReady = Signal(object)  # engine.families.dcgan.latent_space.Directions
    previewReady = Signal(object, object, object)  # the shipped generator's grid Frame, TrainConfig and card
    failed = Signal(str, str)  # title, message
    finished = Signal()

    def __init__(self, data_dir: str | None = None, devices: int = 1):
        """`devices`: how many devices to make available (engine.compute.devices.prepare: on a machine without
        GPUs, the CPU split into that many logical devices when TensorFlow starts)."""
        super().__init__()
        self._prepare_devices = devices
        self._mutex = QMutex()
        self._wake = QWaitCondition()
        self._requests: deque = deque()
        self._render: tuple | None = None  # (kind, token, input): the newest explorer render or sketch only
        self._quit = False
        self._state = State.LOADING
        self._Trainer = None  # engine.training.trainer.Trainer, once TensorFlow is imported
        self._trainer = None
        self._run_dir = None
        self._datasets: dict = {}
        self._quality = None  # engine.quality.evaluator.QualityMeter of the dataset in use (the whole of it)
        self._loop = None  # engine.training.run_loop.RunLoop of the trainer
        self._alarm_config = AlarmConfig()
        self._monitor = AlarmMonitor(self._alarm_config)
        self._sent_rows = 0  # history rows already sent to the window
        self._last_flush = 0.0
        self._rate_window: deque = deque(maxlen=50)
        self._saliency_cell = 0  # the grid cell the discriminator's view maps
        self._snapshot_budget: int | None = None  # None: the engine's default
        self.default_data_dir = data_dir

    # -- called from the window's thread ------------------------------------------------------------

    def request(self, kind: str, *args) -> None:
        """Queue a request; served between steps or at once when paused."""
        with QMutexLocker(self._mutex):
            self._requests.append((kind, args))
            self._wake.wakeAll()

    def request_render(self, token: int, latents: np.ndarray, classes: np.ndarray | None = None) -> None:
        """Ask for the generator's images of `latents` (of `classes`, for a conditional generator),
        replacing any render not yet started."""
        with QMutexLocker(self._mutex):
            self._render = ("latents", token, (latents, classes))
            self._wake.wakeAll()

    def request_translation(self, token: int, sketch: np.ndarray) -> None:
        """Ask for a Pix2Pix generator's garment of an edge sketch, replacing any not yet started."""
        with QMutexLocker(self._mutex):
            self._render = ("sketch", token, sketch)
            self._wake.wakeAll()

    def request_quit(self) -> None:
        with QMutexLocker(self._mutex):
            self._quit = True
            self._wake.wakeAll()

    # -- the worker thread --------------------------------------------------------------------------

    def run(self) -> None:
        """The thread's whole life: import TensorFlow, then serve and train until asked to quit."""
        try:
            _yield_to_the_window()
            self._import_engine()
            self._set_state(State.IDLE)
            self.ready.emit()
            self._show_shipped()
            while True:
                with QMutexLocker(self._mutex):
                    while (not self._requests and (self._render is None or self._trainer is None)
                           and not self._quit and self._state != State.RUNNING):
                        self._wake.wait(self._mutex)
                    requests = list(self._requests)
                    self._requests.clear()
                    quitting = self._quit
                if quitting:
                    break
                # The explorer's image first: it is what a hand on a slider waits for (a queued PCA of
                # the directions takes a second or more).
                self._guarded("Could not draw", self._render_newest)
                for kind, args in requests:
                    self._serve(kind, args)
                if self._state == State.RUNNING and not self._has_requests():
                    self._guarded("Training failed", self._train_one)
            self._flush()
        except BaseException:  # the import failed, or a bug escaped _guarded: say so, never die silently
            self.failed.emit("GAN Studio cannot train", traceback.format_exc(limit=3))
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
        _settle_the_heap()
        self.devicesFound.emit(devices.local_devices())

    def _show_shipped(self) -> None:
        """Before any run: draw with the shipped, trained generator (engine.io.shipped), so the grid and the
        explorer show garments at once. Not a run: Start still trains from scratch. Without the file or
        the data, the window simply waits for a run."""
        with QMutexLocker(self._mutex):
            if self._requests or self._quit:
                return  # a run or a checkpoint was asked for already
        from engine.families.dcgan.trainer import DCGANTrainer  # TensorFlow is loaded by now
        from engine.io.shipped import ShippedError

        try:
            trainer = DCGANTrainer.from_shipped(self._dataset(None))
        except ShippedError as exc:
            self.failed.emit("The shipped generator cannot be shown", str(exc))
            return
        except (DatasetError, OSError):
            return  # Start will say what is missing
        self._trainer = trainer
        self._loop = RunLoop(trainer, None, self._monitor, self._quality)  # drawn and measured, never trained
        self.previewReady.emit(trainer.render_frame(), trainer.config, trainer.shipped.card)

    def _has_requests(self) -> bool:
        with QMutexLocker(self._mutex):
            return bool(self._requests) or self._render is not None or self._quit

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)

    def _guarded(self, title: str, action, *args) -> None:
        """Run an action; any exception becomes a message, and training pauses rather than dies."""
        try:
            action(*args)
        except (CheckpointError, DatasetError, OSError, ValueError) as exc:
            self._after_failure(title, str(exc))
        except Exception:
            self._after_failure(title, traceback.format_exc(limit=4))

    def _after_failure(self, title: str, message: str) -> None:
        if self._state == State.RUNNING:
            self._set_state(State.PAUSED)
        self.failed.emit(title, message)

    def _serve(self, kind: str, args: tuple) -> None:
        handler = getattr(self, f"_do_{kind}")
        titles = {"save": "Could not save", "load": "Could not load the checkpoint",
                  "new_run": "Could not start", "export": "Could not export the GIF",
                  "directions": "Could not find latent directions", "walk": "Could not export the walk",
                  "evaluate": "Could not measure quality", "restore_good": "Could not restore",
                  "rewind": "Could not rewind", "export_generator": "Could not export the generator",
                  "discriminator_cell": "Could not draw the discriminator's view",
                  "test_edges": "Could not draw a test image's edges"}
        self._guarded(titles.get(kind, "Error"), handler, *args)

    # -- requests -----------------------------------------------------------------------------------

    def _dataset(self, data_dir: str | None):
        key = data_dir or self.default_data_dir
        if key not in self._datasets:
            from engine.quality.evaluator import QualityMeter  # TensorFlow is loaded by now

            dataset = load_fashion_mnist(key)
            self._datasets = {key: dataset}  # keep one: the train set is 47 MB
            self._quality = QualityMeter(dataset)
        return self._datasets[key]

    def _do_new_run(self, config: TrainConfig, data_dir: str | None, run_dir: str | None,
                    then: str) -> None:
        self._flush()
        trainer = self._Trainer(config, self._dataset(data_dir))
        trainer.render_frame()
        self._adopt(trainer, RunDir(run_dir or default_run_dir()), "new")
        self._set_state(State.RUNNING if then == "run" else State.PAUSED)
        if then == "step":
            self._do_step()

    def _do_load(self, path: str, data_dir: str | None) -> None:
        self._flush()
        trainer = self._Trainer.restore(path, self._dataset(data_dir))  # validates before anything changes
        self._adopt(trainer, RunDir(Path(path).parent), path)
        self._set_state(State.PAUSED)
        self.saved.emit(path, trainer.iteration)  # what is on screen is what is on disk

    def _adopt(self, trainer, run_dir, source: str, ghost: np.ndarray | None = None) -> None:
        self._trainer, self._run_dir = trainer, run_dir
        if self._snapshot_budget is not None:
            trainer.snapshots.set_budget(self._snapshot_budget)
        self._monitor = AlarmMonitor(self._alarm_config, trainer.info)
        self._loop = RunLoop(trainer, run_dir, self._monitor, self._quality)
        self._sent_rows = len(trainer.history)  # the snapshot carries these
        self._rate_window.clear()
        self.runReady.emit(RunSnapshot(trainer.config, trainer.iteration, trainer.batches_per_epoch,
                                       trainer.history.array(), trainer.quality.copy(), list(trainer.frames),
                                       str(run_dir.path), source, trainer.precision, trainer.devices,
                                       list(trainer.changes.applied), ghost))
        self._send_rewind_points()
        if trainer.frames and trainer.info.discriminator_view:
            self.discriminatorReady.emit(trainer.discriminator_view(self._saliency_cell))

    def _send_rewind_points(self) -> None:
        points = self._trainer.snapshots
        self.rewindPoints.emit(points.iterations, points.nbytes, points.budget)

    def _do_change(self, values: dict) -> None:
        """Change the recipe from the next iteration on (engine.training.changes); a refused change is said and
        the window is told the recipe still in force."""
        t = self._trainer
        if t is None:
            raise ValueError("There is no run to change yet.")
        try:
            changes = t.apply_changes(values)
        except ConfigError as exc:
            self.recipeChanged.emit(t.config, [])
            raise ValueError(f"The change was not applied: {exc}") from None
        self.recipeChanged.emit(t.config, changes)
        if changes:
            self._run_dir.write_changes(t)

    def _do_rewind(self, iteration: int, source: str = "rewound") -> None:
        """Back to the rewind point at `iteration`; the run pauses there (Resume runs on from it)."""
        t = self._trainer
        if t is None:
            raise ValueError("There is no run to rewind.")
        self._flush()
        ghost = t.rewind(iteration)
        self._set_state(State.PAUSED)
        self._adopt(t, self._run_dir, source, ghost)
        self._run_dir.write_changes(t)

    def _do_snapshot_budget(self, budget: int) -> None:
        self._snapshot_budget = budget
        if self._trainer is not None:
            self._trainer.snapshots.set_budget(budget)
            self._send_rewind_points()

    def _do_discriminator_cell(self, cell: int) -> None:
        """Map D's saliency on another grid cell (of the newest frame)."""
        self._saliency_cell = cell
        t = self._trainer
        if t is not None and t.frames and t.info.discriminator_view:
            self.discriminatorReady.emit(t.discriminator_view(cell))

    def _do_resume(self) -> None:
        if self._trainer is not None:
            self._set_state(State.RUNNING)

    def _do_pause(self) -> None:
        if self._state == State.RUNNING:
            self._flush()
            self._set_state(State.PAUSED)

    def _do_stop(self) -> None:
        self._flush()
        self._set_state(State.IDLE)

    def _do_step(self) -> None:
        if self._trainer is not None and self._state != State.RUNNING:
            self._set_state(State.PAUSED)
            self._train_one()
            self._flush()

    def _do_save(self, path: str | None) -> None:
        if self._trainer is None:
            raise ValueError("There is no run to save yet.")
        self._flush()
        written = self._trainer.save(path) if path else self._run_dir.save(self._trainer)
        self.saved.emit(str(written), self._trainer.iteration)

    def _do_export(self, path: str, spacing: str, frame_ms: int) -> None:
        t = self._trainer
        if t is None:
            raise ValueError("There is no run to export yet.")
        count = write_gif(path, [f.iteration for f in t.frames], [f.epoch for f in t.frames],
                          [f.images for f in t.frames], spacing=spacing, frame_ms=frame_ms,
                          progress=self.exportProgress.emit)
        self.exported.emit(path, count)

    def _do_export_generator(self, path: str) -> None:
        if self._trainer is None:
            raise ValueError("There is no generator to export yet.")
        if not self._trainer.info.explorer:
            raise ValueError(f"Export generator writes a DCGAN's noise -> image generator; this run is "
                             f"{self._trainer.info.title}.")
        self.exported.emit(str(self._trainer.export_generator(path)), 0)

    def _do_evaluate(self) -> None:
        """Measure the generator's quality now (the worker also does it every quality_every epochs)."""
        t = self._trainer
        if t is None:
            raise ValueError("There is no generator to evaluate yet.")
        (row, _), alarms = self._loop.measure_quality()
        self.qualityReady.emit(row)
        self._raise(alarms)

    def _do_alarm_config(self, config: AlarmConfig) -> None:
        """New thresholds or mutes; the monitor keeps what it has seen so far."""
        self._alarm_config = config
        self._monitor.config = config

    def _do_restore_good(self) -> None:
        """Back to the last state known to be finite (after a NaN): the run goes on from there."""
        t = self._trainer
        if t is None or t.good_iteration is None:
            raise ValueError("No good state is kept for this run.")
        self._do_rewind(t.good_iteration, "restored")

    def _raise(self, alarms: list) -> None:
        for alarm in alarms:
            self.alarmRaised.emit(alarm, self._trainer.good_iteration)

    def _render_newest(self) -> None:
        """The newest explorer render or sketch translation, if the run's family draws that kind."""
        t = self._trainer
        if t is None:
            return  # kept until there is a generator to draw with
        with QMutexLocker(self._mutex):
            render, self._render = self._render, None
        if render is None:
            return
        kind, token, given = render
        if kind == "latents" and t.info.explorer:
            self.latentRendered.emit(token, t.generate(*given))
        elif kind == "sketch" and t.info.sketch:
            self.translationReady.emit(token, t.translate(given)[0])

    def _do_test_edges(self, index: int) -> None:
        if self._trainer is not None and self._trainer.info.sketch:
            self.testEdgesReady.emit(self._trainer.test_edges(index))

    def _do_directions(self, count: int, samples: int, cls: int = 0) -> None:
        if self._trainer is not None and self._trainer.info.explorer:
            self.directionsReady.emit(self._trainer.latent_directions(count, samples, cls))

    def _do_walk(self, path: str, latents: np.ndarray, labels: list, frame_ms: int, scale: int,
                 classes: np.ndarray | None = None) -> None:
        if self._trainer is None or not self._trainer.info.explorer:
            raise ValueError("There is no generator to walk yet.")
        count = write_walk_gif(path, self._trainer.generate(latents, classes), labels, frame_ms, scale)
        self.exported.emit(path, count)

    # -- training -----------------------------------------------------------------------------------

    def _train_one(self) -> None:
        """One iteration of the run loop (engine.training.run_loop), and what it brought sent to the window."""
        t = self._trainer
        stepped = self._loop.step()
        self._rate_window.append((time.perf_counter(), t.iteration))
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
        if stepped.frame is not None or time.perf_counter() - self._last_flush >= FLUSH_SECONDS:
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
            self.failed.emit("Quality is not measured", due.unmeasurable)
        if due.saved:
            self.saved.emit(str(due.saved), t.iteration)
        if t.iteration >= t.total_iterations and self._state == State.RUNNING:
            self._flush()
            self._set_state(State.IDLE)

    def _rate(self) -> float:
        if len(self._rate_window) < 2:
            return 0.0
        (t0, i0), (t1, i1) = self._rate_window[0], self._rate_window[-1]
        return (i1 - i0) / max(t1 - t0, 1e-9)

    def _flush(self) -> None:
        """Send the history rows not yet sent as one payload."""
        self._last_flush = time.perf_counter()
        t = self._trainer
        if t is None or len(t.history) == self._sent_rows:
            return
        rows = t.history.array(self._sent_rows)
        first = self._sent_rows + 1
        self._sent_rows = len(t.history)
        self.progress.emit({"rows": rows, "first_iteration": first, "iteration": t.iteration,
                            "rate": self._rate()})

