"""The run folder keeps its autosaves within bounds: the newest few plus the best, never a user's save."""

import numpy as np

from engine.io.checkpoint import read_checkpoint
from engine.io.rundir import RunDir
from engine.quality.metrics import QUALITY_COLUMNS


def test_ten_autosaves_leave_the_newest_five_plus_the_best(small_config, dataset, tmp_path):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config.replace(keep_autosaves=5), dataset)
    run = RunDir(tmp_path)
    mine = trainer.save(tmp_path / "mine.ckpt.npz")  # saved by the user under a name of their own
    fcds = [90.0, 80.0, 12.0, 70.0, 60.0, 50.0, 40.0, 30.0, 20.0, 15.0]  # the third is the best
    for fcd in fcds:
        trainer.step()
        row = np.zeros((1, len(QUALITY_COLUMNS)), np.float32)
        row[0, 0], row[0, QUALITY_COLUMNS.index("fcd")] = trainer.iteration, fcd
        trainer.quality = np.vstack([trainer.quality, row])
        run.save(trainer)
    kept = sorted(read_checkpoint(p).iteration for p in tmp_path.glob("checkpoint-*.ckpt.npz"))
    assert kept == [3, 6, 7, 8, 9, 10]
    assert mine.exists() and (tmp_path / "history.csv").exists()
    assert run.size() == sum(p.stat().st_size for p in tmp_path.iterdir())
    assert RunDir(tmp_path).prune(trainer, 0) == []  # 0 keeps all
