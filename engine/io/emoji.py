"""The emoji dataset: every emoji the Noto Color Emoji font draws, as colour pictures in a folder per Unicode
emoji group, made on this machine from Debian packages (no download).

The list of emoji and their groups is Unicode's emoji-test.txt (Debian's `unicode-data`): every
fully-qualified emoji, single code points and sequences (skin tones, flags, families), of the nine groups
(Smileys & Emotion, People & Body, Animals & Nature, Food & Drink, Travel & Places, Activities, Objects,
Symbols, Flags; not "Component", the bare skin-tone and hair swatches). Each is drawn with Pillow from
Debian's `fonts-noto-color-emoji` at the size its colour bitmaps have (109 points: 136x128 pixels) and
kept when the font draws it as one glyph (a sequence the font lacks falls apart into several). Each
picture is saved as an RGBA PNG, centred on a transparent 136x136 square, so the run's background and
size decide the rest (engine.io.picture). Built once into the cache (engine.io.image_folder.cache_root),
then read like any folder of pictures with classes.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from engine.messages import Message

FONT = Path("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf")
EMOJI_TEST = Path("/usr/share/unicode/emoji/emoji-test.txt")
POINTS = 109  # the size of the font's colour bitmaps: Pillow draws them only at this size
SIDE = 136
SKIPPED_GROUPS = ("Component",)
GROUPS = ("Smileys & Emotion", "People & Body", "Animals & Nature", "Food & Drink", "Travel & Places", "Activities",
          "Objects", "Symbols", "Flags")  # the classes (folders), as emoji-test.txt names them: the window translates
VERSION = 1
HOW_TO_FIX = Message("The emoji dataset is drawn from Debian's packages fonts-noto-color-emoji and unicode-data: "
              "`sudo apt install fonts-noto-color-emoji unicode-data` (scripts/setup.sh installs them).")


def emoji_list(path: Path = EMOJI_TEST) -> list[tuple[str, str]]:
    """(group, the emoji's text) of every fully-qualified emoji in emoji-test.txt, in its order."""
    group, found = "", []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# group:"):
            group = line.split(":", 1)[1].strip()
        elif line and not line.startswith("#") and "; fully-qualified" in line and group not in SKIPPED_GROUPS:
            codes = line.split(";", 1)[0]
            found.append((group, "".join(chr(int(code, 16)) for code in codes.split())))
    return found


def folder() -> Path:
    """Where the built dataset is (or will be)."""
    from engine.io.image_folder import cache_root

    return cache_root() / f"emoji-v{VERSION}"


def build(progress: Callable[[int, int], None] | None = None) -> Path:
    """The emoji dataset's folder, drawn first if it is not there yet (3,655 pictures, ~6 s).

    Raises:
        engine.io.data.DatasetError: the font or the list of emoji is not installed, or the folder cannot
            be written.
    """
    from engine.io.data import DatasetError

    target = folder()
    if (target / "built.json").is_file():
        return target
    for needed in (FONT, EMOJI_TEST):
        if not needed.is_file():
            raise DatasetError("{path} is missing. {how_to_fix}", path=needed, how_to_fix=HOW_TO_FIX)
    try:
        counts = _draw_all(target, progress)
    except OSError as exc:
        raise DatasetError("could not write the emoji dataset into {folder} ({reason}): free some space, or set "
                           "$XDG_CACHE_HOME to a folder with room", folder=target, reason=exc.strerror or exc) from None
    (target / "built.json").write_text(json.dumps(counts, indent=1))
    return target


def _draw_all(target: Path, progress) -> dict:
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONT), POINTS)
    emoji = emoji_list()
    drawn, lacking = {}, 0
    for done, (group, text) in enumerate(emoji, 1):
        canvas = Image.new("RGBA", (SIDE, SIDE), (0, 0, 0, 0))
        one_glyph = font.getlength(text) <= 1.2 * SIDE
        if one_glyph:
            ImageDraw.Draw(canvas).text((0, (SIDE - 128) // 2), text, font=font, embedded_color=True)
        if not one_glyph or canvas.getbbox() is None:  # a sequence the font lacks, or no glyph at all
            lacking += 1
        else:
            sub = target / group
            sub.mkdir(parents=True, exist_ok=True)
            partial = sub / f".{_file_name(text)}.partial.png"
            canvas.save(partial)
            os.replace(partial, sub / f"{_file_name(text)}.png")
            drawn[group] = drawn.get(group, 0) + 1
        if progress is not None and (done % 64 == 0 or done == len(emoji)):
            progress(done, len(emoji))
    return {"drawn": drawn, "lacking in the font": lacking, "font": str(FONT), "list": str(EMOJI_TEST)}


def _file_name(text: str) -> str:
    """An emoji's file name: its code points, as Unicode writes them (1F44D-1F3FD)."""
    return "-".join(f"{ord(c):04X}" for c in text)
