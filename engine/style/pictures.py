"""The content and style pictures read for a transfer, and its result written: untrusted files read by the
rules of the user's picture folders (engine.io.picture: size limits, truncated files, EXIF, transparency), with
a message that says which of the two pictures is wrong and why."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np

from engine.io.atomic import failure, written_whole
from engine.io.picture import BadPicture, decode_whole
from engine.messages import Explained
from engine.style.settings import StyleConfig

SHORTEST = 32  # pixels: the shorter side a content picture needs at the asked size (a strip has no room to paint)
LONGEST_STYLE = 1536  # pixels: a style larger than this (a large size at a large brush) costs minutes a step


class StylePictureError(Explained, ValueError):
    """A content or style picture that cannot be used, or a result that cannot be written; the message says which
    and why."""


def read_pictures(content: str | Path, style: str | Path, config: StyleConfig) -> tuple[np.ndarray, np.ndarray]:
    """(content, style) as RGB uint8: the content with its longer side config.size, the style at config.brush
    times that (at most LONGEST_STYLE).

    Raises:
        StylePictureError: either file is not a usable picture, or the content is too narrow at this size.
    """
    try:
        content_picture = decode_whole(content, config.size)
    except BadPicture as exc:
        raise StylePictureError("The content picture {path} cannot be used: {reason}", path=content,
                                reason=exc) from None
    try:
        style_picture = decode_whole(style, min(LONGEST_STYLE, max(SHORTEST, round(config.size * config.brush))))
    except BadPicture as exc:
        raise StylePictureError("The style picture {path} cannot be used: {reason}", path=style, reason=exc) from None
    if min(content_picture.shape[:2]) < SHORTEST:
        raise StylePictureError("The content picture {path} is too narrow: at size {size} its shorter side is "
                                "{side} pixels, and a transfer needs {least}. Choose a larger size or crop it.",
                                path=content, size=config.size, side=min(content_picture.shape[:2]), least=SHORTEST)
    return content_picture, style_picture


def write_picture(path: str | Path, picture: np.ndarray) -> None:
    """The result as a PNG, written whole or not at all.

    Raises:
        StylePictureError: it could not be written (the disk is full, the folder is not writable ...).
    """
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(picture).save(buffer, format="PNG")
    try:
        with written_whole(path) as file:
            file.write(buffer.getvalue())
    except OSError as exc:
        raise StylePictureError("Could not write {path}: {reason}", path=path, reason=failure(exc)) from None
