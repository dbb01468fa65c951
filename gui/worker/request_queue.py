"""The queue between the window and the training worker: the window puts typed requests (gui.worker.protocol) into
it from its thread, the worker takes them in its own, between steps or asleep until one comes.

Why a queue and not queued slots: the worker's thread spends its life inside its run loop, where no Qt
event loop runs. Requests wait in order; renders (an explorer image, a sketch's translation, a melody's
harmonisation) do not queue: each replaces the one of its kind still waiting, so a slider dragged faster than
the generator draws costs one render of its newest position, and a melody edited while the explorer waits for
its image does not take that image's place.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import QMutex, QMutexLocker, QWaitCondition

from gui.worker.protocol import Harmonise, RenderLatents, Request, Translate

Render = RenderLatents | Translate | Harmonise


class RequestQueue:
    """Thread-safe: `put`, `put_render` and `quit` from any thread; the rest from the worker's."""

    def __init__(self):
        self._mutex = QMutex()
        self._wake = QWaitCondition()
        self._requests: deque[Request] = deque()
        self._renders: dict[type, Render] = {}  # the newest of each kind
        self._quit = False

    def put(self, request: Request) -> None:
        with QMutexLocker(self._mutex):
            self._requests.append(request)
            self._wake.wakeAll()

    def put_render(self, render: Render) -> None:
        """Replace the render of its kind waiting, if any."""
        with QMutexLocker(self._mutex):
            self._renders[type(render)] = render
            self._wake.wakeAll()

    def quit(self) -> None:
        with QMutexLocker(self._mutex):
            self._quit = True
            self._wake.wakeAll()

    def take(self, busy: bool, renderable: tuple[type, ...]) -> tuple[list[Request], bool]:
        """The requests waiting (in order) and whether to quit; while not `busy` (training), asleep until
        there is a request, a render of a `renderable` kind, or a quit."""
        with QMutexLocker(self._mutex):
            while not (busy or self._requests or self._quit or any(kind in self._renders for kind in renderable)):
                self._wake.wait(self._mutex)
            requests = list(self._requests)
            self._requests.clear()
            return requests, self._quit

    def take_renders(self, renderable: tuple[type, ...]) -> list[Render]:
        """The renders of the `renderable` kinds waiting (the others wait on, for a generator that draws them)."""
        with QMutexLocker(self._mutex):
            return [self._renders.pop(kind) for kind in renderable if kind in self._renders]

    def pending(self) -> bool:
        """Something is waiting: a request, a render or a quit (training yields to it)."""
        with QMutexLocker(self._mutex):
            return bool(self._requests) or bool(self._renders) or self._quit
