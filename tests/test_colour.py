"""Colour pictures at 64x64: the DCGAN grown to their size trains, resumes exactly, draws, judges and explains
in colour, exports a .keras generator with 3-channel 64x64 output, and measures the SWD; the conditional
DCGAN takes a folder's subfolders as its classes. Small networks (base width 16) keep it quick."""

from __future__ import annotations

import re

import numpy as np
import pytest
from conftest import run_main
from test_image_folder import colour_folder

from engine.io.data import load_dataset


@pytest.fixture(scope="module")
def pictures(tmp_path_factory):
    folder = tmp_path_factory.mktemp("colour")
    colour_folder(folder, 96)
    return folder, load_dataset(folder)


def _config(family: str = "dcgan"):
    from engine.config import TrainConfig

    return TrainConfig().replace(family=family, width=16, batch_size=16, grid_every=2, seed=3, precision="float32",
                                 quality_samples=100)


def test_a_64_pixel_colour_run_resumes_exactly_and_draws_in_colour(pictures, tmp_path):
    from engine.config import TrainConfig
    from engine.families.dcgan.networks import base_width, blocks
    from engine.training.trainer import Trainer

    assert base_width(TrainConfig()) == 64 and base_width(TrainConfig().replace(image_size=64)) == 32  # width 0

    _, data = pictures
    trainer = Trainer(_config(), data)
    assert trainer.config.run.image_size == 64 and trainer.config.run.channels == 3  # taken from the data
    assert blocks(64, 16) == (8, [32, 16], [16, 32, 64]) and blocks(28, 64) == (7, [128], [64, 128])
    assert trainer.generator.output_shape == (None, 64, 64, 3)
    for _ in range(3):
        trainer.step()
    path = trainer.save(tmp_path / "colour.ckpt.npz")
    resumed = Trainer.restore(path, data)
    for _ in range(2):
        trainer.step()
        resumed.step()
    assert np.array_equal(trainer.history.array(), resumed.history.array())
    for a, b in zip(trainer.generator.variables, resumed.generator.variables):
        assert np.array_equal(a.numpy(), b.numpy())
    frame = trainer.frames[-1]
    assert frame.images.shape == (16, 64, 64, 3) and frame.images.dtype == np.uint8
    assert np.array_equal(frame.images, resumed.frames[-1].images)
    view = trainer.discriminator_view(3)
    assert view.real_images.shape[1:] == (64, 64, 3) and view.cell_image.shape == (64, 64, 3)
    assert view.saliency.shape == (64, 64) and np.isclose(view.saliency.max(), 1.0)
    assert len(view.real_probs) == len(view.real_images)
    directions = trainer.latent_directions(3, 64)
    assert directions.vectors.shape == (3, 100)


def test_a_colour_generator_exports_as_keras_with_64x64x3_output(pictures, tmp_path):
    import keras

    from engine.training.trainer import Trainer

    _, data = pictures
    trainer = Trainer(_config(), data)
    trainer.step()
    model = keras.models.load_model(trainer.export_generator(tmp_path / "g.keras"))
    latents = np.random.default_rng(0).standard_normal((4, 100)).astype(np.float32)
    out = np.asarray(model(latents, training=False))
    assert out.shape == (4, 64, 64, 3)
    drawn = np.round(np.clip((out + 1) * 127.5, 0, 255))
    assert np.abs(drawn - trainer.generate(latents)).max() <= 1


def test_the_conditional_dcgan_learns_a_folders_classes_and_reports_the_swd(pictures):
    from engine.quality.evaluator import QualityMeter
    from engine.training.trainer import Trainer

    _, data = pictures
    trainer = Trainer(_config("conditional"), data)
    assert trainer.classes == 2 and trainer.dataset.class_names == ("blue", "red")
    assert list(trainer.sample_classes[:4]) == [0, 1, 0, 1]
    trainer.step()
    row, line = QualityMeter(data).measure(trainer)
    columns = trainer.info.quality_columns
    swd, floor = row[columns.index("swd")], row[columns.index("swd_floor")]
    assert np.isfinite(swd) and np.isfinite(floor) and swd > floor
    assert np.isnan(row[columns.index("fcd")]) and np.isnan(row[columns.index("class_accuracy")])
    assert line.startswith("SWD ")


def test_evaluate_ends_with_the_swd_for_a_folder_run(pictures, tmp_path):
    folder, _ = pictures
    run = tmp_path / "run"
    out = run_main("train", "--steps", "2", "--data-dir", str(folder), "--width", "16", "--batch-size", "16",
                   "--run-dir", str(run), "--precision", "float32")
    assert out.returncode == 0, out.stderr
    out = run_main("evaluate", str(next(run.glob("*.ckpt.npz"))), "--samples", "100")
    assert out.returncode == 0, out.stderr
    match = re.fullmatch(r"SWD: (\d+\.\d+) \(floor (\d+\.\d+)\)", out.stdout.strip().splitlines()[-1])
    assert match and float(match[1]) > float(match[2]) > 0, out.stdout


def test_the_emoji_dataset_is_drawn_offline_and_trains(tmp_path):
    """`train --dataset emoji`: every emoji the Noto font draws, from Debian's packages, in Unicode's groups."""
    from PIL import Image

    run = tmp_path / "run"
    out = run_main("train", "--dataset", "emoji", "--steps", "2", "--width", "16", "--batch-size", "16",
                   "--run-dir", str(run), "--precision", "float32")
    assert out.returncode == 0, out.stderr
    assert "Training on 3,655 images (64x64 colour, 9 classes)" in out.stderr
    from engine.io import emoji

    groups = sorted(path.name for path in emoji.folder().iterdir() if path.is_dir())
    assert groups == sorted(emoji.GROUPS)  # the classes' names the window has translations of
    grid = np.asarray(Image.open(next(run.glob("grid-*.png"))).convert("RGB")).astype(int)
    assert grid.shape[1] == 4 * 64 + 3 * 2 and np.abs(grid[..., 0] - grid[..., 2]).max() > 0  # colour cells
    from engine.io.checkpoint import read_checkpoint

    config = read_checkpoint(next(run.glob("*.ckpt.npz"))).config
    assert config.run.data == "emoji"
    assert (config.recipe.g_learning_rate, config.recipe.ema) == (1e-4, 0.999)  # Colour start: pictures' default


def test_pictures_too_large_for_memory_stream_from_disk_with_the_same_steps(pictures, monkeypatch, tmp_path):
    """Past IN_MEMORY_BYTES (set to 0 here) the pictures stay in the decoded cache and each batch is read from
    it: the run is the in-memory run bit for bit, conditional labels included, and resumes so."""
    from engine.io import image_folder
    from engine.training.trainer import Trainer

    folder, in_memory = pictures
    monkeypatch.setattr(image_folder, "IN_MEMORY_BYTES", 0)
    streamed = load_dataset(folder)
    assert streamed.streamed and not in_memory.streamed and "streamed from disk" in streamed.describe()
    assert np.array_equal(streamed.gather(np.array([5, 1, 5])), in_memory.train_images[[5, 1, 5]])
    assert np.array_equal(streamed.subset(10).train_images[np.arange(10)], in_memory.train_images[:10])
    for family in ("dcgan", "conditional"):
        a, b = Trainer(_config(family), in_memory), Trainer(_config(family), streamed)
        for _ in range(3):
            a.step()
            b.step()
        assert np.array_equal(a.history.array(), b.history.array()), family
        assert np.array_equal(a.frames[-1].images, b.frames[-1].images), family
    resumed = Trainer.restore(b.save(tmp_path / "streamed.ckpt.npz"), streamed)
    b.step()
    resumed.step()
    assert np.array_equal(b.history.array(), resumed.history.array())
    assert b.discriminator_view(0).real_images.shape[1:] == (64, 64, 3)
