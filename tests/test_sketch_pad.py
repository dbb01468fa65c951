"""The Pix2Pix sketch pad, driven with real mouse events: strokes without gaps, the eraser, Clear, the
throttled translation requests and their tokens, stale answers, and the pad of a run that cannot translate."""

from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QWidget

from gui.tools.sketch_canvas import EMIT_INTERVAL_MS, SIZE
from gui.tools.sketch_pad import SketchPad

LEFT, RIGHT = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def pad(qtbot):
    pad = SketchPad()
    qtbot.addWidget(pad)
    pad.resize(760, 440)
    pad.set_available(True)
    pad.show()
    qtbot.waitExposed(pad)
    return pad


def at(canvas, x: float, y: float) -> QPoint:
    """The widget point over image pixel (x, y)'s centre."""
    target = canvas.image_rect()
    scale = target.width() / canvas.size
    return QPoint(int(target.x() + (x + 0.5) * scale), int(target.y() + (y + 0.5) * scale))


def drag(qtbot, canvas, points, button=LEFT) -> None:
    """Press at the first image point, move through the rest with the button held, release at the last."""
    qtbot.mousePress(canvas, button, NO_MODIFIER, at(canvas, *points[0]))
    for point in points[1:]:
        qtbot.mouseMove(canvas, at(canvas, *point))
    qtbot.mouseRelease(canvas, button, NO_MODIFIER, at(canvas, *points[-1]))


def move_event(canvas, x: float, y: float, buttons) -> QMouseEvent:
    """A mouse move over image pixel (x, y) with `buttons` held, built by hand (QTest infers the buttons)."""
    point = at(canvas, x, y)
    return QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(canvas.mapToGlobal(point)),
                       Qt.MouseButton.NoButton, buttons, NO_MODIFIER)


def test_a_fast_stroke_leaves_a_connected_line(qtbot, pad):
    """One move across most of the image (a fast mouse): the segment between is painted, no dots."""
    drag(qtbot, pad.canvas, [(2, 5), (25, 20)])
    sketch = pad.canvas.sketch_uint8()
    assert sketch.shape == (SIZE, SIZE) and sketch.dtype == np.uint8
    rows = [np.flatnonzero(sketch[:, column]) for column in range(2, 26)]
    assert all(len(r) for r in rows), "a column between the ends is not touched"
    for before, after in zip(rows, rows[1:]):  # 8-connected: neighbouring columns share or touch a row
        assert min(abs(a - b) for a in after for b in before) <= 1
    assert sketch[5, 2] == 255 and sketch[20, 25] == 255
    assert set(np.unique(sketch)) == {0, 255}
    assert np.count_nonzero(sketch) <= 2 * 24 + 2  # brush 1 draws lines one pixel wide, like edge maps
    assert not sketch[:, :2].any() and not sketch[:, 26:].any()


def test_a_drag_through_several_points_and_a_bigger_brush(qtbot, pad):
    qtbot.mouseClick(pad.clear_button, LEFT)
    pad.brush_box.setValue(3)
    assert pad.canvas.brush_size == 3
    drag(qtbot, pad.canvas, [(14, 4), (14, 10), (14, 16), (14, 23)])
    sketch = pad.canvas.sketch_uint8()
    assert (sketch[4:24, 12:17] == 255).all()  # radius 2.5 around the pen: five columns wide
    assert not sketch[:, :11].any() and not sketch[:, 18:].any()


def test_the_eraser_and_the_right_button_remove_strokes(qtbot, pad):
    drag(qtbot, pad.canvas, [(3, 14), (24, 14)])
    assert pad.canvas.sketch_uint8()[14, 3:25].all()
    pad.eraser_box.click()  # as a user would: the checkbox toggles the canvas's eraser mode
    assert pad.canvas.eraser
    pad.brush_box.setValue(2)
    drag(qtbot, pad.canvas, [(3, 14), (24, 14)])
    assert not pad.canvas.sketch_uint8().any()

    pad.eraser_box.click()
    assert not pad.canvas.eraser
    drag(qtbot, pad.canvas, [(14, 3), (14, 24)])
    assert pad.canvas.sketch_uint8()[3:25, 14].all()
    drag(qtbot, pad.canvas, [(14, 3), (14, 24)], button=RIGHT)
    assert not pad.canvas.sketch_uint8().any()


def test_clear_empties_the_sketch_and_asks_for_its_translation(qtbot, pad):
    drag(qtbot, pad.canvas, [(5, 5), (20, 20)])
    assert pad.canvas.sketch_uint8().any()
    before = pad.token
    with qtbot.waitSignal(pad.translateRequested, timeout=1000) as blocker:
        qtbot.mouseClick(pad.clear_button, LEFT)
    token, sketch = blocker.args
    assert token > before and sketch.shape == (SIZE, SIZE) and sketch.dtype == np.uint8 and not sketch.any()
    assert not pad.canvas.sketch_uint8().any()


def test_requests_carry_growing_tokens_and_the_sketch_as_drawn(qtbot, pad):
    requests = []
    pad.translateRequested.connect(lambda token, sketch: requests.append((token, sketch)))
    drag(qtbot, pad.canvas, [(4, 4), (23, 4)])
    drag(qtbot, pad.canvas, [(4, 23), (23, 23)])
    assert len(requests) >= 2
    tokens = [token for token, _ in requests]
    assert tokens == sorted(set(tokens)) and tokens[-1] == pad.token
    assert all(s.shape == (SIZE, SIZE) and s.dtype == np.uint8 for _, s in requests)
    assert np.array_equal(requests[-1][1], pad.canvas.sketch_uint8())  # the last answers the last stroke
    requests[-1][1][:] = 7  # each request owns its array: the receiver may keep it
    assert pad.canvas.sketch_uint8()[0, 0] == 0


def test_a_long_drag_is_throttled_and_its_end_always_announced(qtbot, pad):
    canvas = pad.canvas
    emitted = []
    canvas.sketchChanged.connect(emitted.append)
    qtbot.mousePress(canvas, LEFT, NO_MODIFIER, at(canvas, 1, 1))
    moves = [(1 + (i % 26), 1 + (i * 7 % 26)) for i in range(300)]
    for point in moves:  # faster than any hand: no event loop turn between the moves
        qtbot.mouseMove(canvas, at(canvas, *point))
    assert len(emitted) == 1  # the first dab at once; the rest waits for the interval to end
    with qtbot.waitSignal(canvas.sketchChanged, timeout=1000):  # with the button still held
        pass
    assert np.array_equal(emitted[-1], canvas.sketch_uint8())
    qtbot.mouseRelease(canvas, LEFT, NO_MODIFIER, at(canvas, *moves[-1]))
    assert len(emitted) == 3  # the release announces even with nothing new to say
    assert len(emitted) < len(moves) / 50


def test_while_dragging_at_a_hands_pace_at_most_30_sketches_a_second_go_out(qtbot, pad):
    canvas = pad.canvas
    emitted = []
    canvas.sketchChanged.connect(emitted.append)
    start = time.monotonic()
    qtbot.mousePress(canvas, LEFT, NO_MODIFIER, at(canvas, 1, 1))
    for i in range(150):  # the wait paces the moves like a hand; the check below is on measured time
        qtbot.mouseMove(canvas, at(canvas, 1 + i % 26, 1 + (i // 26) * 4))
        qtbot.wait(2)
    while_dragging = len(emitted)
    elapsed = time.monotonic() - start
    qtbot.mouseRelease(canvas, LEFT, NO_MODIFIER, at(canvas, 1 + 149 % 26, 1 + (149 // 26) * 4))
    assert 2 <= while_dragging <= 1 + elapsed * 1000 / EMIT_INTERVAL_MS + 1  # live, but capped
    assert while_dragging < 150 / 2
    assert len(emitted) == while_dragging + 1


def test_a_move_without_the_button_ends_the_stroke(qtbot, pad):
    """A release that went elsewhere (a dialog popped up mid-stroke): the canvas reads the buttons each move
    carries, so hovering afterwards never paints."""
    canvas = pad.canvas
    qtbot.mousePress(canvas, LEFT, NO_MODIFIER, at(canvas, 3, 3))
    QApplication.sendEvent(canvas, move_event(canvas, 10, 3, buttons=LEFT))
    assert canvas.sketch_uint8()[3, 3:11].all()
    with qtbot.waitSignal(canvas.sketchChanged, timeout=1000):  # the stroke's end is announced
        QApplication.sendEvent(canvas, move_event(canvas, 20, 20, buttons=Qt.MouseButton.NoButton))
    assert not canvas.sketch_uint8()[4:].any()


def test_stale_translations_are_ignored(pad):
    first, stale, newest = (np.full((SIZE, SIZE), v, np.uint8) for v in (50, 100, 200))
    assert pad.show_translation(5, first) and pad.shown_token == 5
    assert not pad.show_translation(3, stale)
    assert pad.shown_token == 5 and np.array_equal(pad.translation.array(), first)
    assert pad.show_translation(6, newest)
    assert pad.shown_token == 6 and np.array_equal(pad.translation.array(), newest)


def test_a_run_that_cannot_translate_disables_the_pad(qtbot, pad):
    drag(qtbot, pad.canvas, [(2, 20), (25, 20)])
    in_flight = pad.token
    assert pad.show_translation(in_flight - 1, np.full((SIZE, SIZE), 90, np.uint8))
    message = "This run is a DCGAN: sketches need a Pix2Pix run"
    pad.set_available(False, message)
    assert pad.caption.text() == message
    assert pad.translation.array() is None  # the old generator's answer goes with it
    assert not pad.show_translation(in_flight, np.full((SIZE, SIZE), 90, np.uint8))
    assert not pad.canvas.isEnabled()
    for name in ("brushSize", "eraserButton", "clearSketchButton", "fromTestImageButton", "testImageIndex"):
        assert not pad.findChild(QWidget, name).isEnabled(), name
    requests = []
    pad.translateRequested.connect(lambda *args: requests.append(args))
    before = pad.canvas.sketch_uint8()
    drag(qtbot, pad.canvas, [(2, 2), (25, 2)])
    assert np.array_equal(pad.canvas.sketch_uint8(), before) and requests == []

    with qtbot.waitSignal(pad.translateRequested, timeout=1000) as request:  # a new generator
        pad.set_available(True)
    assert np.array_equal(request.args[1], before)  # translates what is on the canvas
    assert pad.canvas.isEnabled() and pad.clear_button.isEnabled()
    assert "translates them as you draw" in pad.caption.text()
    assert not pad.show_translation(in_flight, np.full((SIZE, SIZE), 90, np.uint8))  # still stale
    assert pad.show_translation(request.args[0], np.full((SIZE, SIZE), 90, np.uint8))
    drag(qtbot, pad.canvas, [(2, 2), (25, 2)])
    assert pad.canvas.sketch_uint8()[2, 2:26].all() and len(requests) >= 2


def test_a_test_images_edges_go_on_the_canvas_and_get_translated(qtbot, pad):
    pad.test_index.setValue(42)
    with qtbot.waitSignal(pad.testEdgesRequested, timeout=1000) as asked:
        qtbot.mouseClick(pad.test_button, LEFT)
    assert asked.args == [42]
    edges = np.zeros((SIZE, SIZE), np.uint8)
    edges[6:22, 9] = edges[6:22, 18] = 255
    edges[6, 9:19] = 128
    with qtbot.waitSignal(pad.translateRequested, timeout=1000) as request:
        pad.set_sketch(edges)
    assert np.array_equal(request.args[1], edges) and np.array_equal(pad.canvas.sketch_uint8(), edges)
    pad.set_sketch(edges.astype(np.float32) / 255)  # a float edge map in [0, 1] is the same sketch
    assert np.array_equal(pad.canvas.sketch_uint8(), edges)
    with pytest.raises(ValueError):
        pad.set_sketch(np.zeros((32, 32), np.uint8))


def test_every_control_says_what_it_does(pad):
    controls = pad.findChildren(QAbstractButton) + pad.findChildren(QAbstractSpinBox) + [pad.canvas,
                                                                                          pad.translation]
    assert len(controls) >= 7
    assert [c.objectName() for c in controls if not c.toolTip()] == []
    assert pad.objectName() == "sketchPad" and pad.canvas.objectName() == "sketchCanvas"
    assert pad.translation.objectName() == "translationView" and pad.caption.objectName() == "sketchCaption"


def test_a_run_of_another_image_size_gets_a_canvas_of_its_size(qtbot, pad):
    """A 64x64 Pix2Pix run: the canvas draws at 64x64 (starting empty), and the same stroke across it still
    leaves a connected line; back at 28x28 the sketch is 28x28 again."""
    drag(qtbot, pad.canvas, [(2, 5), (25, 20)])
    with qtbot.waitSignal(pad.translateRequested) as request:
        pad.set_image_size(64)
    assert request.args[1].shape == (64, 64) and not request.args[1].any()
    drag(qtbot, pad.canvas, [(4, 10), (58, 50)])
    sketch = pad.canvas.sketch_uint8()
    assert sketch.shape == (64, 64) and all(sketch[:, column].any() for column in range(4, 59))
    pad.set_image_size(28)
    assert pad.sketch_uint8().shape == (SIZE, SIZE)
