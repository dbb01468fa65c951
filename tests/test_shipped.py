"""The shipped generator's file: what the script writes reads back into a generator that draws the
grid it shipped; foreign, damaged or oversized files are refused with a message."""

import numpy as np
import pytest

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
