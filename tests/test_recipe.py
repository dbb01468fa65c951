"""The recipe's settings: the seed preset is today's engine bit for bit, every setting trains, round-trips
through checkpoints and the command line, and bad values are refused."""

import json

import numpy as np
import pytest
from conftest import flat_config

from engine.config import FIELDS, PRESETS, RECIPE_FIELDS, ConfigError, TrainConfig, apply_preset, preset_of


def _seed_notebook_step(generator, discriminator, g_optimizer, d_optimizer, images, seed, noise_dim):
    """The engine's step as it was before the recipe settings (commit 6a25248), verbatim: the reference
    the "tutorial" preset must reproduce bit for bit."""
    import tensorflow as tf

    from engine.families.dcgan.step import noise_for

    def _bce(labels_value, logits):
        labels = tf.fill(tf.shape(logits), labels_value)
        return tf.reduce_mean(tf.nn.sigmoid_cross_entropy_with_logits(labels=labels, logits=logits))

    @tf.function(input_signature=[tf.TensorSpec([None], tf.int32), tf.TensorSpec([], tf.int64)])
    def step(indices, iteration):
        real = tf.cast(tf.gather(images, indices), tf.float32)[..., None] / 127.5 - 1.0
        noise = noise_for(seed, iteration, tf.shape(indices)[0], noise_dim)
        with tf.GradientTape() as g_tape, tf.GradientTape() as d_tape:
            fake = generator(noise, training=True)
            real_logits = discriminator(real, training=True)
            fake_logits = discriminator(fake, training=True)
            g_loss = _bce(1.0, fake_logits)
            d_loss = _bce(1.0, real_logits) + _bce(0.0, fake_logits)
        g_grads = g_tape.gradient(g_loss, generator.trainable_variables)
        d_grads = d_tape.gradient(d_loss, discriminator.trainable_variables)
        g_optimizer.apply_gradients(zip(g_grads, generator.trainable_variables))
        d_optimizer.apply_gradients(zip(d_grads, discriminator.trainable_variables))
        p_real = tf.sigmoid(real_logits)
        p_fake = tf.sigmoid(fake_logits)
        return tf.stack([g_loss, d_loss, tf.reduce_mean(tf.cast(p_real >= 0.5, tf.float32)),
                         tf.reduce_mean(tf.cast(p_fake < 0.5, tf.float32)), tf.reduce_mean(p_real),
                         tf.reduce_mean(p_fake), tf.linalg.global_norm(g_grads), tf.linalg.global_norm(d_grads)])

    return step


@pytest.mark.parametrize("precision", ["float32", "auto"])
def test_the_seed_preset_is_the_engine_before_recipes_bit_for_bit(small_config, dataset, precision):
    import keras
    import tensorflow as tf

    from engine.families.dcgan.networks import build_discriminator, build_generator
    from engine.io import data as data_mod
    from engine.training.trainer import Trainer

    config = apply_preset(small_config.replace(precision=precision), "tutorial")
    assert preset_of(config) == "tutorial"
    trainer = Trainer(config, dataset)
    policy = trainer.precision.keras_policy
    generator, discriminator = build_generator(config, "fast", policy), build_discriminator(config, policy)
    recipe = config.recipe
    g_opt, d_opt = keras.optimizers.Adam(recipe.g_learning_rate), keras.optimizers.Adam(recipe.d_learning_rate)
    g_opt.build(generator.trainable_variables)
    d_opt.build(discriminator.trainable_variables)
    images = tf.constant(trainer.dataset.train_images)
    reference = _seed_notebook_step(generator, discriminator, g_opt, d_opt, images, config.run.seed,
                                    config.settings.noise_dim)
    for i in range(5):
        trainer.step()
        indices = data_mod.batch_indices(config.run.seed, i, trainer.num_images, config.recipe.batch_size)
        expected = reference(tf.constant(indices), tf.constant(i, tf.int64)).numpy()
        assert np.array_equal(trainer.history.array()[i], expected), i
    for ours, theirs in zip(trainer.generator.variables + trainer.discriminator.variables,
                            generator.variables + discriminator.variables):
        assert np.array_equal(ours.numpy(), theirs.numpy()), ours.path


EVERYTHING = dict(batch_size=16, g_learning_rate=3e-4, d_learning_rate=2e-4, g_beta1=0.5, g_beta2=0.99,
                  d_beta1=0.4, d_beta2=0.98, loss="lsgan", d_steps=2, label_smoothing=0.1, label_flip=0.05,
                  instance_noise=0.1, instance_noise_decay=20, g_dropout=0.2, ema=0.99, spectral_norm=True,
                  upsampling="resize")


def test_every_setting_round_trips_through_a_checkpoint_and_resumes_exactly(small_config, dataset, tmp_path):
    from engine.io.checkpoint import read_checkpoint
    from engine.training.trainer import Trainer

    assert set(EVERYTHING) == set(RECIPE_FIELDS) - {"gp_weight"}  # every knob but wgan-gp's is changed
    config = small_config.replace(**EVERYTHING)
    trainer = Trainer(config, dataset)
    for _ in range(3):
        trainer.step()
    path = trainer.save(tmp_path / "all.ckpt.npz")
    assert read_checkpoint(path).config == config.replace(image_size=28, channels=1) and preset_of(config) is None
    restored = Trainer.restore(path, dataset)
    assert "ema" in restored.variable_groups() and restored.config == config.replace(image_size=28, channels=1)
    for t in (trainer, restored):
        for _ in range(3):  # iterations 4..6: a generator update at 4 and 6 only (d_steps 2)
            t.step()
    assert np.array_equal(trainer.history.array(), restored.history.array())
    for group, variables in trainer.variable_groups().items():
        for a, b in zip(variables, restored.variable_groups()[group]):
            assert np.array_equal(a.numpy(), b.numpy()), (group, a.path)
    assert np.array_equal(trainer.generate(trainer.sample_latents), restored.generate(restored.sample_latents))


def test_checkpoints_from_before_the_recipe_settings_continue_with_the_seed_recipe(small_config, dataset, tmp_path):
    from engine.training.trainer import Trainer

    path = Trainer(small_config, dataset).save(tmp_path / "old.ckpt.npz")
    arrays = dict(np.load(path))
    meta = json.loads(arrays.pop("meta").tobytes())
    meta["config"] = flat_config(small_config)
    for name in set(RECIPE_FIELDS) - {"batch_size", "g_learning_rate", "d_learning_rate"}:
        del meta["config"][name]  # as GAN Studio wrote them before these settings existed
    np.savez(path, meta=np.frombuffer(json.dumps(meta).encode(), np.uint8), **arrays)
    restored = Trainer.restore(path, dataset)
    assert restored.config == apply_preset(small_config, "tutorial").replace(batch_size=16) and restored.step().finite


def test_the_discriminator_takes_extra_steps_and_the_generator_waits(small_config, dataset):
    from engine.families.dcgan import METRICS
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config.replace(d_steps=3, ema=0.5), dataset)
    kernel = trainer.generator.get_layer("dense").kernel
    before = kernel.numpy().copy()
    trainer.step()
    trainer.step()  # iterations 1, 2: the discriminator only
    assert np.array_equal(kernel.numpy(), before)
    average = trainer.ema.weights[0].numpy().copy()
    assert np.array_equal(average, before)  # the average starts at the weights and waits too
    trainer.step()  # iteration 3: the generator's turn
    after = kernel.numpy()
    assert not np.array_equal(after, before)
    decay = min(0.5, (1 + 1) / (10 + 1))  # the first update's, warmed up
    assert np.allclose(trainer.ema.weights[0].numpy(), decay * before + (1 - decay) * after, atol=1e-7)
    norms = trainer.history.array()[:, METRICS.index("g_grad_norm")]
    assert norms[0] == norms[1] == 0 and norms[2] > 0


def test_instance_noise_decays_linearly_and_label_targets_follow_the_recipe():
    import tensorflow as tf

    from engine.families.dcgan.step import RecipeValues
    from engine.training import losses

    values = RecipeValues(TrainConfig().replace(instance_noise=0.2, instance_noise_decay=100))
    sigma = [float(values.noise_sigma(tf.constant(i, tf.int64))) for i in (0, 50, 100, 500)]
    assert np.allclose(sigma, [0.2, 0.1, 0.0, 0.0])
    values = RecipeValues(TrainConfig().replace(instance_noise=0.2))  # no decay: constant
    assert np.isclose(float(values.noise_sigma(tf.constant(10**6, tf.int64))), 0.2)

    real, fake = tf.constant([2.0, -1.0]), tf.constant([0.5, -3.0])
    ones, zeros = tf.ones(2), tf.zeros(2)
    bce = lambda t, x: np.mean(np.maximum(x, 0) - x * t + np.log1p(np.exp(-np.abs(x))))  # noqa: E731
    assert np.isclose(losses.discriminator_loss("bce", real, fake, 0.9 * ones, zeros),
                      bce(0.9, real.numpy()) + bce(0.0, fake.numpy()))
    assert np.isclose(losses.discriminator_loss("lsgan", real, fake, ones, zeros),
                      0.5 * (np.mean((real.numpy() - 1) ** 2) + np.mean(fake.numpy() ** 2)))
    assert np.isclose(losses.discriminator_loss("hinge", real, fake, ones, zeros), (0 + 2) / 2 + (1.5 + 0) / 2)
    assert np.isclose(losses.discriminator_loss("wgan-gp", real, fake, ones, zeros), -1.25 - 0.5)
    assert np.isclose(losses.generator_loss("hinge", fake), 1.25)
    assert list(losses.judged_real("lsgan", tf.constant([0.4, 0.6])).numpy()) == [False, True]


@pytest.mark.parametrize("loss", ["bce", "lsgan", "hinge", "wgan-gp"])
def test_each_loss_trains_a_discriminator_that_tells_real_from_fake(small_config, dataset, loss):
    """With a generator that can only draw one grey image (its last kernel zero, a negligible learning
    rate: as in the alarm tests, the same on any CPU), every loss's discriminator learns to rate the
    real garments above the fakes within a few iterations."""
    from engine.families.dcgan import METRICS
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config.replace(loss=loss, g_learning_rate=1e-9, d_learning_rate=1e-3), dataset)
    kernel = trainer.generator.get_layer("deconv3").kernel
    kernel.assign(np.zeros(kernel.shape, np.float32))
    for _ in range(20):
        assert trainer.step().finite
    history = trainer.history.array()
    real, fake = history[:, METRICS.index("d_real")], history[:, METRICS.index("d_fake")]
    assert (real[-5:] > fake[-5:]).all() and (real - fake)[-5:].mean() > (real - fake)[:3].mean()


def test_bad_recipes_are_refused_with_the_field_named():
    for changes, field in [({"loss": "wasserstein"}, "loss"), ({"d_steps": 0}, "d_steps"),
                           ({"label_smoothing": 0.5}, "label_smoothing"), ({"ema": 1.0}, "ema"),
                           ({"upsampling": "bicubic"}, "upsampling"), ({"spectral_norm": 1}, "spectral_norm"),
                           ({"loss": "hinge", "label_flip": 0.1}, "hinge")]:
        with pytest.raises(ConfigError, match=field):
            TrainConfig().replace(**changes)
    assert all(FIELDS[name].doc and FIELDS[name].label for name in FIELDS)  # every knob says what it does
    for name, preset in PRESETS.items():
        assert preset_of(apply_preset(TrainConfig().replace(seed=3), name)) == name


def test_train_flags_set_the_recipe_and_a_resume_keeps_the_networks(tmp_path):
    from conftest import run_main

    from engine.io.checkpoint import read_checkpoint

    run = tmp_path / "run"
    out = run_main("train", "--steps", "2", "--preset", "dcgan", "--batch-size", "16", "--train-images", "64",
                   "--loss", "hinge", "--d-steps", "2", "--ema", "0.9", "--spectral-norm", "--g-beta2", "0.99",
                   "--run-dir", str(run))
    assert out.returncode == 0, out.stderr
    assert "a custom recipe" in out.stderr
    config = read_checkpoint(next(run.glob("*.ckpt.npz"))).config
    recipe = config.recipe
    assert (recipe.loss, recipe.d_steps, recipe.ema, recipe.spectral_norm, recipe.g_beta2) == (
        "hinge", 2, 0.9, True, 0.99)
    assert (recipe.g_learning_rate, recipe.g_beta1) == (2e-4, 0.5)  # the rest from the DCGAN paper preset
    ckpt = next(run.glob("*.ckpt.npz"))
    changed = run_main("train", "--resume", str(ckpt), "--steps", "1", "--d-learning-rate", "1e-4")
    assert changed.returncode == 0, changed.stderr
    refused = run_main("train", "--resume", str(ckpt), "--steps", "1", "--no-spectral-norm")
    assert refused.returncode == 2 and "cannot change spectral_norm" in refused.stderr
    bad = run_main("train", "--steps", "1", "--loss", "hinge", "--label-smoothing", "0.1", "--run-dir", str(tmp_path))
    assert bad.returncode == 2 and "hinge" in bad.stderr


def test_the_preset_box_fills_the_recipe_an_edit_makes_it_custom_and_the_run_uses_it(qtbot, make_window):
    from PySide6.QtCore import Qt
    from qt_helpers import WAIT, click

    from gui.panels.settings_panel import CUSTOM
    from gui.worker.protocol import State

    window = make_window()  # qt_helpers.CONFIG: the tutorial's recipe but at batch 16, so "Custom"
    panel = window.settings_panel
    assert panel.preset.currentText() == CUSTOM
    panel.preset.setFocus()
    qtbot.keyClick(panel.preset, Qt.Key.Key_Up)  # the entry above Custom: Music start
    assert panel.preset.currentText() == PRESETS["music"].title
    qtbot.keyClick(panel.preset, Qt.Key.Key_Up)  # then Colour start
    assert panel.preset.currentText() == PRESETS["colour"].title
    qtbot.keyClick(panel.preset, Qt.Key.Key_Up)  # and above it, Fast start
    assert panel.preset.currentText() == PRESETS["fast"].title
    assert panel.recipe["batch_size"].value() == PRESETS["fast"].values["batch_size"]
    assert panel.recipe["ema"].value() == PRESETS["fast"].values["ema"]
    assert panel.recipe["ema"].toolTip() == FIELDS["ema"].doc
    smoothing = panel.recipe["label_smoothing"]
    smoothing.lineEdit().selectAll()
    qtbot.keyClicks(smoothing.lineEdit(), "0.2")
    assert smoothing.value() == 0.2 and panel.preset.currentText() == CUSTOM
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: window.iteration == 1 and window.state == State.PAUSED, timeout=WAIT)
    config = window.worker._trainer.config  # the worker sleeps while paused
    fast = PRESETS["fast"].values
    recipe = config.recipe
    assert (recipe.label_smoothing, recipe.batch_size, recipe.ema) == (0.2, fast["batch_size"], fast["ema"])
