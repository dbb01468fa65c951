"""A run's history rows on their way to the window, batched: the worker sends what is new at most about
10 times a second (and with each grid frame, and whenever training stops), with the rate of the last
iterations. Why batched: one signal and one redraw per row would cost the window more than training at
Fast start's ~40 iterations a second (bench/gui_overhead.py)."""

from __future__ import annotations

import time
from collections import deque

from gui.worker.protocol import Progress

FLUSH_SECONDS = 1 / 10


class ProgressBatch:
    """The rows of a trainer's history not sent yet, and the iterations a second lately."""

    def __init__(self):
        self._sent = 0  # history rows already sent
        self._last = 0.0  # when rows were last taken
        self._times: deque = deque(maxlen=50)  # (seconds, iteration) of the last iterations

    def restart(self, sent: int) -> None:
        """A run (re)starts with `sent` rows already shown (a new, loaded or rewound run's snapshot)."""
        self._sent = sent
        self._times.clear()

    def stepped(self, iteration: int) -> None:
        self._times.append((time.perf_counter(), iteration))

    @property
    def due(self) -> bool:
        """A batch is due: FLUSH_SECONDS have passed since the last."""
        return time.perf_counter() - self._last >= FLUSH_SECONDS

    def take(self, trainer) -> Progress | None:
        """The rows not sent yet as one payload (None: nothing new)."""
        self._last = time.perf_counter()
        if trainer is None or len(trainer.history) == self._sent:
            return None
        first, self._sent = self._sent + 1, len(trainer.history)
        return Progress(trainer.history.array(first - 1), first, trainer.iteration, self.rate)

    @property
    def rate(self) -> float:
        if len(self._times) < 2:
            return 0.0
        (t0, i0), (t1, i1) = self._times[0], self._times[-1]
        return (i1 - i0) / max(t1 - t0, 1e-9)
