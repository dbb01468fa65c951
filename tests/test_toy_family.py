"""README's "How to add a family", followed step by step with a test-sized family (tests/toy_family): a
package that declares its Family and settings, a trainer, and one registry line; then the engine, the
run loop, checkpoints, live changes and the window serve it without a change anywhere else."""

from __future__ import annotations

import numpy as np
import pytest
import toy_family
from qt_helpers import WAIT, click


@pytest.fixture
def registered(monkeypatch):
    """Step 3: the registry's one line, `toy_family.FAMILY,` in engine/families/__init__.py (here for the
    test's duration)."""
    from engine.families import FAMILIES

    monkeypatch.setitem(FAMILIES, "toy", toy_family.FAMILY)
    return toy_family.FAMILY


def test_a_family_is_one_package_and_one_registry_line(registered, dataset, tmp_path):
    from engine.config import FIELDS, ConfigError, TrainConfig
    from engine.io.rundir import RunDir
    from engine.quality.evaluator import QualityMeter
    from engine.training.alarms import AlarmMonitor
    from engine.training.run_loop import RunLoop
    from engine.training.trainer import Trainer

    config = TrainConfig().replace(family="toy", toy_latent=4, batch_size=16, train_images=64, grid_every=2,
                                   quality_every=1, precision="float32")
    assert config.settings == toy_family.ToySettings(toy_latent=4) and FIELDS["toy_latent"].part == "toy"
    with pytest.raises(ConfigError, match="toy_latent must be in"):
        config.replace(toy_latent=0)

    trainer = Trainer(config, dataset)
    assert type(trainer).__name__ == "ToyTrainer"
    assert trainer.live_fields == ("g_learning_rate", "d_learning_rate", "g_beta1", "d_beta1")
    loop = RunLoop(trainer, RunDir(tmp_path / "run"), AlarmMonitor(family=registered), QualityMeter(dataset))
    dues = []
    for _ in range(4):  # an epoch of 64 images at batch 16: quality is due at its end
        stepped = loop.step()
        assert not stepped.diverged and tuple(stepped.result.values) == registered.metrics
        dues.append(loop.due())
    assert dues[-1].quality is not None and "L1 to the mean real image" in dues[-1].quality[1]
    assert trainer.quality.shape == (1, 2) and len(trainer.frames) == 3  # iterations 0, 2 and 4
    assert trainer.apply_changes({"g_learning_rate": 3e-4})[0].label == "lr_G 1e-4 -> 3e-4"
    with pytest.raises(ConfigError, match="not part of the Toy GAN recipe"):
        trainer.apply_changes({"label_smoothing": 0.1})

    path = trainer.save(tmp_path / "toy.ckpt.npz")
    later = [trainer.step().values for _ in range(3)]
    resumed = Trainer.restore(path, dataset)
    assert resumed.config == trainer.config and resumed.changes.applied == trainer.changes.applied
    assert [resumed.step().values for _ in range(3)] == later  # bit for bit
    assert np.array_equal(resumed.history.array(), trainer.history.array())


def test_the_window_trains_a_new_family_without_a_change_of_its_own(registered, qtbot, make_window):
    from PySide6.QtWidgets import QSpinBox

    window = make_window()
    box = window.settings_panel.family
    box.setCurrentIndex(box.findData("toy"))
    latent = window.findChild(QSpinBox, "recipe_toy_latent")
    assert latent.isVisibleTo(window.settings_panel) and latent.toolTip().startswith("Toy GAN")
    assert not window.settings_panel.recipe["loss"].isEnabled()  # the DCGAN's trick, not the toy's
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: len(window.samples.frames) >= 2 and len(window.loss_plot) >= 5, timeout=WAIT)
    click(qtbot, window, "stopButton")
    assert window.family is registered and window.loss_plot.keys == ["g_loss", "d_loss"]
    assert window.samples.frames[-1].images.shape == (16, 28, 28)
