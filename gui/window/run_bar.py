"""The bar above everything: the run's controls (Start, Pause/Resume, Stop, Step; Save, Load, Export GIF)
and where the run is (epoch, iteration, rate, ETA, the epoch's progress). It renders a
gui.window.run_state.Controls and a position; what the buttons do is the window's."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QStyle, QWidget

from engine.training.run_loop import format_duration
from gui.window.run_state import Controls


class RunBar(QWidget):
    """The run's buttons and its position labels."""

    def __init__(self, parent=None):
        super().__init__(parent)
        sp = QStyle.StandardPixmap
        self.start_button = self._button("startButton", self.tr("Start"), self.tr(
            "Start a new run with the settings on the left (a paused or loaded run goes on with Resume, Space)"),
            sp.SP_MediaPlay)
        self.pause_button = self._button("pauseButton", self.tr("Pause"),
                                         self.tr("Pause or resume training (Space)"), sp.SP_MediaPause)
        self.stop_button = self._button("stopButton", self.tr("Stop"),
                                        self.tr("End this run; settings become editable again"), sp.SP_MediaStop)
        self.step_button = self._button("stepButton", self.tr("Step"), self.tr("Train exactly one iteration"),
                                        sp.SP_MediaSeekForward)
        self.save_button = self._button("saveCheckpointButton", self.tr("Save"),
                                        self.tr("Save a checkpoint (Ctrl+S)"), sp.SP_DialogSaveButton)
        self.load_button = self._button("loadCheckpointButton", self.tr("Load"),
                                        self.tr("Load a checkpoint (Ctrl+O)"), sp.SP_DialogOpenButton)
        self.export_button = self._button("exportGifButton", self.tr("Export GIF"),
                                          self.tr("Export the sample grid's evolution as a GIF (Ctrl+E)"),
                                          sp.SP_FileDialogDetailedView)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        for button in (self.start_button, self.pause_button, self.stop_button, self.step_button):
            bar.addWidget(button)
        bar.addSpacing(18)
        for button in (self.save_button, self.load_button, self.export_button):
            bar.addWidget(button)
        bar.addStretch(1)
        self.epoch_label = QLabel(self.tr("Epoch –"))
        self.iteration_label = QLabel(self.tr("Iteration –"))
        self.rate_label = QLabel(self.tr("– it/s"))
        self.eta_label = QLabel(self.tr("ETA –"))
        for label in (self.epoch_label, self.iteration_label, self.rate_label, self.eta_label):
            label.setMinimumWidth(90)
            bar.addWidget(label)
        self.epoch_progress = QProgressBar()
        self.epoch_progress.setObjectName("epochProgress")
        self.epoch_progress.setFormat("%v/%m")
        self.epoch_progress.setToolTip(self.tr("Iterations done in the current epoch"))
        self.epoch_progress.setFixedWidth(130)
        bar.addWidget(self.epoch_progress)

    def _button(self, name: str, text: str, tip: str, icon: QStyle.StandardPixmap) -> QPushButton:
        button = QPushButton(self.style().standardIcon(icon), text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to pause/resume
        return button

    def show_controls(self, controls: Controls) -> None:
        self.start_button.setEnabled(controls.start)
        self.start_button.setVisible(controls.start_shown)
        self.pause_button.setEnabled(controls.pause)
        self.pause_button.setText(self.tr("Resume") if controls.pause_resumes else self.tr("Pause"))
        self.pause_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPlay if controls.pause_resumes else QStyle.StandardPixmap.SP_MediaPause))
        self.stop_button.setEnabled(controls.stop)
        self.step_button.setEnabled(controls.step)
        self.save_button.setEnabled(controls.save)
        self.export_button.setEnabled(controls.export)
        self.load_button.setEnabled(controls.load)

    def show_position(self, iteration: int, rate: float, per_epoch: int, total: int) -> None:
        """Where the run is: its epoch of `total // per_epoch`, iteration, `rate` (iterations a second) and ETA."""
        epoch, position = divmod(iteration, per_epoch)
        epochs = max(1, total // per_epoch)
        self.epoch_label.setText(self.tr("Epoch {epoch}/{epochs}").format(epoch=min(epoch + 1, epochs), epochs=epochs))
        self.iteration_label.setText(self.tr("Iteration {iteration}").format(iteration=iteration))
        self.rate_label.setText(self.tr("{rate} it/s").format(rate=f"{rate:.2f}") if rate else self.tr("– it/s"))
        remaining = total - iteration
        self.eta_label.setText(self.tr("ETA {time}").format(time=format_duration(remaining / rate))
                               if rate and remaining > 0 else self.tr("ETA –"))
        self.epoch_progress.setRange(0, per_epoch)
        self.epoch_progress.setValue(per_epoch if iteration and position == 0 else position)
