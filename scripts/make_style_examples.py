"""Make the style tab's example pictures in resources/style/ (and their SOURCES.md), offline and reproducibly:

- two styles painted here by program, so they are this project's own: "swirls" (short brush strokes that follow
  a field of four vortices, in night blues with yellow stars) and "mosaic" (Voronoi tiles in bright glass
  colours with dark lead between them);
- two content photos from scikit-image's bundled data (both CC0): chelsea (a cat, by Stefan van der Walt) and
  coffee (a cup, by Rachel Michetti).

Run: .venv/bin/pip install scikit-image && .venv/bin/python scripts/make_style_examples.py
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "style"
SIZE = 512
QUALITY = 90


def swirls(size: int = SIZE, seed: int = 0) -> Image.Image:
    """Strokes 3-5 px wide and 20-40 px long along a flow of four vortices; yellow near their centres."""
    rng = np.random.default_rng(seed)
    image = Image.new("RGB", (size, size), (20, 40, 90))
    draw = ImageDraw.Draw(image)
    centres = rng.uniform(0.1, 0.9, (4, 2)) * size
    spins = rng.choice([-1, 1], 4) * rng.uniform(0.6, 1.2, 4)

    def angle(x: float, y: float) -> float:
        vx, vy = 1.0, 0.15
        for (cx, cy), spin in zip(centres, spins):
            dx, dy = x - cx, y - cy
            r2 = dx * dx + dy * dy + 400
            w = spin * size * 25 / r2 / np.sqrt(r2)
            vx, vy = vx - dy * w, vy + dx * w
        return float(np.arctan2(vy, vx))

    blues = np.array([(25, 55, 130), (40, 90, 170), (70, 130, 200), (110, 160, 220), (20, 35, 80)])
    yellows = np.array([(240, 210, 80), (250, 235, 140), (220, 170, 50)])
    for _ in range(9000):
        x, y = rng.uniform(0, size, 2)
        near = min(np.hypot(x - cx, y - cy) for cx, cy in centres)
        palette = yellows if near < size * 0.06 * rng.uniform(0.5, 1.6) else blues
        colour = palette[rng.integers(len(palette))] + rng.integers(-15, 15, 3)
        points = [(x, y)]
        for _ in range(int(rng.integers(6, 14))):
            a = angle(x, y)
            x, y = x + 3 * np.cos(a), y + 3 * np.sin(a)
            points.append((x, y))
        draw.line(points, fill=tuple(int(c) for c in np.clip(colour, 0, 255)), width=int(rng.integers(3, 6)),
                  joint="curve")
        if rng.random() < 0.3:
            draw.line(points, fill=tuple(int(c) for c in np.clip(colour * 0.55, 0, 255)), width=1)
    return image


def mosaic(size: int = SIZE, seed: int = 1, cells: int = 220) -> Image.Image:
    """Voronoi cells of random glass colours, 3 px of dark lead where two cells meet."""
    rng = np.random.default_rng(seed)
    points = rng.uniform(0, size, (cells, 2))
    yy, xx = np.mgrid[0:size, 0:size]
    distances = np.sqrt((xx[..., None] - points[:, 0]) ** 2 + (yy[..., None] - points[:, 1]) ** 2)
    nearest = np.sort(distances, axis=-1)
    lead = nearest[..., 1] - nearest[..., 0] < 3.0
    palette = np.array([(200, 40, 40), (240, 190, 40), (40, 90, 180), (60, 150, 80), (230, 120, 30), (140, 60, 150),
                        (240, 230, 210)])
    colours = palette[rng.integers(len(palette), size=cells)] + rng.integers(-20, 20, (cells, 3))
    out = np.clip(colours[np.argmin(distances, axis=-1)], 0, 255)
    out[lead] = (25, 20, 20)
    return Image.fromarray(out.astype(np.uint8))


SOURCES = """# The style tab's example pictures

Made by `scripts/make_style_examples.py`; nothing here is downloaded.

| file | what | source | licence |
|---|---|---|---|
| swirls.jpg | strokes along four vortices, blues and yellow stars | painted by that script | this project's own |
| mosaic.jpg | Voronoi glass tiles with dark lead | painted by that script | this project's own |
| chelsea.jpg | a cat (Chelsea) | scikit-image's `data.chelsea()`, by Stefan van der Walt | CC0 |
| coffee.jpg | a cup of coffee | scikit-image's `data.coffee()`, by Rachel Michetti | CC0 |
"""


def main() -> None:
    from skimage import data

    OUT.mkdir(parents=True, exist_ok=True)
    for name, image in (("swirls", swirls()), ("mosaic", mosaic()), ("chelsea", Image.fromarray(data.chelsea())),
                        ("coffee", Image.fromarray(data.coffee()))):
        image.save(OUT / f"{name}.jpg", quality=QUALITY)
    (OUT / "SOURCES.md").write_text(SOURCES)


if __name__ == "__main__":
    main()
