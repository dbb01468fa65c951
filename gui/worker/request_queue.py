"""The queue between the window and the training worker: the window puts typed requests (gui.worker.protocol) into
it from its thread, the worker takes them in its own, between steps or asleep until one comes.

Why a queue and not queued slots: the worker's thread spends its life inside its run loop, where no Qt
event loop runs. Requests wait in order; renders (an explorer image, a sketch's translation) do not queue:
each replaces the one still waiting, so a slider dragged faster than the generator draws costs one render
of its newest position.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QMutex, QMutexLocker, QWaitCondition

from gui.worker.protocol import RenderLatents, Request, Translate


class RequestQueue:
    """Thread-safe: `put`, `put_render` and `quit` from any thread; the rest from the worker's."""

    def __init__(self):
        self._mutex = QMutex()
        self._wake = QWaitCondition()
        self._requests: deque[Request] = deque()
        self._render: RenderLatents | Translate | None = None
        self._quit = False

    def put(self, request: Request) -> None:
        with QMutexLocker(self._mutex):
            self._requests.append(request)
            self._wake.wakeAll()

    def put_render(self, render: RenderLatents | Translate) -> None:
        """Replace the render waiting, if any."""
        with QMutexLocker(self._mutex):
            self._render = render
            self._wake.wakeAll()

    def quit(self) -> None:
        with QMutexLocker(self._mutex):
            self._quit = True
            self._wake.wakeAll()

    def take(self, busy: bool, can_render: bool) -> tuple[list[Request], bool]:
        """The requests waiting (in order) and whether to quit; while not `busy` (training), asleep until
        there is a request, a render it `can_render`, or a quit."""
        with QMutexLocker(self._mutex):
            while not (busy or self._requests or self._quit or (can_render and self._render is not None)):
                self._wake.wait(self._mutex)
            requests = list(self._requests)
            self._requests.clear()
            return requests, self._quit

    def take_render(self) -> RenderLatents | Translate | None:
        with QMutexLocker(self._mutex):
            render, self._render = self._render, None
            return render

    def pending(self) -> bool:
        """Something is waiting: a request, a render or a quit (training yields to it)."""
        with QMutexLocker(self._mutex):
            return bool(self._requests) or self._render is not None or self._quit
