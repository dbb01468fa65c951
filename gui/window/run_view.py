"""How the window shows what the worker reports: a run made, loaded, rewound or restored; progress; grid
frames; saves, exports, alarms, recipe changes and failures. A part of MainWindow (it is one of its
bases), kept apart from how the window is built and what its controls ask."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox

from engine.families import FAMILIES, Family
from engine.families.dcgan.latents import class_grid
from engine.io.images import Frame
from engine.io.rundir import RunDir
from gui.i18n import engine_message, engine_text, number, translate
from gui.worker.protocol import Progress, Resume, RunSnapshot, State, Stylize

MARKER_LABELS = {"nan": "NaN", "d_wins": QT_TRANSLATE_NOOP("MainWindow", "D wins"),
                 "collapse": QT_TRANSLATE_NOOP("MainWindow", "collapse"),
                 "gradients": QT_TRANSLATE_NOOP("MainWindow", "gradients")}  # an alarm's marker, shown translated


class RunView:
    """MainWindow's slots for the worker's signals (gui.worker.training_worker.TrainingWorker)."""

    def _on_ready(self) -> None:
        self.statusBar().showMessage(translate("MainWindow", "Ready: press Start to train"), 5000)

    def _on_devices_found(self, names: tuple) -> None:
        self.settings_panel.set_device_count(len(names))

    def _on_preview(self, frame, config, card: dict) -> None:
        """The shipped generator, before any run: its grid and, once the worker has it (`config` not
        None), the explorer (engine.io.shipped)."""
        if self.has_run:
            return
        quality, recipe = card.get("quality", {}), card.get("recipe", {}).get("title", "?")
        self.samples.set_preview(frame, translate(
            "MainWindow", "Shipped generator: {iterations} iterations of {recipe}, FCD {fcd} (not a run: Start trains "
            "your own)").format(iterations=number(card.get('iterations', 0)), recipe=engine_text(recipe),
                                fcd=quality.get("fcd", "?")))
        if config is not None:
            self.explorer.set_generator(config.settings.noise_dim, 0)
            self.statusBar().showMessage(translate("MainWindow", "Showing the shipped generator: explore it, or "
                                                   "press Start to train your own"), 8000)

    def _on_state(self, state: State) -> None:
        if (state == State.RUNNING and self.state != State.PAUSED) or state == State.IDLE:
            self.left_tabs.setCurrentIndex(1 if state == State.RUNNING else 0)  # what can be changed now
        self.model.state = state
        if state == State.PAUSED and self._continue_after_load:
            self._continue_after_load = False  # the Runs tab's Continue training: the checkpoint is loaded
            self.worker.request(Resume())
        if state != State.RUNNING:
            self._show_everything()  # where it stopped, at once (the payload before this state is in)
        if state == State.PAUSED and self.explorer.isVisible():
            self.explorer.render()  # the generator may have trained since its last frame
        self._update_controls()
        if self.model.finished:
            self.statusBar().showMessage(translate("MainWindow", "Run finished: all epochs trained"), 8000)

    def _on_run(self, snapshot: RunSnapshot) -> None:
        config = snapshot.config
        if snapshot.source in ("restored", "rewound"):  # back in the same run: its alarms up to here stay
            self._alarm_marks = [(it, label) for it, label in self._alarm_marks if it <= snapshot.iteration]
        else:
            self._alarm_marks = []
            self.alarm_banner.clear()
            self.discriminator.clear()
        self.model.run_started(snapshot.iteration, snapshot.source, config.run.epochs * snapshot.batches_per_epoch,
                               snapshot.batches_per_epoch, snapshot.run_dir, bool(snapshot.frames))
        self._set_family(FAMILIES[config.run.family])
        self.runs_panel.set_live(snapshot.run_dir, config, snapshot.iteration)  # listed before its first save
        classes = tuple(map(engine_text, snapshot.class_names)) if self.family.asks_class else ()
        self.grid_cells = (class_grid(config.run.num_samples, len(classes), config.settings.class_rows)
                           if classes else None)
        self.samples.cell_classes = self.grid_cells[1] if self.grid_cells else None
        self.samples.class_names = classes
        self.explorer.set_classes(classes)
        self.settings_panel.show_config(config)
        self.live_panel.show_config(config)
        self.precision_label.setText(snapshot.precision.name)
        self.precision_label.setToolTip(translate("MainWindow", "This run computes in {precision}")
                                        .format(precision=snapshot.precision))
        self.devices_label.setText(snapshot.devices.short)
        self.devices_label.setToolTip(translate("MainWindow", "This run trains on {devices}")
                                      .format(devices=snapshot.devices))
        for plot in self.curve_plots:
            plot.clear_data(snapshot.batches_per_epoch)
        if len(snapshot.history):
            self.curves.append(1, snapshot.history)
        for plot in self.curve_plots:
            plot.set_ghost(snapshot.iteration + 1, snapshot.ghost)
        for change in snapshot.changes:
            self.curves.add_change(change)
        for iteration, label in self._alarm_marks:
            self.curves.add_marker(iteration, label)
        self.samples.set_frames(snapshot.frames)
        self.quality.set_table(snapshot.quality)
        self._show_folder()
        if self.family.explorer:  # a noise -> image generator: its latent size
            self.explorer.set_generator(config.settings.noise_dim, snapshot.iteration)
        self.sketch_pad.set_image_size(config.run.image_size)
        self.sketch_pad.request_translation()  # of this run's generator (nothing unless it is a Pix2Pix run)
        self.melody_pad.composer_changed()  # this run's composer, or the shipped one
        self._rate = 0.0
        self._data_preview = False  # the run's frames replaced it
        self._show_position()
        where = {"new": translate("MainWindow", "new run"),
                 "rewound": translate("MainWindow", "rewound to iteration {iteration} (Resume runs on from here; the "
                                      "faded curves are the abandoned future)").format(iteration=snapshot.iteration),
                 "restored": translate("MainWindow", "restored the last good state")}
        loaded = translate("MainWindow", "loaded {path}").format(path=snapshot.source)
        self.statusBar().showMessage(translate("MainWindow", "{what} · saving into {folder}").format(
            what=where.get(snapshot.source, loaded), folder=snapshot.run_dir), 10000)
        self._update_controls()

    def _set_family(self, family: Family) -> None:
        """Show what a run of this family measures and the tools it has."""
        if family is self.family:
            return
        self.family = family
        self.curves.set_family(family)
        self._show_family_tools()

    def _show_family_tools(self) -> None:
        family = self.family
        self.samples.set_family(family)
        for widget, available in ((self.explorer, family.explorer), (self.discriminator, family.discriminator_view),
                                  (self.sketch_pad, family.sketch)):
            index = self.tabs.indexOf(widget)
            if self.tabs.isTabEnabled(index) != available:  # enabling a tab enables its page, ready or not
                self.tabs.setTabEnabled(index, available)
        self.sketch_pad.set_available(family.sketch)
        if not self.tabs.isTabEnabled(self.tabs.currentIndex()):
            self.tabs.setCurrentIndex(0)

    def _on_progress(self, payload: Progress) -> None:
        self.curves.append(payload.first_iteration, payload.rows)
        self.model.iteration = payload.iteration
        self._rate = payload.rate
        if self.state != State.RUNNING:
            self._show_everything()  # a single step, or the last steps before a pause: at once
        elif not self._position_timer.isActive():
            self._position_timer.start()

    def _show_everything(self) -> None:
        """Draw what the payloads carried at once, curves included: training is not running, so the
        rate limits (POSITION_UPDATES_PER_SECOND, gui.panels.curves) would only make the last steps late."""
        self.curves.flush()
        self._show_progress()

    def _show_progress(self) -> None:
        """Show where the run is (see POSITION_UPDATES_PER_SECOND)."""
        self._position_timer.stop()
        if not self.has_run:
            return
        self._show_position()
        self.explorer.set_iteration(self.iteration)
        self.samples.set_rewind_allowed(self.model.training, self.iteration)
        self.runs_panel.show_live_iteration(self.iteration)

    def _show_position(self) -> None:
        m = self.model
        self.run_bar.show_position(m.iteration, self._rate, m.batches_per_epoch, m.total_iterations)

    def _on_frame(self, frame) -> None:
        self.samples.add_frame(frame)
        if not self.model.frames:
            self.model.frames = True
            self._update_controls()
        if self.explorer.isVisible():
            self.explorer.render()  # the explorer follows the training generator frame by frame
        if self.sketch_pad.isVisible():
            self.sketch_pad.request_translation()  # so does the sketch pad
        if self.family.melody_pad:
            self.melody_pad.composer_changed()  # and the melody pad, of a composer run

    def _on_saved(self, path: str, iteration: int) -> None:
        self.model.saved(iteration)
        self.runs_panel.set_live(str(Path(path).parent))  # the run now training, as it stands on disk now
        self._remember_recent(path)
        self._show_folder()
        self.statusBar().showMessage(translate("MainWindow", "Saved {path}").format(path=path), 8000)
        if self._closing:
            self.close()

    def _show_folder(self) -> None:
        """The run folder and what it takes on disk (autosaves are pruned: see Keep autosaves)."""
        if self.run_dir and Path(self.run_dir).is_dir():
            size = RunDir(self.run_dir).size()
            self.folder_label.setText(f"{Path(self.run_dir).name}: {size / 1e6:.0f} MB")
            self.folder_label.setToolTip(translate("MainWindow", "The run folder {folder}: checkpoints, grid PNGs, "
                                                   "CSVs").format(folder=self.run_dir))

    def _on_data_progress(self, done: int, total: int) -> None:
        """A new run's pictures being decoded (the first time a folder is used): in the progress bar."""
        progress = self.run_bar.epoch_progress
        progress.setRange(0, total)
        progress.setValue(done)
        self.statusBar().showMessage(translate("MainWindow", "Preparing the pictures: {done} of {total} (decoded "
                                               "once, then cached)").format(done=number(done), total=number(total))
                                     if done < total else translate("MainWindow", "Building the networks…"))

    def _on_data_preview(self, images: np.ndarray, source: str) -> None:
        """A new run's first pictures, decoded: shown while the rest are."""
        self._data_preview = True
        self.samples.set_preview(Frame(0, 0, images), translate(
            "MainWindow", "The first {count} pictures of {source}, while the rest are prepared").format(
                count=len(images), source=source))
        self.statusBar().showMessage(translate("MainWindow", "Preparing the pictures (decoded once, then cached)…"))

    def _on_export_progress(self, done: int, total: int) -> None:
        self.export_progress.setRange(0, total)
        self.export_progress.setValue(done)

    def _on_exported(self, path: str, count: int) -> None:
        self.export_progress.hide()
        # Worded with no plural to agree with (lupdate reads a count only from a widget's own tr()).
        text = (translate("MainWindow", "Exported {path} (frames: {count})") if count else
                translate("MainWindow", "Exported {path}"))
        self.statusBar().showMessage(text.format(path=path, count=number(count)), 8000)

    def _on_recipe_changed(self, config, changes: list) -> None:
        self.live_panel.show_config(config)
        self.settings_panel.show_config(config)
        for change in changes:
            self.curves.add_change(change)
        if changes:
            self.statusBar().showMessage(translate("MainWindow", "Changed {changes}").format(
                changes="; ".join(engine_message(c.describe()) for c in changes)), 8000)

    def _on_alarm(self, alarm, good_iteration) -> None:
        marker = translate("MainWindow", MARKER_LABELS[alarm.kind])
        self._alarm_marks.append((alarm.iteration, marker))
        self.curves.add_marker(alarm.iteration, marker)
        self.alarm_banner.show_alarm(alarm, good_iteration)
        self.tabs.setCurrentIndex(0)
        self.statusBar().showMessage(translate("MainWindow", "Alarm: {title} at iteration {iteration}").format(
            title=engine_text(alarm.title_text).format(**alarm.values), iteration=alarm.iteration), 10000)

    def _on_failed(self, title: str, message: str) -> None:
        if title == Stylize.failure:
            self.style_panel.stylize_failed()
        title = translate("Worker", title)  # the worker's titles are marked for it (gui.worker.protocol)
        self._closing = False
        self.export_progress.hide()
        self.statusBar().showMessage(title, 8000)
        if self._data_preview:  # of pictures that will not train
            self.samples.end_preview()
            self._data_preview = False
        QMessageBox.critical(self, title, message)
