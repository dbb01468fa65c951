"""What measuring the SWD costs (engine.quality.swd), in training iterations of the same run, same process.

For each shape (Fashion-MNIST at 28x28 grey, the emoji at 64x64 colour): the DCGAN's training step at
batch 64 (precision auto, base width 64, as a user gets it), and one SWD evaluation of `--samples`
generated images against the real half (the floor's real halves are set up once a run and timed apart).
The ratio says how many iterations an evaluation costs; training measures quality once an epoch.

    python bench/swd_cost.py [--samples 2000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _median_seconds(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from engine.config import TrainConfig
    from engine.io.data import load_dataset
    from engine.quality.evaluator import SWDEvaluator, evaluation_latents
    from engine.training.trainer import Trainer

    for source in ("fashion-mnist", "emoji"):
        data = load_dataset(source)
        trainer = Trainer(TrainConfig().replace(batch_size=64, data=source), data)
        for _ in range(3):
            trainer.step()  # compiled and warm
        step = _median_seconds(trainer.step, max(args.rounds, 5) * 4)
        start = time.perf_counter()
        evaluator = SWDEvaluator(data, args.samples)
        setup = time.perf_counter() - start
        images = trainer.generate(evaluation_latents(evaluator.samples, trainer.config.settings.noise_dim))
        measure = _median_seconds(lambda: evaluator.score(images), args.rounds)
        print(f"{source} ({data.describe()}): step {step * 1e3:.0f} ms at batch 64; SWD of {evaluator.samples} "
              f"samples {measure:.2f} s = {measure / step:.0f} iterations; the floor's setup {setup:.2f} s once a run")


if __name__ == "__main__":
    main()
