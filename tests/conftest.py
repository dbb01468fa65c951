"""Shared fixtures: the real Fashion-MNIST (never a stand-in) and small, fast configs."""

from __future__ import annotations

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


@pytest.fixture(scope="session")
def dataset():
    from engine.data import load_fashion_mnist

    return load_fashion_mnist(allow_download=False)


@pytest.fixture
def small_config():
    """A run small enough for a test: 256 real images, batch 16 (16 iterations an epoch)."""
    from engine.config import TrainConfig

    return TrainConfig(batch_size=16, train_images=256, grid_every=2, epochs=2, seed=7)


def run_main(*args: str, cwd: Path | None = None, timeout: float = 240) -> subprocess.CompletedProcess:
    """Run `python main.py ...` in a fresh process, as a user would."""
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)
