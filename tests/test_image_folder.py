"""Your own images: a folder of PNG/JPEG files trains like Fashion-MNIST, from the command line and in
the window; unreadable files are skipped and counted; too few is a clear error; quality says plainly
that it needs Fashion-MNIST."""

from __future__ import annotations

import numpy as np
from conftest import run_main
from PIL import Image, ImageDraw

from engine.io.checkpoint import read_checkpoint
from engine.io.data import DatasetError, load_fashion_mnist


def _shapes(folder, count: int, broken: int = 0) -> None:
    """`count` images of another kind (white discs and squares of random sizes on grey, 40x60 RGB
    and 50x50 JPEG, in two subfolders) and `broken` files that are not images."""
    rng = np.random.default_rng(0)
    for i in range(count):
        sub = folder / ("discs" if i % 2 else "squares")
        sub.mkdir(parents=True, exist_ok=True)
        image = Image.new("RGB", (40, 60) if i % 3 else (50, 50), (60, 60, 60))
        x, y, r = rng.integers(8, 30), rng.integers(8, 40), rng.integers(4, 12)
        draw = ImageDraw.Draw(image)
        (draw.ellipse if i % 2 else draw.rectangle)((x - r, y - r, x + r, y + r), fill=(255, 255, 255))
        image.save(sub / f"{i:04d}.{'png' if i % 3 else 'jpg'}")
    for i in range(broken):
        (folder / f"broken{i}.png").write_bytes(b"not a png")


def test_a_folder_of_images_loads_cropped_and_counted(tmp_path):
    _shapes(tmp_path, 200, broken=3)
    data = load_fashion_mnist(tmp_path)
    assert data.kind == "images" and data.skipped == 3 and not data.has_quality
    assert data.train_images.shape == (200, 28, 28) and data.train_images.dtype == np.uint8
    assert 55 <= data.train_images[:, 0, 0].mean() <= 65 and data.train_images.max() >= 250  # grey, white shapes
    few = tmp_path / "few"
    _shapes(few, 20)
    try:
        load_fashion_mnist(few)
    except DatasetError as exc:
        assert "20 readable" in str(exc) and "at least 64" in str(exc)
    else:
        raise AssertionError("20 images were accepted")


def test_a_folder_of_images_trains_from_the_command_line(tmp_path):
    folder = tmp_path / "mine"
    _shapes(folder, 200, broken=2)
    out = run_main("train", "--steps", "4", "--batch-size", "32", "--data-dir", str(folder),
                   "--run-dir", str(tmp_path / "run"))
    assert out.returncode == 0, out.stderr
    assert "Training on 200 images" in out.stderr and "2 unreadable files skipped" in out.stderr
    checkpoint = read_checkpoint(next((tmp_path / "run").glob("*.ckpt.npz")))
    assert checkpoint.iteration == 4 and np.isfinite(checkpoint.history).all() and checkpoint.meta["train_size"] == 200


def test_a_folder_of_images_trains_in_the_window(qtbot, make_window, answers, tmp_path):
    from qt_helpers import WAIT, click

    from gui.worker.protocol import State

    _, asked = answers
    folder = tmp_path / "mine"
    _shapes(folder, 200)
    window = make_window()
    window.settings_panel.data_dir.setText(str(folder))
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: len(window.loss_plot) >= 10 and len(window.samples.frames) >= 2, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    assert window.worker._trainer.dataset.kind == "images"  # the worker sleeps while paused
    assert not asked["critical"]  # quality is not due yet: nothing to complain about
