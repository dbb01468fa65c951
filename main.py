"""GAN Studio: `python main.py` opens the window; `python main.py train|export-gif ...` runs headless."""

import sys


def main() -> int:
    from engine.cli import run

    return run()


if __name__ == "__main__":
    sys.exit(main())
