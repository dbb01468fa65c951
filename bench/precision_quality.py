"""Does bfloat16 cost quality? FCD after the same iterations in float32 and in bfloat16, over seeds.

A GAN's trajectory depends on its seed far more than on the last bits of its arithmetic, so the
question is not whether bfloat16 gives the float32 numbers but whether its FCD lies within the spread
float32 runs show across seeds. Each (seed, precision) run trains the reference recipe (the config's
defaults, batch 256) for the same iterations in this process and is scored by the project's
Evaluator (2,000 samples against the test set, as `main.py evaluate` does).

    python bench/precision_quality.py [--iterations 300] [--seeds 3] [--samples 2000]

The last line reads `FCD at N iterations: float32 A..B (mean M), bfloat16 C..D (mean E); bfloat16
within float32's seed spread: yes|no`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--seeds", type=int, default=3, help="seeds 1..N for each precision")
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=256)
    args = parser.parse_args()

    from engine.compute.precision import cpu_model_and_flags
    from engine.config import TrainConfig
    from engine.io.idx import load_fashion_mnist
    from engine.quality.evaluator import Evaluator
    from engine.training.trainer import Trainer

    dataset = load_fashion_mnist()
    evaluator = Evaluator(dataset, args.samples)
    print(f"CPU: {cpu_model_and_flags()[0] or 'unknown'}; {args.iterations} iterations at batch {args.batch_size}, "
          f"FCD of {args.samples} samples (floor {evaluator.floor.fcd:.2f})")
    print(f"{'precision':10s} {'seed':>4s} {'FCD':>8s} {'score':>6s} {'coverage':>8s} {'s/it':>6s}")
    fcd = {"float32": [], "bfloat16": []}
    for seed in range(1, args.seeds + 1):
        for precision in fcd:
            config = TrainConfig().replace(batch_size=args.batch_size, seed=seed, precision=precision, quality_every=0)
            trainer = Trainer(config, dataset)
            start = time.perf_counter()
            for _ in range(args.iterations):
                trainer.step()
            seconds = (time.perf_counter() - start) / args.iterations
            quality = evaluator.evaluate(trainer.generate, config.settings.noise_dim)
            fcd[precision].append(quality.fcd)
            print(f"{precision:10s} {seed:4d} {quality.fcd:8.2f} {quality.score:6.2f} {quality.coverage:8.3f} "
                  f"{seconds:6.3f}", flush=True)
    f32, bf16 = np.array(fcd["float32"]), np.array(fcd["bfloat16"])
    within = f32.min() <= bf16.mean() <= f32.max()
    print(f"FCD at {args.iterations} iterations: float32 {f32.min():.1f}..{f32.max():.1f} (mean {f32.mean():.1f}), "
          f"bfloat16 {bf16.min():.1f}..{bf16.max():.1f} (mean {bf16.mean():.1f}); "
          f"bfloat16 within float32's seed spread: {'yes' if within else 'no'}")


if __name__ == "__main__":
    main()
