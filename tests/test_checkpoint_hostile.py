"""Hostile checkpoints (issue 10): whatever a file declares, refusing it is quick and small.

Each case copies a small valid checkpoint and makes one thing wrong, keeping every zip CRC right so
that only the lie under test can give it away. read_checkpoint must raise CheckpointError naming the
file and the fault, and its traced memory (tracemalloc sees numpy's allocations too) must stay under
100 MB even where the file declares gigabytes. Times are not asserted (no timed assertions in tests):
memory is what a declared size costs first, and these refusals take milliseconds.
"""

from __future__ import annotations

import io
import json
import re
import struct
import tracemalloc
import zipfile
from pathlib import Path

import numpy as np
import pytest

from engine.io.checkpoint import CheckpointError, read_checkpoint, write_checkpoint
from engine.quality.metrics import QUALITY_COLUMNS

LIMIT = 100 * 2**20  # bytes a refusal may cost
HUGE = 1_500_000_000  # elements: 6 GB of float32, the declared shape of the file in issue 10
KERNEL = "var/generator/0.npy"  # (512, 1024) float32, the largest member


@pytest.fixture
def valid(tmp_path, small_config) -> Path:
    """A 2 MB checkpoint laid out as Trainer.save lays one out (without building networks)."""
    rng = np.random.default_rng(0)
    variables = {"generator": [rng.standard_normal((512, 1024), np.float32), np.zeros(1024, np.float32)],
                 "discriminator": [rng.standard_normal((5, 5, 1, 64), np.float32), np.zeros(64, np.float32)],
                 "g_optimizer": [np.array(3, np.int64), np.array(1e-4, np.float32)],
                 "d_optimizer": [np.array(3, np.int64), np.array(1e-4, np.float32)]}
    arrays = {f"var/{group}/{i}": v for group, values in variables.items() for i, v in enumerate(values)}
    arrays.update(history=rng.random((3, 4), np.float32), quality=np.zeros((1, len(QUALITY_COLUMNS))),
                  frame_iterations=np.array([0, 2], np.int64), frame_images=np.zeros((2, 16, 28, 28), np.uint8))
    meta = {"config": small_config.to_dict(), "iteration": 3,
            "history_columns": ["g_loss", "d_loss", "real_acc", "fake_acc"],
            "quality_columns": list(QUALITY_COLUMNS),
            "variables": {group: [[f"{group}/v{i}", list(v.shape)] for i, v in enumerate(values)]
                          for group, values in variables.items()}}
    return write_checkpoint(tmp_path / "valid.ckpt.npz", arrays, meta)


def _header(descr, shape, version=(1, 0)) -> bytes:
    buffer = io.BytesIO()
    write = np.lib.format.write_array_header_1_0 if version == (1, 0) else np.lib.format.write_array_header_2_0
    write(buffer, {"descr": descr, "fortran_order": False, "shape": shape})
    return buffer.getvalue()


def _member(dtype, shape) -> bytes:
    """An npy member of `dtype` and `shape` whose data is exactly as long as its header says."""
    dtype = np.dtype(dtype)
    return _header(np.lib.format.dtype_to_descr(dtype), shape) + bytes(int(np.prod(shape)) * dtype.itemsize)


def _meta(valid: Path) -> dict:
    with np.load(valid) as archive:
        return json.loads(archive["meta"].tobytes())


def _bytes_member(data: bytes) -> bytes:
    return _header("|u1", (len(data),)) + data


def _meta_member(meta: dict) -> bytes:
    return _bytes_member(json.dumps(meta).encode())


def _forge(valid: Path, members: dict[str, bytes | None], deflate: tuple[str, ...] = ()) -> Path:
    """A copy of `valid` with members replaced (None: left out; a new name: added), every CRC right."""
    out = valid.with_name("forged.ckpt.npz")
    with zipfile.ZipFile(valid) as source, zipfile.ZipFile(out, "w") as target:
        contents = {name: source.read(name) for name in source.namelist()} | members
        for name, data in contents.items():
            if data is not None:
                target.writestr(name, data, zipfile.ZIP_DEFLATED if name in deflate else zipfile.ZIP_STORED)
    return out


def _patch_directory(path: Path, name: str, size: int | None = None, flags: int | None = None) -> Path:
    """Make a member's zip directory entry claim `size` bytes or carry `flags` (the data is unchanged)."""
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        position = archive.start_dir
    while raw[position:position + 4] == zipfile.stringCentralDir:
        name_length, extra_length, comment_length = struct.unpack_from("<3H", raw, position + 28)
        if raw[position + 46:position + 46 + name_length].decode() == name:
            if size is not None:
                struct.pack_into("<2I", raw, position + 20, size, size)  # compressed and uncompressed size
            if flags is not None:
                struct.pack_into("<H", raw, position + 8, flags)
        position += 46 + name_length + extra_length + comment_length
    path.write_bytes(raw)
    return path


def _refusal(path: Path) -> tuple[str, int]:
    """read_checkpoint's refusal of `path` and the peak memory traced while it refused."""
    tracemalloc.start()
    try:
        with pytest.raises(CheckpointError) as refused:
            read_checkpoint(path)
        return str(refused.value), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# Each case makes one hostile file from a valid one and returns a pattern its refusal must match.

def deflated_gigabytes(valid):
    """The file of issue 10: a header declaring 6 GB over deflated zeros (64 MB of them here)."""
    return _forge(valid, {KERNEL: _header("<f4", (HUGE,)) + bytes(64 << 20)}, deflate=(KERNEL,)), \
        f"{KERNEL} is compressed"


def stored_header_declares_gigabytes(valid):
    return _forge(valid, {KERNEL: _header("<f4", (HUGE,)) + bytes(1 << 20)}), \
        r"has shape \(1500000000,\); the metadata says \(512, 1024\)"


def metadata_agrees_with_gigabytes(valid):
    meta = _meta(valid)
    meta["variables"]["generator"][0][1] = [HUGE]
    return _forge(valid, {"meta.npy": _meta_member(meta), KERNEL: _header("<f4", (HUGE,)) + bytes(1 << 20)}), \
        f"{KERNEL} declares {4 * HUGE} bytes of data"


def shape_differs_from_metadata(valid):
    return _forge(valid, {KERNEL: _member("<f4", (1024, 512))}), \
        r"has shape \(1024, 512\); the metadata says \(512, 1024\)"


def negative_length(valid):
    return _forge(valid, {"frame_iterations.npy": _header("<i8", (-2,))}), "does not begin with an npy header"


def history_of_another_dtype(valid):
    return _forge(valid, {"history.npy": _member("<f8", (3, 4))}), "history.npy holds float64; it must hold float32"


def frames_without_iterations(valid):
    return _forge(valid, {"frame_iterations.npy": _member("<i8", (3,))}), "2 grid frames and 3 frame iterations"


def directory_claims_more_than_the_file(valid):
    return _patch_directory(valid, KERNEL, size=2**32 - 2), f"{KERNEL} claims {2**32 - 2} bytes, more than"


def members_claim_more_than_the_file_together(valid):
    """Each member fits in the file, but their sizes add up to more: overlapping members, a zip bomb's way."""
    size = valid.stat().st_size
    _patch_directory(valid, KERNEL, size=size - 100)
    return _patch_directory(valid, "var/generator/1.npy", size=size - 100), "in all, more than the whole file"


def duplicate_member(valid):
    with zipfile.ZipFile(valid, "a") as archive, pytest.warns(UserWarning, match="Duplicate name"):
        archive.writestr("history.npy", _member("<f4", (3, 4)))
    return valid, "lists the member history.npy twice"


def encrypted_member(valid):
    return _patch_directory(valid, "history.npy", flags=0x1), "history.npy is compressed or encrypted"


def unknown_member(valid):
    return _forge(valid, {"extra.npy": _member("<f4", (4,))}), "extra.npy that is not part of"


def missing_member(valid):
    return _forge(valid, {"var/discriminator/1.npy": None}), "var/discriminator/1.npy is missing"


def metadata_too_large(valid):
    meta = _meta(valid)
    meta["padding"] = "x" * 300_000
    return _forge(valid, {"meta.npy": _meta_member(meta)}), "bytes of metadata"


def metadata_nested_too_deep(valid):
    return _forge(valid, {"meta.npy": _bytes_member(b"[" * 200_000)}), "unreadable metadata"


def metadata_lists_thousands_of_variables(valid):
    meta = _meta(valid)
    meta["variables"]["generator"] = [["", []]] * 20_000
    return _forge(valid, {"meta.npy": _meta_member(meta)}), r"var/generator/\d+\.npy is missing"


def metadata_iteration_infinite(valid):
    meta = _meta(valid)
    meta["iteration"] = float("inf")
    return _forge(valid, {"meta.npy": _meta_member(meta)}), "the iteration inf is not a whole number"


def truncated_header(valid):
    return _forge(valid, {KERNEL: _header("<f4", (512, 1024))[:30]}), "does not begin with an npy header"


def header_over_the_cap(valid):
    """A well-formed npy header of 60,000 bytes (numpy's own cap is 10,000, applied after reading it)."""
    header = _header("<f4", (512, 1024))
    length = 60_000
    padded = header[:8] + struct.pack("<H", length) + header[10:-1] + b" " * (length - len(header) + 10) + b"\n"
    return _forge(valid, {KERNEL: padded + bytes(4 * 512 * 1024)}), "does not begin with an npy header"


def npy_format_2(valid):
    return _forge(valid, {KERNEL: _header("<f4", (512, 1024), (2, 0)) + bytes(4 * 512 * 1024)}), \
        "does not begin with an npy header"


def directory_of_650000_entries(valid):
    """30 MB listing 650,000 empty members: zipfile alone would spend ~250 MB and seconds parsing it."""
    local = struct.pack(zipfile.structFileHeader, zipfile.stringFileHeader, 20, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0) + b"a"
    entry = struct.pack(zipfile.structCentralDir, zipfile.stringCentralDir, 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0,
                        1, 0, 0, 0, 0, 0, 0) + b"a"
    directory = entry * 650_000
    end = struct.pack(zipfile.structEndArchive, zipfile.stringEndArchive, 0, 0, 0xFFFF, 0xFFFF,
                      len(directory), len(local), 0)
    valid.write_bytes(local + directory + end)
    return valid, "zip directory is over"


CASES = [deflated_gigabytes, stored_header_declares_gigabytes, metadata_agrees_with_gigabytes,
         shape_differs_from_metadata, negative_length, history_of_another_dtype, frames_without_iterations,
         directory_claims_more_than_the_file, members_claim_more_than_the_file_together, duplicate_member,
         encrypted_member, unknown_member, missing_member, metadata_too_large, metadata_nested_too_deep,
         metadata_lists_thousands_of_variables, metadata_iteration_infinite, truncated_header,
         header_over_the_cap, npy_format_2, directory_of_650000_entries]


@pytest.mark.parametrize("case", CASES, ids=[case.__name__ for case in CASES])
def test_hostile_file_is_refused_cheaply(valid, case):
    path, pattern = case(valid)
    message, peak = _refusal(path)
    assert str(path) in message and re.search(pattern, message), message
    assert peak < LIMIT, f"refusing cost {peak / 2**20:.0f} MB"


@pytest.mark.parametrize("text", ["{'descr': '<f4', 'shape': (", "-" * 3000 + "1", "(" * 300 + ")" * 300,
                                  "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), 'x': '''",
                                  "{'descr': ',', 'fortran_order': False, 'shape': (1,), }",
                                  "{'descr': '<f4', b'x': False, 'shape': (1,), }"],
                         ids=["unclosed", "deep", "parentheses", "unclosed_string", "comma_descr", "mixed_keys"])
def test_headers_numpy_cannot_parse_are_refused(valid, text):
    """Headers on which numpy's parser raises TokenError, RecursionError, ValueError, SyntaxError or
    TypeError (found by fuzzing): refused as not np.save's form, never handed to that parser."""
    raw = text.encode("latin1")
    member = np.lib.format.magic(1, 0) + struct.pack("<H", len(raw)) + raw
    message, peak = _refusal(_forge(valid, {KERNEL: member}))
    assert f"member {KERNEL} does not begin with an npy header" in message and peak < LIMIT


@pytest.mark.parametrize("descr", ["|O", [("a", "<f4")], "<U4", "|S4", ("<f4", (2,)), "<M8[s]", "<c8", "a4"],
                         ids=["object", "record", "unicode", "bytes", "subarray", "datetime", "complex",
                              "deprecated_alias"])  # numpy warns on "a4" (an error under pytest), parsing it
def test_members_of_other_than_plain_numbers_are_refused(valid, descr):
    member = _header(descr, (1024,)) + bytes(4 * 1024)
    message, peak = _refusal(_forge(valid, {"var/generator/1.npy": member}))
    assert "var/generator/1.npy holds" in message and "it must hold plain numbers" in message, message
    assert peak < LIMIT


def test_valid_checkpoint_still_loads(valid):
    ckpt = read_checkpoint(valid)
    with np.load(valid) as archive:
        assert np.array_equal(ckpt.variables["generator"][0], archive["var/generator/0"])
        assert np.array_equal(ckpt.history, archive["history"]) and ckpt.iteration == 3
    assert ckpt.variables["generator"][0].flags.writeable  # as np.load gave them


def _load_or_refuse(path: Path, case: int) -> str:
    """'loaded' or 'refused' (never another exception), having cost less than LIMIT either way."""
    tracemalloc.start()
    try:
        read_checkpoint(path)
        outcome = "loaded"
    except CheckpointError:
        outcome = "refused"
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    assert peak < LIMIT, f"mutation {case} cost {peak / 2**20:.0f} MB"
    return outcome


def test_random_damage_to_the_zip_is_loaded_or_refused_cheaply(valid):
    """25 seeded mutations of the zip's local headers, npy headers and directory (sizes, offsets,
    lengths, names, flags): each file loads or is refused, never raises anything else, costs little."""
    raw = valid.read_bytes()
    with zipfile.ZipFile(valid) as archive:
        spots = [offset for info in archive.infolist()
                 for offset in range(info.header_offset, info.header_offset + 30 + len(info.filename) + 128)]
        spots += range(archive.start_dir, len(raw) - 4)
    rng = np.random.default_rng(10)
    outcomes = set()
    for case in range(25):
        damaged = bytearray(raw)
        for _ in range(rng.integers(1, 4)):
            spot = int(rng.choice(spots))
            if rng.random() < 0.5:
                damaged[spot] = rng.integers(256)
            else:  # a size, offset or length field
                value = rng.choice([0, 2**32 - 1, 2**31, len(raw), rng.integers(2**32)])
                struct.pack_into("<I", damaged, spot, int(value))
        path = valid.with_name(f"damaged-{case}.ckpt.npz")
        path.write_bytes(damaged)
        outcomes.add(_load_or_refuse(path, case))
    assert outcomes == {"loaded", "refused"}  # the mutations reach both ends


def test_random_npy_headers_are_loaded_or_refused_cheaply(valid):
    """25 seeded rewrites of members' npy headers (another dtype, plain or not; a length changed to
    anything up to 2**40; a stray byte), every CRC kept right so that only the header checks stand
    between the file and numpy: each loads or is refused, never raises anything else, costs little."""
    with zipfile.ZipFile(valid) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    descrs = ["|O", [("a", "<f4")], "<U4", ("<f4", (2,)), "<M8[s]", "<f8", ">f4", "|u1", "<i8"]
    rng = np.random.default_rng(11)
    outcomes = set()
    for case in range(25):
        name = list(contents)[rng.integers(len(contents))]
        original = io.BytesIO(contents[name])
        np.lib.format.read_magic(original)
        shape, _, dtype = np.lib.format.read_array_header_1_0(original)
        descr = np.lib.format.dtype_to_descr(dtype) if rng.random() < 0.5 else descrs[rng.integers(len(descrs))]
        shape = list(shape) or [1]
        if rng.random() < 0.5:
            shape[rng.integers(len(shape))] = int(rng.choice([0, 1, shape[0] + 1, HUGE, 2**40]))
        header = bytearray(_header(descr, tuple(shape)))
        if rng.random() < 0.3:
            header[rng.integers(10, len(header))] = rng.integers(256)
        member = bytes(header) + contents[name][original.tell():]
        outcomes.add(_load_or_refuse(_forge(valid, {name: member}), case))
    assert outcomes == {"loaded", "refused"}
