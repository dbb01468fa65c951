import csv

import imageio.v3 as iio
import numpy as np
import pytest

from engine.io.export import LABEL_HEIGHT, tutorial_spacing, write_gif, write_grid_png


def test_tutorial_spacing_is_dense_early_and_ends_on_the_last_frame():
    keep = tutorial_spacing(100)
    assert keep[:6] == [0, 1, 2, 4, 6, 8] and keep[-1] == 99  # round(2*sqrt(i)): 0 2 3 4 5 6
    gaps = np.diff(keep)
    assert gaps[-2] > gaps[0]
    assert tutorial_spacing(1) == [0]


def test_gif_from_a_real_run_reads_back(small_config, dataset, tmp_path):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)
    for _ in range(12):
        trainer.step()
    frames = trainer.frames
    assert len(frames) == 7
    out = tmp_path / "evolution.gif"
    its, eps, ims = [f.iteration for f in frames], [f.epoch for f in frames], [f.images for f in frames]
    written = write_gif(out, its, eps, ims, spacing="all", scale=3)
    gif = iio.imread(out, index=None)
    side = 4 * 28 + 3 * 2
    assert written == 7 and gif.shape[:3] == (7, side * 3 + LABEL_HEIGHT, side * 3)
    # The upscaled grid is the frame's tiled images (nearest neighbour): check one cell's pixel.
    assert abs(int(gif[-1, LABEL_HEIGHT + 1, 1, 0]) - int(ims[-1][0, 0, 0])) <= 8
    assert write_gif(tmp_path / "seed.gif", its, eps, ims, spacing="tutorial") == len(tutorial_spacing(7))


def test_png_and_csv(small_config, dataset, tmp_path):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)
    for _ in range(3):
        trainer.step()
    write_grid_png(tmp_path / "g.png", trainer.frames[-1].images, "x")
    assert iio.imread(tmp_path / "g.png").ndim == 3
    trainer.history.write_csv(tmp_path / "h.csv", trainer.batches_per_epoch)
    rows = list(csv.reader((tmp_path / "h.csv").read_text().splitlines()))
    assert rows[0][:4] == ["iteration", "epoch", "seconds", "g_loss"] and len(rows) == 4
    assert float(rows[3][3]) == pytest.approx(float(trainer.history.column("g_loss")[2]), rel=1e-5)
    assert float(rows[3][2]) == pytest.approx(trainer.history.elapsed, abs=1e-3)


def test_captions_in_korean_are_drawn_in_hangul():
    """A walk's caption names classes in the window's language: two Korean captions of the same length draw
    different pixels (a font without Hangul draws the same empty boxes for both)."""
    from engine.io.export import labelled_grid

    image = np.zeros((1, 28, 28), np.uint8)

    def caption(text):
        return labelled_grid(image, text, 8)[:LABEL_HEIGHT]

    assert not np.array_equal(caption("시드 3  스니커즈 -> 가방"), caption("시드 3  앵클부츠 -> 셔츠"))
    assert caption("시드 3").max() > 200  # ink on the dark bar
