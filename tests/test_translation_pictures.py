"""Pix2Pix and CycleGAN on the user's own pictures, in colour and at their size: Pix2Pix learns edges ->
colour picture on a folder and resumes exactly; CycleGAN translates one folder into another from the command
line (--data-a, --data-b), resumes exactly and evaluates with the SWD of each direction. 32x32 keeps it quick."""

from __future__ import annotations

import re
import shutil

import numpy as np
import pytest
from conftest import run_main
from test_image_folder import colour_folder

from engine.io.data import load_dataset


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    """140 transparent PNGs (composited on white): 70 red discs in red/, 76 blue squares in blue/ (six twice)."""
    folder = tmp_path_factory.mktemp("translation")
    colour_folder(folder, 140)
    for path in sorted((folder / "blue").glob("*.png"))[:6]:
        shutil.copy(path, path.with_name("copy-" + path.name))
    return folder


def _same_steps(trainer, resumed, steps: int = 2) -> None:
    for _ in range(steps):
        trainer.step()
        resumed.step()
    assert np.array_equal(trainer.history.array(), resumed.history.array())
    for group, variables in trainer.variable_groups().items():
        for a, b in zip(variables, resumed.variable_groups()[group], strict=True):
            assert np.array_equal(a.numpy(), b.numpy()), group


def test_pix2pix_learns_edges_to_colour_pictures_and_resumes_exactly(folder, tmp_path):
    from engine.config import TrainConfig
    from engine.families.pix2pix.edges import edge_maps
    from engine.quality.evaluator import QualityMeter
    from engine.training.trainer import Trainer

    data = load_dataset(folder, size=32)
    assert data.image_shape == (32, 32, 3)
    trainer = Trainer(TrainConfig().replace(family="pix2pix", batch_size=16, seed=3, precision="float32"), data)
    assert trainer.generator.output_shape == (None, 32, 32, 3)
    meter = QualityMeter(data)
    start, line = meter.measure(trainer)
    assert np.isnan(start[2:]).all() and "L1 to the real pictures" in line  # no Fashion classifier for these
    for _ in range(3):
        trainer.step()
    resumed = Trainer.restore(trainer.save(tmp_path / "p2p.ckpt.npz"), data)
    _same_steps(trainer, resumed)

    cells, _ = trainer.draw_panel()  # edges | generated | real, in colour
    assert cells.shape == (16, 32, 3 * 32 + 2, 3) and cells.dtype == np.uint8
    edges, real = cells[:, :, :32], cells[:, :, -32:]
    assert np.array_equal(edges[..., 0], edges[..., 2]) and set(np.unique(edges)) <= {0, 255}
    assert np.array_equal(real, data.train_images[:16]) and np.array_equal(edges[..., 0], edge_maps(real))
    sketch = trainer.test_edges(5)
    assert sketch.shape == (32, 32) and trainer.translate(sketch).shape == (1, 32, 32, 3)

    for _ in range(120):
        trainer.step()
    end, _ = meter.measure(trainer)
    assert end[1] < 0.5 * start[1], (start, end)  # the L1 to the real pictures at least halves


def test_cyclegan_translates_one_folder_into_another_from_the_command_line(folder, tmp_path):
    from engine.io.checkpoint import read_checkpoint
    from engine.training.trainer import Trainer

    red, blue, run = folder / "red", folder / "blue", tmp_path / "run"
    out = run_main("train", "--family", "cyclegan", "--data-a", str(red), "--data-b", str(blue), "--image-size", "32",
                   "--steps", "3", "--batch-size", "8", "--run-dir", str(run), "--precision", "float32")
    assert out.returncode == 0, out.stderr
    assert "Training on 70 images (32x32 colour)" in out.stderr
    path = next(run.glob("*.ckpt.npz"))
    checkpoint = read_checkpoint(path)
    assert checkpoint.config.run.data == str(red) and checkpoint.config.settings.data_b == str(blue)

    out = run_main("evaluate", str(path))
    assert out.returncode == 0, out.stderr
    match = re.search(r"cycle L1 (\d\.\d+), SWD of the translations to the target's images red -> blue (\d+\.\d), "
                      r"blue -> red (\d+\.\d)$", out.stdout.strip())
    assert match and all(float(x) > 0 for x in match.groups()), out.stdout

    data = load_dataset(red, size=32)
    resumed = Trainer.restore(path, data)
    assert resumed.g_ab.output_shape == (None, 32, 32, 3) and resumed.class_names == ("red", "blue")
    fresh = Trainer(checkpoint.config, data)
    for _ in range(3):
        fresh.step()
    _same_steps(fresh, resumed)  # three steps here and two more = three there, saved, resumed and two more
    cells, _ = resumed.draw_panel()  # A -> B -> A over B -> A -> B
    assert cells.shape == (16, 32, 3 * 32 + 2, 3)
    assert np.array_equal(cells[:8, :, :32], data.train_images[:8])
    assert np.array_equal(cells[8:, :, :32], load_dataset(blue, size=32).train_images[:8])
    assert len(resumed._b) == 76  # B's own count (the SWD of each direction compares 70 with 70)


def test_cyclegan_without_classes_or_folder_b_says_how_to_choose(folder, tmp_path):
    out = run_main("train", "--family", "cyclegan", "--data-dir", str(folder / "red"), "--steps", "1",
                   "--run-dir", str(tmp_path / "run"))
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "have no classes" in out.stderr and "--data-b" in out.stderr
