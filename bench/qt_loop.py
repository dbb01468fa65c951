"""What the window benchmarks share: waiting the way the app waits (in a real Qt event loop, asleep
when idle), and noticing when a widget paints."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer


class PaintWatch(QObject):
    """Calls on_paint() whenever a Paint event reaches `widget`; the widget paints as soon as it
    returns, within the same event-loop turn."""

    def __init__(self, widget, on_paint):
        super().__init__()
        self._on_paint = on_paint
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self._on_paint()
        return False


def wait_until(condition, timeout: float = 600.0) -> None:
    """Run the event loop until condition() holds, checking every 10 ms.

    Not a processEvents() polling loop: that spins a core and holds the GIL, which on 2 cores
    takes a third of the training speed away and is not what the window does.

    Raises:
        SystemExit: the condition did not hold within `timeout` seconds.
    """
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(10)
    check.timeout.connect(lambda: loop.quit() if condition() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    check.start()
    deadline.start(int(timeout * 1000))
    if not condition():
        loop.exec()
    check.stop()
    if not condition():
        raise SystemExit("timed out waiting for the window")


def paced_latencies(widget, shown_token, act, count: int, interval_ms: float) -> tuple[list[float], int]:
    """Do `act` `count` times, one every `interval_ms`, in a real event loop (as a hand on a slider or a mouse
    button does), and measure each act's latency: from the act to the first paint of `widget` showing the answer
    to it or to a newer one (acts arriving while an answer is under way are coalesced, the newest answered).

    Args:
        shown_token: () -> the token of the answer on screen.
        act: () -> the token the act asked for (growing).
    Returns:
        The latencies in ms, one per act, and how many distinct answers were painted.
    Raises:
        SystemExit: the last act was never answered on screen (within 5 minutes).
    """
    painted: list[tuple[float, int]] = []  # (time, token on screen) at each paint
    acts: list[tuple[float, int]] = []  # (time of the act, token it asked for)

    def on_paint() -> None:
        painted.append((time.perf_counter(), shown_token()))
        if len(acts) == count and shown_token() == acts[-1][1]:
            loop.quit()

    def next_act() -> None:
        start = time.perf_counter()
        acts.append((start, act()))
        if len(acts) == count:
            timer.stop()

    watch = PaintWatch(widget, on_paint)  # noqa: F841 (kept alive)
    timer = QTimer()
    timer.setInterval(round(interval_ms))
    timer.timeout.connect(next_act)
    loop = QEventLoop()
    QTimer.singleShot(300_000, loop.quit)
    timer.start()
    loop.exec()
    if not (painted and acts and painted[-1][1] == acts[-1][1]):
        raise SystemExit("timed out: the last act never reached the screen")
    latencies = [1000 * (next(t for t, on_screen in painted if on_screen >= token and t >= start) - start)
                 for start, token in acts]
    return latencies, len({token for _, token in painted if token >= acts[0][1]})
