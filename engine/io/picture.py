"""One picture file, decoded safely into a square uint8 array of the run's size and channels.

A folder of the user's own pictures is untrusted input: a 388 KB PNG may claim 20000x20000 pixels, a
JPEG may end halfway, a `.png` may be a text file. Each file is decoded as far as it is a picture and
otherwise refused with a one-line reason (`BadPicture`), never a traceback and never unbounded memory:

- the pixel count is read from the header and refused above MAX_PIXELS before anything is decoded
  (Pillow's own bomb limit is twice its MAX_IMAGE_PIXELS, 179 M pixels, 537 MB of RGB: too much to be
  the guard here);
- JPEGs are decoded at a reduced scale when the target is small (Pillow's `draft`): a 24 MP photo for a
  64x64 run decodes at 1/8 the size;
- animated GIF/PNG/WebP give their first frame; EXIF orientation is applied;
- palette, CMYK, 16- and 32-bit greys become 8 bits (16 bits scaled, not clipped); alpha is composited
  onto the run's background; grey pictures in a colour run are expanded to three equal channels.

The square is a centre crop of the picture or the picture padded with the background ("fit"), resized
with Lanczos filtering.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.messages import Explained

MAX_PIXELS = 40_000_000  # 40 MP: every camera photo, not a bomb; 160 MB of RGBA at most while decoding
SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff")
FITS = ("crop", "pad")
BACKGROUNDS = {"white": (255, 255, 255), "black": (0, 0, 0), "grey": (128, 128, 128)}


class BadPicture(Explained, ValueError):
    """A file that cannot be used as a training picture; the message says why, in a few words."""


@dataclass(frozen=True)
class PictureShape:
    """What each picture becomes: size x size pixels, 1 or 3 channels, the square made by `fit` ("crop":
    the centre square; "pad": the whole picture on the background), transparency over `background`."""

    size: int
    channels: int
    fit: str = "crop"
    background: str = "white"

    @property
    def array_shape(self) -> tuple[int, ...]:
        """A picture's numpy shape: (size, size) grey, (size, size, 3) colour."""
        return (self.size, self.size) if self.channels == 1 else (self.size, self.size, 3)


def decode(path: str | Path, shape: PictureShape) -> np.ndarray:
    """The picture at `path` as a uint8 array of shape.array_shape.

    Raises:
        BadPicture: the file is empty, not a picture, truncated, too large or otherwise unreadable.
    """
    return _decoded(path, shape.channels, shape.size, lambda image: _to_array(image, shape))


def decode_whole(path: str | Path, longest: int, background: str = "white") -> np.ndarray:
    """The whole picture at `path`, RGB uint8 (h, w, 3), its longer side `longest` pixels and its shape kept (a
    style transfer's content and style, engine.style).

    Raises:
        BadPicture: as decode.
    """
    def scaled(image):
        from PIL import Image

        image = _flattened(image, background).convert("RGB")
        ratio = longest / max(image.size)
        size = (max(1, round(image.width * ratio)), max(1, round(image.height * ratio)))
        return np.asarray(image.resize(size, Image.Resampling.LANCZOS) if size != image.size else image, np.uint8)

    return _decoded(path, 3, longest, scaled)


def _decoded(path: str | Path, channels: int, size: int, convert) -> np.ndarray:
    """`convert(image)` of the picture at `path`, decoded safely (see the module docstring)."""
    from PIL import Image

    path = Path(path)
    try:
        if path.stat().st_size == 0:
            raise BadPicture("empty file")
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                _check_size(image)
                image.draft("RGB" if channels == 3 else "L", (2 * size, 2 * size))
                return convert(_upright(image))
    except BadPicture:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise BadPicture("too large to decode safely ({reason})", reason=exc) from None
    except MemoryError:
        raise BadPicture("too large to decode in the memory free") from None
    # Pillow reports a malformed file as whichever error its parser met (OSError, SyntaxError, ValueError,
    # struct.error, EOFError, IndexError, ... as its own fuzzing shows): every one of them means "not a usable
    # picture" for this one file, and the folder goes on without it.
    except Exception as exc:  # noqa: BLE001
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise BadPicture("unreadable ({reason})", reason=reason[:120]) from None


def _check_size(image) -> None:
    width, height = image.size
    if width < 1 or height < 1:
        raise BadPicture("no pixels ({width}x{height})", width=width, height=height)
    if width * height > MAX_PIXELS:
        raise BadPicture("too many pixels ({width}x{height}, more than the {millions} million allowed: a "
                         "decompression bomb, or a picture to shrink first)", width=width, height=height,
                         millions=MAX_PIXELS // 1_000_000)


def _upright(image):
    """The first frame, turned as its EXIF orientation says."""
    from PIL import ImageOps

    image.seek(0)
    image.load()
    return ImageOps.exif_transpose(image)


def _eight_bit(image):
    """Greys of 16 or 32 bits (modes I;16*, I, F) as 8-bit L, scaled by the bit depth rather than clipped."""
    from PIL import Image

    if image.mode.startswith("I;16"):
        values = np.asarray(image, np.float64) / 257.0
    elif image.mode == "I":  # 16-bit PNGs open in this mode; genuine 32-bit greys are rare
        values = np.asarray(image, np.float64)
        values = values / 257.0 if values.max(initial=0) > 255 else values
    elif image.mode == "F":
        values = np.asarray(image, np.float64)
        values = values * 255.0 if values.max(initial=0) <= 1.0 else values
    else:
        return image
    return Image.fromarray(np.clip(np.round(values), 0, 255).astype(np.uint8), "L")


def _flattened(image, background: str):
    """RGB or L with any transparency composited onto the background."""
    from PIL import Image

    image = _eight_bit(image)
    if image.mode == "P":
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    elif image.mode in ("L", "RGB"):
        if "transparency" not in image.info:
            return image
        image = image.convert("RGBA")
    elif image.mode not in ("RGBA", "LA", "PA"):
        image = image.convert("RGB")  # CMYK, YCbCr, LAB, HSV, 1: Pillow's own conversions
        return image
    rgba = image.convert("RGBA")
    canvas = Image.new("RGBA", rgba.size, (*BACKGROUNDS[background], 255))
    return Image.alpha_composite(canvas, rgba).convert("RGB")


def _to_array(image, shape: PictureShape) -> np.ndarray:
    from PIL import Image

    image = _flattened(image, shape.background).convert("L" if shape.channels == 1 else "RGB")
    width, height = image.size
    if shape.fit == "crop":
        side = min(width, height)
        left, top = (width - side) // 2, (height - side) // 2
        square = image.crop((left, top, left + side, top + side))
    else:
        side = max(width, height)
        fill = BACKGROUNDS[shape.background]
        square = Image.new(image.mode, (side, side), fill[0] if image.mode == "L" else fill)
        square.paste(image, ((side - width) // 2, (side - height) // 2))
    if square.size != (shape.size, shape.size):
        square = square.resize((shape.size, shape.size), Image.Resampling.LANCZOS)
    return np.asarray(square, np.uint8).reshape(shape.array_shape)
