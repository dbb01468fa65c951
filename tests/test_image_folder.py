"""Your own pictures: a folder trains at its own size and colour, its subfolders as classes, from the command
line and in the window; bad files are skipped and counted; too few is a clear error; decoded once into a
cache, with a clear message when the disk is full."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import run_main
from PIL import Image, ImageDraw
from test_pictures import bomb_png

from engine.io import image_folder
from engine.io.checkpoint import read_checkpoint
from engine.io.data import DatasetError, load_dataset


def _shapes(folder, count: int, broken: int = 0) -> None:
    """`count` grey pictures (white discs and squares of random sizes on grey, 40x60 RGB and 50x50 JPEG, in
    two subfolders) and `broken` files that are not pictures."""
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
        (folder / "discs" / f"broken{i}.png").write_bytes(b"not a png")


def colour_folder(folder, count: int = 96) -> None:
    """`count` 80x70 transparent PNGs of a red disc ("red/") or a blue square ("blue/")."""
    rng = np.random.default_rng(1)
    for i in range(count):
        sub = folder / ("red" if i % 2 else "blue")
        sub.mkdir(parents=True, exist_ok=True)
        image = Image.new("RGBA", (80, 70), (0, 0, 0, 0))
        x, y, r = rng.integers(20, 60), rng.integers(20, 50), rng.integers(8, 16)
        draw = ImageDraw.Draw(image)
        if i % 2:
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(230, 30, 30, 255))
        else:
            draw.rectangle((x - r, y - r, x + r, y + r), fill=(30, 30, 230, 255))
        image.save(sub / f"{i:03d}.png")


def test_a_grey_folder_loads_at_its_own_size_with_its_subfolders_as_classes(tmp_path):
    _shapes(tmp_path, 200, broken=3)
    data = load_dataset(tmp_path)
    assert data.kind == "images" and data.skipped == 3 and not data.has_quality
    assert data.skip_reasons == {"unreadable": 3} and "broken0.png" in str(data.describe_skipped())
    assert data.train_images.shape == (200, 32, 32) and data.train_images.dtype == np.uint8  # 40-50 px: 32
    assert 55 <= data.train_images[:, 0, 0].mean() <= 65 and data.train_images.max() >= 250  # grey, white shapes
    assert data.class_names == ("discs", "squares") and np.bincount(data.train_labels).tolist() == [100, 100]
    assert data.describe() == "200 images (32x32 grey, 2 classes)"
    at_28 = load_dataset(tmp_path, size=28, channels=3)
    grey = at_28.train_images
    assert grey.shape == (200, 28, 28, 3) and (grey[..., 0] == grey[..., 2]).all()  # expanded to three channels
    few = tmp_path / "few"
    _shapes(few, 20)
    with pytest.raises(DatasetError, match="20 usable pictures.*at least 64"):
        load_dataset(few)


def test_a_colour_folder_keeps_its_colour_over_the_chosen_background(tmp_path):
    colour_folder(tmp_path)
    data = load_dataset(tmp_path)
    assert data.train_images.shape == (96, 64, 64, 3) and data.class_names == ("blue", "red")
    red = data.train_images[data.train_labels == 1]
    assert (red[:, 0, 0] == 255).all()  # transparency over white
    assert (red.reshape(len(red), -1, 3)[:, :, 0] > 200).any(axis=1).all()  # each red picture has red
    assert (red[..., 0].astype(int) - red[..., 2] > 150).any(axis=(1, 2)).all()
    black = load_dataset(tmp_path, background="black")
    assert (black.train_images[:, 0, 0] == 0).all()


def test_pictures_are_decoded_once_into_a_cache_and_a_full_disk_is_a_clear_message(tmp_path, monkeypatch):
    colour_folder(tmp_path / "pictures", 64)
    first = load_dataset(tmp_path / "pictures")

    def no_decoding(*args):
        raise AssertionError("decoded again")

    monkeypatch.setattr(image_folder, "decode", no_decoding)
    again = load_dataset(tmp_path / "pictures")  # the cache, as the listing and the shape are the same
    assert np.array_equal(first.train_images, again.train_images)
    monkeypatch.undo()
    listing = image_folder.list_pictures(tmp_path / "pictures")
    shape = image_folder.shape_for(listing, image_folder.PictureRequest(32, 3))
    key = image_folder.cache_root() / "pictures" / image_folder._cache_key(listing, shape)
    key.mkdir(parents=True)
    (key / "pictures.u8").symlink_to("/dev/full")  # every write fails as on a full disk
    with pytest.raises(DatasetError, match="could not write the decoded pictures.*No space left"):
        load_dataset(tmp_path / "pictures", size=32, channels=3)


def test_links_loops_and_a_hundred_thousand_files_end(tmp_path):
    """A symbolic link back up the tree is followed once; 100,000 files are listed and judged quickly, one at
    a time (the empty ones skipped and counted)."""
    colour_folder(tmp_path / "top", 64)
    (tmp_path / "top" / "red" / "loop").symlink_to(tmp_path / "top")
    many = tmp_path / "top" / "blue" / "many"
    many.mkdir()
    for i in range(100_000 - 64):
        (many / f"{i:06d}.png").touch()
    listing = image_folder.list_pictures(tmp_path / "top")
    assert len(listing.paths) == 100_000 and listing.classes == ("blue", "red")
    data = load_dataset(tmp_path / "top")
    assert len(data.train_images) == 64 and data.skip_reasons == {"empty file": 100_000 - 64}


def test_a_folder_with_a_bomb_trains_from_the_command_line_and_resumes(tmp_path):
    folder = tmp_path / "mine"
    colour_folder(folder, 96)
    bomb_png(folder / "red" / "bomb.png")
    run = tmp_path / "run"
    out = run_main("train", "--steps", "2", "--batch-size", "16", "--data-dir", str(folder), "--run-dir", str(run),
                   "--precision", "float32")
    assert out.returncode == 0, out.stderr
    assert "Training on 96 images (64x64 colour, 2 classes)" in out.stderr
    assert "(1 file skipped: 1 too large to decode safely; e.g. red/bomb.png" in out.stderr
    first = read_checkpoint(next(run.glob("*.ckpt.npz")))
    assert first.config.run.image_size == 64 and first.config.run.channels == 3
    assert first.config.run.data == str(folder) and first.frame_images.shape[1:] == (16, 64, 64, 3)
    grid = np.asarray(Image.open(next(run.glob("grid-*.png"))))
    assert grid.ndim == 3 and grid.shape[1] == 4 * 64 + 3 * 2  # colour, 64 pixels a cell
    out = run_main("train", "--steps", "2", "--resume", str(next(run.glob("*.ckpt.npz"))))  # finds its own data
    assert out.returncode == 0, out.stderr
    assert read_checkpoint(sorted(run.glob("*.ckpt.npz"))[-1]).iteration == 4


def test_a_folder_of_images_trains_in_the_window(qtbot, make_window, answers, tmp_path, monkeypatch):
    from qt_helpers import WAIT, click

    from engine.config import apply_preset

    from gui.worker.protocol import State

    _, asked = answers
    folder = tmp_path / "mine"
    _shapes(folder, 200)
    window = make_window()
    panel = window.settings_panel
    panel.show_config(apply_preset(panel.config(), "fast"))  # a new run's default for Fashion-MNIST
    panel.data.setCurrentIndex(panel.data.findData("folder"))
    assert panel.data_dir.isEnabled()
    qtbot.keyClicks(panel.data_dir, str(folder))
    assert panel.preset.currentData() == "colour"  # typing a folder of pictures: their default preset
    sent = []  # what the worker sent while decoding, in its order (these run in its thread)
    window.worker.dataPreview.connect(lambda images, source: sent.append(("preview", images.copy(), source)))
    window.worker.dataProgress.connect(lambda done, total: sent.append(("progress", done, total)))
    shown = []
    show = window.samples.set_preview
    monkeypatch.setattr(window.samples, "set_preview", lambda frame, caption: (shown.append(caption),
                                                                                show(frame, caption)))
    with qtbot.waitSignal(window.worker.dataProgress, timeout=WAIT, check_params_cb=lambda done, total: done == total):
        click(qtbot, window, "startButton")  # its pictures decoded, the progress shown, before the run builds
    assert window.run_bar.epoch_progress.maximum() == 200
    # The first 16 pictures went out as soon as they were decoded, before the first progress (64) and the end.
    assert sent[0][0] == "preview" and sent[0][2] == str(folder) and sent[-1] == ("progress", 200, 200)
    assert shown[-1] == f"The first 16 pictures of {folder}, while the rest are prepared"
    qtbot.waitUntil(lambda: len(window.loss_plot) >= 10 and len(window.samples.frames) >= 2, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    assert window.worker._trainer.dataset.kind == "images"  # the worker sleeps while paused
    assert np.array_equal(sent[0][1], window.worker._trainer.dataset.train_images[:16])
    assert window.samples.frames[-1].images.shape == (16, 32, 32)
    assert not asked["critical"]  # quality is not due yet: nothing to complain about
