"""The style methods side by side: the same content and style pairs painted by each method of engine.style at the
default settings, in one sheet (docs/style-methods.png, the README's comparison) with the seconds each took,
measured in this run on this machine (printed with its CPU), and as a ratio to the untrained VGG-19's (Gatys's
loss on the TensorFlow tutorial's network, the reference); then the default method at larger sizes, as a ratio
to its time at --size.

Run: .venv/bin/python bench/style_methods.py [--size 256] [--larger 512 1024] [--out docs/style-methods.png]
[CONTENT STYLE ...] (default pairs: the shipped examples, resources/style/, and NASA's astronaut from
scikit-image in GIMP's Chocolate Swirl pattern, where scikit-image and Debian's gimp-data are installed).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.compute.precision import cpu_model_and_flags  # noqa: E402
from engine.io.export import _font  # noqa: E402
from engine.style.pictures import read_pictures  # noqa: E402
from engine.style.settings import DEFAULT_METHOD, METHODS, StyleConfig  # noqa: E402
from engine.style.transfer import Stylization  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[1] / "resources" / "style"
PAIRS = [(EXAMPLES / "chelsea.jpg", EXAMPLES / "swirls.jpg"), (EXAMPLES / "coffee.jpg", EXAMPLES / "mosaic.jpg")]
GIMP_PATTERN = Path("/usr/share/gimp/2.0/patterns/Food/choc_swirl.pat")
REFERENCE = "random-vgg"
CELL, LABEL = 256, 22


def gimp_pattern(path: Path, side: int = 512) -> np.ndarray:
    """A GIMP .pat pattern (big-endian header: its size, version, width, height, bytes per pixel; then the
    pixels) tiled to side x side RGB."""
    data = path.read_bytes()
    header, _, width, height, depth = np.frombuffer(data[:20], ">u4")
    tile = np.frombuffer(data[header:header + width * height * depth], np.uint8).reshape(height, width, depth)
    tile = np.repeat(tile, 3, axis=2) if depth < 3 else tile[..., :3]
    return np.tile(tile, (side // height + 1, side // width + 1, 1))[:side, :side]


def default_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """The shipped examples' pairs, and the astronaut in Chocolate Swirl where both are installed (written to
    `folder`)."""
    pairs = list(PAIRS)
    try:
        from skimage import data
    except ImportError:
        return pairs
    if GIMP_PATTERN.is_file():
        Image.fromarray(data.astronaut()).save(folder / "astronaut.png")
        Image.fromarray(gimp_pattern(GIMP_PATTERN)).save(folder / "choc_swirl.png")
        pairs.append((folder / "astronaut.png", folder / "choc_swirl.png"))
    return pairs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="*", metavar="CONTENT STYLE")
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--larger", type=int, nargs="*", default=[512, 1024])
    parser.add_argument("--out", default="docs/style-methods.png")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    pairs = list(zip(args.pairs[::2], args.pairs[1::2])) or default_pairs(folder)
    print(f"CPU: {cpu_model_and_flags()[0]}")
    rows, seconds = [], {}
    for content_path, style_path in pairs:
        row = []
        for method in METHODS:
            picture, seconds[content_path, method], content, style = paint(content_path, style_path, method,
                                                                           args.size)
            row.append((f"{method}: {seconds[content_path, method]:.0f} s", picture))
        rows.append([("content", content), ("style", style)] + row)
    for method in METHODS:
        ratios = [seconds[c, method] / seconds[c, REFERENCE] for c, _ in pairs]
        print(f"{method}: {np.mean([seconds[c, method] for c, _ in pairs]):.1f} s a pair on average, "
              f"{np.mean(ratios):.2f}x the time of {REFERENCE}")
    first = pairs[0]
    for size in args.larger:
        _, taken, _, _ = paint(*first, DEFAULT_METHOD, size)
        print(f"{DEFAULT_METHOD} at {size} px: {taken:.1f} s, {taken / seconds[first[0], DEFAULT_METHOD]:.2f}x "
              f"its time at {args.size} px")
    write_sheet(args.out, rows)
    print(f"Wrote {args.out}")
    return 0


def write_sheet(path, rows: list[list[tuple[str, object]]]) -> None:
    """A PNG of rows of (label, picture: uint8 array or PIL image) cells, each picture fitted in CELL pixels under
    its label."""
    sheet = Image.new("RGB", (CELL * len(rows[0]), (CELL + LABEL) * len(rows)), "white")
    draw = ImageDraw.Draw(sheet)
    font = _font(14, "content")
    for r, row in enumerate(rows):
        for c, (label, picture) in enumerate(row):
            image = picture.copy() if isinstance(picture, Image.Image) else Image.fromarray(np.asarray(picture))
            image.thumbnail((CELL, CELL))
            x, y = c * CELL, r * (CELL + LABEL)
            sheet.paste(image, (x + (CELL - image.width) // 2, y + LABEL + (CELL - image.height) // 2))
            draw.text((x + 6, y + 3), label, fill="black", font=font)
    sheet.save(path)


def paint(content_path, style_path, method: str, size: int) -> tuple[np.ndarray, float, np.ndarray, np.ndarray]:
    """(the picture, the seconds it took, the content and the style as read) of one transfer, default settings."""
    config = StyleConfig(method=method, size=size)
    content, style = read_pictures(content_path, style_path, config)
    transfer = Stylization(content, style, config)
    started = time.perf_counter()
    picture = transfer.run()
    taken = time.perf_counter() - started
    print(f"{Path(content_path).name} in {Path(style_path).name}'s style, {method}: {taken:.1f} s "
          f"({transfer.precision.name}, {config.steps} steps, {picture.shape[1]}x{picture.shape[0]})", flush=True)
    return picture, taken, content, style


if __name__ == "__main__":
    sys.exit(main())
