"""Quality metrics on known cases, the shipped classifier on the real test set, and `main.py evaluate`."""

import re

import numpy as np
import pytest
from conftest import run_main

from engine.quality.metrics import class_coverage, classifier_score, fcd, frechet_distance, kid


def test_frechet_distance_closed_forms():
    rng = np.random.default_rng(0)
    mu1, mu2 = rng.standard_normal(6), rng.standard_normal(6)
    # Isotropic Gaussians: ||mu1 - mu2||^2 + d (s1 - s2)^2.
    assert np.isclose(frechet_distance(mu1, 4.0 * np.eye(6), mu2, 0.25 * np.eye(6)),
                      np.sum((mu1 - mu2) ** 2) + 6 * (2.0 - 0.5) ** 2)
    # Same (non-diagonal) covariance: only the means count.
    a = rng.standard_normal((6, 6))
    cov = a @ a.T + 0.1 * np.eye(6)
    assert np.isclose(frechet_distance(mu1, cov, mu2, cov), np.sum((mu1 - mu2) ** 2), atol=1e-8)


def test_fcd_is_zero_for_identical_sets_and_the_shift_for_shifted_samples():
    rng = np.random.default_rng(1)
    x = rng.standard_normal((20000, 4))
    assert abs(fcd(x, x)) < 1e-9
    shift = np.array([1.0, -2.0, 0.5, 0.0])
    assert np.isclose(fcd(x, x + shift), np.sum(shift ** 2), rtol=1e-6)  # same covariance exactly
    y = rng.standard_normal((20000, 4)) * 2 + shift  # N(shift, 4 I) against N(0, I): |shift|^2 + 4 (2 - 1)^2
    assert np.isclose(fcd(x, y), np.sum(shift ** 2) + 4, rtol=0.05)


def test_kid_is_near_zero_for_one_distribution_and_positive_for_two():
    rng = np.random.default_rng(2)
    a, b = rng.standard_normal((3000, 8)), rng.standard_normal((3000, 8))
    same, spread = kid(a, b, subsets=10, subset_size=500)
    assert abs(same) < 3 * spread + 1e-3
    apart, _ = kid(a, b + 1.0, subsets=10, subset_size=500)
    assert apart > 50 * max(abs(same), spread)


def test_classifier_score_and_coverage_on_known_sets():
    even = np.eye(10)[np.arange(1000) % 10]  # confident, all ten classes equally
    one = np.eye(10)[np.zeros(1000, int)]  # confident, one class: a collapsed generator
    unsure = np.full((1000, 10), 0.1)  # no opinion
    assert np.isclose(classifier_score(even), 10, rtol=1e-6)
    assert np.isclose(classifier_score(one), 1) and np.isclose(classifier_score(unsure), 1)
    shares, entropy = class_coverage(one)
    assert shares[0] == 1 and shares[1:].sum() == 0 and entropy == 0
    shares, entropy = class_coverage(even)
    assert np.allclose(shares, 0.1) and np.isclose(entropy, 1)


def test_shipped_classifier_reaches_90_percent_on_the_real_test_set(dataset):
    from engine.quality.classifier import WEIGHTS, DomainClassifier

    assert WEIGHTS.stat().st_size < 4 * 2**20  # "a few MB at most"
    assert DomainClassifier().accuracy(dataset.test_images, dataset.test_labels) >= 0.90


def test_missing_or_foreign_weights_say_how_to_fix_it(tmp_path):
    from engine.quality.classifier import ClassifierError, DomainClassifier

    with pytest.raises(ClassifierError, match="train_classifier.py"):
        DomainClassifier(tmp_path / "none.npz")
    np.savez(tmp_path / "other.npz", something=np.zeros(3))
    with pytest.raises(ClassifierError, match="does not fit"):
        DomainClassifier(tmp_path / "other.npz")


def test_the_floor_is_near_perfect_and_an_untrained_generator_is_far_from_it(small_config, dataset):
    from engine.quality.evaluator import Evaluator
    from engine.training.trainer import Trainer

    evaluator = Evaluator(dataset, samples=1000)
    floor = evaluator.floor
    assert floor.samples == 1000 and floor.coverage > 0.95 and floor.score > 7
    untrained = evaluator.evaluate(Trainer(small_config, dataset).generate, 100)
    assert untrained.fcd > 10 * floor.fcd and untrained.score < floor.score
    again = evaluator.evaluate(Trainer(small_config, dataset).generate, 100)
    assert again == untrained  # fixed latents, same weights: the same numbers


def test_evaluate_command_prints_the_metrics_with_their_floor(small_config, dataset, tmp_path):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)
    for _ in range(3):
        trainer.step()
    path = trainer.save(tmp_path / "run.ckpt.npz")
    out = run_main("evaluate", str(path), "--samples", "500")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert any(line.startswith("classifier score") for line in lines)
    match = re.fullmatch(r"FCD: (\d+\.\d+) \(floor (\d+\.\d+)\)", lines[-2])
    assert match and float(match[1]) > float(match[2])
    match = re.fullmatch(r"SWD: (\d+\.\d+) \(floor (\d+\.\d+)\)", lines[-1])  # Fashion-MNIST keeps both
    assert match and float(match[1]) > 3 * float(match[2])

    garbage = tmp_path / "garbage.ckpt.npz"
    garbage.write_bytes(b"no" * 500)
    out = run_main("evaluate", str(garbage))
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_quality_rows_are_kept_in_checkpoints_and_older_checkpoints_still_load(small_config, dataset, tmp_path):
    from engine.io.checkpoint import read_checkpoint, write_checkpoint
    from engine.quality.evaluator import QualityMeter
    from engine.quality.metrics import QUALITY_COLUMNS
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config.replace(quality_samples=200), dataset)
    for _ in range(16):  # one epoch of the small config
        trainer.step()
    assert trainer.quality_due
    row, line = QualityMeter(dataset).measure(trainer)
    assert row[0] == 16 and row.shape == (len(QUALITY_COLUMNS),) and np.isfinite(row).all()
    assert line.startswith("FCD ") and ", SWD " in line  # Fashion-MNIST: the classifier's metrics and the SWD
    path = trainer.save(tmp_path / "q.ckpt.npz")
    assert np.array_equal(Trainer.restore(path, dataset).quality, trainer.quality)

    # A checkpoint written before the SWD: nine quality columns; the SWD's are NaN when it is read.
    before = read_checkpoint(path)
    arrays = {f"var/{g}/{i}": v for g, vs in before.variables.items() for i, v in enumerate(vs)}
    arrays.update(history=before.history, frame_iterations=before.frame_iterations,
                  frame_images=before.frame_images, quality=before.quality[:, :9])
    write_checkpoint(tmp_path / "nine.ckpt.npz", arrays, {**before.meta, "quality_columns": list(QUALITY_COLUMNS[:9])})
    nine = Trainer.restore(tmp_path / "nine.ckpt.npz", dataset).quality
    assert np.array_equal(nine[:, :9], trainer.quality[:, :9]) and np.isnan(nine[:, 9:]).all()

    # A checkpoint written before quality existed: no "quality" array, no "quality_columns".
    old = read_checkpoint(path)
    arrays = {f"var/{g}/{i}": v for g, vs in old.variables.items() for i, v in enumerate(vs)}
    arrays.update(history=old.history, frame_iterations=old.frame_iterations, frame_images=old.frame_images)
    meta = {k: v for k, v in old.meta.items() if k not in ("quality_columns", "format", "version", "saved_at")}
    # ... and no gradient norms in its history (its six first columns).
    meta["history_columns"] = list(old.history_columns[:6])
    arrays["history"] = old.history[:, :6]
    write_checkpoint(tmp_path / "old.ckpt.npz", arrays, meta)
    restored = Trainer.restore(tmp_path / "old.ckpt.npz", dataset)
    assert restored.quality.shape == (0, len(QUALITY_COLUMNS))
    assert np.array_equal(restored.history.array()[:, :6], old.history[:, :6])
    assert np.isnan(restored.history.column("g_grad_norm")).all()
    assert np.isfinite(restored.step().g_grad_norm)


def test_the_window_measures_quality_each_epoch_and_on_demand(qtbot, make_window):
    from qt_helpers import WAIT, click

    from gui.worker.protocol import State

    window = make_window()  # 16 iterations an epoch
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: len(window.quality.table) >= 1, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    first = window.quality.table[0]
    assert first[0] == 16 and first[1] > first[5] > 0  # FCD above its floor
    assert "FCD" in window.quality.readout.text()
    rows = len(window.quality.table)
    click(qtbot, window, "evaluateButton")
    qtbot.waitUntil(lambda: len(window.quality.table) == rows + 1, timeout=WAIT)
    assert window.quality.table[-1][0] == window.iteration


def test_the_swd_is_zero_for_the_same_images_small_between_real_halves_and_large_for_noise(dataset):
    """Karras et al.'s multi-scale SWD on real Fashion-MNIST: the two real halves are close (the floor),
    noise and a copy at half the resolution are far, each level is reported, and the seed makes it
    repeatable."""
    from engine.quality.swd import levels_of, swd

    rng = np.random.default_rng(0)
    order = rng.permutation(len(dataset.train_images))
    a, b = dataset.train_images[order[:500]], dataset.train_images[order[500:1000]]
    assert swd(a, a, 1).mean == 0.0 and levels_of(28) == 2 and levels_of(64) == 4
    floor = swd(a, b, 1)
    assert len(floor.levels) == 2 and swd(a, b, 1) == floor
    noise = swd(rng.integers(0, 256, a.shape, np.uint8), b, 1)
    pixelated = swd(a[:, ::2, ::2].repeat(2, 1).repeat(2, 2), b, 1)  # half the resolution
    assert noise.mean > 5 * floor.mean and pixelated.mean > 1.5 * floor.mean, (floor, pixelated, noise)
    with pytest.raises(ValueError, match="one size and shape"):
        swd(a, b[:10], 1)
