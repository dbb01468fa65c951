"""Train the composer GAN Studio ships, so the melody pad harmonises at first launch: resources/composer.npz
(the generator's float16 weights and its panel) and composer.json (its card).

Reproducible from its seed: the composer's default preset (Music start) on the Bach chorales of music21's
corpus, a fixed number of iterations, the harmony metrics (engine.quality.harmony) measured on every held-out
window every --evaluate-every iterations, and the measured state with the most metrics within 25% of Bach's
shipped (ties: the one whose voices are in the melody's key the nearest to as often as Bach's). On one machine
the same command writes the same file; another CPU's float arithmetic differs in the last bits, so its run
differs in detail, not in kind.

    .venv/bin/python scripts/train_shipped_composer.py [--iterations N] [--evaluate-every N]
"""

from __future__ import annotations

import argparse
import datetime
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=6000,
                        help="~10 minutes on a 2-core CPU in bfloat16 (README, Music: 5-6 of 9 metrics there)")
    parser.add_argument("--evaluate-every", type=int, default=500)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", default=str(ROOT / "resources"))
    args = parser.parse_args()

    import numpy as np
    import tensorflow as tf

    from engine.compute.precision import cpu_model_and_flags
    from engine.config import PRESETS, TrainConfig, apply_preset, default_preset
    from engine.io.data import CHORALES, load_for_run
    from engine.io.shipped import weights, write_generator
    from engine.quality import harmony
    from engine.training.trainer import Trainer

    preset = default_preset(CHORALES, "composer")
    config = apply_preset(TrainConfig(), preset).replace(family="composer", seed=args.seed, quality_every=0)
    trainer = Trainer(config, load_for_run(config.run))
    in_key = [m.name for m in harmony.METRICS].index("in_key")
    best = None
    cpu_start, wall_start = time.process_time(), time.perf_counter()
    while trainer.iteration < args.iterations:
        trainer.step()
        if trainer.iteration % args.evaluate_every == 0:
            row, _ = trainer.measure_quality(None)
            values, bach = row[1:1 + len(harmony.METRICS)], row[1 + len(harmony.METRICS):]
            met = sum(m.meets_goal(v, b) for m, v, b in zip(harmony.METRICS, values, bach))
            rank = (met, -abs(values[in_key] / bach[in_key] - 1))
            print(f"iteration {trainer.iteration}: {harmony.summary(values, bach)} "
                  f"({time.perf_counter() - wall_start:.0f} s)", flush=True)
            if best is None or rank > best[0]:
                best = (rank, trainer.iteration, values, bach, [v.numpy().copy() for v in weights(trainer.generator)],
                        trainer.draw_panel()[0], time.process_time() - cpu_start, time.perf_counter() - wall_start)
    _, iteration, values, bach, variables, panel, cpu_seconds, wall_seconds = best
    model, flags = cpu_model_and_flags()
    card = {
        "what": "The composer the melody pad harmonises with before any composer run: not a run; trained by "
                "scripts/train_shipped_composer.py",
        "recipe": {"preset": preset, "title": PRESETS[preset].title, "config": config.to_dict()},
        "iterations": iteration,
        "cpu_seconds": round(cpu_seconds, 1),
        "wall_seconds": round(wall_seconds, 1),
        "machine": {"cpu": model, "bf16_flags": sorted(f for f in flags if "bf16" in f),
                    "precision": trainer.precision.name, "tensorflow": tf.__version__},
        "quality": {"summary": harmony.summary(values, bach),
                    "metrics": {m.name: round(float(v), 4) for m, v in zip(harmony.METRICS, values)},
                    "bach": {m.name: round(float(b), 4) for m, b in zip(harmony.METRICS, bach)}},
        "weights": "float16, the U-Net generator's variables (batch-norm statistics included; dropout is off "
                   "when it harmonises)",
        "date": datetime.date.today().isoformat(),
    }
    Path(args.out).mkdir(parents=True, exist_ok=True)
    path = write_generator(Path(args.out) / "composer.npz", config, variables, np.asarray(panel), card)
    print(f"Wrote {path} ({path.stat().st_size / 1e6:.1f} MB): iteration {iteration}, "
          f"{harmony.summary(values, bach)}")


if __name__ == "__main__":
    main()
