"""Quality of the families after minutes of training on this machine (issues: Pix2Pix and
CycleGAN must work visibly within 10 minutes on a 2-core CPU; the composer harmonise near Bach in 10).

Each family trains with the window's defaults (the Fast start preset; the translation families read
its optimizer settings and batch 16; CycleGAN: sneakers <-> ankle boots; the composer: Music start) on the real
Fashion-MNIST (the composer: its chorales) for --minutes of its own step time (Trainer.step() wall time;
evaluations are not counted), and is measured with its metric on the whole test set every --every minutes:
  pix2pix: the Fashion classifier's accuracy on the outputs (labelled with the target's class) and
           the real test images' own accuracy (the ceiling), L1 to the real garments;
  cyclegan: the share of translated test images the classifier puts in the target class, cycle L1;
  conditional: the share of samples the classifier puts in the class asked for (Fast start's whole
           recipe; conditional:channels for the other discriminator form), FCD;
  composer: on its own data (the Bach chorales), the harmony metrics of its held-out harmonisations beside Bach's
           own voices', and how many are within 25% of his (engine.quality.harmony).

    python bench/family_quality.py [--families pix2pix cyclegan composer] [--minutes 10] [--panel-dir docs]
                                   [--every-panel] [--panel-cells 4] [--panel-scale 3]

With --panel-dir, each family's sample panel at the end is written there as <family>.png; with --every-panel
also at the start and at every measurement, as <family>-<minutes>min.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", nargs="+", default=["pix2pix", "cyclegan", "conditional"],
                        help="families; conditional:channels (or :projection) picks the conditional DCGAN's "
                        "discriminator")
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--every", type=float, default=2.5, help="minutes between measurements")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--panel-dir", help="write each family's final panel here as <family>.png")
    parser.add_argument("--every-panel", action="store_true", help="with --panel-dir: also each measurement's panel")
    parser.add_argument("--panel-cells", type=int, help="with --panel-dir: only the first N cells (default all)")
    parser.add_argument("--panel-scale", type=int, help="with --panel-dir: enlarge the cells N times (default: to "
                        "about 90 pixels high)")
    args = parser.parse_args()

    from engine.compute.precision import cpu_model_and_flags
    from engine.config import TrainConfig, apply_preset, default_preset
    from engine.families import FAMILIES
    from engine.io.data import load_for_run
    from engine.io.export import write_grid_png
    from engine.io.idx import load_fashion_mnist
    from engine.quality.evaluator import QualityMeter
    from engine.training.trainer import Trainer

    model, _ = cpu_model_and_flags()
    dataset = load_fashion_mnist(allow_download=False)
    meter = QualityMeter(dataset)
    print(f"CPU: {model or 'unknown'}, {os.cpu_count()} cores")
    for choice in args.families:
        family, _, conditioning = choice.partition(":")
        config = apply_preset(TrainConfig(), default_preset("fashion-mnist", family)).replace(
            family=family, seed=args.seed, quality_every=0)  # as the window starts it: the composer in Music start
        if conditioning:
            config = config.replace(conditioning=conditioning)
        trainer = Trainer(config, load_for_run(config.run) if FAMILIES[family].data else dataset)
        print(f"{choice}: batch {trainer.config.recipe.batch_size}, {trainer.precision}", flush=True)

        def panel(name: str) -> None:
            path = Path(args.panel_dir) / f"{choice.replace(':', '-')}{name}.png"
            write_grid_png(path, trainer.render_frame().images[:args.panel_cells],
                           f"{trainer.info.title}, {seconds / 60:.1f} min: iteration {trainer.iteration}",
                           args.panel_scale)
            print(f"  wrote {path}")

        seconds, due = 0.0, args.every * 60
        if args.panel_dir and args.every_panel:
            panel("-0min")
        while seconds < args.minutes * 60:
            start = time.perf_counter()
            trainer.step()
            seconds += time.perf_counter() - start
            if seconds >= due or seconds >= args.minutes * 60:
                due += args.every * 60
                _, line = meter.measure(trainer)
                print(f"  {seconds / 60:5.1f} min, iteration {trainer.iteration} "
                      f"({trainer.iteration * trainer.config.recipe.batch_size / seconds:.0f} images/s): {line}",
                      flush=True)
                if args.panel_dir and args.every_panel:
                    panel(f"-{round(seconds / 60, 1):g}min")
        if args.panel_dir:
            panel("")


if __name__ == "__main__":
    main()
