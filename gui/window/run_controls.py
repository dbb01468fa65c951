"""What the window's controls ask of the worker: the run bar's buttons and the menus (start, pause, step,
save, load, export...), rewinding, live changes, Evaluate now, and the requests of the explorer, the sketch
pad and the grid's cells. A part of MainWindow (it is one of its bases), kept apart from how the window is
built and how it shows what the worker reports (gui.window.run_view)."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from engine.config import AlarmConfig
from engine.io.checkpoint import SUFFIX
from gui.i18n import engine_message, number, translate
from gui.panels.curves import apply_theme
from gui.window.export_dialog import ExportGifDialog
from gui.window.file_dialogs import ask_open_path, ask_save_path, last_folder, remember
from gui.worker import protocol as p
from gui.worker.protocol import State, Then

def checkpoint_filter() -> str:
    """The file dialogs' filter for checkpoints, in the window's language."""
    return translate("MainWindow", "GAN Studio checkpoints (*{suffix});;All files (*)").format(suffix=SUFFIX)


class RunControls:
    """MainWindow's slots for its controls; each sends the worker a request (gui.worker.protocol)."""

    def start(self) -> None:
        if self.state == State.PAUSED:
            self.worker.request(p.Resume())
        else:
            self._new_run(Then.RUN)

    def _new_run(self, then: Then) -> None:
        try:
            config = self.settings_panel.config()
        except ValueError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Invalid setting"), engine_message(exc))
            return
        if self.unsaved and not self._confirm_discard():
            return
        run_dir = str(Path(self.run_root) / time.strftime("%Y%m%d-%H%M%S")) if self.run_root else None
        self.worker.request(p.NewRun(config, run_dir, then))
        self.statusBar().showMessage(translate("MainWindow", "Building the networks…"))

    def toggle_pause(self) -> None:
        if self.state == State.RUNNING:
            self.worker.request(p.Pause())
        elif self.state == State.PAUSED:
            self.worker.request(p.Resume())

    def stop(self) -> None:
        self.worker.request(p.Stop())

    def step(self) -> None:
        if self.state == State.PAUSED:
            self.worker.request(p.Step())
        elif self.state == State.IDLE:
            self._new_run(Then.STEP)

    def save_checkpoint(self) -> None:
        if not self.has_run:
            return
        path = ask_save_path(self, translate("MainWindow", "Save checkpoint"),
                             f"checkpoint-i{self.iteration:07d}{SUFFIX}",
                             checkpoint_filter(), SUFFIX, self.run_dir)
        if not path:
            return
        self.worker.request(p.Save(path))
        self.statusBar().showMessage(translate("MainWindow", "Saving {path}…").format(path=path))

    def load_checkpoint(self, path: str | None = None) -> None:
        """Load a checkpoint: `path`, or one the user picks."""
        if self.state == State.LOADING:
            return
        if self.unsaved and not self._confirm_discard(loading=True):
            return
        path = path or ask_open_path(self, translate("MainWindow", "Load checkpoint"), checkpoint_filter())
        if not path:
            return
        if self.state == State.RUNNING:
            self.worker.request(p.Pause())
        self.worker.request(p.Load(path))
        self.statusBar().showMessage(translate("MainWindow", "Loading {path}…").format(path=path))

    def new_run(self) -> None:
        """End the run under way (after asking about unsaved progress) and show the new run's settings."""
        if self.model.training:
            if self.unsaved and not self._confirm_discard():
                return
            self.model.discard()  # on purpose: not asked again
            self.worker.request(p.Stop())
        self.left_tabs.setCurrentIndex(0)

    def export_generator(self) -> None:
        """Write the generator drawn with now (a run's, or the shipped one) as a .keras file."""
        path = ask_save_path(self, translate("MainWindow", "Export generator"),
                             f"generator-i{self.iteration:07d}.keras",
                             translate("MainWindow", "Keras models (*.keras)"), ".keras", self.run_dir)
        if path:
            self.worker.request(p.ExportGenerator(path))
            self.statusBar().showMessage(translate("MainWindow", "Exporting {path}…").format(path=path))

    def export_gif(self) -> None:
        if not (self.has_run and self.samples.frames):
            return
        dialog = ExportGifDialog(str(Path(last_folder(self.run_dir)) / f"evolution-i{self.iteration:07d}.gif"),
                                 len(self.samples.frames), self)
        if dialog.exec() != ExportGifDialog.DialogCode.Accepted:
            return
        path, spacing, frame_ms = dialog.options()
        if not path:
            return
        remember(path)
        self.export_progress.setRange(0, 0)
        self.export_progress.show()
        self.worker.request(p.ExportGif(path, spacing, frame_ms))
        self.statusBar().showMessage(translate("MainWindow", "Exporting {path}…").format(path=path))

    def rewind(self, iteration: int) -> None:
        """Put the run back at a grid frame's iteration (the worker pauses it there)."""
        if self.model.training:
            self.worker.request(p.Rewind(iteration))
            self.statusBar().showMessage(translate("MainWindow", "Rewinding to iteration {iteration}…")
                                         .format(iteration=iteration))

    def _on_live_changes(self, values: dict) -> None:
        if self.model.training:
            self.worker.request(p.ChangeRecipe(values))

    def _on_alarms_changed(self, muted: tuple) -> None:
        self.worker.request(p.Alarms(AlarmConfig(muted=muted)))

    def _on_budget(self, budget: int) -> None:
        self.worker.request(p.RewindBudget(budget))

    def _restore_good_state(self) -> None:
        self.worker.request(p.RestoreGood())
        self.alarm_banner.hide()
        self.statusBar().showMessage(translate("MainWindow", "Restoring the last good state…"), 5000)

    def evaluate(self) -> None:
        if self.has_run:
            self.worker.request(p.Evaluate())
            self.statusBar().showMessage(translate("MainWindow", "Measuring quality…"), 5000)

    def set_light_plots(self, light: bool) -> None:
        for plot in (*self.curve_plots, self.quality.plot, self.discriminator.histogram):
            apply_theme(plot, light)

    def _on_cell_clicked(self, cell: int, as_target: bool) -> None:
        if not self.family.explorer:
            return  # a translation family's cells are fixed test images, not latents
        if self.tabs.currentWidget() is self.discriminator:  # pick the cell D's saliency maps
            self.worker.request(p.DiscriminatorCell(cell))
            return
        seed = cell
        if self.grid_cells is not None:  # a conditional grid: the cell's latent, in the class it asks for
            seeds, classes = self.grid_cells
            seed = int(seeds[cell])
            self.explorer.class_box.setCurrentIndex(int(classes[cell]))
        self.explorer.set_seed(seed, as_target)
        self.tabs.setCurrentWidget(self.explorer)

    def _on_test_edges(self, index: int) -> None:
        self.worker.request(p.TestEdges(index))

    def _continue_run(self, path: str) -> None:
        """Load a checkpoint (the Runs tab's Continue training) and train on once it is loaded."""
        self._continue_after_load = True
        self.load_checkpoint(path)

    def _on_held_out_melody(self, index: int) -> None:
        self.worker.request(p.HeldOutMelody(index))

    def _on_open_melody(self, path: str) -> None:
        self.worker.request(p.OpenMelody(path))

    def _on_directions_requested(self, count: int, samples: int, cls: int) -> None:
        self.worker.request(p.Directions(count, samples, cls))

    def _on_walk_requested(self, path: str, latents, labels: list, classes) -> None:
        config = self.explorer.config
        self.worker.request(p.Walk(path, latents, labels, config.walk_frame_ms, config.image_scale, classes))
        self.statusBar().showMessage(translate("MainWindow", "Exporting {path}…").format(path=path))

    def _confirm_discard(self, loading: bool = False) -> bool:
        """Whether the user lets unsaved iterations go, to start a new run (or, `loading`, to load a checkpoint)."""
        question = (translate("MainWindow", "Iterations of the current run not saved: {count}. Discard them and load "
                              "a checkpoint?") if loading else
                    translate("MainWindow", "Iterations of the current run not saved: {count}. Discard them and start "
                              "a new run?"))
        answer = QMessageBox.question(
            self, translate("MainWindow", "Unsaved progress"),
            question.format(count=number(self.iteration - self.saved_iteration)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard
