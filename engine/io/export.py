"""Files a user takes away from a run: the evolution GIF, PNGs of the grid or of one image, latent walks.

Frames come as (iterations, images) arrays so exporting needs only a checkpoint read with numpy, not
TensorFlow: `main.py export-gif` is quick even on a machine busy training.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import imageio.v3 as iio
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from engine.io.images import tile, upscale
from engine.messages import Explained, Message

SPACINGS = ("tutorial", "all")
LABEL_HEIGHT = 22
HANGUL_FONT = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")


class ExportError(Explained, ValueError):
    """There is nothing to export yet."""


def tutorial_spacing(count: int) -> list[int]:
    """Frame indices the TensorFlow DCGAN tutorial's GIF keeps: denser early, i kept when round(2*sqrt(i)) grows.

    The last frame is always kept, so the GIF ends on the latest state.
    """
    keep, last = [], -1
    for i in range(count):
        value = round(2 * np.sqrt(i))
        if value > last:
            keep.append(i)
            last = value
    if count and keep[-1] != count - 1:
        keep.append(count - 1)
    return keep


def select_frames(count: int, spacing: str) -> list[int]:
    if spacing not in SPACINGS:
        raise ValueError(f"spacing must be one of {SPACINGS}, got {spacing!r}")
    return tutorial_spacing(count) if spacing == "tutorial" else list(range(count))


def _font(size: int, text: str) -> ImageFont.ImageFont:
    """Pillow's own font for a caption, or a Hangul one (Debian's fonts-nanum, which scripts/setup.sh installs)
    when the caption has letters beyond Latin-1 (a class named in Korean, a σ): Pillow's has none of them."""
    if HANGUL_FONT.is_file() and any(ord(c) > 0xFF for c in text):
        return ImageFont.truetype(str(HANGUL_FONT), size)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1 has only the fixed bitmap font
        return ImageFont.load_default()


def grid_scale(side: int) -> int:
    """How much a grid of side x side images is enlarged: small images to about 90 pixels (28x28 three
    times, as always), images of 64 pixels and more shown at their own pixels."""
    return max(1, 96 // side)


def labelled_grid(images: np.ndarray, label: str, scale: int | None = None) -> np.ndarray:
    """The tiled grid upscaled `scale` times (None: grid_scale) with a caption bar on top: an RGB uint8 array."""
    grid = upscale(tile(images), scale or grid_scale(images.shape[1]))
    canvas = Image.new("RGB", (grid.shape[1], grid.shape[0] + LABEL_HEIGHT), (24, 24, 28))
    canvas.paste(Image.fromarray(grid).convert("RGB"), (0, LABEL_HEIGHT))
    ImageDraw.Draw(canvas).text((6, 3), label, fill=(235, 235, 235), font=_font(14, label))
    return np.asarray(canvas)


def frame_label(iteration: int, epoch: int) -> Message:
    return Message("epoch {epoch}  ·  iteration {iteration}", {"epoch": epoch, "iteration": iteration})


def write_gif(path: str | Path, frame_iterations: Sequence[int], frame_epochs: Sequence[int],
              frame_images: Sequence[np.ndarray], spacing: str = "tutorial", frame_ms: int = 100,
              scale: int | None = None, progress: Callable[[int, int], None] | None = None,
              say: Callable[[Message], str] = str) -> int:
    """Write the grid's evolution as a looping GIF.

    Args:
        frame_iterations, frame_epochs, frame_images: the kept frames, oldest first.
        spacing: "tutorial" (denser early, as the TensorFlow DCGAN tutorial) or "all".
        frame_ms: display time of each frame; the last frame is held 2 s.
        progress: called as progress(done, total) after each frame is drawn.
        say: a frame's caption (frame_label) as text: English, or the window's language (gui.i18n.engine_message).

    Returns:
        The number of frames written.

    Raises:
        ExportError: there are no frames. ValueError: the spacing is unknown.
    """
    if len(frame_images) == 0:
        raise ExportError("there are no grid frames to export yet: train for a few iterations first")
    chosen = select_frames(len(frame_images), spacing)
    rendered = []
    for done, i in enumerate(chosen, 1):
        rendered.append(labelled_grid(frame_images[i], say(frame_label(frame_iterations[i], frame_epochs[i])), scale))
        if progress is not None:
            progress(done, len(chosen))
    _write_animation(path, rendered, [frame_ms] * (len(rendered) - 1) + [2000])
    return len(rendered)


def write_walk_gif(path: str | Path, images: np.ndarray, labels: Sequence[str], frame_ms: int = 80,
                   scale: int = 8) -> int:
    """Write a latent walk (one generated image per frame, each with its caption) as a looping GIF.

    Returns:
        The number of frames written.
    """
    if len(images) != len(labels) or len(images) < 2:
        raise ValueError(f"a walk needs at least 2 frames, each with a label; got {len(images)} images "
                         f"and {len(labels)} labels")
    _write_animation(path, [labelled_grid(image[None], label, scale) for image, label in zip(images, labels)],
                     [frame_ms] * len(images))
    return len(images)


def _write_animation(path: str | Path, frames: Sequence[np.ndarray], durations: list[int]) -> None:
    """A looping GIF, written beside the target and renamed, so a failed write leaves no half file."""
    tmp = Path(path).with_name(Path(path).name + ".partial")
    # Pillow takes a per-frame list only for animations; a lone frame needs a plain number.
    iio.imwrite(tmp, np.stack(frames), extension=".gif", plugin="pillow", is_batch=True,
                duration=durations if len(frames) > 1 else durations[0], loop=0)
    tmp.replace(path)


def write_grid_png(path: str | Path, images: np.ndarray, label: str, scale: int | None = None) -> None:
    iio.imwrite(path, labelled_grid(images, label, scale), extension=".png")


def write_image_png(path: str | Path, image: np.ndarray, scale: int = 8) -> None:
    """One generated image (H, W) grey or (H, W, 3) colour uint8 as a PNG, enlarged `scale` times (nearest)."""
    iio.imwrite(path, upscale(image, scale), extension=".png")
