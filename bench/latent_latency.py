"""Latent explorer latency: from a slider value change to the new image painted, while training is paused.

The real window (offscreen unless --platform says otherwise) with the reference model, one training
step in, explorer tab open and its principal directions computed. Then 200 slider moves at the pace
of a mouse drag (one every 16 ms, 60 Hz), cycling over the sliders with a random walk of values. A
move counts as on screen when the image widget paints a render of that move or of a newer one (moves
that arrive while a render is under way are coalesced, so a superseded move is answered by the newer
image). The reference, measured in the same run: the generator's own time for the same batch of
latents, called directly with no window, thread or signal in between.

    python bench/latent_latency.py [--moves 200] [--interval-ms 16] [--platform offscreen|xcb]

The last line reads `latent p95 ms: X`.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moves", type=int, default=200)
    parser.add_argument("--interval-ms", type=float, default=16.0, help="time between moves (a 60 Hz drag)")
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = args.platform

    from PySide6.QtWidgets import QApplication
    from qt_loop import paced_latencies, wait_until

    from gui import MainWindow
    from gui.worker.protocol import State

    _app = QApplication([])  # alive for the whole run
    window = MainWindow(run_root=tempfile.mkdtemp(prefix="gan-studio-bench-"))
    window.show()
    panel = window.explorer

    wait_until(lambda: window.state == State.IDLE)
    window.step()  # a new reference run, one iteration, then paused
    wait_until(lambda: window.state == State.PAUSED and window.iteration == 1)
    window.tabs.setCurrentWidget(panel)
    wait_until(lambda: panel.pca is not None and not panel.computing and panel.shown_token == panel.token)

    rng = np.random.default_rng(0)
    moved = 0

    def move() -> int:
        nonlocal moved
        slider = panel.sliders[moved % len(panel.sliders)]
        moved += 1
        value = int(np.clip(slider.value() + rng.integers(-150, 151), slider.minimum(), slider.maximum()))
        if value == slider.value():
            value = -value or 1
        slider.setValue(value)
        return panel.token

    latencies, drawn = paced_latencies(panel.image, lambda: panel.shown_token, move, args.moves, args.interval_ms)

    # The reference: the same batch straight through the generator, in this process, nothing around it.
    trainer = window.worker._trainer
    batch = np.concatenate([panel.latent()[None], panel._strip_latents()])
    trainer.generate(batch)
    direct = []
    for _ in range(args.moves):
        start = time.perf_counter()
        trainer.generate(batch)
        direct.append(1000 * (time.perf_counter() - start))

    p50, p95 = np.percentile(latencies, [50, 95])
    g50, g95 = np.percentile(direct, [50, 95])
    print(f"platform {args.platform}, {os.cpu_count()} cores, {args.moves} moves every {args.interval_ms:g} ms, "
          f"batch of {len(batch)} images per render (1 + {len(batch) - 1} neighbours)")
    print(f"slider move -> image painted: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {max(latencies):.1f} ms; "
          f"{drawn} distinct renders painted for {args.moves} moves")
    print(f"reference, generator alone on the same batch: p50 {g50:.1f} ms, p95 {g95:.1f} ms")
    print(f"ratio window/generator: p50 {p50 / g50:.2f}, p95 {p95 / g95:.2f}")
    window.model.discard()  # nothing to save: no close prompt
    window.close()
    print(f"latent p95 ms: {p95:.1f}")


if __name__ == "__main__":
    main()
