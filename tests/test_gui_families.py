"""The window trains the translation families: the family picker, their curves and panels, and the
Pix2Pix sketch pad translating a stroke drawn with the mouse."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, Qt
from qt_helpers import WAIT, click

from engine.families import FAMILIES
from gui.worker.protocol import State


def _pick_family(qtbot, window, name: str) -> None:
    """Choose a family in the New run tab's familyBox, as a user would: click it, then the item."""
    box = window.settings_panel.family
    window.left_tabs.setCurrentIndex(0)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    box.setCurrentIndex(box.findData(name))  # the popup's item, chosen
    box.hidePopup()
    assert window.settings_panel.config().run.family == name


def test_cyclegan_then_pix2pix_with_the_sketch_pad(qtbot, make_window):
    window = make_window()
    tabs = window.tabs
    _pick_family(qtbot, window, "cyclegan")
    assert not window.settings_panel.recipe["label_smoothing"].isEnabled()  # the DCGAN's trick, not CycleGAN's
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: len(window.samples.frames) >= 2 and len(window.loss_plot) >= 5, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    assert window.loss_plot.keys == [c.key for c in FAMILIES["cyclegan"].losses]
    assert np.isfinite(window.loss_plot._raw[:len(window.loss_plot)]).all()
    frame = window.samples.frames[-1]
    assert frame.images.shape == (16, 28, 86) and "A -> B -> A" in window.samples.caption.text()
    assert window.samples.grid.array().shape == (8 * 28 + 7 * 2, 2 * 86 + 2)  # eight rows of two triplets
    for tool in (window.explorer, window.sketch_pad):  # the DCGAN's explorer, Pix2Pix's pad
        assert not tabs.isTabEnabled(tabs.indexOf(tool))

    click(qtbot, window, "stopButton")
    qtbot.waitUntil(lambda: window.state == State.IDLE, timeout=WAIT)
    _pick_family(qtbot, window, "pix2pix")
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: window.family.name == "pix2pix" and len(window.samples.frames) >= 2, timeout=WAIT)
    assert window.loss_plot.keys == ["g_loss", "l1", "d_loss"]
    pad = window.sketch_pad
    assert tabs.isTabEnabled(tabs.indexOf(pad)) and pad.available
    tabs.setCurrentWidget(pad)
    click(qtbot, window, "clearSketchButton")
    canvas = pad.canvas
    rect = canvas.image_rect()
    start = QPoint(rect.left() + rect.width() // 4, rect.center().y())
    end = QPoint(rect.right() - rect.width() // 4, rect.center().y())
    with qtbot.waitSignal(window.worker.translationReady, timeout=WAIT):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(canvas, end)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert (canvas.sketch_uint8() == 255).any(axis=0)[8:20].all()  # the stroke is on the canvas, unbroken
    qtbot.waitUntil(lambda: pad.shown_token == pad.token, timeout=WAIT)  # the newest request answered
    drawn = pad.translation.array()
    assert drawn.shape == (28, 28) and drawn.dtype == np.uint8
    trainer = window.worker._trainer
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    pad.request_translation()  # paused: the generator holds still, so the answer is exactly its translation
    qtbot.waitUntil(lambda: pad.shown_token == pad.token, timeout=WAIT)
    assert np.array_equal(pad.translation.array(), trainer.translate(canvas.sketch_uint8())[0])
    # "From a test image" puts that image's edge map on the canvas.
    pad.test_index.setValue(3)
    click(qtbot, window, "fromTestImageButton")
    qtbot.waitUntil(lambda: np.array_equal(canvas.sketch_uint8(), trainer.test_edges(3)), timeout=WAIT)


def test_conditional_run_class_picker_changes_the_explorer_image(qtbot, make_window):
    window = make_window()
    _pick_family(qtbot, window, "conditional")
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: window.family.name == "conditional" and len(window.samples.frames) >= 2, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    assert "rows ask for: T-shirt/top, Trouser, Pullover, Dress" in window.samples.caption.text()
    explorer = window.explorer
    window.tabs.setCurrentWidget(explorer)
    box = explorer.class_box
    assert box.isVisible() and box.count() == 10
    qtbot.waitUntil(lambda: explorer.shown_token == explorer.token > 0, timeout=WAIT)
    before = explorer.image.array().copy()
    box.setCurrentIndex(7)  # sneakers
    qtbot.waitUntil(lambda: explorer.shown_token == explorer.token, timeout=WAIT)
    after = explorer.image.array()
    trainer = window.worker._trainer
    assert not np.array_equal(before, after)
    assert np.array_equal(after, trainer.generate(explorer.latent()[None], [7])[0])


def test_cyclegan_between_two_folders_then_pix2pix_in_colour(qtbot, make_window, tmp_path):
    """From the New run tab: CycleGAN between a folder of red discs and one of blue squares (Folder B) at 32x32,
    then Pix2Pix on both in colour with a 32x32 sketch pad; the class boxes name a folder's subfolders."""
    from test_image_folder import colour_folder

    from gui.panels.settings_panel import FOLDER

    pictures = tmp_path / "pictures"
    colour_folder(pictures, 140)
    window = make_window()
    panel = window.settings_panel
    _pick_family(qtbot, window, "cyclegan")
    class_a = panel.family_fields["class_a"]
    assert class_a.itemText(7) == "7 Sneaker"  # Fashion-MNIST's names
    panel.data.setCurrentIndex(panel.data.findData(FOLDER))
    qtbot.keyClicks(panel.data_dir, str(pictures))
    assert [class_a.itemText(i) for i in range(3)] == ["0 blue", "1 red", "2"]  # its subfolders, in name order
    panel.data_dir.clear()
    qtbot.keyClicks(panel.data_dir, str(pictures / "red"))
    qtbot.keyClicks(panel.family_fields["data_b"].edit, str(pictures / "blue"))
    panel.data_fields["image_size"].setValue(32)
    config = panel.config()
    assert config.run.data == str(pictures / "red") and config.settings.data_b == str(pictures / "blue")
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: len(window.samples.frames) >= 2, timeout=WAIT)
    assert window.samples.frames[-1].images.shape == (16, 32, 3 * 32 + 2, 3)  # A -> B -> A, in colour
    click(qtbot, window, "stopButton")
    qtbot.waitUntil(lambda: window.state == State.IDLE, timeout=WAIT)

    _pick_family(qtbot, window, "pix2pix")
    panel.data_dir.clear()
    qtbot.keyClicks(panel.data_dir, str(pictures))
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: window.family.name == "pix2pix" and len(window.samples.frames) >= 2, timeout=WAIT)
    pad = window.sketch_pad
    window.tabs.setCurrentWidget(pad)
    canvas = pad.canvas
    assert canvas.size == 32
    rect = canvas.image_rect()
    start = QPoint(rect.left() + rect.width() // 4, rect.center().y())
    end = QPoint(rect.center().x(), rect.bottom() - 4)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(lambda: pad.shown_token == pad.token and pad.translation.array() is not None, timeout=WAIT)
    assert canvas.sketch_uint8().shape == (32, 32) and (canvas.sketch_uint8() == 255).sum() > 10
    assert pad.translation.array().shape == (32, 32, 3)


def test_the_quality_plot_puts_a_translations_swd_on_the_log_axis_and_leaves_out_what_was_not_measured(qtbot):
    """CycleGAN between two folders measures no classifier share (NaN): nothing is drawn for it (NaN points once
    crashed the paint), and its SWDs, in the hundreds, go on the left log axis, not the [0, 1] right one."""
    from gui.panels.quality_plot import QualityPanel

    panel = QualityPanel()
    qtbot.addWidget(panel)
    family = FAMILIES["cyclegan"]
    panel.set_columns(family.quality_columns, family.quality_labels)
    panel.add_row(np.array([10, np.nan, np.nan, np.nan, 0.31, 250.0, 240.0]))
    panel.add_row(np.array([20, np.nan, np.nan, np.nan, 0.22, 180.0, 170.0]))
    panel.show()
    qtbot.waitExposed(panel)
    panel.plot.grab()  # painted
    share, swd = panel.others["share"], panel.others["swd_ab"]
    assert share.xData is None or len(share.xData) == 0
    assert swd.yData.tolist() == [250.0, 180.0]
    assert swd.getViewBox() is panel.plot.getPlotItem().vb and share.getViewBox() is panel.right
    assert "SWD of A -> B to B (x1000) 180.0" in panel.readout.text() and "nan" not in panel.readout.text()
    legend = [label.text for _, label in panel.plot.getPlotItem().legend.items]
    assert "SWD of A -> B to B (x1000)" in legend and "judged the target class" not in legend


def test_a_composer_run_in_the_window_draws_rolls_and_its_melody_pad_follows_it(qtbot, make_window):
    """The composer picked in the family box trains on the chorales (whatever the data box said), its panel is piano
    rolls, its quality plot measures against Bach; the melody pad, shipped composer's before, harmonises with the
    run's generator, exactly as the trainer does."""
    window = make_window()
    _pick_family(qtbot, window, "composer")
    window.settings_panel.family.activated.emit(window.settings_panel.family.currentIndex())  # Music start with it
    assert window.settings_panel.config().run.family == "composer"
    click(qtbot, window, "startButton")
    qtbot.waitUntil(lambda: window.family.name == "composer" and len(window.samples.frames) >= 2, timeout=WAIT)
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.state == State.PAUSED, timeout=WAIT)
    assert window.loss_plot.keys == ["g_loss", "bach_ce", "d_loss"]
    frame = window.samples.frames[-1]
    assert frame.images.ndim == 4 and frame.images.shape[-1] == 3  # colour piano rolls, generated | Bach
    trainer = window.worker._trainer
    pad = window.melody_pad
    assert window.tabs.isTabEnabled(window.tabs.indexOf(pad))
    window.tabs.setCurrentWidget(pad)
    pad.request_harmonisation()  # paused: the generator holds still, so the answer is exactly its harmonisation
    qtbot.waitUntil(lambda: pad.shown_token == pad.token, timeout=WAIT)
    assert f"this run's composer at iteration {trainer.iteration}" in pad.caption.text()
    assert np.array_equal(pad.current_score(), trainer.harmonise_melody(pad.roll.melody(), 0))
    assert window.worker._shipped_composer is None  # never needed: the run is a composer's
