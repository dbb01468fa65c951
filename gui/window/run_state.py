"""The state of the window's run as a plain model (no Qt): whether there is a run, what the worker is doing
with it, where it is and what of it is saved, and so what each control means now. The window feeds it
what the worker reports and renders its `controls()`; tests drive it without a window (as napari keeps
a ViewerModel apart from its Qt widgets).
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.worker.protocol import State


@dataclass(frozen=True)
class Controls:
    """What the run's controls offer now."""

    start: bool  # Start is enabled (a new run; a paused run continues)
    start_shown: bool  # while paused the pause button says Resume, so Start is hidden: one button a meaning
    pause: bool
    pause_resumes: bool  # the pause button reads Resume
    stop: bool
    step: bool
    save: bool
    export: bool  # the grid's evolution as a GIF
    load: bool
    evaluate: bool
    settings: bool  # the New run tab is editable
    live: bool  # the Live tab changes the run
    rewind: bool


@dataclass
class RunState:
    """The window's run: `state` is what the worker does (gui.worker.protocol.State), `iteration` where the run is,
    `saved_iteration` the newest iteration a checkpoint holds, `frames` whether the grid has frames."""

    state: State = State.LOADING
    has_run: bool = False
    iteration: int = 0
    saved_iteration: int = 0
    total_iterations: int = 0
    batches_per_epoch: int = 1
    run_dir: str | None = None
    frames: bool = False

    @property
    def unsaved(self) -> bool:
        """The run has iterations that no checkpoint holds."""
        return self.has_run and self.iteration > self.saved_iteration

    @property
    def training(self) -> bool:
        """A run is under way: running or paused (the Live tab, rewinding and Stop act on it)."""
        return self.has_run and self.state in (State.RUNNING, State.PAUSED)

    @property
    def finished(self) -> bool:
        """The run stopped at its last planned iteration."""
        return self.state == State.IDLE and self.has_run and self.iteration >= self.total_iterations

    def controls(self) -> Controls:
        s = self.state
        running, paused = s == State.RUNNING, s == State.PAUSED
        return Controls(
            start=s in (State.IDLE, State.PAUSED, State.LOADING), start_shown=not paused,
            pause=running or paused, pause_resumes=paused, stop=running or paused, step=s in (State.IDLE, State.PAUSED),
            save=self.has_run, export=self.has_run and self.frames, load=s != State.LOADING,
            evaluate=self.has_run and s != State.LOADING, settings=s in (State.IDLE, State.LOADING),
            live=self.training, rewind=self.training)

    def run_started(self, iteration: int, source: str, total_iterations: int, batches_per_epoch: int,
                    run_dir: str, frames: bool) -> None:
        """A run was made, loaded, rewound or restored (gui.worker.protocol.RunSnapshot.source says which): what
        was saved before this point of the same run stays saved; a new run has nothing saved, a loaded
        one is what its file holds."""
        if source in ("restored", "rewound"):
            self.saved_iteration = min(self.saved_iteration, iteration)
        else:
            self.saved_iteration = iteration if source != "new" else 0
        self.has_run, self.iteration, self.run_dir, self.frames = True, iteration, run_dir, frames
        self.total_iterations, self.batches_per_epoch = total_iterations, batches_per_epoch

    def saved(self, iteration: int) -> None:
        self.saved_iteration = max(self.saved_iteration, iteration)

    def discard(self) -> None:
        """Unsaved iterations were given up on purpose: not asked about again."""
        self.saved_iteration = self.iteration
