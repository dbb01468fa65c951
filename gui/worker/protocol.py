"""What the window and the training worker say to each other, as types (no Qt, no TensorFlow).

Requests go from the window to the worker: one small frozen dataclass per thing the window can ask,
queued and served between training steps (TrainingWorker.request); each says under what title its
failure is reported. Renders (an explorer image, a sketch's translation) are requests of which the
worker keeps only the newest (TrainingWorker.render). Payloads go from the worker to the window: the
types its signals carry (gui.worker.training_worker.TrainingWorker's signals name them).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import ClassVar

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP

from engine.config import AlarmConfig, TrainConfig


class State(str, enum.Enum):
    """What the worker is doing; the window's controls follow it (gui.window.run_state)."""

    LOADING = "loading"  # importing TensorFlow
    IDLE = "idle"  # no run yet, or the last one stopped: settings are editable, Start makes a new run
    RUNNING = "running"
    PAUSED = "paused"


class Then(enum.Enum):
    """What a new run does once built."""

    RUN = "run"
    STEP = "step"  # one iteration, then paused


@dataclass(frozen=True)
class Request:
    """Something the window asks of the worker."""

    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Error")  # the title of the message when it fails


@dataclass(frozen=True)
class NewRun(Request):
    """Build a run of `config` on the data it names (config.run.data), saving into `run_dir`; then train, or
    step once and pause."""

    config: TrainConfig
    run_dir: str | None
    then: Then
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not start")


@dataclass(frozen=True)
class Load(Request):
    """Continue the run a checkpoint holds, paused, on the data its config names."""

    path: str
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not load the checkpoint")


@dataclass(frozen=True)
class Resume(Request):
    """Train on."""


@dataclass(frozen=True)
class Pause(Request):
    """Pause after the step under way."""


@dataclass(frozen=True)
class Stop(Request):
    """End the run: the New run tab's settings become editable again."""


@dataclass(frozen=True)
class Step(Request):
    """One iteration of a paused run."""


@dataclass(frozen=True)
class Save(Request):
    """Save a checkpoint of the run."""

    path: str | None  # None: into the run folder, named by the iteration
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not save")


@dataclass(frozen=True)
class ExportGif(Request):
    """Write the grid's evolution as a GIF."""

    path: str
    spacing: str  # engine.io.export: "tutorial" or "all"
    frame_ms: int
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not export the GIF")


@dataclass(frozen=True)
class ExportGenerator(Request):
    """Write the generator as a .keras file plain Keras opens."""

    path: str
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not export the generator")


@dataclass(frozen=True)
class ChangeRecipe(Request):
    """Change recipe fields from the next iteration on."""

    values: dict  # field name -> new value, from the next iteration on (engine.training.changes)
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Error")


@dataclass(frozen=True)
class Rewind(Request):
    """Back to the rewind point at `iteration`, paused there."""

    iteration: int
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not rewind")


@dataclass(frozen=True)
class RestoreGood(Request):
    """Back to the last state known to be finite (after a NaN)."""

    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not restore")


@dataclass(frozen=True)
class RewindBudget(Request):
    """How much memory rewind points may take."""

    budget: int  # bytes of memory for rewind points


@dataclass(frozen=True)
class Alarms(Request):
    """New alarm thresholds and mutes."""

    config: AlarmConfig


@dataclass(frozen=True)
class Evaluate(Request):
    """Measure the generator's quality now."""

    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not measure quality")


@dataclass(frozen=True)
class DiscriminatorCell(Request):
    """Map the discriminator's saliency on another grid cell."""

    cell: int  # the grid cell the discriminator's saliency maps
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not draw the discriminator's view")


@dataclass(frozen=True)
class TestEdges(Request):
    """A held-out image's edge map, for the sketch pad."""

    index: int  # a held-out image, for the sketch pad
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not draw a test image's edges")


@dataclass(frozen=True)
class Directions(Request):
    """The generator's principal latent directions (GANSpace), for the explorer's sliders."""

    count: int
    samples: int
    cls: int = 0  # within this class (a conditional generator's)
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not find latent directions")


@dataclass(frozen=True)
class Walk(Request):
    """Write a latent walk (its latents, captions and classes) as a GIF."""

    path: str
    latents: np.ndarray
    labels: list
    frame_ms: int
    scale: int
    classes: np.ndarray | None = None
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not export the walk")


@dataclass(frozen=True)
class HeldOutMelody(Request):
    """A held-out chorale window's melody, for the melody pad: melodyLoaded."""

    index: int
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not take a held-out melody")


@dataclass(frozen=True)
class OpenMelody(Request):
    """A melody read from a MIDI or MusicXML file (engine.io.score_files), for the melody pad: melodyLoaded."""

    path: str
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not open the melody")


@dataclass(frozen=True)
class Stylize(Request):
    """Paint the picture at `content` in the style of the one at `style` (engine.style), a few steps between
    training's: styleProgress as it converges, the last when finished. Replaces a transfer under way."""

    token: int
    content: str
    style: str
    config: object  # engine.style.settings.StyleConfig
    failure: ClassVar[str] = QT_TRANSLATE_NOOP("Worker", "Could not stylize")


@dataclass(frozen=True)
class StopStylize(Request):
    """Stop the transfer under way; its picture so far stays the last styleProgress."""


@dataclass(frozen=True)
class Stylized:
    """A transfer's picture as it is now (uint8 (h, w, 3)), for the style tab."""

    token: int
    picture: np.ndarray
    step: int
    steps: int
    scale: int
    scales: int
    seconds: float
    finished: bool


@dataclass(frozen=True)
class RenderLatents:
    """The generator's images of `latents` (of `classes`, for a conditional generator): latentRendered."""

    token: int
    latents: np.ndarray
    classes: np.ndarray | None = None


@dataclass(frozen=True)
class Translate:
    """A Pix2Pix generator's garment of an edge sketch: translationReady."""

    token: int
    sketch: np.ndarray


@dataclass(frozen=True)
class Harmonise:
    """A composer's alto, tenor and bass under a melody (steps,) uint8, its noise drawn from `seed`: harmonised."""

    token: int
    melody: np.ndarray
    seed: int = 0


@dataclass(frozen=True)
class Harmonised:
    """The score answering Harmonise `token`, and whose composer wrote it."""

    token: int
    score: np.ndarray  # (steps, 4) uint8 MIDI pitches, the melody first (engine.io.score)
    iteration: int  # of the composer that wrote it
    shipped: bool  # the shipped composer (engine.io.shipped), not a run's


@dataclass(frozen=True)
class LoadedMelody:
    """A melody for the melody pad, from a file or a held-out chorale, and what was done to get it."""

    pitches: np.ndarray  # (steps,) uint8 MIDI pitches per sixteenth, 0 a rest
    source: str  # the file's name, or "" for a held-out window
    notes: list  # engine.messages.Message: the choices made reading the file, said aloud
    tempo: float  # quarter notes a minute
    beats_per_bar: int = 4
    beat_unit: int = 4
    index: int = -1  # the held-out window's number, of `count`
    count: int = 0


@dataclass(frozen=True)
class RunSnapshot:
    """Everything the window shows of a run, sent when a run is created, loaded or rewound."""

    config: TrainConfig
    iteration: int
    batches_per_epoch: int
    history: np.ndarray  # (iterations, the family's metrics)
    quality: np.ndarray  # (evaluations, the family's quality columns)
    frames: list  # engine.io.images.Frame
    run_dir: str
    source: str  # "new", "restored" (the last good state, after a NaN), "rewound" or the checkpoint path
    precision: object  # engine.compute.precision.Precision: what the run computes in, and why
    devices: object  # engine.compute.devices.Devices: where it trains
    changes: list  # engine.training.changes.Change: the recipe's changes so far (the log of this branch)
    ghost: np.ndarray | None = None  # after a rewind: the abandoned history rows from iteration + 1 on
    class_names: tuple[str, ...] = ()  # the classes of its data (a conditional run's grid and explorer ask for them)


@dataclass(frozen=True)
class Progress:
    """History rows not sent before, batched (about 10 a second, and with each grid frame)."""

    rows: np.ndarray  # (k, the family's metrics)
    first_iteration: int  # the iteration of rows[0]
    iteration: int  # where the run is
    rate: float  # iterations a second, lately
