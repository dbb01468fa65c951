import numpy as np

from engine.families.dcgan import METRICS


def _weights(trainer):
    return [v.numpy().copy() for group in trainer.variable_groups().values() for v in group]


def test_three_real_steps_move_the_weights_and_fill_the_history(small_config, dataset):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)
    before = _weights(trainer)
    results = [trainer.step() for _ in range(3)]
    assert [r.iteration for r in results] == [1, 2, 3] and trainer.iteration == 3
    changed = [not np.array_equal(a, b) for a, b in zip(before, _weights(trainer))]
    assert sum(changed) >= len(trainer.generator.trainable_variables) + len(trainer.discriminator.trainable_variables)
    history = trainer.history.array()
    assert history.shape == (3, len(METRICS)) and np.isfinite(history).all()
    assert np.allclose(history[-1], [getattr(results[-1], m) for m in METRICS])
    for r in results:
        assert isinstance(r.g_loss, float) and r.g_loss > 0 and r.d_loss > 0
        assert 0 <= r.real_acc <= 1 and 0 <= r.fake_acc <= 1 and 0 < r.d_real < 1 and 0 < r.d_fake < 1


def test_grid_frames_every_n_iterations_from_the_start(small_config, dataset):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)  # grid_every=2
    for _ in range(5):
        trainer.step()
    assert [f.iteration for f in trainer.frames] == [0, 2, 4]
    frame = trainer.frames[-1]
    assert frame.images.shape == (16, 28, 28) and frame.images.dtype == np.uint8
    assert not np.array_equal(trainer.frames[0].images, frame.images)


def test_epochs_are_counted_with_the_partial_last_batch(small_config, dataset):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config.replace(train_images=40, batch_size=16), dataset)
    assert trainer.batches_per_epoch == 3
    for _ in range(4):
        trainer.step()
    assert (trainer.epoch, trainer.position_in_epoch, trainer.epoch_of(3), trainer.epoch_of(4)) == (1, 1, 1, 2)


def test_same_config_same_results_and_stopping_loses_nothing(small_config, dataset):
    """Two trainers with one config agree bit for bit, however their calls are spaced."""
    from engine.training.trainer import Trainer

    a, b = Trainer(small_config, dataset), Trainer(small_config, dataset)
    for _ in range(4):
        a.step()
    b.step()
    b.generate(b.sample_latents)  # an interleaved request (as a paused window makes) changes nothing
    for _ in range(3):
        b.step()
    assert all(np.array_equal(x, y) for x, y in zip(_weights(a), _weights(b)))
    assert np.array_equal(a.history.array(), b.history.array())


def test_other_seed_other_run(small_config, dataset):
    from engine.training.trainer import Trainer

    a, b = Trainer(small_config, dataset), Trainer(small_config.replace(seed=8), dataset)
    assert a.step().g_loss != b.step().g_loss


def test_each_history_row_keeps_the_training_seconds_through_save_resume_rewind_and_csv(small_config, dataset,
                                                                                     tmp_path):
    import csv
    import time

    from engine.io.rundir import RunDir
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config.replace(grid_every=2), dataset)
    for _ in range(4):
        trainer.step()
    time.sleep(0.3)  # a pause is not training time
    trainer.step()
    seconds = trainer.history.seconds()
    assert len(seconds) == 5 and (np.diff(seconds) > 0).all() and seconds[0] > 0
    assert seconds[4] - seconds[3] < 0.3 + (seconds[3] - seconds[2]) and trainer.history.elapsed == seconds[-1]
    resumed = Trainer.restore(trainer.save(tmp_path / "run.ckpt.npz"), dataset)
    assert np.array_equal(resumed.history.seconds(), seconds)
    resumed.step()
    assert resumed.history.seconds()[-1] > seconds[-1]
    trainer.rewind(2)
    assert np.array_equal(trainer.history.seconds(), seconds[:2])
    RunDir(tmp_path / "folder").save(trainer)
    with open(tmp_path / "folder" / "history.csv") as fh:
        rows = list(csv.DictReader(fh))
    assert [float(row["seconds"]) for row in rows] == [round(s, 3) for s in seconds[:2]]
