"""Ustyuzhaninov et al.'s random multi-scale filters (engine.style.gram.RandomFilters) checked as the paper checks
them, on texture synthesis alone first (from noise, no content term), then as style transfer, with the engine's
filter sizes (3-23 px) and the paper's larger ones (up to 55 px). One sheet, docs/style-random-filters.png: a row
per variant, the seconds each took in its label, measured in this run (printed with the CPU, and as a ratio to the
engine's sizes).

Run: .venv/bin/python bench/style_random_filters.py [--size 128] [--steps 300] [--out docs/style-random-filters.png]
(the pairs of bench/style_methods.py; ~10 minutes on 2 cores: the 55 px filters cost ~5x the engine's).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.compute.precision import cpu_model_and_flags  # noqa: E402
from engine.style import gram  # noqa: E402
from engine.style.pictures import read_pictures  # noqa: E402
from engine.style.settings import StyleConfig  # noqa: E402
from engine.style.transfer import Stylization  # noqa: E402
from style_methods import default_pairs, write_sheet  # noqa: E402
from style_random_vgg import NoiseStart  # noqa: E402

PAPER_SIZES = (3, 5, 7, 11, 15, 23, 37, 55)
# label -> (filter sizes, the transfer's class, strength)
VARIANTS = {"synthesis, 3-23 px": (gram.FILTER_SIZES, NoiseStart, 1.0),
            "synthesis, 3-55 px": (PAPER_SIZES, NoiseStart, 1.0),
            "transfer, 3-23 px": (gram.FILTER_SIZES, Stylization, 0.7),
            "transfer, 3-55 px": (PAPER_SIZES, Stylization, 0.7)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=128)
    parser.add_argument("--steps", type=int, default=300)
    parser.add_argument("--out", default="docs/style-random-filters.png")
    args = parser.parse_args()
    pairs = default_pairs(Path(tempfile.mkdtemp()))
    config = StyleConfig(method="random-filters", size=args.size, steps=args.steps)
    print(f"CPU: {cpu_model_and_flags()[0]}")
    rows, seconds = [], {}
    for label, (sizes, transfer, strength) in VARIANTS.items():
        row = []
        for content_path, style_path in pairs:
            content, style = read_pictures(content_path, style_path, config)
            # The coarsest scale must hold the largest filter (the engine's 48 px is for its own 23 px ones).
            with mock.patch.object(gram, "FILTER_SIZES", sizes), \
                    mock.patch.object(gram.RandomFilters, "coarsest", max(gram.RandomFilters.coarsest, max(sizes) + 9)):
                stylization = transfer(content, style, config.replace(strength=strength))
                started = time.perf_counter()
                picture = stylization.run()
            seconds[label, content_path] = time.perf_counter() - started
            print(f"{label}, {Path(style_path).name}: {seconds[label, content_path]:.1f} s", flush=True)
            row.append((f"{label}: {seconds[label, content_path]:.0f} s", picture))
        rows.append(row)
    rows.insert(0, [("style", read_pictures(c, s, config)[1]) for c, s in pairs])
    for large, small in (("synthesis, 3-55 px", "synthesis, 3-23 px"), ("transfer, 3-55 px", "transfer, 3-23 px")):
        ratio = np.mean([seconds[large, c] / seconds[small, c] for c, _ in pairs])
        print(f"{large}: {ratio:.2f}x the time of {small}")
    write_sheet(args.out, rows)
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
