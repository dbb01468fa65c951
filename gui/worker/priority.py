"""How the worker's thread stays out of the window's way: a lower scheduling priority for it and the
TensorFlow threads it creates, and a heap the garbage collector no longer walks whole."""

from __future__ import annotations

import gc
import os
import sys
import threading

BACKGROUND_NICENESS = 10


def yield_to_the_window() -> None:
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


def settle_the_heap() -> None:
    """Exempt what exists now (TensorFlow's modules, the window's widgets) from Python's cyclic garbage
    collector, after collecting what is already garbage.

    Why: importing TensorFlow leaves ~270,000 objects that the collector tracks, so a full collection
    (they come while a run's steps are traced, and as objects pile up over a session) took 140-220 ms
    with the GIL held, and the window froze that long; now ~6 ms. Objects made later, the runs
    included, are collected as usual (a frozen run would keep its memory after it is discarded).
    """
    gc.collect()
    gc.freeze()
