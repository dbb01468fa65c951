"""The other families (Pix2Pix, CycleGAN, the conditional DCGAN) through the one trainer interface: real
steps on real data, exact resume in-process and across processes, their panels and metrics, the
command line."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from conftest import run_main

from engine.config import TrainConfig
from engine.families import FAMILIES
from engine.families.pix2pix.edges import edge_maps
from engine.io.checkpoint import read_checkpoint
from engine.io.data import DatasetError

FAMILY_CONFIG = TrainConfig().replace(batch_size=16, train_images=512, grid_every=4, seed=9, g_learning_rate=2e-4,
                            d_learning_rate=2e-4, g_beta1=0.5, d_beta1=0.5)


@pytest.mark.parametrize("family, extra", [("pix2pix", {}), ("cyclegan", {}), ("conditional", {}),
                                           ("conditional", {"conditioning": "channels"})])
def test_family_trains_saves_and_resumes_exactly(family, extra, dataset, tmp_path):
    from engine.training.trainer import Trainer

    config = FAMILY_CONFIG.replace(family=family, **extra)
    trainer = Trainer(config, dataset)
    assert type(trainer).__module__ == f"engine.families.{family}.trainer"
    results = [trainer.step() for _ in range(3)]
    assert all(r.finite for r in results) and trainer.history.columns == FAMILIES[family].metrics
    path = trainer.save(tmp_path / f"{family}.ckpt.npz")
    assert read_checkpoint(path).config.run.family == family
    later = [trainer.step().values for _ in range(3)]

    resumed = Trainer.restore(path, dataset)
    assert type(resumed) is type(trainer) and resumed.iteration == 3
    assert [resumed.step().values for _ in range(3)] == later  # bit for bit
    assert np.array_equal(resumed.history.array(), trainer.history.array())
    # The panel: 16 cells of input | output | target (or A -> B -> A; or samples), a frame every grid_every.
    assert [f.iteration for f in resumed.frames] == [0, 4]
    width = 28 if family == "conditional" else 3 * 28 + 2
    assert resumed.frames[-1].images.shape == (16, 28, width) and resumed.frames[-1].images.dtype == np.uint8


def test_a_checkpoint_of_one_family_is_not_taken_for_another(dataset, tmp_path):
    from engine.io.checkpoint import CheckpointError
    from engine.training.trainer import Trainer

    path = Trainer(FAMILY_CONFIG.replace(family="pix2pix"), dataset).save(tmp_path / "p.ckpt.npz")
    checkpoint = read_checkpoint(path)
    foreign = replace(checkpoint, config=checkpoint.config.replace(family="cyclegan"))
    with pytest.raises(CheckpointError, match="another architecture"):
        Trainer.restore(foreign, dataset)


def test_pix2pix_panel_sketches_and_metrics(dataset):
    from engine.quality.evaluator import QualityMeter
    from engine.training.trainer import Trainer

    trainer = Trainer(FAMILY_CONFIG.replace(family="pix2pix"), dataset)
    trainer.step()
    cells = trainer.render_frame().images  # the panel of the generator as it is now
    edges = trainer.test_edges(0)
    assert np.array_equal(edges, edge_maps(dataset.test_images[:1])[0]) and set(np.unique(edges)) <= {0, 255}
    assert np.array_equal(cells[0, :, :28], edges) and np.array_equal(cells[0, :, -28:], dataset.test_images[0])
    drawn = trainer.translate(edges)
    assert drawn.shape == (1, 28, 28) and np.array_equal(drawn[0], cells[0, :, 29:57])
    row, line = QualityMeter(dataset).measure(trainer)
    columns = FAMILIES["pix2pix"].quality_columns
    l1, accuracy, ceiling = (row[columns.index(c)] for c in ("l1", "accuracy", "accuracy_ceiling"))
    assert row[0] == 1 and 0 < l1 < 1 and 0 <= accuracy <= 1 and ceiling > 0.85  # the classifier on real images
    assert "accuracy on the outputs" in line and np.array_equal(trainer.quality, row[None])


def test_cyclegan_panel_rows_and_metric(dataset):
    from engine.quality.evaluator import QualityMeter
    from engine.training.trainer import Trainer

    config = FAMILY_CONFIG.replace(family="cyclegan", class_a=0, class_b=6)  # T-shirt <-> shirt
    trainer = Trainer(config, dataset)
    trainer.step()
    cells = trainer.render_frame().images
    a = dataset.test_images[dataset.test_labels == 0][:8]
    b = dataset.test_images[dataset.test_labels == 6][:8]
    assert np.array_equal(cells[:8, :, :28], a) and np.array_equal(cells[8:, :, :28], b)
    assert np.array_equal(cells[:8, :, 29:57], trainer.translate(a))  # A -> B by G
    assert np.array_equal(cells[:8, :, 58:], trainer.translate(trainer.translate(a), to_b=False))  # and back by F
    row, line = QualityMeter(dataset).measure(trainer)
    assert row.shape == (len(FAMILIES["cyclegan"].quality_columns),) and 0 <= row[3] <= 1 and row[4] > 0
    assert "T-shirt/top -> Shirt" in line


def test_cyclegan_needs_labelled_data_of_both_classes(dataset):
    from engine.training.trainer import Trainer

    unlabelled = replace(dataset, train_labels=None, kind="images")
    with pytest.raises(DatasetError, match="have no classes"):
        Trainer(FAMILY_CONFIG.replace(family="cyclegan"), unlabelled)
    with pytest.raises(DatasetError, match="both classes"):  # the first 10 images hold no bag
        Trainer(FAMILY_CONFIG.replace(family="cyclegan", train_images=10, class_a=8), dataset)


def test_live_changes_are_the_optimizers_for_translation_families(dataset):
    from engine.config import ConfigError
    from engine.training.trainer import Trainer

    trainer = Trainer(FAMILY_CONFIG.replace(family="pix2pix"), dataset)
    [change] = trainer.apply_changes({"g_learning_rate": 1e-4})
    assert change.field == "g_learning_rate" and float(trainer.g_optimizer.learning_rate) == pytest.approx(1e-4)
    with pytest.raises(ConfigError, match="not part of the Pix2Pix recipe"):
        trainer.apply_changes({"label_smoothing": 0.1})


def test_conditional_generator_draws_the_class_asked_for(dataset):
    from engine.quality.evaluator import QualityMeter
    from engine.training.trainer import Trainer

    trainer = Trainer(FAMILY_CONFIG.replace(family="conditional", ema=0.9), dataset)
    for _ in range(3):
        trainer.step()
    z = np.repeat(trainer.sample_latents[:1], 10, axis=0)
    drawn = trainer.generate(z, np.arange(10))
    assert len({image.tobytes() for image in drawn}) == 10  # one latent, ten classes, ten images
    assert np.array_equal(trainer.generate(z[:1], [3]), drawn[3:4])
    halfway = np.zeros((1, 10), np.float32)
    halfway[0, [3, 4]] = 0.5  # the morph's frames: a mix of two classes' embeddings
    assert not np.array_equal(trainer.generate(z[:1], halfway), drawn[3:4])
    frame = trainer.render_frame()  # grid cell i asks for class i mod 10
    assert np.array_equal(frame.images, trainer.generate(trainer.sample_latents, np.arange(16) % 10))
    row, line = QualityMeter(dataset).measure(trainer)
    columns = FAMILIES["conditional"].quality_columns
    assert row.shape == (len(columns),) and 0 <= row[columns.index("class_accuracy")] <= 1
    per_class = row[columns.index("accuracy_0"):]
    assert len(per_class) == 10 and np.isclose(per_class.mean(), row[columns.index("class_accuracy")])
    assert "per class: T-shirt/top" in line and "FCD" in line


@pytest.mark.parametrize("family", ["pix2pix", "cyclegan", "conditional"])
def test_command_line_trains_resumes_exactly_and_evaluates(family, dataset, tmp_path):
    from engine.training.trainer import Trainer

    small = ["--batch-size", "16", "--train-images", "512", "--seed", "4"]
    first = run_main("train", "--family", family, "--steps", "3", *small, "--run-dir", str(tmp_path))
    assert first.returncode == 0, first.stderr
    assert FAMILIES[family].title in first.stderr
    again = run_main("train", "--resume", str(next(tmp_path.glob("*.ckpt.npz"))), "--steps", "2")
    assert again.returncode == 0, again.stderr
    saved = read_checkpoint(next(tmp_path.glob("*i0000005.ckpt.npz")))
    straight = Trainer(saved.config, dataset)  # the same five iterations without stopping
    for _ in range(5):
        straight.step()
    assert np.array_equal(saved.history, straight.history.array())

    out = run_main("evaluate", str(saved.path))
    assert out.returncode == 0, out.stderr
    assert f"{FAMILIES[family].title}, iteration 5:" in out.stdout
    assert {"pix2pix": "accuracy on the outputs", "cyclegan": "classified as the target class",
            "conditional": "asked-for class recognised in"}[family] in out.stdout


def test_conditional_grid_as_a_row_per_class(dataset):
    from engine.families.dcgan.latents import grid_latents
    from engine.training.trainer import Trainer

    trainer = Trainer(FAMILY_CONFIG.replace(family="conditional", class_rows=True), dataset)
    trainer.step()
    images = trainer.render_frame().images  # of the generator as it is now
    assert images.shape == (100, 28, 28)
    latents = grid_latents(10, trainer.config.settings.noise_dim)
    for row, column in ((0, 0), (7, 3), (9, 9)):  # row: the class asked for; column: the latent
        assert np.array_equal(images[row * 10 + column], trainer.generate(latents[column:column + 1], [row])[0])
    assert trainer.cell_class(73) == 7


def test_a_step_returns_its_metrics_by_the_names_its_family_declares():
    """replica.metrics orders a step's named values as the family declares them, and refuses (when the step
    is traced) a step that measures other names than its family declares."""
    import tensorflow as tf

    from engine.compute import replica

    vector = replica.metrics(("b", "a", "norm"), {"a": tf.constant(1.0), "b": tf.constant(2.0)},
                             {"norm": tf.constant(3.0)})
    assert vector.numpy().tolist() == [2.0, 1.0, 3.0]
    with pytest.raises(ValueError, match="measures a, extra; its family declares a, b"):
        replica.metrics(("a", "b"), {"a": tf.constant(1.0)}, {"extra": tf.constant(0.0)})


def test_every_registered_family_loads_its_trainer_and_declares_what_its_step_measures(dataset):
    """The registry is the one list of families: each entry's trainer is a Trainer of that family, and one
    step of each returns exactly the metrics the family declares."""
    from engine.io.chorales import chorale_paths, load_chorales
    from engine.training.trainer import Trainer

    for name, family in FAMILIES.items():
        cls = family.trainer()
        assert issubclass(cls, Trainer) and family.name == name
        data = load_chorales(chorale_paths()[:30]) if family.data else dataset  # the composer's own: a few chorales
        trainer = Trainer(FAMILY_CONFIG.replace(family=name, batch_size=8), data)
        assert type(trainer) is cls
        assert tuple(trainer.step().values) == family.metrics
