"""What the window benchmarks share: waiting the way the app waits (in a real Qt event loop, asleep
when idle), and noticing when a widget paints."""

from __future__ import annotations

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
