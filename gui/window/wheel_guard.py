"""The mouse wheel scrolls a panel; it changes a field only when that field has the focus.

Why: Qt gives wheel events to the widget under the pointer, focused or not, so scrolling the New run tab
changed the Family box from DCGAN to Pix2Pix (and spin boxes' values) as it passed under the pointer.
An application-wide event filter sends the wheel over an unfocused combo box, spin box or slider to the
scroll area around it instead (Qt does not pass a wheel event it did not make itself on to the parents,
so the filter hands it to the scroll area's viewport); such widgets no longer take the focus from the
wheel (they still do from a click or Tab, after which the wheel changes them as before).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar, QWidget

_FIELDS = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _is_field(obj: QObject) -> bool:
    return isinstance(obj, _FIELDS) and not isinstance(obj, QScrollBar)


class WheelGuard(QObject):
    """The application's event filter (guard_wheels installs one)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Polish and _is_field(obj):
            obj.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # click and Tab, not the wheel
        elif event.type() == QEvent.Type.Wheel and _is_field(obj) and not obj.hasFocus():
            _scroll_around(obj, event)
            return True
        return False


def _scroll_around(field: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the viewport of the nearest scroll area around `field`, if there is one."""
    area = field.parentWidget()
    while area is not None and not isinstance(area, QAbstractScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    viewport = area.viewport()
    position = QPointF(field.mapTo(viewport, event.position().toPoint()))
    QCoreApplication.sendEvent(viewport, QWheelEvent(position, event.globalPosition(), event.pixelDelta(),
                                                     event.angleDelta(), event.buttons(), event.modifiers(),
                                                     event.phase(), event.inverted()))


def guard_wheels(app: QCoreApplication) -> None:
    """Install the wheel guard on `app` (once, however many windows are made)."""
    if getattr(app, "_wheel_guard", None) is None:
        app._wheel_guard = WheelGuard(app)
        app.installEventFilter(app._wheel_guard)
