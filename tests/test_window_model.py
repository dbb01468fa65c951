"""The window's run state as a plain model (gui.window.run_state), tested without a window; and the mouse wheel,
which scrolls the panels and changes a field only when it has the focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QScrollBar
from qt_helpers import WAIT

from gui.window.run_state import RunState
from gui.worker.protocol import State


def test_what_each_control_means_in_each_state():
    model = RunState()
    loading = model.controls()
    assert loading.start and not loading.step and not loading.load and not loading.save and loading.settings
    model.state = State.IDLE
    idle = model.controls()
    assert idle.start and idle.start_shown and idle.step and idle.load and not idle.pause and not idle.stop
    assert not idle.save and not idle.evaluate and not idle.live and not idle.rewind

    model.run_started(0, "new", total_iterations=100, batches_per_epoch=10, run_dir="runs/a", frames=True)
    model.state = State.RUNNING
    running = model.controls()
    assert running.pause and not running.pause_resumes and running.stop and not running.step
    assert running.save and running.export and running.evaluate and running.live and running.rewind
    assert not running.settings  # a new run's settings are fixed while one trains

    model.state = State.PAUSED
    paused = model.controls()
    assert paused.pause_resumes and not paused.start_shown and paused.start and paused.step  # one button a meaning
    model.state = State.IDLE
    assert model.controls().settings and not model.controls().live


def test_what_is_saved_follows_the_run():
    model = RunState(state=State.IDLE)
    model.run_started(0, "new", 100, 10, "runs/a", frames=False)
    assert not model.unsaved and not model.controls().export  # no frames yet: nothing to export
    model.iteration = 30
    assert model.unsaved
    model.saved(20)
    assert model.unsaved and model.saved_iteration == 20
    model.saved(30)
    assert not model.unsaved
    model.iteration = 50
    model.run_started(10, "rewound", 100, 10, "runs/a", frames=True)  # back before the save: still saved up to 10
    assert model.saved_iteration == 10 and not model.unsaved
    model.run_started(40, "runs/b/checkpoint.ckpt.npz", 100, 10, "runs/b", frames=True)  # a loaded file is saved
    assert model.saved_iteration == 40 and not model.unsaved
    model.iteration = 45
    model.discard()
    assert not model.unsaved
    model.iteration, model.state = 100, State.IDLE
    assert model.finished


def _wheel(widget, steps: int = -3) -> None:
    """Turn the mouse wheel over `widget` (negative: towards the user, which scrolls down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _value(widget):
    return widget.currentIndex() if isinstance(widget, QComboBox) else widget.value()


def test_the_wheel_scrolls_the_panels_and_changes_a_field_only_when_it_has_the_focus(qtbot, make_window):
    window = make_window()
    window.left_tabs.setCurrentIndex(0)
    scroll = window.findChild(QScrollArea, "settingsScroll").verticalScrollBar()
    family = window.settings_panel.family
    assert family.currentData() == "dcgan" and scroll.value() == 0
    _wheel(family)
    assert family.currentData() == "dcgan", "the Family box changed under a scrolling wheel"
    assert scroll.value() > 0, "the New run tab did not scroll"

    # Every field of every panel, the explorer's sliders (of the shipped generator) and the Live tab's (enabled
    # here without a run) included: unchanged by the wheel unless it has the focus.
    qtbot.waitUntil(lambda: len(window.explorer.sliders) > 0, timeout=WAIT)
    window.live_panel.setEnabled(True)
    fields = [w for kind in (QComboBox, QAbstractSpinBox, QAbstractSlider) for w in window.findChildren(kind)
              if not isinstance(w, QScrollBar) and w.isEnabled()]
    assert len(fields) > 40
    for widget in fields:
        before = _value(widget)
        _wheel(widget)
        _wheel(widget, 3)
        assert _value(widget) == before, widget.objectName() or type(widget).__name__

    spin = window.settings_panel.run_fields["epochs"]
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    before = spin.value()
    _wheel(spin, 1)
    assert spin.value() == before + 1  # focused: the wheel changes it, as Qt's own fields do
