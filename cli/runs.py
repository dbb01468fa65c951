"""The commands that read run folders: compare."""

from __future__ import annotations

import argparse
import sys

from cli.messages import fail


def cmd_compare(args: argparse.Namespace) -> int:
    from engine.io.compare_figure import CompareError, write_comparison
    from engine.io.runs import RunFolderError, read_run

    runs = []
    for folder in args.runs:
        try:
            runs.append(read_run(folder))
        except RunFolderError as exc:
            return fail(str(exc))
    for run in runs:
        for note in run.notes:
            print(f"{run.path}: {note}", file=sys.stderr)
    try:
        path = write_comparison(args.output, runs, args.x)
    except CompareError as exc:
        return fail(str(exc))
    print(f"Wrote {path}: {len(runs)} runs against {args.x}", file=sys.stderr)
    return 0
