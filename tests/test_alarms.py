"""Each alarm fired by a crafted history or a crafted model, once per episode, and muted on request."""

import numpy as np
import pytest

from engine.config import AlarmConfig, ConfigError
from engine.families.dcgan import METRICS
from engine.quality.metrics import QUALITY_COLUMNS
from engine.training.alarms import AlarmMonitor, RollingMedian, sample_diversity


def rows(count, **values):
    """Healthy-looking history rows, with some columns overridden."""
    base = {"g_loss": 0.9, "d_loss": 1.2, "real_acc": 0.7, "fake_acc": 0.6, "d_real": 0.6, "d_fake": 0.4,
            "g_grad_norm": 1.0, "d_grad_norm": 0.5}
    base.update(values)
    return np.tile([base[m] for m in METRICS], (count, 1)).astype(np.float32)


def kinds(alarms):
    return [(a.kind, a.iteration) for a in alarms]


def test_the_discriminator_winning_for_a_sustained_stretch_fires_once_per_stretch():
    monitor = AlarmMonitor(AlarmConfig(d_wins_iterations=200))
    assert monitor.check_rows(1, rows(100)) == []
    assert monitor.check_rows(101, rows(199, d_loss=0.01)) == []  # 199 iterations: not yet
    alarms = monitor.check_rows(300, rows(150, d_loss=0.01))
    assert kinds(alarms) == [("d_wins", 300)] and "soft and noisy labels" in alarms[0].message
    assert monitor.check_rows(450, rows(10)) == []  # it clears ...
    assert kinds(monitor.check_rows(460, rows(200, fake_acc=1.0))) == [("d_wins", 659)]  # ... and re-arms


def test_a_gradient_spike_fires_and_then_cools_down():
    monitor = AlarmMonitor(AlarmConfig(gradient_spike=10, gradient_window=100))
    noise = np.random.default_rng(0).uniform(0.8, 1.2, 60)
    history = rows(60)
    history[:, METRICS.index("g_grad_norm")] = noise
    assert monitor.check_rows(1, history) == []
    alarms = monitor.check_rows(61, rows(1, g_grad_norm=40.0))
    assert kinds(alarms) == [("gradients", 61)] and "generator" in alarms[0].title
    assert monitor.check_rows(62, rows(5, g_grad_norm=40.0)) == []  # no alarm storm


@pytest.mark.parametrize("size", [1, 2, 7, 100])
def test_the_rolling_median_is_numpys_median_of_the_window(size):
    values = np.random.default_rng(size).exponential(size=400)
    values[::5] = values[3]  # ties, which the sorted window must remove one at a time
    median = RollingMedian(size)
    for i, value in enumerate(values):
        median.append(float(value))
        window = values[max(0, i + 1 - size):i + 1]
        assert len(median) == len(window) and median.median() == np.median(window)


def test_nan_fires_once_per_episode():
    monitor = AlarmMonitor()
    assert kinds(monitor.check_rows(1, rows(3, g_loss=np.nan))) == [("nan", 1)]
    assert monitor.check_rows(4, rows(2)) == []
    assert kinds(monitor.check_rows(6, rows(1, d_grad_norm=np.inf))) == [("nan", 6)]


def test_mode_collapse_from_class_coverage_and_from_identical_samples(dataset):
    monitor = AlarmMonitor(AlarmConfig(collapse_coverage=0.5))

    def quality(iteration, coverage):
        row = np.zeros(len(QUALITY_COLUMNS))
        row[QUALITY_COLUMNS.index("iteration")] = iteration
        row[QUALITY_COLUMNS.index("coverage")] = coverage
        return row

    assert monitor.check_quality(quality(50, 0.2)) == []  # an early generator: not a fall, no alarm
    assert monitor.check_quality(quality(100, 0.9)) == []
    assert kinds(monitor.check_quality(quality(200, 0.3))) == [("collapse", 200)]
    assert monitor.check_quality(quality(300, 0.2)) == []  # still collapsed: said already
    assert monitor.check_quality(quality(400, 0.8)) == []
    assert kinds(monitor.check_quality(quality(500, 0.1))) == [("collapse", 500)]

    varied = dataset.train_images[:16]
    same = np.repeat(dataset.train_images[:1], 16, axis=0)
    assert sample_diversity(same) == 0 and sample_diversity(varied) > 0.1
    frames = AlarmMonitor()
    assert frames.check_frame(0, np.full((16, 28, 28), 128, np.uint8)) == []  # the untrained start is grey
    assert frames.check_frame(50, varied) == []
    assert frames.check_frame(100, same) == []  # one alike frame is a young generator's dip ...
    assert frames.check_frame(150, varied) == []
    assert frames.check_frame(200, same) == [] and frames.check_frame(250, same) == []
    alarms = frames.check_frame(300, same)  # ... three in a row are a collapse
    assert kinds(alarms) == [("collapse", 300)] and "near-identical" in alarms[0].message
    assert frames.check_frame(350, same) == []  # said once


def test_muted_alarms_stay_silent_and_bad_settings_are_refused():
    monitor = AlarmMonitor(AlarmConfig(muted=("d_wins", "nan"), d_wins_iterations=5))
    assert monitor.check_rows(1, rows(10, d_loss=0.0)) == []
    assert monitor.check_rows(11, rows(1, g_loss=np.nan)) == []
    with pytest.raises(ConfigError, match="unknown alarm"):
        AlarmConfig(muted=("boredom",))
    with pytest.raises(ConfigError, match="collapse_coverage"):
        AlarmConfig(collapse_coverage=2)


def test_a_generator_that_draws_one_grey_image_loses_and_the_discriminator_winning_alarm_fires(small_config,
                                                                                             dataset):
    """End to end through a real Trainer, and the same on any CPU: the generator's last kernel is zero,
    so every fake is tanh(0) = 0, one flat grey image, and at a learning rate of 1e-9 it stays that
    image; the discriminator, at 10x the tutorial's learning rate, tells it from real garments from
    iteration 5 on by a margin that grows every step (mean D(fake) 0.46 at iteration 10, 0.13 at 20,
    0.001 at 30, alike with oneDNN on, off, limited to AVX2, and in bfloat16). So the alarm fires when
    that has lasted `wins` iterations (at iteration 24 here); the budget is 4x that. A diverging run (say
    a learning rate of 1) would not do: how it diverges, and which alarm it raises first, differs
    between CPUs."""
    from engine.training.trainer import Trainer

    wins, budget = 20, 100
    trainer = Trainer(small_config.replace(g_learning_rate=1e-9, d_learning_rate=1e-3, grid_every=1000), dataset)
    kernel = trainer.generator.get_layer("deconv3").kernel
    kernel.assign(np.zeros(kernel.shape, np.float32))
    monitor = AlarmMonitor(AlarmConfig(d_wins_iterations=wins))

    def step():
        trainer.step()
        alarms = monitor.check_rows(trainer.iteration, trainer.history.array(trainer.iteration - 1))
        return [a for a in alarms if a.kind == "d_wins"]

    alarms = []
    while not alarms and trainer.iteration < budget:
        alarms = step()
    assert kinds(alarms) == [("d_wins", trainer.iteration)], f"no alarm in {budget} iterations"
    history = trainer.history.array()
    winning = (history[:, METRICS.index("d_loss")] < 0.05) | (history[:, METRICS.index("fake_acc")] > 0.99)
    assert winning[-wins:].all() and (len(winning) == wins or not winning[-wins - 1])  # the streak's end
    assert np.isin(trainer.generate(trainer.sample_latents), (127, 128)).all()  # still the one grey image
    assert not any(step() for _ in range(10))  # once per stretch


def test_nan_weights_stop_the_step_being_finite_and_the_good_state_comes_back(small_config, dataset):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)  # grid_every=2: a good state every 2 iterations
    for _ in range(4):
        trainer.step()
    good = trainer.generator.get_layer("dense").kernel.numpy().copy()
    trainer.step()
    assert trainer.good_iteration == 4
    trainer.generator.get_layer("dense").kernel.assign(np.full(good.shape, np.nan, np.float32))
    result = trainer.step()
    assert not result.finite and trainer.good_iteration == 4  # a NaN step is never remembered as good
    trainer.restore_good_state()
    assert trainer.iteration == 4 and len(trainer.history) == 4
    assert np.array_equal(trainer.generator.get_layer("dense").kernel.numpy(), good)
    assert trainer.step().finite and trainer.iteration == 5


def test_the_window_pauses_on_nan_shows_the_alarm_and_restores_the_good_state(qtbot, make_window):
    from PySide6.QtWidgets import QPushButton
    from qt_helpers import WAIT, click

    from gui.worker.protocol import State

    window = make_window()  # grid_every=5: a good state every 5 iterations
    for n in range(1, 7):
        click(qtbot, window, "stepButton")
        qtbot.waitUntil(lambda n=n: window.iteration == n and window.state == State.PAUSED, timeout=WAIT)
    trainer = window.worker._trainer  # the worker sleeps while paused: safe to sabotage its weights
    kernel = trainer.generator.get_layer("dense").kernel
    kernel.assign(np.full(kernel.shape, np.nan, np.float32))
    click(qtbot, window, "startButton")  # resume: the next step is NaN and training pauses by itself
    # The alarm is sent before the pause (the window has it when it sees the pause): wait for both.
    qtbot.waitUntil(lambda: window.alarm_banner.isVisible() and window.state == State.PAUSED, timeout=WAIT)
    assert window.iteration == 7
    assert [a.kind for a in window.alarm_banner.alarms] == ["nan"]
    assert all(plot.markers and plot.markers[0].value() == 7 for plot in window.curve_plots)
    restore = window.findChild(QPushButton, "restoreGoodButton")
    assert restore.isVisible() and restore.text() == "Restore iteration 5"

    click(qtbot, window, "restoreGoodButton")
    qtbot.waitUntil(lambda: window.iteration == 5 and not window.alarm_banner.isVisible(), timeout=WAIT)
    assert len(window.loss_plot) == 5
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: window.iteration == 6, timeout=WAIT)
    window.loss_plot.flush()
    assert np.isfinite(window.loss_plot.curves["g_loss"].getOriginalDataset()[1]).all()


def test_a_muted_divergence_alarm_still_pauses_but_says_nothing(qtbot, make_window):
    from qt_helpers import WAIT, click

    from gui.worker.protocol import State

    window = make_window()
    window.alarm_actions["nan"].setChecked(False)  # what unticking it in the Alarms menu does
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: window.iteration == 1 and window.state == State.PAUSED, timeout=WAIT)
    kernel = window.worker._trainer.generator.get_layer("dense").kernel
    kernel.assign(np.full(kernel.shape, np.nan, np.float32))
    click(qtbot, window, "startButton")
    # The worker sends an alarm before the pause, so seeing the pause means no alarm was sent.
    qtbot.waitUntil(lambda: window.iteration == 2 and window.state == State.PAUSED, timeout=WAIT)
    assert not window.alarm_banner.isVisible() and not window.alarm_banner.alarms
    assert not any(plot.markers for plot in window.curve_plots)
