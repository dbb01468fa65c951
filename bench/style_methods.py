"""The style methods side by side: the same content and style pairs painted by each method of engine.style at the
default settings, in one sheet (docs/style-methods.png, the README's comparison) with the seconds each took,
measured in this run on this machine (printed with its CPU).

Run: .venv/bin/python bench/style_methods.py [--size 256] [--out docs/style-methods.png] [CONTENT STYLE ...]
(default pairs: the shipped examples, resources/style/).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.compute.precision import cpu_model_and_flags  # noqa: E402
from engine.io.export import _font  # noqa: E402
from engine.style.pictures import read_pictures  # noqa: E402
from engine.style.settings import METHODS, StyleConfig  # noqa: E402
from engine.style.transfer import Stylization  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "resources" / "style"
PAIRS = [(EXAMPLES / "chelsea.jpg", EXAMPLES / "swirls.jpg"), (EXAMPLES / "coffee.jpg", EXAMPLES / "mosaic.jpg")]
CELL, LABEL = 256, 22


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="*", metavar="CONTENT STYLE")
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--out", default="docs/style-methods.png")
    args = parser.parse_args()
    pairs = list(zip(args.pairs[::2], args.pairs[1::2])) or PAIRS
    print(f"CPU: {cpu_model_and_flags()[0]}")
    rows = []
    for content_path, style_path in pairs:
        row = []
        for method in METHODS:
            config = StyleConfig(method=method, size=args.size)
            content, style = read_pictures(content_path, style_path, config)
            transfer = Stylization(content, style, config)
            started = time.perf_counter()
            picture = transfer.run()
            seconds = time.perf_counter() - started
            print(f"{Path(content_path).name} in {Path(style_path).name}'s style, {method}: {seconds:.1f} s "
                  f"({transfer.precision.name}, {config.steps} steps, {picture.shape[1]}x{picture.shape[0]})")
            row.append((f"{method}: {seconds:.0f} s", picture))
        rows.append([("content", content), ("style", style)] + row)
    sheet = Image.new("RGB", (CELL * len(rows[0]), (CELL + LABEL) * len(rows)), "white")
    draw = ImageDraw.Draw(sheet)
    font = _font(14, "content")
    for r, row in enumerate(rows):
        for c, (label, picture) in enumerate(row):
            image = Image.fromarray(np.asarray(picture))
            image.thumbnail((CELL, CELL))
            x, y = c * CELL, r * (CELL + LABEL)
            sheet.paste(image, (x + (CELL - image.width) // 2, y + LABEL + (CELL - image.height) // 2))
            draw.text((x + 6, y + 3), label, fill="black", font=font)
    sheet.save(args.out)
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
