"""The desktop's conventions: menus with the usual shortcuts, Ctrl+Q, settings remembered between
launches, help pages, and the shipped generator on show before any run."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from qt_helpers import WAIT

from gui.worker.protocol import State


def _window(qtbot, settings, **kwargs):
    from gui import MainWindow

    window = MainWindow(settings=settings, **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def test_menus_shortcuts_and_settings_remembered_between_launches(qtbot, answers, tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = _window(qtbot, settings)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]
    shortcuts = {name: window.actions_by_name[name].shortcut().toString() for name in
                 ("openAction", "saveAction", "exportGifAction", "quitAction", "newRunAction")}
    assert shortcuts == {"openAction": "Ctrl+O", "saveAction": "Ctrl+S", "exportGifAction": "Ctrl+E",
                         "quitAction": "Ctrl+Q", "newRunAction": "Ctrl+N"}
    assert all(action.toolTip() for action in window.actions_by_name.values())
    qtbot.waitUntil(lambda: window.state == State.IDLE, timeout=WAIT)
    window.settings_panel.run_fields["epochs"].setValue(7)
    window.actions_by_name["showTab2Action"].trigger()
    window.actions_by_name["smoothAction"].trigger()
    window.actions_by_name["lightPlotsAction"].trigger()
    assert window.smoothing.isChecked() and window.loss_plot.backgroundBrush().color().name() == "#ffffff"
    window.main_splitter.setSizes([500, 900])
    shown = window.main_splitter.sizes()
    about = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: about.append(text)))
    window.actions_by_name["aboutAction"].trigger()
    assert "TensorFlow" in about[0] and "PySide6" in about[0]
    window.actions_by_name["curvesHelpAction"].trigger()
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # Quit
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT)
    assert not window.thread.isRunning()

    again = _window(qtbot, settings)
    assert again.settings_panel.run_fields["epochs"].value() == 7 and again.tabs.currentIndex() == 2
    assert again.smoothing.isChecked() and again.actions_by_name["lightPlotsAction"].isChecked()
    sizes = again.main_splitter.sizes()  # the offscreen screen may clamp the window: compare the split
    assert abs(sizes[0] / sum(sizes) - shown[0] / sum(shown)) < 0.02 and settings.value("geometry") is not None
    again.close()


def test_the_shipped_generator_is_on_show_before_any_run(qtbot, make_window):
    from engine.io.shipped import read_generator, shipped_grid

    window = make_window()
    grid, card = shipped_grid()
    assert window.samples.caption.text().startswith("Shipped generator:") and not window.has_run
    assert np.array_equal(window.samples.frames[0].images, grid)
    window.tabs.setCurrentWidget(window.explorer)
    qtbot.waitUntil(lambda: window.explorer.image.array() is not None, timeout=WAIT)
    before = window.explorer.image.array().copy()
    slider = window.explorer.sliders[0]
    slider.setValue(slider.maximum())  # a slider drag changes the image
    qtbot.waitUntil(lambda: not np.array_equal(window.explorer.image.array(), before), timeout=WAIT)
    assert read_generator().card["iterations"] == card["iterations"]


def test_every_control_says_what_it_does(qtbot, make_window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QSlider, QTabBar

    window = make_window()
    silent = [f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}"
              for kind in (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider, QLineEdit)
              for w in window.findChildren(kind)
              if not w.toolTip() and not w.objectName().startswith("qt_")  # Qt's own parts
              and not isinstance(w.parent(), (QTabBar, QAbstractSpinBox, QComboBox))]
    assert silent == []
