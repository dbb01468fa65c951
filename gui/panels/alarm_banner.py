"""A banner over the curves that says, in words, what the latest alarm means and what to try."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from gui.i18n import engine_text, number


class AlarmBanner(QFrame):
    """Hidden until an alarm; "Restore" appears for a divergence when a good state is kept."""

    restoreRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("alarmBanner")
        self.setStyleSheet("#alarmBanner { background: #4a2323; border: 1px solid #ef5350; border-radius: 4px; }"
                           "#alarmBanner QLabel { color: #f5f5f5; }")
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("restoreGoodButton")
        self.restore_button.setToolTip(self.tr("Go back to the last state known to be finite (the newest rewind "
                                               "point)"))
        self.restore_button.clicked.connect(self.restoreRequested)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setObjectName("dismissAlarmButton")
        dismiss.setToolTip(self.tr("Hide this alarm; its marker stays on the curves"))
        dismiss.clicked.connect(self.hide)
        text = QVBoxLayout()
        text.addWidget(self.title)
        text.addWidget(self.message)
        buttons = QVBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(dismiss)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.alarms: list = []  # every alarm of the run, oldest first
        self.hide()

    def show_alarm(self, alarm, good_iteration: int | None) -> None:
        self.alarms.append(alarm)
        title = engine_text(alarm.title_text).format(**alarm.values)
        self.title.setText(self.tr("⚠ {title} — iteration {iteration}").format(title=title,
                                                                             iteration=number(alarm.iteration)))
        self.message.setText(engine_text(alarm.message_text).format(**alarm.values))
        can_restore = alarm.kind == "nan" and good_iteration is not None
        self.restore_button.setText(self.tr("Restore iteration {iteration}").format(iteration=number(good_iteration))
                                    if can_restore else "")
        self.restore_button.setVisible(can_restore)
        self.show()

    def clear(self) -> None:
        self.alarms.clear()
        self.hide()
