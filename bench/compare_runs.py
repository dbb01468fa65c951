"""Opening ten long runs in the Runs tab: how long until all are drawn, and whether the window stays live meanwhile.

Writes --runs synthetic run folders of --rows history rows each (run.json, history.csv with seconds, quality.csv;
a 1,000,000-row history is ~100 MB), opens the real window (offscreen) on them, selects them all in the Runs tab and
measures (a) the time until every run's curves are drawn and (b) the window's responsiveness meanwhile: the longest
gap between ticks of a 10 ms timer in its event loop (what a user feels as a freeze). The reference, in the same
run: reading the same runs directly (engine.io.runs.read_run_data), one after another, no window.

    python bench/compare_runs.py [--runs 10] [--rows 1000000] [--folder DIR]

The last line reads `compare ten runs s: X, longest stall ms: Y`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def write_runs(folder: Path, runs: int, rows: int) -> list[Path]:
    from engine.config import TrainConfig
    from engine.io.runs import write_run_file

    paths = []
    rng = np.random.default_rng(0)
    for k in range(runs):
        path = folder / f"20261207-{k:06d}"
        if not (path / "history.csv").exists():
            write_run_file(path, TrainConfig().replace(batch_size=16 * (1 + k % 4), seed=k))
            iterations = np.arange(1, rows + 1)
            table = np.column_stack([iterations, iterations // 3750 + 1, np.cumsum(rng.uniform(0.01, 0.03, rows)),
                                     0.7 + 0.3 * rng.standard_normal((rows, 2)), rng.uniform(0, 1, (rows, 2))])
            with open(path / "history.csv", "w") as fh:
                fh.write("iteration,epoch,seconds,g_loss,d_loss,real_acc,fake_acc\n")
                np.savetxt(fh, table, fmt="%.6g", delimiter=",")
            quality = np.column_stack([np.arange(3750, rows + 1, 3750), np.linspace(80, 10, rows // 3750)])
            with open(path / "quality.csv", "w") as fh:
                fh.write("iteration,fcd\n")
                np.savetxt(fh, quality, fmt="%.6g", delimiter=",")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--folder", help="where the synthetic runs go (kept, reused; default: a temporary folder)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(args.folder or tempfile.mkdtemp(prefix="gan-studio-runs-"))
    started = time.perf_counter()
    paths = write_runs(folder, args.runs, args.rows)
    size = sum(p.joinpath("history.csv").stat().st_size for p in paths)
    print(f"{args.runs} runs of {args.rows:,} rows in {folder} ({size / 1e6:.0f} MB, "
          f"written in {time.perf_counter() - started:.0f} s)")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from qt_loop import wait_until

    from engine.compute.precision import cpu_model_and_flags
    from engine.io.runs import read_run, read_run_data
    from gui.panels.runs_panel import RunsPanel

    _app = QApplication([])
    panel = RunsPanel(str(folder))
    panel.resize(1400, 900)
    panel.show()
    panel.refresh()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    start = time.perf_counter()
    panel.select([str(p) for p in paths])
    wait_until(lambda: len(panel.comparison.runs) == len(paths), timeout=1200)
    drawn = time.perf_counter() - start
    timer.stop()
    gaps = np.diff([start, *ticks]) * 1000
    panel.shutdown()

    direct = time.perf_counter()
    for path in paths:
        read_run_data(read_run(path))
    direct = time.perf_counter() - direct
    model, _ = cpu_model_and_flags()
    print(f"{model}, {os.cpu_count()} cores; window: all {len(paths)} runs drawn in {drawn:.1f} s; event-loop ticks "
          f"every 10 ms: longest gap {gaps.max():.0f} ms, 99th percentile {np.percentile(gaps, 99):.0f} ms, "
          f"{(gaps > 100).sum()} gaps over 100 ms")
    print(f"reference, the same runs read directly one after another: {direct:.1f} s; ratio window/direct "
          f"{drawn / direct:.2f}")
    print(f"compare ten runs s: {drawn:.1f}, longest stall ms: {gaps.max():.0f}")


if __name__ == "__main__":
    main()
