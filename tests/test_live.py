"""Changing the recipe while it trains, rewinding and branching, and the discriminator's view: in the
engine, on real steps of real data (the window's side is tests/test_gui_live.py)."""

from dataclasses import replace

import numpy as np
import pytest

from engine.config import ConfigError
from engine.training.changes import REWIND, Change, ChangeLog, parse_change


def _weights(trainer):
    return [v.numpy().copy() for group in trainer.variable_groups().values() for v in group]


def _same_state(a, b) -> bool:
    return all(np.array_equal(x, y) for x, y in zip(_weights(a), _weights(b)))


@pytest.mark.parametrize("beta_1", [0.9, 0.5, 0.37])
def test_live_adam_is_keras_adam_bit_for_bit_and_changes_beta1_without_tracing(beta_1):
    import keras
    import tensorflow as tf

    from engine.training.optimizers import LiveAdam

    rng = np.random.default_rng(0)
    start = rng.normal(size=(40, 6)).astype(np.float32)
    ours, theirs = keras.Variable(start), keras.Variable(start)
    live, reference = LiveAdam(1e-4, beta_1, 0.999), keras.optimizers.Adam(1e-4, beta_1=beta_1)
    live.build([ours])
    reference.build([theirs])
    assert len(live.variables) == len(reference.variables)  # checkpoints hold the same optimizer state

    @tf.function
    def step_ours(g):
        live.apply_gradients([(g, ours)])

    @tf.function
    def step_theirs(g):
        reference.apply_gradients([(g, theirs)])

    for _ in range(12):
        gradient = tf.constant(rng.normal(size=(40, 6)).astype(np.float32))
        step_ours(gradient)
        step_theirs(gradient)
    assert np.array_equal(ours.numpy(), theirs.numpy())
    live.set_beta_1(0.2)
    live.learning_rate = 3e-4
    before = ours.numpy().copy()
    step_ours(tf.constant(rng.normal(size=(40, 6)).astype(np.float32)))
    assert step_ours.experimental_get_tracing_count() == 1 and not np.array_equal(before, ours.numpy())


def test_a_change_applies_from_the_next_iteration_as_if_the_run_had_that_setting(small_config, dataset, tmp_path):
    """Changing lr_G and D steps after 4 iterations gives exactly what a run resumed at 4 with those
    values gives, without compiling the step again for the numbers."""
    from engine.training.trainer import Trainer

    live = Trainer(small_config, dataset)
    for _ in range(4):
        live.step()
    checkpoint = live.save(tmp_path / "at4.gan")
    step = live._step
    changes = live.apply_changes({"g_learning_rate": 3e-4, "d_learning_rate": 1e-4, "label_smoothing": 0.2,
                                  "d_steps": 1, "g_beta1": 0.5})
    assert [(c.iteration, c.field, c.old, c.new) for c in changes] == [
        (4, "g_learning_rate", 1e-4, 3e-4), (4, "g_beta1", 0.9, 0.5), (4, "label_smoothing", 0.0, 0.2)]
    assert live._step is step and step.experimental_get_tracing_count() == 1  # numbers only: no new trace
    for _ in range(4):
        live.step()
    from engine.io.checkpoint import read_checkpoint

    saved = read_checkpoint(checkpoint)
    resumed = Trainer.restore(replace(saved, config=saved.config.replace(g_learning_rate=3e-4, label_smoothing=0.2,
                                                                        g_beta1=0.5)), dataset)
    for _ in range(4):
        resumed.step()
    assert np.array_equal(live.history.array(), resumed.history.array()) and _same_state(live, resumed)
    unchanged = Trainer.restore(checkpoint, dataset)
    for _ in range(4):
        unchanged.step()
    assert not np.array_equal(live.history.array(4), unchanged.history.array(4))  # the change did something


def test_changes_go_into_checkpoints_and_changes_csv_and_a_resumed_run_repeats_them(small_config, dataset, tmp_path):
    from engine.io.rundir import RunDir
    from engine.training.trainer import Trainer

    config = small_config.replace(loss="lsgan")
    straight = Trainer(config, dataset)
    straight.changes.schedule(5, "d_learning_rate", 3e-4)  # still pending at the checkpoint below
    interrupted = Trainer(config, dataset)
    interrupted.changes.schedule(5, "d_learning_rate", 3e-4)
    for trainer in (straight, interrupted):
        for _ in range(2):
            trainer.step()
        trainer.apply_changes({"instance_noise": 0.3, "instance_noise_decay": 4, "loss": "hinge"})
        trainer.step()
    path = RunDir(tmp_path).save(interrupted)
    resumed = Trainer.restore(path, dataset)
    assert resumed.changes.to_json() == interrupted.changes.to_json()
    assert resumed.changes.pending == [(5, "d_learning_rate", 3e-4)]
    for _ in range(5):
        straight.step()
        resumed.step()
    assert np.array_equal(straight.history.array(), resumed.history.array()) and _same_state(straight, resumed)
    assert [c.field for c in resumed.changes.applied] == ["instance_noise", "instance_noise_decay", "loss",
                                                          "d_learning_rate"]
    assert float(resumed.d_optimizer.learning_rate) == pytest.approx(3e-4)
    rows = (tmp_path / "changes.csv").read_text().splitlines()
    assert rows[0] == "iteration,field,old,new" and rows[3] == "2,loss,lsgan,hinge" and len(rows) == 4


def test_instance_noise_decays_from_the_iteration_it_was_changed_at(small_config, dataset):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)
    for _ in range(6):
        trainer.step()
    trainer.apply_changes({"instance_noise": 0.4, "instance_noise_decay": 10})
    sigma = [float(trainer.recipe.noise_sigma(i)) for i in (6, 11, 16, 30)]
    assert sigma == pytest.approx([0.4, 0.2, 0.0, 0.0])


def test_a_new_loss_compiles_once_and_is_reused(small_config, dataset):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)
    trainer.step()
    bce = trainer._step
    trainer.apply_changes({"loss": "lsgan"})
    trainer.step()
    lsgan = trainer._step
    trainer.apply_changes({"loss": "bce"})
    trainer.step()
    assert trainer._step is bce and lsgan is not bce and len(trainer._steps) == 2
    assert np.isfinite(trainer.history.array()).all()


def test_refused_changes_change_nothing(small_config, dataset):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config.replace(label_smoothing=0.1), dataset)
    before = trainer.config
    for values, words in (({"loss": "hinge"}, "smoothing"), ({"ema": 0.99}, "switched on or off"),
                          ({"batch_size": 32}, "cannot change during a run"), ({"d_steps": 9}, "d_steps"),
                          ({"g_learning_rate": "fast"}, "number")):
        with pytest.raises(ConfigError, match=words):
            trainer.apply_changes(values)
    assert trainer.config == before and not trainer.changes.applied
    assert trainer.apply_changes({"g_learning_rate": before.recipe.g_learning_rate}) == []  # no change, no entry


def test_parse_change_and_malformed_logs():
    assert parse_change("500:d_learning_rate=4e-4") == (500, "d_learning_rate", 4e-4)
    assert parse_change("7: d_steps = 3") == (7, "d_steps", 3)
    assert parse_change("0:loss=lsgan") == (0, "loss", "lsgan")
    for text in ("d_learning_rate=4e-4", "-1:d_steps=2", "5:d_steps", "5:seed=3", "5:d_steps=2.5"):
        with pytest.raises(ConfigError):
            parse_change(text)
    assert Change(500, "g_learning_rate", 1e-4, 2e-4).label == "lr_G 1e-4 -> 2e-4"
    assert Change(12, REWIND, 40, 12).label == "rewind 40 -> 12"
    assert ChangeLog.from_json(None).to_json() == {"applied": [], "pending": []}
    for bad in ({"applied": [[1, "seed", 1, 2]], "pending": []}, {"applied": "x", "pending": []},
                {"applied": [[-3, "d_steps", 1, 2]], "pending": []}, {"pending": []}):
        with pytest.raises(ValueError):
            ChangeLog.from_json(bad)


def test_a_checkpoint_from_before_change_logs_loads_with_an_empty_log(small_config, dataset, tmp_path):
    from engine.io.checkpoint import CheckpointError, read_checkpoint
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)
    trainer.step()
    trainer.apply_changes({"d_steps": 2})
    saved = read_checkpoint(trainer.save(tmp_path / "c.gan"))
    old = {k: v for k, v in saved.meta.items() if k != "changes"}
    assert Trainer.restore(replace(saved, meta=old), dataset).changes.applied == []
    with pytest.raises(CheckpointError, match="change log"):
        Trainer.restore(replace(saved, meta={**old, "changes": {"applied": [[0, "seed", 1, 2]], "pending": []}}),
                        dataset)


def test_rewinding_and_running_on_repeats_the_losses_bit_for_bit(small_config, dataset, tmp_path):
    """With data order and noise functions of (seed, iteration), a rewound run replays exactly; with a
    change it branches, the log says so, and a checkpoint of the branch continues it."""
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config.replace(ema=0.9, g_dropout=0.2), dataset)  # every kind of state
    for _ in range(4):
        trainer.step()
    trainer.apply_changes({"d_learning_rate": 2e-4})
    for _ in range(8):
        trainer.step()
    assert trainer.snapshots.iterations == [0, 2, 4, 6, 8, 10, 12]
    first_pass, frames = trainer.history.array(), [f.images for f in trainer.frames]
    ghost = trainer.rewind(6)
    assert trainer.iteration == 6 and np.array_equal(ghost, first_pass[6:]) and len(trainer.history) == 6
    assert trainer.snapshots.iterations == [0, 2, 4, 6] and [f.iteration for f in trainer.frames][-1] == 6
    assert [c.field for c in trainer.changes.applied] == ["d_learning_rate", REWIND]
    for _ in range(6):
        trainer.step()
    assert np.array_equal(trainer.history.array(), first_pass)
    assert all(np.array_equal(a, f.images) for a, f in zip(frames, trainer.frames))
    trainer.rewind(2)  # before the change: the recipe then comes back, and the change leaves the log
    assert trainer.config.recipe.d_learning_rate == small_config.recipe.d_learning_rate
    assert [c.field for c in trainer.changes.applied] == [REWIND]
    trainer.apply_changes({"g_learning_rate": 5e-4})  # a branch
    for _ in range(3):
        trainer.step()
    assert not np.array_equal(trainer.history.array()[2:5], first_pass[2:5])
    path = trainer.save(tmp_path / "branch.gan")
    resumed = Trainer.restore(path, dataset)
    assert [c.field for c in resumed.changes.applied] == [REWIND, "g_learning_rate"]
    for _ in range(3):
        trainer.step()
        resumed.step()
    assert np.array_equal(trainer.history.array(), resumed.history.array()) and _same_state(trainer, resumed)
    with pytest.raises(ValueError, match="no rewind point"):
        trainer.rewind(3)


def test_rewind_points_keep_the_newest_twenty_and_log_spaced_older_ones_within_the_budget():
    from engine.config import TrainConfig
    from engine.training.rewind import RECENT, Snapshot, SnapshotStore

    def snapshot(iteration):
        return Snapshot(iteration, TrainConfig(), [np.zeros(1024, np.uint8)], iteration, 0, 0, 0)

    store = SnapshotStore(budget=10**9)
    for iteration in range(0, 5000, 10):
        store.add(snapshot(iteration))
    kept = store.iterations
    assert kept[-RECENT:] == list(range(4990 - 10 * (RECENT - 1), 5000, 10))
    old = kept[:-RECENT]
    span = 4990 - kept[-RECENT]
    buckets = [int(np.log2((4990 - it) / span)) for it in old]
    # At most one per doubling of age beyond the recent span (log2(5000 / 190): up to 5), the start kept.
    assert old[0] == 0 and len(set(buckets)) == len(buckets) and 3 <= len(old) <= 5
    store.set_budget(5 * 1024)
    assert len(store) == 5 and store.nbytes <= 5 * 1024 and store.iterations[-1] == 4990 and store.iterations[0] == 0
    store.add(snapshot(4000))  # a new branch from 4000: later points belong to the old one
    assert store.iterations[-1] == 4000 and all(it <= 4000 for it in store.iterations)


def test_the_discriminators_view(small_config, dataset):
    import tensorflow as tf

    from engine.families.dcgan.discriminator_view import SHOWN
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)
    for _ in range(4):
        trainer.step()
    frame = trainer.frames[-1]
    assert frame.judged.shape == (16,) and ((0 < frame.judged) & (frame.judged < 1)).all()
    view = trainer.discriminator_view(cell=5)
    assert view.iteration == 4 and view.cell == 5 and np.array_equal(view.cell_image, frame.images[5])
    assert view.real_images.shape == view.fake_images.shape == (SHOWN, 28, 28)
    assert np.array_equal(view.fake_probs, frame.judged[:SHOWN])
    last = trainer.history.array(3)[0]  # the last step's mean D(x), D(G(z)) are the batch vectors' means
    assert view.batch_real_probs.shape == (small_config.recipe.batch_size,)
    assert view.batch_real_probs.mean() == pytest.approx(last[4], abs=1e-6)
    assert view.batch_fake_probs.mean() == pytest.approx(last[5], abs=1e-6)
    # The saliency map is |dD/dx|: check its brightest pixels against central differences of D itself.
    x = tf.constant(frame.images[5].astype(np.float32)[None, ..., None] / 127.5 - 1.0)
    raw = np.abs(trainer._saliency(tf.constant(frame.images[5]), tf.zeros([0])).numpy())  # no classes: a DCGAN
    assert view.saliency.max() == pytest.approx(1.0) and np.allclose(view.saliency, raw / raw.max())
    for flat in np.argsort(raw.ravel())[-3:]:
        r, c = divmod(int(flat), 28)
        bump = np.zeros((1, 28, 28, 1), np.float32)
        bump[0, r, c, 0] = 2e-3  # D is piecewise linear in x (LeakyReLU): exact unless a kink lies this close
        diff = (trainer.discriminator(x + bump, training=False) - trainer.discriminator(x - bump, training=False))
        assert abs(float(diff[0, 0]) / 4e-3) == pytest.approx(raw[r, c], rel=0.05)
