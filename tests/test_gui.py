"""The window driven as a user would, headless, against the real engine on a small slice of real data."""

from __future__ import annotations

from pathlib import Path

import imageio.v3 as iio
import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from qt_helpers import CONFIG, WAIT, click

from engine.config import default_config
from engine.io.checkpoint import read_checkpoint
from engine.io.export import tutorial_spacing
from gui import MainWindow
from gui.window.export_dialog import ExportGifDialog
from gui.worker.protocol import State


def curve(window, key: str) -> np.ndarray:
    plot = window.loss_plot if key in window.loss_plot.curves else window.accuracy_plot
    plot.flush()  # what arrived since the last (rate-limited) redraw
    return np.asarray(plot.curves[key].getOriginalDataset()[1])


def test_objectnames_and_defaults_build_with_no_arguments(qtbot, answers):
    window = MainWindow()
    qtbot.addWidget(window)
    for name in ("startButton", "pauseButton", "stopButton", "stepButton", "saveCheckpointButton",
                 "loadCheckpointButton", "exportGifButton", "lossPlot", "accuracyPlot", "sampleGrid",
                 "frameSlider"):
        assert window.findChild(object, name) is not None, name
    assert window.settings_panel.config() == default_config()  # a new run offers the default preset
    window.close()
    assert not window.thread.isRunning()


def test_the_window_exempts_tensorflows_objects_from_the_garbage_collector(make_window):
    """A full collection would otherwise walk TensorFlow's ~270,000 objects with the GIL held
    (140-220 ms, a frozen window); the worker freezes them once the engine is imported."""
    import gc

    gc.unfreeze()  # as in a fresh process, whatever earlier tests did
    make_window()
    assert gc.get_freeze_count() > 100_000
    assert len(gc.get_objects()) < gc.get_freeze_count() / 2  # what a full collection still walks


def test_start_streams_curves_and_grid_frames(qtbot, make_window):
    window = make_window()
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: len(window.loss_plot) >= 12 and len(window.samples.frames) >= 3, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    n = len(window.loss_plot)
    assert curve(window, "g_loss").shape == (n,) and np.isfinite(curve(window, "d_loss")).all()
    assert len(window.accuracy_plot) == n and 0 <= curve(window, "fake_acc").min() <= 1
    assert window.iteration == n and window.iteration_label.text() == f"Iteration {n}"
    assert [f.iteration for f in window.samples.frames[:3]] == [0, 5, 10]
    assert window.samples.grid.array() is not None
    # The frame slider scrubs back to the untrained start.
    window.samples.slider.setValue(0)
    assert "iteration 0" in window.samples.caption.text()


def test_a_run_on_two_devices_trains_through_the_strategy_and_says_so(qtbot, make_window):
    from PySide6.QtWidgets import QLabel, QSpinBox

    window = make_window(devices=2)  # main.py --devices 2: the CPU as two logical devices
    box = window.findChild(QSpinBox, "devicesBox")
    assert box.maximum() == 2 and box.value() == 1  # what the engine found; one device unless asked
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.value() == 2
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: len(window.loss_plot) >= 4, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    label = window.findChild(QLabel, "devicesLabel")
    assert label.text() == "2 x CPU" and "MirroredStrategy" in label.toolTip()
    assert window.worker._trainer.devices.replicas == 2 and np.isfinite(curve(window, "g_loss")).all()


def test_pause_holds_and_step_advances_exactly_one(qtbot, make_window):
    window = make_window()
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: window.iteration >= 3, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_Space)  # Space toggles pause
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    held = window.iteration
    assert window.worker._trainer.iteration == held  # nothing in flight: the worker is asleep
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: window.iteration == held + 1, timeout=WAIT)
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: window.iteration == held + 2, timeout=WAIT)
    assert window.worker._trainer.iteration == held + 2 and window.state == State.PAUSED
    assert len(window.loss_plot) == held + 2
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.iteration > held + 2, timeout=WAIT)


def test_save_then_load_into_a_fresh_window_restores_and_continues(qtbot, make_window, answers, tmp_path):
    state, _ = answers
    window = make_window()
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: window.iteration >= 11, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    state["save"] = str(tmp_path / "mine")  # the suffix is added
    with qtbot.waitSignal(window.worker.saved, timeout=WAIT):
        click(qtbot, window, "saveCheckpointButton")
    path = tmp_path / "mine.ckpt.npz"
    assert read_checkpoint(path).iteration == window.iteration

    fresh = make_window()
    state["open"] = str(path)
    click(qtbot, fresh, "loadCheckpointButton")
    qtbot.waitUntil(lambda: fresh.has_run and fresh.state == State.PAUSED, timeout=WAIT)
    assert fresh.iteration == window.iteration
    for key in ("g_loss", "d_loss", "real_acc", "d_fake"):
        assert np.array_equal(curve(fresh, key), curve(window, key)), key
    assert [f.iteration for f in fresh.samples.frames] == [f.iteration for f in window.samples.frames]
    assert fresh.settings_panel.config() == CONFIG.replace(image_size=28, channels=1)  # as the data decided
    # Continue exactly where it was: the next step equals the original window's next step.
    click(qtbot, fresh, "stepButton")
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: fresh.iteration == window.iteration == len(curve(window, "g_loss")), timeout=WAIT)
    assert curve(fresh, "g_loss")[-1] == curve(window, "g_loss")[-1]
    # One button per meaning: paused, the pause button reads Resume and Start is hidden (it would do the same).
    assert fresh.pause_button.text() == "Resume" and not fresh.start_button.isVisible()
    click(qtbot, fresh, "pauseButton")
    qtbot.waitUntil(lambda: fresh.iteration >= window.iteration + 3, timeout=WAIT)


def test_garbage_checkpoint_shows_an_error_and_changes_nothing(qtbot, make_window, answers, tmp_path):
    state, asked = answers
    window = make_window()
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: window.iteration == 1 and window.state == State.PAUSED, timeout=WAIT)
    garbage = tmp_path / "garbage.ckpt.npz"
    garbage.write_bytes(b"\x00garbage" * 1000)
    state["open"] = str(garbage)
    before = curve(window, "g_loss").copy()
    click(qtbot, window, "loadCheckpointButton")
    qtbot.waitUntil(lambda: bool(asked["critical"]), timeout=WAIT)
    title, message = asked["critical"][0]
    assert "Could not load" in title and "garbage.ckpt.npz" in message
    assert window.iteration == 1 and window.worker._trainer.iteration == 1
    assert np.array_equal(curve(window, "g_loss"), before) and window.state == State.PAUSED


def test_export_writes_a_readable_gif(qtbot, make_window, monkeypatch, tmp_path):
    window = make_window()
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: len(window.samples.frames) >= 4, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    out = tmp_path / "evolution.gif"

    def accept(dialog):
        dialog.path.setText(str(out))
        dialog.spacing.setCurrentIndex(0)  # seed-like spacing
        return ExportGifDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportGifDialog, "exec", accept)
    with qtbot.waitSignal(window.worker.exported, timeout=WAIT):
        click(qtbot, window, "exportGifButton")
    gif = iio.imread(out, index=None)
    assert gif.shape[0] == len(tutorial_spacing(len(window.samples.frames))) and gif.shape[1] > 300


def test_closing_mid_training_offers_to_save_then_stops_cleanly(qtbot, make_window, answers):
    state, asked = answers
    window = make_window()
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: window.iteration >= 3, timeout=WAIT)
    state["question"] = QMessageBox.StandardButton.Save
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
    assert asked["question"] == ["Save before closing?"]
    assert not window.thread.isRunning()
    saved = sorted(Path(window.run_dir).glob("*.ckpt.npz"))
    assert saved and read_checkpoint(saved[-1]).iteration == window.iteration


def test_closing_mid_training_without_saving_leaves_no_thread(qtbot, make_window, answers):
    window = make_window()
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: window.iteration >= 2 and window.state == State.RUNNING, timeout=WAIT)
    window.close()  # answered "Discard"
    assert not window.isVisible() and not window.thread.isRunning()
