"""The Runs tab: every run under the runs folder (and the folders the user adds, remembered) in one sortable,
filterable table (`runsTable`): date, name (editable, stored in the run's folder), family, data, recipe in short,
iterations, training time, best quality, size on disk; the run now training among them, updated as it saves.
Select several and they are compared below (gui.panels.run_comparison); a run can be renamed, deleted (to the
trash where the desktop has one, after asking), its folder opened, its newest checkpoint loaded or trained on.

Reading a run's numbers (a million history rows take about a second) happens in a process of the panel's own
(started at the first selection), never in the window's thread nor the training worker's, and not in a thread of
this process either: numpy's CSV parser holds Python's lock, and the window then waited for it at every call into
Qt (measured: ~300 ms freezes while ten long runs loaded from a thread). What comes back is small: each curve
already smoothed and downsampled (engine.io.runs.RunData).
"""

from __future__ import annotations

import multiprocessing
import shutil
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from engine.io.compare_figure import COLOURS
from engine.io.runs import (Run, RunData, find_runs, read_run, read_run_data, recipe_summary, rename_run,
                            unsaved_run)
from gui.i18n import engine_message, number
from gui.panels.run_comparison import RunComparison

SHOW_DELAY_MS = 50


class _Loaded(QObject):
    """Carries a run's numbers from the reading thread to the window's (a queued signal of a main-thread object)."""

    ready = Signal(object)  # RunData


class _SortItem(QTableWidgetItem):
    """A cell sorted by a number (size, iterations, time) rather than by its text."""

    def __init__(self, text: str, key):
        super().__init__(text)
        self.key = key

    def __lt__(self, other) -> bool:
        return self.key < getattr(other, "key", 0)


class RunsPanel(QWidget):
    """The table of runs and the comparison of those selected."""

    loadRequested = Signal(str)  # a checkpoint to load, paused
    continueRequested = Signal(str)  # a checkpoint to load and train on
    foldersChanged = Signal(list)  # the folders the user added (the window remembers them)

    def __init__(self, root: str, parent=None):
        super().__init__(parent)
        self.setObjectName("runsPanel")
        self.root = root
        self.extra: list[str] = []
        self.live: str | None = None  # the folder of the run training now
        self._live_config = None  # its config, and where it has got to, while it has no folder yet
        self._live_iteration = 0
        self.runs: dict[str, Run] = {}
        self.data: dict[str, RunData] = {}  # read, by folder
        self._reading: set[str] = set()  # folders on their way from the reading thread
        self._reader: ProcessPoolExecutor | None = None  # started at the first run selected
        self._loaded = _Loaded()
        self._loaded.ready.connect(self._on_loaded)
        self._show_soon = QTimer(self)  # a selection dragged over rows, runs arriving together: one redraw
        self._show_soon.setSingleShot(True)
        self._show_soon.setInterval(SHOW_DELAY_MS)
        self._show_soon.timeout.connect(self._show_selected)
        self._build()

    def _build(self) -> None:
        self.filter = QLineEdit()
        self.filter.setObjectName("runsFilter")
        self.filter.setPlaceholderText(self.tr("Filter: name, family, data, recipe…"))
        self.filter.setToolTip(self.tr("Show only the runs whose row has every word typed here"))
        self.filter.textChanged.connect(self._apply_filter)
        buttons = [
            ("addRunFolderButton", self.tr("Add folder…"), self.tr("List the runs of another folder too (remembered)"),
             self.add_folder),
            ("refreshRunsButton", self.tr("Refresh"), self.tr("Read the folders again"), self.refresh),
            ("openRunFolderButton", self.tr("Open folder"), self.tr("Open the selected run's folder"),
             self.open_folder),
            ("loadRunButton", self.tr("Load"), self.tr("Load the selected run's newest checkpoint, paused"),
             lambda: self._checkpoint_request(self.loadRequested)),
            ("continueRunButton", self.tr("Continue training"), self.tr("Load the selected run's newest checkpoint "
                                                                         "and train on"),
             lambda: self._checkpoint_request(self.continueRequested)),
            ("deleteRunButton", self.tr("Delete…"), self.tr("Move the selected runs to the trash (after asking)"),
             self.delete_selected)]
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        self.buttons = {}
        for name, text, tip, slot in buttons:
            button = QPushButton(text)
            button.setObjectName(name)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.buttons[name] = button
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("runsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("date"), self.tr("name"), self.tr("family"), self.tr("data"), self.tr("recipe"),
            self.tr("iterations"), self.tr("training time"), self.tr("best quality"), self.tr("size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemChanged.connect(self._on_renamed)
        self.note = QLabel("")
        self.note.setObjectName("runsNote")
        self.note.setWordWrap(True)
        self.comparison = RunComparison()
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.comparison)
        split.setSizes([220, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self._update_buttons()

    # -- the list -------------------------------------------------------------------------------------------

    def set_folders(self, folders) -> None:
        """The folders the user added (remembered by the window); read at once."""
        self.extra = [str(f) for f in (folders if isinstance(folders, list) else [folders] if folders else [])]
        self.refresh()

    def add_folder(self, folder: str | None = None) -> None:
        folder = folder or QFileDialog.getExistingDirectory(self, self.tr("Add a folder of runs"))
        if folder and folder not in self.extra and folder != self.root:
            self.extra.append(folder)
            self.foldersChanged.emit(list(self.extra))
            self.refresh()

    def refresh(self) -> None:
        """Read every folder's runs again (their summaries; the numbers of the selected ones are read again too)."""
        roots = [r for r in (self.root, *self.extra) if Path(r).is_dir() or r in self.extra]
        runs, notes = find_runs(roots)
        if self.live and self._live_config is not None and not any(str(run.path) == self.live for run in runs):
            runs.insert(0, unsaved_run(self.live, self._live_config, self._live_iteration))
        self.runs = {str(run.path): run for run in runs}
        self.data = {path: data for path, data in self.data.items() if path in self.runs}
        selected = set(self.selected_paths())
        self.table.blockSignals(True)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(runs))
        for r, run in enumerate(runs):
            self._fill_row(r, run)
        self.table.setSortingEnabled(True)
        self.table.blockSignals(False)
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) in selected:
                self.table.selectRow(r)
        self.note.setText(" ".join(engine_message(note) for note in notes))
        self._apply_filter()
        self._on_selection()

    def _fill_row(self, r: int, run: Run) -> None:
        live = self.live is not None and Path(self.live) == run.path
        minutes = run.seconds / 60
        cells = [
            _SortItem(run.started.strftime("%Y-%m-%d %H:%M") if run.started else "?",
                      run.started.timestamp() if run.started else 0),
            QTableWidgetItem(("● " if live else "") + run.name),
            QTableWidgetItem(run.family), QTableWidgetItem(run.data),
            QTableWidgetItem(engine_message(recipe_summary(run.config)) if run.config else "?"),
            _SortItem(number(run.iterations), run.iterations),
            _SortItem(self.tr("{minutes} min").format(minutes=f"{minutes:.1f}") if minutes == minutes else "-",
                      minutes if minutes == minutes else -1),
            QTableWidgetItem(f"{engine_message(run.best[0])} {run.best[1]}" if run.best else "-"),
            _SortItem(f"{run.size / 1e6:.1f} MB", run.size)]
        for c, item in enumerate(cells):
            if c != 1:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole, str(run.path))
            tip = "\n".join([str(run.path), *(cell.text() for cell in cells[4:5]),
                             *(engine_message(note) for note in run.notes)])
            item.setToolTip(tip + ("\n" + self.tr("training now") if live else ""))
            self.table.setItem(r, c, item)

    def set_live(self, folder: str | None, config=None, iteration: int = 0) -> None:
        """The run training now (its folder, and for a run not saved yet its config and iteration): marked in the
        table, listed before its first save, read again at each of its saves."""
        self.live = folder
        if config is not None:
            self._live_config, self._live_iteration = config, iteration
        self.refresh()

    def show_live_iteration(self, iteration: int) -> None:
        """Where the run training now has got to (its iterations cell, until its next save reads the folder)."""
        self._live_iteration = iteration
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 5)
            if item.data(Qt.ItemDataRole.UserRole) == self.live and item.key < iteration:
                item.key = iteration
                item.setText(number(iteration))

    def _apply_filter(self) -> None:
        words = self.filter.text().lower().split()
        for r in range(self.table.rowCount()):
            text = " ".join(self.table.item(r, c).text().lower() for c in range(self.table.columnCount()))
            self.table.setRowHidden(r, not all(word in text for word in words))

    def selected_paths(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows
                if not self.table.isRowHidden(r)]

    def select(self, paths: list[str]) -> None:
        """Select the runs of these folders (what a click with Ctrl does)."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) in paths:
                self.table.selectRow(r)
        self.table.setSelectionMode(mode)

    # -- comparing ------------------------------------------------------------------------------------------

    def _on_selection(self) -> None:
        self._update_buttons()
        for path in self.selected_paths():
            if path not in self.data and path not in self._reading:
                self._reading.add(path)
                if self._reader is None:
                    self._reader = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
                future = self._reader.submit(read_run_data, self.runs[path])
                future.add_done_callback(partial(self._read, self.runs[path]))
        self._show_soon.start()

    def _read(self, run: Run, future) -> None:
        """When the reading process has answered (called in one of the executor's threads): the run's numbers,
        handed to the window's thread."""
        try:
            data = future.result()
        except Exception:  # a folder deleted while read, the process gone: shown without numbers
            data = RunData(run, None, None, None)
        self._loaded.ready.emit(data)

    def _on_loaded(self, data: RunData) -> None:
        path = str(data.run.path)
        self._reading.discard(path)
        if path in self.runs:
            self.data[path] = data
            self._show_soon.start()

    def _show_selected(self) -> None:
        selected = self.selected_paths()
        if len(selected) > len(COLOURS):
            self.note.setText(self.tr("{count} runs selected: the first {shown} are compared (a colour each)").format(
                count=len(selected), shown=len(COLOURS)))
        self.comparison.set_runs([self.data[p] for p in selected[:len(COLOURS)] if p in self.data])

    def loaded_all(self) -> bool:
        """Every selected run's numbers are read and shown (tests wait for it)."""
        shown = {str(data.run.path) for data in self.comparison.runs}
        return all(path in self.data and path in shown for path in self.selected_paths())

    # -- actions --------------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        one = len(self.selected_paths()) == 1
        checkpoint = one and bool(self.runs.get(self.selected_paths()[0], None) and
                                  self.runs[self.selected_paths()[0]].checkpoints)
        for name, enabled in (("openRunFolderButton", one), ("loadRunButton", checkpoint),
                              ("continueRunButton", checkpoint), ("deleteRunButton", bool(self.selected_paths()))):
            self.buttons[name].setEnabled(enabled)

    def _on_renamed(self, item: QTableWidgetItem) -> None:
        if item.column() != 1:
            return
        path = item.data(Qt.ItemDataRole.UserRole)
        try:
            rename_run(path, item.text().lstrip("● "))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not rename"), exc.strerror or str(exc))
        self.runs[path] = read_run(path)
        if path in self.data:
            old = self.data[path]
            self.data[path] = RunData(self.runs[path], old.quality, old.frame_iterations, old.frame_images,
                                      old.curves, old.quality_x, old.frame_x)
            self._show_selected()

    def open_folder(self) -> None:
        for path in self.selected_paths()[:1]:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def _checkpoint_request(self, signal) -> None:
        for path in self.selected_paths()[:1]:
            if self.runs[path].checkpoints:
                signal.emit(str(self.runs[path].checkpoints[-1]))

    def delete_selected(self) -> None:
        paths = [p for p in self.selected_paths() if p != self.live]
        if not paths:
            return
        names = ", ".join(self.runs[p].name for p in paths)
        answer = QMessageBox.question(self, self.tr("Delete runs"), self.tr(
            "Move {count} run(s) to the trash: {names}?").format(count=len(paths), names=names))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from PySide6.QtCore import QFile

        for path in paths:
            if not QFile.moveToTrash(path):
                again = QMessageBox.question(self, self.tr("Delete runs"), self.tr(
                    "There is no trash here. Delete {path} for good?").format(path=path))
                if again == QMessageBox.StandardButton.Yes:
                    shutil.rmtree(path, ignore_errors=True)
        self.refresh()

    def shutdown(self) -> None:
        if self._reader is not None:
            self._reader.shutdown(wait=True, cancel_futures=True)
