"""`main.py stylize CONTENT STYLE OUT.png`: a style transfer without the window (engine.style)."""

from __future__ import annotations

import argparse
import sys
import time

from cli.messages import fail


def cmd_stylize(args: argparse.Namespace) -> int:
    from engine.config.fields import ConfigError, declared
    from engine.style.pictures import StylePictureError, read_pictures, write_picture
    from engine.style.settings import StyleConfig

    try:
        config = StyleConfig(**{name: getattr(args, name) for name in declared(StyleConfig)
                                if getattr(args, name) is not None})
        content, style = read_pictures(args.content, args.style, config)
    except (ConfigError, StylePictureError) as exc:
        return fail(str(exc))
    from engine.style.transfer import Stylization

    transfer = Stylization(content, style, config)
    print(f"Stylizing {content.shape[1]}x{content.shape[0]} with {config.method} in {transfer.precision}: "
          f"{config.steps} steps over {len(transfer.scales)} scales", file=sys.stderr)
    started, shown = time.monotonic(), 0.0

    def report(progress) -> None:
        nonlocal shown
        if time.monotonic() - shown >= 5 or progress.step == progress.steps:
            shown = time.monotonic()
            print(f"  step {progress.step}/{progress.steps} (scale {progress.scale}/{progress.scales}), "
                  f"loss {progress.loss:.4g}, {shown - started:.0f} s", file=sys.stderr)

    picture = transfer.run(report)
    try:
        write_picture(args.output, picture)
    except StylePictureError as exc:
        return fail(str(exc))
    print(f"Wrote {args.output} in {time.monotonic() - started:.1f} s", file=sys.stderr)
    return 0
