"""GAN Studio: `python main.py` opens the window; `python main.py train | export-gif | evaluate |
export-generator ...` runs headless (cli)."""

import sys


def main(argv: list[str] | None = None) -> int:
    import cli

    args = cli.build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if args.command is None:
        from gui.app import run_app

        return run_app(data_dir=args.window_data_dir, devices=args.window_devices)
    return cli.run(args)


if __name__ == "__main__":
    sys.exit(main())
