"""Sample quality per second of training: each preset (and variants) for the same training seconds.

What a learner waits for is garments on the grid, so recipes are compared at equal *training time*,
not equal iterations: a recipe with small batches runs more iterations per second. Every run gets
the same seconds of its own steps (Trainer.step() wall time; evaluations are not counted), and the
runs advance in interleaved slices of a few seconds each, so a machine that slows down for a while
slows all of them alike. At each quarter mark a run is scored as `main.py evaluate` and the live
quality plot score it (engine.quality.evaluator.Evaluator: FCD and classifier score of 2,000 samples of the
generator as it draws, its weight average where the recipe keeps one, against the test set). With
`--dataset` another than Fashion-MNIST (emoji, or a folder), by the SWD against its floor
(engine.quality.evaluator.SWDEvaluator), as the quality plot shows it for such data.

    python bench/quality_per_minute.py [--seconds 240] [--seeds 2] [--ablation] [--variant NAME:k=v,k=v]
        [--presets tutorial,dcgan,fast] [--png-dir bench/quality_per_minute] [--dataset emoji]

--ablation adds "fast minus X" for each ingredient X in which Fast start differs from the tutorial's recipe
(the field, or the g_/d_ pair, set back to the tutorial's value). --variant adds a recipe of its own:
a preset's name or "fast" followed by field=value changes of any config field, e.g.
`lr4:fast,g_learning_rate=4e-4` or `w32:fast,width=32,batch_size=32`. A small PNG grid of each run's
fixed-seed samples at the end goes into --png-dir. The last line reads `FCD at N s: tutorial X, fast Y;
ratio tutorial/fast: Z` (means over seeds), or for other data `SWD at N s: best RECIPE X (floor Y): Z x
the floor`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SLICE_SECONDS = 4.0  # training seconds a run gets before the next run's turn


def parse_variant(text: str, presets: dict, config_fields: dict) -> tuple[str, dict]:
    """'name:base,field=value,...' -> (name, config values)."""
    name, _, spec = text.partition(":")
    base, *changes = spec.split(",")
    values = dict(presets[base].values)
    for change in changes:
        field, _, value = change.partition("=")
        kind = config_fields[field].kind
        values[field] = (value.lower() in ("1", "true", "yes") if kind == "bool" else
                         float(value) if kind == "float" else int(value) if kind == "int" else value)
    return name, values


def ingredients(fast: dict, seed: dict) -> dict[str, list[str]]:
    """The fields in which `fast` differs from `seed`, grouped: g_x and d_x are one ingredient."""
    groups: dict[str, list[str]] = {}
    for field in fast:
        if fast[field] != seed[field]:
            key = field[2:] if field[:2] in ("g_", "d_") else field
            groups.setdefault(key, []).append(field)
    return groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=240.0)
    parser.add_argument("--seeds", type=int, default=2)
    parser.add_argument("--presets", default="tutorial,dcgan,fast")
    parser.add_argument("--variant", action="append", default=[])
    parser.add_argument("--ablation", action="store_true")
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--png-dir", default=str(ROOT / "bench" / "quality_per_minute"))
    parser.add_argument("--dataset", default="fashion-mnist", help="fashion-mnist, emoji or a folder")
    args = parser.parse_args()

    from engine.compute.precision import cpu_model_and_flags
    from engine.config import FIELDS, PRESETS, TrainConfig
    from engine.io.data import load_dataset
    from engine.io.export import write_grid_png
    from engine.quality.evaluator import Evaluator, SWDEvaluator, evaluation_latents
    from engine.training.trainer import Trainer

    recipes = {name: dict(PRESETS[name].values) for name in args.presets.split(",") if name}
    for text in args.variant:
        name, values = parse_variant(text, PRESETS, FIELDS)
        recipes[name] = values
    if args.ablation:
        fast, seed = PRESETS["fast"].values, PRESETS["tutorial"].values
        for ingredient, names in ingredients(fast, seed).items():
            recipes[f"fast - {ingredient}"] = {**fast, **{n: seed[n] for n in names}}

    dataset = load_dataset(args.dataset)
    fashion = dataset.has_quality
    if fashion:
        evaluator = Evaluator(dataset, args.samples)
        floor_text = (f"FCD floor {evaluator.floor.fcd:.2f}, classifier score of real images "
                      f"{evaluator.floor.score:.2f}")

        def score(trainer) -> tuple[float, float]:
            """(FCD, classifier score)."""
            quality = evaluator.evaluate(trainer.generate, trainer.config.settings.noise_dim)
            return quality.fcd, quality.score
    else:
        evaluator = SWDEvaluator(dataset, args.samples)
        floor_text = f"SWD floor {evaluator.floor:.1f} ({evaluator.samples} samples, {dataset.describe()})"

        def score(trainer) -> tuple[float, float]:
            """(SWD, SWD / its floor)."""
            images = trainer.generate(evaluation_latents(evaluator.samples, trainer.config.settings.noise_dim))
            swd = evaluator.score(images)
            return swd, swd / evaluator.floor
    runs = []
    for name, values in recipes.items():
        for seed in range(1, args.seeds + 1):
            config = TrainConfig().replace(seed=seed, quality_every=0, data=args.dataset).replace(**values)
            runs.append({"name": name, "seed": seed, "trainer": Trainer(config, dataset), "seconds": 0.0,
                         "marks": {}})
    marks = [args.seconds * q / 4 for q in (1, 2, 3, 4)]
    trainer0 = runs[0]["trainer"]
    print(f"CPU: {cpu_model_and_flags()[0] or 'unknown'}, precision {trainer0.precision}; {len(runs)} runs of "
          f"{args.seconds:.0f} training seconds each, interleaved in {SLICE_SECONDS:.0f} s slices; {floor_text}",
          flush=True)
    start = time.perf_counter()
    while any(run["seconds"] < args.seconds for run in runs):
        for run in runs:
            if run["seconds"] >= args.seconds:
                continue
            trainer, budget = run["trainer"], min(run["seconds"] + SLICE_SECONDS, args.seconds)
            while run["seconds"] < budget:
                run["seconds"] += trainer.step().seconds
                if not np.isfinite(trainer.history.array(len(trainer.history) - 1)).all():
                    run["seconds"] = args.seconds  # diverged: scored as it is
            for mark in marks:
                if mark not in run["marks"] and run["seconds"] >= mark:
                    run["marks"][mark] = (*score(trainer), trainer.iteration)
        done = sum(min(run["seconds"], args.seconds) for run in runs) / (len(runs) * args.seconds)
        print(f"  {100 * done:.0f}% after {time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)

    png_dir = Path(args.png_dir)
    png_dir.mkdir(parents=True, exist_ok=True)
    header = " | ".join(f"{m:.0f} s" for m in marks)
    print(f"\n| recipe | seed | {header} | iterations |")
    print("|---|---|" + "---|" * len(marks) + "---|")
    for run in runs:
        cells = " | ".join(f"{run['marks'][m][0]:.1f} ({run['marks'][m][1]:.2f})" for m in marks)
        print(f"| {run['name']} | {run['seed']} | {cells} | {run['trainer'].iteration} |")
        trainer = run["trainer"]
        slug = run["name"].replace(" ", "").replace("-", "_minus_")
        prefix = "" if fashion else f"{Path(args.dataset).name}-"
        write_grid_png(png_dir / f"{prefix}{slug}-seed{run['seed']}.png", trainer.generate(trainer.sample_latents),
                       f"{run['name']}, {args.seconds:.0f} s", scale=2 if fashion else None)
    metric, second = ("FCD", "score") if fashion else ("SWD", "x floor")
    print(f"({metric}, and the {'classifier score' if fashion else 'ratio to its floor'} in brackets, at each mark "
          "of training seconds)")
    final = {name: [r["marks"][marks[-1]] for r in runs if r["name"] == name] for name in recipes}
    for name, rows in final.items():
        first, other = np.mean([r[0] for r in rows]), np.mean([r[1] for r in rows])
        print(f"{name:28s} {metric} {first:7.1f}  {second} {other:5.2f}")
    if not fashion:
        best = min(final, key=lambda name: np.mean([r[0] for r in final[name]]))
        swd = np.mean([r[0] for r in final[best]])
        print(f"SWD at {args.seconds:.0f} s: best {best} {swd:.1f} (floor {evaluator.floor:.1f}): "
              f"{swd / evaluator.floor:.2f} x the floor")
    elif "tutorial" in final and "fast" in final:
        seed_fcd, fast_fcd = np.mean([r[0] for r in final["tutorial"]]), np.mean([r[0] for r in final["fast"]])
        print(f"FCD at {args.seconds:.0f} s: tutorial {seed_fcd:.1f}, fast {fast_fcd:.1f}; "
              f"ratio tutorial/fast: {seed_fcd / fast_fcd:.2f}")


if __name__ == "__main__":
    main()
