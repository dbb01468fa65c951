"""Draw the emoji dataset (engine.io.emoji) into the cache now, and say what it holds; `train --dataset emoji`
and the window's Emoji choice do the same at their first use.

    .venv/bin/python scripts/build_emoji.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cli.train import Counting  # noqa: E402
from engine.io.data import DatasetError  # noqa: E402
from engine.io.emoji import build  # noqa: E402


def main() -> int:
    try:
        folder = build(Counting("Drawing emoji"))
    except DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    built = json.loads((folder / "built.json").read_text())
    drawn = built["drawn"]
    print(f"{folder}: {sum(drawn.values()):,} emoji in {len(drawn)} groups "
          f"({', '.join(f'{group} {n}' for group, n in drawn.items())}); "
          f"{built['lacking in the font']} the font does not draw")
    return 0


if __name__ == "__main__":
    sys.exit(main())
