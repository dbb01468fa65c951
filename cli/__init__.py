"""`python main.py train | export-gif | evaluate | harmonize | export-generator | compare | stylize`: GAN Studio
without a window.

Training headless is for servers, long runs and scripts; it drives the same run loop as the window
(engine.training.run_loop) and writes the same checkpoints the window loads. Ctrl+C finishes the current
iteration, saves a checkpoint and exits; a second Ctrl+C aborts. `main.py` dispatches here: the engine
stays a library.
"""

from __future__ import annotations

import argparse

from cli.checkpoints import (
    cmd_evaluate,
    cmd_export_generator,
    cmd_export_gif,
    cmd_harmonize,
)
from cli.parser import build_parser
from cli.runs import cmd_compare
from cli.stylize import cmd_stylize
from cli.train import cmd_train

__all__ = ["build_parser", "run"]


def run(args: argparse.Namespace) -> int:
    """Run a parsed headless command; returns the exit code."""
    return {"train": cmd_train, "export-gif": cmd_export_gif, "evaluate": cmd_evaluate,
            "harmonize": cmd_harmonize, "export-generator": cmd_export_generator,
            "compare": cmd_compare, "stylize": cmd_stylize}[args.command](args)
