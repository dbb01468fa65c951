"""Guard against Qt bindings that leak references to None/True/False (PySide6 6.12.0 did).

On Python < 3.12 those singletons are ordinary objects: a binding that drops one reference per
paint or signal emit kills the window with "Fatal Python error: deallocating None" after a minute
of training. This exercises the window's own widgets the way training does.
"""

import gc
import sys

import numpy as np
from PySide6.QtCore import QObject, Signal

from engine.families import FAMILIES
from engine.io.images import Frame
from gui.panels.curves import CurvePlot

LOSS_SERIES = FAMILIES["dcgan"].losses
from gui.panels.sample_grid import SampleGridPanel

ROUNDS = 300


class Emitter(QObject):
    bare = Signal()
    payload = Signal(object)


def _drift(action) -> int:
    """Change of the singletons' reference counts over ROUNDS actions (most negative of the three).

    The garbage collector is run first and held off meanwhile: freeing earlier tests' objects
    legitimately drops references to None and would look like a leak.
    """
    for i in range(10):
        action(i)  # warm caches first
    gc.collect()
    gc.disable()
    try:
        counts = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
        for i in range(ROUNDS):
            action(i)
        after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    finally:
        gc.enable()
    return min(b - a for a, b in zip(counts, after))


def test_signals_and_paints_do_not_eat_singleton_references(qtbot):
    emitter = Emitter()
    received = []
    emitter.bare.connect(lambda: received.append(1))
    emitter.payload.connect(received.append)
    plot = CurvePlot("t", LOSS_SERIES)
    grid = SampleGridPanel()
    for widget in (plot, grid):
        qtbot.addWidget(widget)
        widget.resize(400, 300)
        widget.show()
    rng = np.random.default_rng(0)
    images = rng.integers(0, 255, (16, 28, 28), dtype=np.uint8)

    assert _drift(lambda i: emitter.bare.emit()) > -ROUNDS // 2
    assert _drift(lambda i: emitter.payload.emit(i)) > -ROUNDS // 2
    assert _drift(lambda i: (plot.append(i * 2 + 1, rng.random((2, 2), np.float32)), plot.repaint())) > -ROUNDS // 2
    assert _drift(lambda i: (grid.add_frame(Frame(i, 1, images)), grid.grid.repaint())) > -ROUNDS // 2
    assert len(received) >= 2 * ROUNDS
