"""Run folders read back to compare runs (engine.io.runs) and the comparison picture (`main.py compare`): real short
runs; a truncated history, an older run without run.json or seconds, a folder that is not a run and one deleted
while read are each shown for what they have, with a note, never an exception."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from conftest import run_main
from PIL import Image

from engine.io.compare_figure import COLOURS
from engine.io.runs import (HISTORY, RUN_FILE, RunFolderError, differing_settings, downsample, find_runs, read_run,
                            read_table, rename_run, x_values)


@pytest.fixture
def saved_run(small_config, dataset, tmp_path):
    """A 6-iteration run saved into a folder, with one live change (run folders as the window and CLI write them)."""
    from engine.io.rundir import RunDir
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)
    for _ in range(3):
        trainer.step()
    trainer.apply_changes({"g_learning_rate": 3e-4})
    for _ in range(3):
        trainer.step()
    folder = RunDir(tmp_path / "20261207-101500")
    folder.save(trainer)
    return folder.path, trainer


def test_a_saved_run_reads_back_as_what_it_is(saved_run):
    path, trainer = saved_run
    run = read_run(path)
    assert run.name == path.name and run.started.strftime("%Y%m%d-%H%M%S") == path.name
    assert run.config == trainer.config and run.family == "dcgan" and run.data == "fashion-mnist"
    assert run.iterations == 6 and run.seconds == pytest.approx(trainer.history.elapsed, abs=1e-3)
    assert len(run.checkpoints) == 1 and run.size > run.checkpoints[0].stat().st_size and not run.notes
    assert run.changes == ((3, "g_learning_rate", "0.0001", "0.0003"),)  # after iteration 3
    rename_run(path, "  slow G  ")
    assert read_run(path).name == "slow G"
    from engine.io.rundir import RunDir

    RunDir(path).write_run_file(trainer.config)  # the next save keeps the name
    assert read_run(path).name == "slow G"


def test_a_history_cut_mid_row_is_read_up_to_its_last_whole_row(saved_run):
    path, _ = saved_run
    text = (path / HISTORY).read_text()
    (path / HISTORY).write_text(text[:text.rindex("\n", 0, len(text) - 1) + 12])  # 5 rows, then part of the 6th
    run = read_run(path)
    assert run.iterations == 5 and any("middle of a row" in str(note) for note in run.notes)
    notes = []
    table = read_table(path / HISTORY, notes)
    assert table.column("iteration").tolist() == [1, 2, 3, 4, 5] and np.isfinite(table.rows).all()


def test_an_older_run_without_run_json_or_seconds_is_read_from_its_checkpoint(saved_run):
    path, trainer = saved_run
    (path / RUN_FILE).unlink()
    lines = (path / HISTORY).read_text().splitlines()
    (path / HISTORY).write_text("\n".join(",".join(v for k, v in enumerate(line.split(",")) if k != 2)
                                          for line in lines) + "\n")  # the seconds column gone
    run = read_run(path)
    assert run.config == trainer.config and run.iterations == 6 and np.isnan(run.seconds)
    assert any("training seconds" in str(note) for note in run.notes)
    table = read_table(path / HISTORY, [])
    assert x_values(run, table, "seconds") is None
    assert x_values(run, table, "images").tolist() == [16 * i for i in range(1, 7)]


def test_folders_that_are_not_runs_or_vanish_are_notes_not_exceptions(saved_run, tmp_path):
    path, _ = saved_run
    (tmp_path / "holiday photos").mkdir()
    (tmp_path / "holiday photos" / "beach.jpg").write_bytes(b"jpeg")
    with pytest.raises(RunFolderError, match="not a run folder"):
        read_run(tmp_path / "holiday photos")
    runs, notes = find_runs([tmp_path, tmp_path / "missing"])
    assert [run.path for run in runs] == [path] and len(notes) == 1 and "missing" in str(notes[0])
    (path / "checkpoint-e0001-i0000006.ckpt.npz").write_bytes(b"PK\x03\x04 not a checkpoint")
    (path / RUN_FILE).write_text("{ not json")
    broken = read_run(path)  # settings from no readable source: said, and the rest still read
    assert broken.config is None and broken.iterations == 6 and len(broken.notes) >= 2
    shutil.rmtree(path)
    with pytest.raises(RunFolderError, match="not a folder"):
        read_run(path)


def test_downsampling_keeps_each_slices_extremes():
    x = np.arange(1_000_000, dtype=float)
    y = np.sin(x / 5000) + (x == 123_457) * 5.0  # one spike
    dx, dy = downsample(x, y, 2000)
    assert len(dx) <= 2000 and dy.max() == pytest.approx(y.max()) and dy.min() == pytest.approx(y.min())
    assert (np.diff(dx) > 0).all()


def test_two_cli_runs_with_different_recipes_compare_in_one_picture(tmp_path):
    common = ["--steps", "12", "--train-images", "512", "--precision", "float32", "--seed", "3"]
    for name, recipe in (("small", ["--batch-size", "16"]), ("large", ["--batch-size", "32", "--loss", "lsgan"])):
        done = run_main("train", *common, *recipe, "--run-dir", str(tmp_path / name))
        assert done.returncode == 0, done.stderr
    small, large = read_run(tmp_path / "small"), read_run(tmp_path / "large")
    assert [name for name, _ in differing_settings([small, large])] == ["batch_size", "loss"]
    out = tmp_path / "compare.png"
    done = run_main("compare", str(tmp_path / "small"), str(tmp_path / "large"), "--out", str(out), "--x", "seconds")
    assert done.returncode == 0, done.stderr
    pixels = np.asarray(Image.open(out).convert("RGB"))
    for colour in COLOURS[:2]:  # both runs' curves (and legend swatches) are drawn in their colours
        assert (pixels == colour).all(axis=-1).sum() > 500
    refused = run_main("compare", str(tmp_path), "--out", str(tmp_path / "x.png"))
    assert refused.returncode == 2 and "not a run folder" in refused.stderr and not (tmp_path / "x.png").exists()
