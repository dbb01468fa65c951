"""Bad and unusual picture files (engine.io.picture): each decoded correctly, or refused with a short reason,
never a traceback and never unbounded memory; fuzzed."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zlib

import numpy as np
import pytest
from conftest import ROOT
from PIL import Image

from engine.io.picture import BadPicture, PictureShape, decode

# This process's peak resident memory in MB (VmHWM starts anew at exec; ru_maxrss would keep the parent's).
PEAK_MB = "next(int(l.split()[1]) // 1024 for l in open('/proc/self/status') if l.startswith('VmHWM'))"
COLOUR = PictureShape(32, 3)
GREY = PictureShape(32, 1)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def bomb_png(path, side: int = 20000) -> None:
    """A 1-bit black PNG of side x side pixels: a few hundred KB on disk, 400 million pixels decoded."""
    row = b"\0" + bytes(-(-side // 8))
    packer = zlib.compressobj(9)
    body = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
                     + _png_chunk(b"IDAT", body) + _png_chunk(b"IEND", b""))


def test_colour_and_grey_pictures_become_the_run_shape(tmp_path):
    path = tmp_path / "wide.png"
    picture = np.zeros((40, 80, 3), np.uint8)
    picture[:, :40] = (200, 20, 20)  # red left half, blue right half
    picture[:, 40:] = (20, 20, 200)
    Image.fromarray(picture).save(path)
    crop = decode(path, COLOUR)
    assert crop.shape == (32, 32, 3) and crop.dtype == np.uint8
    assert abs(int(crop[:, :12, 0].mean()) - 200) < 4 and abs(int(crop[:, -12:, 2].mean()) - 200) < 4  # centre crop
    pad = decode(path, PictureShape(32, 3, fit="pad", background="black"))
    assert pad[:6].max() < 8 and pad[-6:].max() < 8 and pad[16, 4, 0] > 150  # letterboxed on black (Lanczos rings)
    grey = decode(path, GREY)
    assert grey.shape == (32, 32)
    gray_source = tmp_path / "grey.png"
    Image.fromarray(np.full((50, 50), 77, np.uint8)).save(gray_source)
    expanded = decode(gray_source, COLOUR)
    assert expanded.shape == (32, 32, 3) and (expanded == 77).all()  # a grey picture in a colour run


def test_alpha_palette_cmyk_and_16_bit_are_decoded_faithfully(tmp_path):
    rgba = np.zeros((32, 32, 4), np.uint8)
    rgba[8:24, 8:24] = (255, 0, 0, 255)  # an opaque red square on transparency
    Image.fromarray(rgba, "RGBA").save(tmp_path / "alpha.png")
    on_white = decode(tmp_path / "alpha.png", COLOUR)
    assert (on_white[0, 0] == 255).all() and tuple(on_white[16, 16]) == (255, 0, 0)
    on_black = decode(tmp_path / "alpha.png", PictureShape(32, 3, background="black"))
    assert (on_black[0, 0] == 0).all()

    Image.fromarray(rgba, "RGBA").convert("P").save(tmp_path / "palette.gif", transparency=0)
    palette = decode(tmp_path / "palette.gif", COLOUR)
    assert palette.shape == (32, 32, 3) and palette[16, 16, 0] > 200 and palette[16, 16, 1] < 60

    Image.new("CMYK", (32, 32), (0, 255, 255, 0)).save(tmp_path / "cmyk.jpg")  # CMYK red
    cmyk = decode(tmp_path / "cmyk.jpg", COLOUR)
    assert cmyk[..., 0].mean() > 200 and cmyk[..., 1].mean() < 60

    Image.fromarray(np.full((32, 32), 32768, np.uint16)).save(tmp_path / "sixteen.png")  # mid-grey in 16 bits
    sixteen = decode(tmp_path / "sixteen.png", GREY)
    assert abs(int(sixteen.mean()) - 128) <= 1  # scaled by the bit depth, not clipped to white


def test_animated_gifs_give_their_first_frame_and_exif_turns_photos_upright(tmp_path):
    frames = [Image.new("RGB", (32, 32), colour) for colour in ((250, 0, 0), (0, 250, 0), (0, 0, 250))]
    frames[0].save(tmp_path / "anim.gif", save_all=True, append_images=frames[1:], duration=50, loop=0)
    first = decode(tmp_path / "anim.gif", COLOUR)
    assert first[..., 0].mean() > 200 and first[..., 1].mean() < 30

    upright = np.zeros((20, 40, 3), np.uint8)
    upright[:, :20] = 255  # white left half as stored
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turn 90 degrees clockwise to view
    Image.fromarray(upright).save(tmp_path / "turned.jpg", exif=exif, quality=95)
    turned = decode(tmp_path / "turned.jpg", PictureShape(32, 1, fit="pad", background="black"))
    # Shown upright, the stored left half is on top; padded, the picture is 20 wide and 40 tall.
    assert turned[4:14, 12:20].mean() > 200 and turned[20:28, 12:20].mean() < 50


def test_bad_files_are_refused_with_a_reason(tmp_path):
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path / "text.jpg").write_text("not a picture at all")
    jpeg = io.BytesIO()
    Image.fromarray(np.random.default_rng(0).integers(0, 255, (64, 64, 3), np.uint8)).save(jpeg, "JPEG")
    (tmp_path / "truncated.jpg").write_bytes(jpeg.getvalue()[:len(jpeg.getvalue()) // 2])
    (tmp_path / "dangling.png").symlink_to(tmp_path / "nowhere.png")
    bomb_png(tmp_path / "bomb.png", 8000)  # 64 M pixels: under Pillow's own limit, over ours
    reasons = {}
    for name in ("empty.png", "text.jpg", "truncated.jpg", "dangling.png", "bomb.png"):
        with pytest.raises(BadPicture) as caught:
            decode(tmp_path / name, COLOUR)
        reasons[name] = str(caught.value)
    assert reasons["empty.png"] == "empty file"
    assert reasons["bomb.png"].startswith("too many pixels (8000x8000")
    assert all(reason.startswith("unreadable") for name, reason in reasons.items()
               if name not in ("empty.png", "bomb.png")), reasons


def test_a_decompression_bomb_is_refused_from_its_header_within_bounded_memory(tmp_path):
    """20000x20000 pixels in a small PNG: refused before decoding; the process stays small (its peak
    resident memory is measured in a fresh process, where decoding it would take 400 MB)."""
    bomb_png(tmp_path / "bomb.png")
    assert (tmp_path / "bomb.png").stat().st_size < 600_000
    code = ("from engine.io.picture import BadPicture, PictureShape, decode\n"
            f"try:\n    decode({str(tmp_path / 'bomb.png')!r}, PictureShape(64, 3))\n"
            "except BadPicture as exc:\n    print(exc)\n"
            "print(" + PEAK_MB + ")\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    reason, peak_mb = out.stdout.strip().splitlines()
    assert reason.startswith("too") and "400000000 pixels" in reason, out.stdout + out.stderr
    assert int(peak_mb) < 200, f"peak RSS {peak_mb} MB"


def _samples(tmp_path) -> list[bytes]:
    """Valid files of every kind the loader meets, to mutate."""
    rng = np.random.default_rng(1)
    pixels = rng.integers(0, 255, (24, 30, 3), np.uint8)
    out = []
    for fmt, mode, kwargs in (("PNG", "RGB", {}), ("PNG", "RGBA", {}), ("PNG", "P", {}), ("JPEG", "RGB", {}),
                              ("GIF", "P", {}), ("BMP", "RGB", {}), ("WEBP", "RGB", {}), ("TIFF", "RGB", {}),
                              ("PNG", "I;16", {}), ("JPEG", "CMYK", {})):
        buffer = io.BytesIO()
        image = Image.fromarray(pixels).convert(mode) if mode != "I;16" else Image.fromarray(
            pixels[..., 0].astype(np.uint16) * 257)
        image.save(buffer, fmt, **kwargs)
        out.append(buffer.getvalue())
    return out


def test_fuzzed_files_decode_or_are_refused_never_raise_anything_else(tmp_path):
    """600 mutations (flipped bytes, cut tails, spliced headers) of ten kinds of valid file."""
    rng = np.random.default_rng(2)
    samples = _samples(tmp_path)
    decoded = refused = 0
    for i in range(600):
        data = bytearray(samples[i % len(samples)])
        how = i % 3
        if how == 0:  # flip a few bytes anywhere
            for at in rng.integers(0, len(data), rng.integers(1, 8)):
                data[at] = int(rng.integers(0, 256))
        elif how == 1:  # cut the tail
            data = data[:int(rng.integers(1, len(data)))]
        else:  # a header of one kind on the body of another
            other = samples[int(rng.integers(0, len(samples)))]
            cut = int(rng.integers(8, 64))
            data = data[:cut] + bytearray(other[cut:])
        path = tmp_path / f"fuzz{i}.png"
        path.write_bytes(bytes(data))
        try:
            picture = decode(path, COLOUR if i % 2 else GREY)
        except BadPicture as exc:
            refused += 1
            assert str(exc) and "\n" not in str(exc)
        else:
            decoded += 1
            assert picture.shape == (COLOUR if i % 2 else GREY).array_shape and picture.dtype == np.uint8
    assert decoded > 50 and refused > 50, (decoded, refused)  # both paths exercised
