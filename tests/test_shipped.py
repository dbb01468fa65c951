"""The shipped generator's file: what the script writes reads back into a generator that draws the
grid it shipped; foreign, damaged or oversized files are refused with a message."""

import numpy as np
import pytest
from conftest import run_main

from engine.io.shipped import ShippedError, is_generator_file, read_generator, shipped_grid, write_generator


def test_written_generator_reads_back_and_draws_its_grid(small_config, dataset, tmp_path):
    from engine.families.dcgan.trainer import DCGANTrainer
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config.replace(ema=0.9), dataset)
    for _ in range(4):
        trainer.step()
    grid = trainer.generate(trainer.sample_latents)
    path = write_generator(tmp_path / "g.npz", trainer.config, [v.numpy() for v in trainer.ema.sampler.variables],
                           grid, {"iterations": 4})
    assert is_generator_file(path) and not is_generator_file(trainer.save(tmp_path / "c.ckpt.npz"))
    images, card = shipped_grid(path)
    assert np.array_equal(images, grid) and card == {"iterations": 4}
    drawn = DCGANTrainer.from_shipped(dataset, path).generate(trainer.sample_latents)
    assert np.abs(drawn.astype(int) - grid.astype(int)).max() <= 2  # float16 weights: a grey level or two


def test_foreign_and_oversized_files_are_refused(tmp_path):
    import zipfile

    (tmp_path / "junk.npz").write_bytes(b"junk" * 100)
    with pytest.raises(ShippedError, match="not a GAN Studio generator"):
        read_generator(tmp_path / "junk.npz")
    with zipfile.ZipFile(tmp_path / "big.npz", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("meta.npy", b"\0" * (70 << 20))  # 70 MB of zeros, a few KB on disk
    with pytest.raises(ShippedError, match="far more"):
        read_generator(tmp_path / "big.npz")
    assert shipped_grid(tmp_path / "big.npz") is None and not is_generator_file(tmp_path / "big.npz")


def test_the_shipped_composer_is_small_not_a_run_and_harmonises_near_bach():
    """resources/composer.npz (scripts/train_shipped_composer.py), as the melody pad and `harmonize` load it: its
    float16 weights still meet the issue's goal on every held-out window (in the melody's key at least 90% as often
    as Bach's voices, at least four of the nine metrics within 25% of his), and `evaluate` says the same of it."""
    from engine.io.data import load_for_run
    from engine.io.shipped import SHIPPED_COMPOSER
    from engine.quality import harmony
    from engine.training.trainer import Trainer

    assert SHIPPED_COMPOSER.stat().st_size <= 8 * 2**20
    shipped = read_generator(SHIPPED_COMPOSER)
    assert shipped.config.run.family == "composer" and "not a run" in shipped.card["what"]
    assert is_generator_file(SHIPPED_COMPOSER)
    composer = Trainer.from_shipped(load_for_run(shipped.config.run), SHIPPED_COMPOSER)
    row, line = composer.measure_quality(None)
    count = len(harmony.METRICS)
    values, bach = row[1:1 + count], row[1 + count:]
    in_key = [m.name for m in harmony.METRICS].index("in_key")
    assert values[in_key] >= 0.9 * bach[in_key], line
    assert sum(m.meets_goal(v, b) for m, v, b in zip(harmony.METRICS, values, bach)) >= 4, line
    evaluated = run_main("evaluate", str(SHIPPED_COMPOSER))
    assert evaluated.returncode == 0, evaluated.stderr
    assert "shipped, " in evaluated.stdout and evaluated.stdout.strip().splitlines()[-1].startswith("Harmony: ")
