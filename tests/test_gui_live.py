"""The laboratory in the window, clicked as a user would: change the recipe while it trains and find
the change on the curves, rewind to a grid frame and replay the same losses bit for bit, save the
branch and continue it in a fresh process, and look through the discriminator's eyes."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
from conftest import run_main
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QDoubleSpinBox, QToolButton, QToolTip
from qt_helpers import WAIT, click

from engine.io.checkpoint import read_checkpoint
from gui.worker.protocol import State


def _plotted(plot) -> np.ndarray:
    plot.flush()
    return plot._raw[:len(plot)].copy()


def test_change_rewind_replay_save_and_continue_elsewhere(qtbot, make_window, answers, tmp_path):
    state, asked = answers
    window = make_window()
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: window.iteration >= 6, timeout=WAIT)
    assert window.left_tabs.currentIndex() == 1  # the Live tab comes forward when a run starts
    lr = window.findChild(QDoubleSpinBox, "gLearningRateLive")
    assert lr.isVisible() and lr.isEnabled() and lr.value() == 1e-4
    lr.lineEdit().selectAll()
    qtbot.keyClicks(lr.lineEdit(), "0.0003")
    qtbot.waitUntil(lambda: len(window.loss_plot.changes) == 1, timeout=WAIT)
    change = window.loss_plot.changes[0]
    assert change.label == "lr_G 1e-4 -> 3e-4" and change.field == "g_learning_rate"
    markers = [m for m in window.loss_plot.markers if m.label.textItem.toPlainText() == "lr_G 1e-4 -> 3e-4"]
    assert len(markers) == 1 and markers[0].value() == change.iteration
    assert "g_learning_rate 0.0001 -> 0.0003" in markers[0].toolTip()
    assert all(len(plot.changes) == 1 for plot in window.curve_plots)

    end = change.iteration + 16
    qtbot.waitUntil(lambda: window.iteration >= end, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    assert window.pause_button.text() == "Resume" and not window.start_button.isVisible()
    first_pass = _plotted(window.loss_plot)
    frames = window.samples.frames
    target = next(i for i, f in enumerate(frames) if f.iteration > change.iteration)
    back_to = frames[target].iteration
    window.samples.slider.setValue(target)
    click(qtbot, window, "rewindButton")
    qtbot.waitUntil(lambda: window.iteration == back_to and len(window.loss_plot) == back_to, timeout=WAIT)
    ghost = window.loss_plot.ghosts["g_loss"].getOriginalDataset()
    assert ghost[0][0] == back_to + 1 and np.array_equal(ghost[1], first_pass[back_to:, 0])
    assert [c.label for c in window.loss_plot.changes] == ["lr_G 1e-4 -> 3e-4", f"rewind {len(first_pass)} -> {back_to}"]
    click(qtbot, window, "pauseButton")  # Resume: run on with the same settings
    qtbot.waitUntil(lambda: window.iteration >= len(first_pass), timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    assert np.array_equal(_plotted(window.loss_plot)[:len(first_pass)], first_pass)  # bit for bit

    state["save"] = str(tmp_path / "branch")
    with qtbot.waitSignal(window.worker.saved, timeout=WAIT):
        click(qtbot, window, "saveCheckpointButton")
    path = tmp_path / "branch.ckpt.npz"
    saved = read_checkpoint(path)
    assert [c[1] for c in saved.meta["changes"]["applied"]] == ["g_learning_rate", "rewind"]
    with open(Path(window.run_dir) / "changes.csv") as fh:
        rows = list(csv.DictReader(fh))
    assert [(int(r["iteration"]), r["field"], r["new"]) for r in rows] == [
        (change.iteration, "g_learning_rate", "0.0003"), (back_to, "rewind", str(back_to))]
    # The branch goes on the same in a fresh process as in the window.
    elsewhere = run_main("train", "--resume", str(path), "--steps", "3", "--run-dir", str(tmp_path / "cont"))
    assert elsewhere.returncode == 0, elsewhere.stderr
    for _ in range(3):
        click(qtbot, window, "stepButton")
        qtbot.waitUntil(lambda n=window.iteration: window.iteration == n + 1, timeout=WAIT)
    there = read_checkpoint(next((tmp_path / "cont").glob("*.ckpt.npz")))
    assert there.iteration == window.iteration
    assert np.array_equal(there.history[:, :2], _plotted(window.loss_plot))
    assert not asked["critical"]


def test_a_refused_change_is_said_and_undone_on_screen(qtbot, make_window, answers):
    _, asked = answers
    window = make_window()
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: window.iteration == 1 and window.state == State.PAUSED, timeout=WAIT)
    smoothing = window.findChild(QDoubleSpinBox, "labelSmoothingLive")
    smoothing.setValue(0.1)
    qtbot.waitUntil(lambda: len(window.loss_plot.changes) == 1, timeout=WAIT)
    loss = window.live_panel.controls["lossLive"][0]
    loss.setCurrentIndex(loss.findData("hinge"))  # hinge has no labels to smooth
    qtbot.waitUntil(lambda: bool(asked["critical"]), timeout=WAIT)
    assert "smoothing" in asked["critical"][0][1]
    qtbot.waitUntil(lambda: window.live_panel.controls["lossLive"][0].currentData() == "bce", timeout=WAIT)
    assert window.worker._trainer.config.recipe.loss == "bce"  # the worker sleeps while paused
    assert len(window.loss_plot.changes) == 1


def test_the_discriminators_view_on_the_grid_and_in_its_tab(qtbot, make_window, answers):
    window = make_window()
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: len(window.samples.frames) >= 3, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    overlay = window.findChild(QToolButton, "discriminatorOverlay")
    assert not window.samples.grid.cell_frames
    qtbot.mouseClick(overlay, Qt.MouseButton.LeftButton)
    frame = window.samples.frames[-1]
    assert len(window.samples.grid.cell_frames) == 16 and frame.judged is not None
    grid = window.samples.grid
    rect = grid.image_rect()
    inside_cell_1 = QPoint(rect.x() + int(rect.width() * 45 / 118), rect.y() + int(rect.height() * 10 / 118))
    QApplication.sendEvent(grid, QHelpEvent(QEvent.Type.ToolTip, inside_cell_1, grid.mapToGlobal(inside_cell_1)))
    assert QToolTip.text().startswith(f"cell 1: D(G(z)) = {frame.judged[1]:.3f}")

    view = window.findChild(object, "discriminatorView")
    window.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.view is not None and view.view.iteration == frame.iteration, timeout=WAIT)
    assert [label.text() for label in view.fake.labels] == [f"{p:.2f}" for p in view.view.fake_probs]
    assert view.saliency.array().shape == (28, 28, 3) and view.view.cell == 0
    click_at = QPoint(rect.x() + int(rect.width() * 100 / 118), rect.y() + int(rect.height() * 40 / 118))
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=click_at)  # cell 7 (row 1, column 3)
    qtbot.waitUntil(lambda: view.view.cell == 7, timeout=WAIT)
    assert window.tabs.currentWidget() is view  # the click picked the cell; the explorer stayed away
