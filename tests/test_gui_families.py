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
