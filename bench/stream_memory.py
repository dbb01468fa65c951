"""Peak memory of a run on a folder too large for memory (streamed from the decoded cache) against the same
run holding the pictures in memory, each in a fresh process, same folder.

Makes `--count` 64x64 colour pictures (a disc and a square of random colours on a random background, PNG)
in a temporary folder, decodes them once into the cache, then trains the DCGAN (base width 32, batch 64)
for `--steps` iterations twice: streamed (the default past engine.io.image_folder.IN_MEMORY_BYTES) and
in memory (the limit raised). Each process reports its peak resident memory (VmHWM) and its step time.

    python bench/stream_memory.py [--count 100000] [--steps 200] [--stream-above-mb MB]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

RUN = """
import json, sys, time
sys.path.insert(0, {root!r})
from engine.io import image_folder
if {limit} is not None:
    image_folder.IN_MEMORY_BYTES = {limit}
from engine.config import TrainConfig
from engine.io.data import load_dataset
from engine.training.trainer import Trainer
start = time.perf_counter()
data = load_dataset({folder!r})
loaded = time.perf_counter() - start
trainer = Trainer(TrainConfig().replace(width=32, batch_size=64, grid_every=50), data)
trainer.step()
start = time.perf_counter()
for _ in range({steps}):
    trainer.step()
step = (time.perf_counter() - start) / {steps}
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM")) * 1024
print(json.dumps({{"streamed": data.streamed, "bytes": len(data.train_images) * 64 * 64 * 3, "loaded": loaded,
                  "step": step, "peak": peak}}))
"""


def make_pictures(folder: Path, count: int) -> None:
    import numpy as np
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(0)
    for i in range(count):
        image = Image.new("RGB", (64, 64), tuple(int(c) for c in rng.integers(0, 256, 3)))
        draw = ImageDraw.Draw(image)
        x, y, r = (int(v) for v in rng.integers(12, 52, 3) // (1, 1, 3))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(int(c) for c in rng.integers(0, 256, 3)))
        draw.rectangle((y - r, x - r, y + r // 2, x), fill=tuple(int(c) for c in rng.integers(0, 256, 3)))
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        image.save(sub / f"{i:06d}.png", compress_level=1)


def run(folder: Path, steps: int, limit: int | None, cache: Path) -> dict:
    code = RUN.format(root=str(ROOT), folder=str(folder), steps=steps, limit=limit)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"XDG_CACHE_HOME": str(cache), "PATH": "/usr/bin:/bin", "HOME": str(cache)})
    if out.returncode:
        raise SystemExit(out.stderr[-3000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--stream-above-mb", type=int, help="stream past this many MB of pictures (default: the "
                        "engine's IN_MEMORY_BYTES), to try the benchmark on fewer pictures")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="gan-studio-stream-") as tmp:
        folder, cache = Path(tmp) / "pictures", Path(tmp) / "cache"
        folder.mkdir()
        start = time.perf_counter()
        make_pictures(folder, args.count)
        print(f"made {args.count:,} pictures in {time.perf_counter() - start:.0f} s", flush=True)
        limit = None if args.stream_above_mb is None else args.stream_above_mb << 20
        streamed = run(folder, args.steps, limit, cache)  # the first also decodes them into the cache
        print(f"streamed: decoded (first time) in {streamed['loaded']:.0f} s; step {streamed['step'] * 1e3:.0f} ms; "
              f"peak RSS {streamed['peak'] / 2**30:.2f} GiB", flush=True)
        held = run(folder, args.steps, 1 << 40, cache)
        print(f"in memory: loaded from the cache in {held['loaded']:.1f} s; step {held['step'] * 1e3:.0f} ms; "
              f"peak RSS {held['peak'] / 2**30:.2f} GiB ({held['bytes'] / 2**30:.2f} GiB of pictures)", flush=True)
        assert streamed["streamed"] and not held["streamed"]
        print(f"ratio peak RSS streamed/in memory: {streamed['peak'] / held['peak']:.2f}; "
              f"step time streamed/in memory: {streamed['step'] / held['step']:.2f}")


if __name__ == "__main__":
    main()
