"""Shared fixtures: the real Fashion-MNIST (never a stand-in) and small, fast configs."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (the window's remembered folders) must not write into the user's real configuration.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="gan-studio-test-config-")
# Decoded pictures and the emoji dataset are cached (engine.io.image_folder.cache_root): in the session's own
# folder, built once a session, never in the user's.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="gan-studio-test-cache-")

# The CPU as two logical devices for the whole session, split before anything starts TensorFlow, so the
# several-device path (engine.compute.devices) is tested on any machine; one-device runs use the first.
from engine.compute import devices as _devices  # noqa: E402

_devices.prepare(2)


def _bfloat16_runs_here() -> bool:
    from engine.compute.precision import PrecisionError, resolve

    try:
        resolve("bfloat16", gpu=None)
        return True
    except PrecisionError:
        return False


# For tests that train in bfloat16: oneDNN cannot run it below AVX-512 (engine.compute.precision).
needs_bfloat16 = pytest.mark.skipif(not _bfloat16_runs_here(), reason="this CPU cannot run bfloat16")


@pytest.fixture(scope="session")
def dataset():
    from engine.io.idx import load_fashion_mnist

    return load_fashion_mnist(allow_download=False)


@pytest.fixture
def small_config():
    """A run small enough for a test: 256 real images, batch 16 (16 iterations an epoch), in float32 (the
    reference arithmetic; tests/test_precision.py covers bfloat16 and auto)."""
    from engine.config import TrainConfig

    return TrainConfig().replace(batch_size=16, train_images=256, grid_every=2, epochs=2, seed=7, precision="float32")


def flat_config(config) -> dict:
    """A config as versions before its parts (run, recipe, families) wrote it into checkpoints: one flat
    object of every field."""
    from engine.config import FIELDS

    return {name: config.value(name) for name in FIELDS}


def run_main(*args: str, cwd: Path | None = None, timeout: float = 240) -> subprocess.CompletedProcess:
    """Run `python main.py ...` in a fresh process, as a user would."""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def answers(monkeypatch):
    """What the modal dialogs answer, and what they were asked (the clicks stay real)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    asked = {"critical": [], "question": []}
    state = {"question": QMessageBox.StandardButton.Discard, "save": None, "open": None}

    def question(parent, title, text, *args, **kwargs):
        asked["question"].append(title)
        return state["question"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda p, t, m: asked["critical"].append((t, m))))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (state["save"], "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (state["open"], "")))
    return state, asked


@pytest.fixture
def make_window(qtbot, tmp_path, answers):
    """make_window(**kwargs) -> a shown MainWindow on qt_helpers.CONFIG, its worker ready."""
    from qt_helpers import CONFIG, WAIT

    from gui import MainWindow
    from gui.worker.protocol import State

    windows = []

    def make(**kwargs):
        window = MainWindow(config=CONFIG, run_root=str(tmp_path / "runs"), **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.state == State.IDLE, timeout=WAIT)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()
        # Like napari: a test that leaves a QThread running fails.
        assert not window.thread.isRunning()
    # A closed window's widgets can be cyclic garbage: collect them now, in the window's own thread. Left
    # to the collector they could be freed in the next window's worker thread (its start-up collects, in
    # gui.worker.priority.settle_the_heap), and Qt widgets destroyed off their thread can deadlock it
    # (seen once in CI-like run: the worker stuck in settle_the_heap, the next window in its first resize).
    windows.clear()
    gc.collect()
