"""What the window costs: training throughput with the window against headless, and the window's own
costs (event-loop stalls, curve redraws, launch time, memory), each against a reference measured in
the same run.

1. Throughput: the reference run (batch 256) trained by the worker with the window shown (offscreen
   unless --platform says otherwise), curves and grid updating, against the same training headless
   (engine.training.trainer.Trainer.step() in a loop, no Qt), alternately in rounds; images/s of each.
2. Event-loop stall: a 5 ms timer in the window's thread records its own lateness during the window
   rounds; the longest lateness is the longest the window was frozen.
3. Curve redraw: the accuracy plot (4 curves shaped like a run's: slow drift, per-iteration noise)
   holding 25,000 points a curve, one point appended, drawn and painted, against the same with 1,000
   points; and the worst case, curves of uniform noise over the whole height.
4. Launch: from starting `python main.py` to the window's first paint, against starting Python and
   painting an empty PySide6 window.
5. Memory: peak resident set size of this process (window, worker, training, plus the headless
   trainer), against the process after TensorFlow and the dataset are loaded.

    python bench/gui_overhead.py [--rounds 3] [--steps 15] [--platform offscreen|xcb] [--preset tutorial|dcgan|fast]

--preset trains another recipe (default: the TensorFlow DCGAN tutorial's, the reference run); with "fast" (batch
16, ~15 ms a step) give --steps 300 or so, so that a round lasts seconds.

The last line reads `ratio gui/headless: X.XX`: the median over rounds of a window round's images/s
over those of the headless round after it.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# A child process that prints once its first top-level window is painted. {setup} makes the window.
FIRST_PAINT = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType() and watched.isWindow():
            print("painted", flush=True)
            import os; os._exit(0)
        return False
watcher = FirstPaint()
app.installEventFilter(watcher)
{setup}
"""
GAN_STUDIO = "sys.path.insert(0, {root!r}); import main; main.main([])"
EMPTY_WINDOW = "from PySide6.QtWidgets import QWidget; w = QWidget(); w.resize(1400, 860); w.show(); app.exec()"


def seconds_to_first_paint(setup: str, platform: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", FIRST_PAINT.format(setup=setup)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env, cwd=tempfile.gettempdir())
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.kill()
    child.wait()
    if line.strip() != "painted":
        raise SystemExit("the launch probe never painted a window")
    return elapsed


def peak_rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20  # Linux: kilobytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--steps", type=int, default=15, help="training steps per round and mode")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--preset", default="tutorial", help="the recipe trained (engine.config.PRESETS)")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = args.platform

    launches = [seconds_to_first_paint(GAN_STUDIO.format(root=str(ROOT)), args.platform) for _ in range(3)]
    empties = [seconds_to_first_paint(EMPTY_WINDOW, args.platform) for _ in range(3)]

    from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer
    from PySide6.QtWidgets import QApplication
    from qt_loop import PaintWatch, wait_until

    from engine.config import TrainConfig, apply_preset
    from engine.families import FAMILIES
    from engine.io.idx import load_fashion_mnist
    from gui import MainWindow
    from gui.panels.curves import CurvePlot
    from gui.worker.protocol import State

    app = QApplication([])
    config = apply_preset(TrainConfig(), args.preset)
    window = MainWindow(config=config, run_root=tempfile.mkdtemp(prefix="gan-studio-bench-"))
    window.show()

    wait_until(lambda: window.state == State.IDLE)
    from engine.training.trainer import Trainer  # TensorFlow is loaded by now (the worker imported it)

    dataset = load_fashion_mnist()
    baseline_rss = peak_rss_gb()
    window.step()  # a new run, traced and one step in, then paused
    wait_until(lambda: window.state == State.PAUSED and window.iteration == 1)
    headless = Trainer(config, dataset)
    for _ in range(2):
        headless.step()

    class Stall(QObject):
        """A 5 ms timer that records how late it fires: the event loop's longest freeze."""

        def __init__(self):
            super().__init__()
            self.clock = QElapsedTimer()
            self.worst = 0.0
            self.timer = QTimer(self)
            self.timer.setTimerType(Qt.TimerType.PreciseTimer)
            self.timer.setInterval(5)
            self.timer.timeout.connect(self.tick)

        def start(self) -> None:
            self.clock.start()
            self.timer.start()

        def stop(self) -> None:
            self.timer.stop()

        def tick(self) -> None:
            self.worst = max(self.worst, self.clock.restart() - 5.0)

    stall = Stall()
    rates = {"gui": [], "headless": []}
    for _ in range(args.rounds):
        first = window.iteration
        stall.start()
        start = time.perf_counter()
        window.toggle_pause()  # resume
        wait_until(lambda: window.iteration >= first + args.steps)
        elapsed = time.perf_counter() - start
        done = window.iteration - first
        window.toggle_pause()
        wait_until(lambda: window.state == State.PAUSED)
        stall.stop()
        rates["gui"].append(done * config.recipe.batch_size / elapsed)

        start = time.perf_counter()
        for _ in range(args.steps):
            headless.step()
        rates["headless"].append(args.steps * config.recipe.batch_size / (time.perf_counter() - start))
    training_rss = peak_rss_gb()

    plot = CurvePlot("Discriminator accuracy and outputs", FAMILIES["dcgan"].accuracies, y_range=(0, 1))
    plot.resize(980, 380)
    plot.show()
    wait_until(plot.isVisible)
    paints = []
    watch = PaintWatch(plot.viewport(), lambda: paints.append(time.perf_counter()))  # noqa: F841 (kept alive)
    rng = np.random.default_rng(0)

    def gan_like(count: int, start: int = 0) -> np.ndarray:
        """Curves shaped like a run's: levels drifting slowly, per-iteration noise of a few percent."""
        i = np.arange(start, start + count)[:, None]
        levels = np.array([0.8, 0.7, 0.6, 0.4]) + 0.1 * np.sin(i / 3000 + np.arange(4))
        return np.clip(levels + rng.normal(0, 0.04, (count, 4)), 0, 1).astype(np.float32)

    def uniform_noise(count: int, start: int = 0) -> np.ndarray:
        return rng.random((count, 4)).astype(np.float32)

    def redraw_ms(points: int, values=gan_like) -> float:
        """One point appended to curves of `points` values, drawn and painted: the median."""
        plot.clear_data(235)
        plot.append(1, values(points))
        plot.flush()
        times = []
        for k in range(30):
            before = len(paints)
            start = time.perf_counter()
            plot.append(points + k + 1, values(1, points + k))
            plot.flush()
            while len(paints) == before:  # the paint runs inside the processEvents() that delivers it
                app.processEvents()
            times.append(1000 * (time.perf_counter() - start))
        return float(np.median(times))

    small, large, worst = redraw_ms(1_000), redraw_ms(25_000), redraw_ms(25_000, uniform_noise)
    window.model.discard()  # nothing to save: no close prompt
    window.close()

    gui_rate, headless_rate = float(np.median(rates["gui"])), float(np.median(rates["headless"]))
    # Each window round against the headless round right after it: the two share the machine's
    # state (clock, neighbours), which drifts by more than the window costs between rounds.
    pairs = np.array(rates["gui"]) / np.array(rates["headless"])
    launch, empty = float(np.median(launches)), float(np.median(empties))
    print(f"platform {args.platform}, {os.cpu_count()} cores, preset {args.preset} (batch {config.recipe.batch_size}), "
          f"{args.rounds} alternating rounds of {args.steps} steps")
    print(f"training with the window:   {gui_rate:6.1f} images/s")
    print(f"training headless:          {headless_rate:6.1f} images/s")
    print(f"longest event-loop stall while training: {stall.worst:.1f} ms (goal <= 50)")
    print(f"curve redraw, 4 curves x 25,000 points: {large:.2f} ms (goal <= 10); x 1,000 points: {small:.2f} ms; "
          f"ratio {large / small:.2f}; worst case, 25,000 points of uniform noise: {worst:.2f} ms")
    print(f"launch to window painted: {launch:.2f} s (goal <= 3); an empty PySide6 window: {empty:.2f} s; "
          f"ratio {launch / empty:.2f}")
    print(f"peak RSS while training: {training_rss:.2f} GB (goal <= 1.5; window, worker and the headless "
          f"trainer in one process); after TensorFlow + dataset: {baseline_rss:.2f} GB; "
          f"ratio {training_rss / baseline_rss:.2f}")
    print(f"each round with the window / the headless round after it: {', '.join(f'{r:.3f}' for r in pairs)}")
    print(f"ratio gui/headless: {float(np.median(pairs)):.2f}")


if __name__ == "__main__":
    main()
