"""One picture comparing runs (`main.py compare`), for reports and notebooks: their curves overlaid (a colour per
run in every plot) against iteration, images seen or training seconds, each run's last grid side by side, the
settings that differ, and what each run lacks (engine.io.runs' notes).

Drawn with Pillow, not a plotting library: the command line needs no display, no Qt and nothing beyond the
project's packages, and a few polylines, ticks and labels are all a comparison needs.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from engine.io.atomic import failure, written_whole
from engine.io.runs import (HEADLINES, HISTORY, QUALITY, Run, Table, at_iterations, curves, differing_settings,
                            read_table, x_values)
from engine.messages import Explained, Message

# A run's colour in every plot, in the order given: twelve that stay apart on a dark or a white background.
COLOURS = ((79, 195, 247), (255, 138, 101), (174, 213, 129), (186, 104, 200), (255, 213, 79), (77, 182, 172),
           (240, 98, 146), (161, 136, 127), (121, 134, 203), (220, 231, 117), (255, 183, 77), (144, 164, 174))
CURVES = ("g_loss", "d_loss", "real_acc", "fake_acc")  # the history columns drawn, those any run has
PLOT_W, PLOT_H, MARGIN = 420, 220, 48
GRID_H = 260
BACKGROUND, INK, FAINT = (255, 255, 255), (30, 30, 30), (200, 200, 200)


class CompareError(Explained, ValueError):
    """The comparison cannot be drawn or written."""


def _font(size: int) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def draw_comparison(runs: list[Run], axis: str = "iteration") -> Image.Image:
    """The whole picture for `runs` (at most len(COLOURS)) against `axis` (engine.io.runs.X_AXES)."""
    if not 1 <= len(runs) <= len(COLOURS):
        raise CompareError("compare takes 1 to {most} runs, not {count}", most=len(COLOURS), count=len(runs))
    notes: list[list[Message]] = [list(run.notes) for run in runs]
    histories = [read_table(run.path / HISTORY, notes[i]) if (run.path / HISTORY).exists() else None
                 for i, run in enumerate(runs)]
    qualities = [read_table(run.path / QUALITY, []) if (run.path / QUALITY).exists() else None for run in runs]
    drawn = [curves(run, history) for run, history in zip(runs, histories)]
    for run_notes, history, run in zip(notes, histories, runs):
        if history is not None and ((x := x_values(run, history, axis)) is None or not np.isfinite(x).any()):
            run_notes.append(Message("not drawn against {axis}: the run did not keep it", {"axis": axis}))
    panels = []
    for column in CURVES:
        series = [ready.get((axis, True, column)) for ready in drawn]
        if any(s is not None for s in series):
            panels.append((column, series))
    headline = next((h for h in HEADLINES if any(q is not None and h[0] in q.columns for q in qualities)), None)
    if headline is not None:
        series = [_quality_series(run, quality, history, headline[0], axis)
                  for run, quality, history in zip(runs, qualities, histories)]
        panels.append((f"{headline[1]} ({'lower' if headline[2] else 'higher'} is better)", series))
    columns = min(3, max(1, len(panels)))
    plot_rows = -(-len(panels) // columns)
    grids = [_last_grid(run) for run in runs]
    differing = differing_settings(runs)
    grid_widths = [GRID_H if grid is None else max(1, round(grid[0].width * GRID_H / grid[0].height))
                   for grid in grids]
    width = max(columns * (PLOT_W + MARGIN) + MARGIN, 2 * MARGIN + sum(w + 20 for w in grid_widths),
                MARGIN + 240 + len(runs) * 180)
    height = (70 + 22 * len(runs) + plot_rows * (PLOT_H + MARGIN + 10) + GRID_H + 60
              + 20 * (len(differing) + 2) + 18 * sum(len(n) for n in notes) + 40)
    image = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    y = 16
    draw.text((MARGIN, y), f"GAN Studio: {len(runs)} runs compared, against {axis}", fill=INK, font=_font(20))
    y += 36
    for i, run in enumerate(runs):
        draw.rectangle((MARGIN, y + 3, MARGIN + 14, y + 15), fill=COLOURS[i])
        said = f"{run.name}: {run.family}, {run.data}, {run.iterations:,} iterations"
        if np.isfinite(run.seconds):
            said += f", {run.seconds / 60:.1f} min training"
        if run.best:
            said += f", best {run.best[0]} {run.best[1]}"  # a Message: its English
        draw.text((MARGIN + 22, y + 1), said, fill=INK, font=_font(14))
        y += 22
    y += 10
    for k, (title, series) in enumerate(panels):
        left = MARGIN + (k % columns) * (PLOT_W + MARGIN)
        top = y + (k // columns) * (PLOT_H + MARGIN + 10)
        _plot(draw, (left, top), title, series, axis)
    y += plot_rows * (PLOT_H + MARGIN + 10)
    draw.text((MARGIN, y), "last grids", fill=INK, font=_font(16))
    y += 24
    x = MARGIN
    for i, (run, grid, grid_width) in enumerate(zip(runs, grids, grid_widths)):
        if grid is None:
            draw.text((x, y + 8), f"{run.name}: no grid saved", fill=INK, font=_font(13))
        else:
            picture, caption = grid
            image.paste(picture.resize((grid_width, GRID_H), Image.Resampling.NEAREST), (x, y))
            draw.rectangle((x - 2, y - 2, x + grid_width + 1, y + GRID_H + 1), outline=COLOURS[i], width=2)
            draw.text((x, y + GRID_H + 4), f"{run.name}, {caption}", fill=INK, font=_font(12))
        x += grid_width + 20
    y += GRID_H + 30
    draw.text((MARGIN, y), "settings that differ" if differing else "no setting differs", fill=INK, font=_font(16))
    y += 24
    for name, values in differing:
        draw.text((MARGIN, y), name, fill=INK, font=_font(13))
        for i, value in enumerate(values):
            draw.text((MARGIN + 220 + i * 180, y), value[:24], fill=tuple(c * 3 // 4 for c in COLOURS[i]),
                      font=_font(13))
        y += 20
    for i, run in enumerate(runs):
        for change in run.changes:
            draw.text((MARGIN, y), f"{run.name}: at iteration {change[0]:,}, {change[1]} {change[2]} -> {change[3]}",
                      fill=tuple(c * 3 // 4 for c in COLOURS[i]), font=_font(12))
            y += 18
        for note in dict.fromkeys(map(str, notes[i])):
            draw.text((MARGIN, y), f"{run.name}: {note}", fill=(150, 60, 60), font=_font(12))
            y += 18
    return image.crop((0, 0, width, min(height, y + 20)))


def write_comparison(path: str | Path, runs: list[Run], axis: str = "iteration") -> Path:
    """Draw and write the comparison as a PNG, whole or not at all.

    Raises:
        CompareError: too many runs, or the file could not be written.
    """
    path = Path(path)
    image = draw_comparison(runs, axis)
    try:
        with written_whole(path) as file:
            image.save(file, format="PNG")
    except OSError as exc:
        raise CompareError("Could not write {path}: {reason}.", path=path, reason=failure(exc)) from exc
    return path


def _quality_series(run: Run, quality: Table | None, history: Table | None, column: str, axis: str):
    if quality is None or column not in quality.columns or not len(quality.rows):
        return None
    iterations, values = quality.column("iteration"), quality.column(column)
    if axis == "iteration":
        x = iterations
    elif history is None or (rows := x_values(run, history, axis)) is None or not len(rows):
        return None
    else:
        x = at_iterations(rows, iterations)
    keep = np.isfinite(x) & np.isfinite(values)
    return (x[keep], values[keep]) if keep.any() else None


def _plot(draw: ImageDraw.ImageDraw, origin: tuple[int, int], title: str, series: list, axis: str) -> None:
    left, top = origin
    draw.text((left, top), title, fill=INK, font=_font(14))
    box = (left, top + 20, left + PLOT_W, top + 20 + PLOT_H)
    draw.rectangle(box, outline=FAINT)
    drawn = [s for s in series if s is not None and len(s[0])]
    if not drawn:
        return
    xs = np.concatenate([s[0] for s in drawn])
    ys = np.concatenate([s[1] for s in drawn])
    x0, x1 = float(xs.min()), float(xs.max()) or 1.0
    y0, y1 = np.percentile(ys, [0.5, 99.5]) if len(ys) > 50 else (float(ys.min()), float(ys.max()))
    if y1 <= y0:
        y0, y1 = y0 - 0.5, y1 + 0.5
    if x1 <= x0:
        x1 = x0 + 1
    for i, s in enumerate(series):
        if s is None or not len(s[0]):
            continue
        px = box[0] + (s[0] - x0) / (x1 - x0) * PLOT_W
        py = box[3] - (np.clip(s[1], y0, y1) - y0) / (y1 - y0) * PLOT_H
        points = list(zip(px.tolist(), py.tolist()))
        if len(points) == 1:
            draw.ellipse((points[0][0] - 3, points[0][1] - 3, points[0][0] + 3, points[0][1] + 3), fill=COLOURS[i])
        else:
            draw.line(points, fill=COLOURS[i], width=2)
    small = _font(11)
    draw.text((box[0] - 4, box[3] + 4), f"{x0:,.4g}", fill=INK, font=small)
    draw.text((box[2] - 40, box[3] + 4), f"{x1:,.4g}", fill=INK, font=small)
    draw.text((box[0] + PLOT_W // 2 - 20, box[3] + 4), axis, fill=INK, font=small)
    draw.text((box[0] + 3, box[1] + 2), f"{y1:.3g}", fill=INK, font=small)
    draw.text((box[0] + 3, box[3] - 14), f"{y0:.3g}", fill=INK, font=small)


def _last_grid(run: Run) -> tuple[Image.Image, str] | None:
    grids = sorted(run.path.glob("grid-i*.png"))
    for grid in reversed(grids):
        try:
            with Image.open(grid) as picture:
                return picture.convert("RGB"), f"iteration {int(grid.stem[6:]):,}"
        except (OSError, ValueError):
            continue
    return None
