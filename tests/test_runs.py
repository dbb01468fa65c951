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
    lines = (path / HISTORY).read_text().splitlines()
    lines[2] = "garbage"  # a malformed row, and a value left empty (not measured then)
    lines[3] = ",".join([*lines[3].split(",")[:-1], ""])
    (path / HISTORY).write_text("\n".join(lines) + "\n")
    notes = []
    table = read_table(path / HISTORY, notes)
    assert table.column("iteration").tolist() == [1, 3, 4, 5] and np.isnan(table.rows[1, -1])
    assert any("2 malformed rows" in str(note) for note in notes)  # and the cut row, now ended by a newline


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
    with Image.open(out) as picture:
        pixels = np.asarray(picture.convert("RGB"))
    for colour in COLOURS[:2]:  # both runs' curves (and legend swatches) are drawn in their colours
        assert (pixels == colour).all(axis=-1).sum() > 500
    refused = run_main("compare", str(tmp_path), "--out", str(tmp_path / "x.png"))
    assert refused.returncode == 2 and "not a run folder" in refused.stderr and not (tmp_path / "x.png").exists()


def _run_in(root, name: str, config, dataset, steps: int = 6):
    from engine.io.rundir import RunDir
    from engine.training.trainer import Trainer

    trainer = Trainer(config, dataset)
    for _ in range(steps):
        trainer.step()
    RunDir(root / name).save(trainer)
    return root / name


def test_the_runs_tab_lists_compares_renames_loads_and_deletes(qtbot, make_window, answers, small_config, dataset,
                                                             tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QMessageBox, QTableWidget, QWidget
    from qt_helpers import WAIT, click

    from gui.worker.protocol import Save, State

    state, asked = answers
    root = tmp_path / "runs"
    first = _run_in(root, "20261207-090000", small_config, dataset)
    second = _run_in(root, "20261207-100000", small_config.replace(batch_size=32, loss="lsgan"), dataset, steps=4)
    (root / "notes").mkdir()  # not a run: not listed
    window = make_window()
    panel = window.findChild(QWidget, "runsPanel")
    table = panel.findChild(QTableWidget, "runsTable")
    window.tabs.setCurrentWidget(panel)
    panel.refresh()
    assert table.rowCount() == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["20261207-100000", "20261207-090000"]  # newest first
    assert table.item(0, 5).text() == "4" and "batch 32" in table.item(0, 4).text()

    table.selectRow(0)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     table.visualItemRect(table.item(1, 0)).center())
    assert sorted(panel.selected_paths()) == [str(first), str(second)]
    qtbot.waitUntil(panel.loaded_all, timeout=WAIT)
    qtbot.waitUntil(lambda: len(panel.comparison.runs) == 2, timeout=WAIT)
    axis = panel.findChild(QComboBox, "compareXAxis")
    axis.setCurrentIndex(axis.findData("seconds"))
    curves = panel.comparison.plot_items[0].listDataItems()  # G loss: one curve per run
    assert len(curves) == 2 and all(c.xData.max() > 0 for c in curves)
    assert max(curves[0].xData.max(), curves[1].xData.max()) < 600  # seconds, not iterations or images
    grids = panel.findChild(QWidget, "compareGrids")
    assert [view.array() is not None for view in panel.comparison.grid_views[:2]] == [True, True]
    assert grids.isVisible()
    settings = panel.findChild(QTableWidget, "compareSettings")
    rows = [settings.verticalHeaderItem(r).text() for r in range(settings.rowCount())]
    assert "batch_size" in rows and "loss" in rows
    batch = rows.index("batch_size")
    values = {settings.horizontalHeaderItem(c).text(): settings.item(batch, c).text() for c in range(2)}
    assert values == {"20261207-090000": "16", "20261207-100000": "32"}
    panel.comparison.slider.setValue(0)  # scrubbed together: both at their first frame
    assert panel.comparison.shown_iterations() == [0, 0]
    state["save"] = str(tmp_path / "both")
    click(qtbot, panel, "saveComparisonButton")  # the picture main.py compare draws, against seconds
    with Image.open(tmp_path / "both.png") as picture:
        assert picture.size[0] > 1000

    # A history cut mid-row (a killed run) is shown up to its last whole row, with a note.
    text = (first / "history.csv").read_text()
    (first / "history.csv").write_text(text[:-7])
    panel.refresh()
    row = next(r for r in range(2) if table.item(r, 1).text() == "20261207-090000")
    assert table.item(row, 5).text() == "5" and "middle of a row" in table.item(row, 1).toolTip()

    # Renamed in place: stored in the run's folder.
    table.item(row, 1).setText("baseline")
    assert read_run(first).name == "baseline"

    # Continue training: the newest checkpoint loaded and trained on; the run training is marked, and saved it
    # is the same run, read again.
    panel.select([str(second)])
    click(qtbot, panel, "continueRunButton")
    qtbot.waitUntil(lambda: window.state == State.RUNNING and window.iteration > 4, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    window.worker.request(Save(None))  # into its folder, as an autosave
    qtbot.waitUntil(lambda: read_run(second).iterations == window.iteration, timeout=WAIT)
    qtbot.waitUntil(lambda: window.saved_iteration == window.iteration, timeout=WAIT)
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == str(second))
    assert table.item(row, 1).text().startswith("● ") and table.item(row, 5).text() == str(window.iteration)

    # Delete: asked, then to the trash (a trash of this test's own; a desktop has made its own by then).
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    for part in ("files", "info"):
        (tmp_path / "share" / "Trash" / part).mkdir(parents=True)
    panel.select([str(first)])
    state["question"] = QMessageBox.StandardButton.Yes
    click(qtbot, panel, "deleteRunButton")
    assert asked["question"] == ["Delete runs"] and not first.exists()  # asked once: there was a trash
    assert (tmp_path / "share" / "Trash" / "files" / first.name / "history.csv").exists()
    assert table.rowCount() == 1

    # A run training before its first save is listed too, from what the window knows of it.
    panel.set_live(str(root / "20261207-110000"), small_config, 3)
    assert table.item(0, 1).text() == "● 20261207-110000" and table.item(0, 5).text() == "3"
    panel.show_live_iteration(9)
    assert table.item(0, 5).text() == "9" and "not saved yet" in table.item(0, 1).toolTip()


def test_the_comparisons_smoothing_is_the_training_curves_ema():
    """engine.io.runs.ema, vectorised, against the recursion the Training curves tab runs row by row (a NaN row
    holds the average)."""
    from engine.io.runs import EMA_ALPHA, ema

    y = np.random.default_rng(0).standard_normal(3000)
    y[[0, 7, 8, 1500]] = np.nan
    state, expected = np.nan, []
    for value in y:
        if np.isfinite(value):
            state = value if np.isnan(state) else state
            state = (1 - EMA_ALPHA) * state + EMA_ALPHA * value
        expected.append(state)
    assert np.allclose(ema(y), expected, equal_nan=True, rtol=0, atol=1e-12)
