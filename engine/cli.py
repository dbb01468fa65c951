"""`python main.py train | export-gif`: the engine without a window.

Training headless is for servers, long runs and scripts; it writes the same checkpoints the window
loads. Ctrl+C finishes the current iteration, saves a checkpoint and exits; a second Ctrl+C aborts.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

from engine.compute.precision import PRECISIONS, PrecisionError
from engine.config import (DEFAULT_IMPLEMENTATION, DEFAULT_PRESET, FIELDS, IMPLEMENTATIONS, LIVE_FIELDS, PRESETS,
                           RECIPE_FIELDS, ConfigError, TrainConfig, apply_preset, family_fields,
                           preset_of)
from engine.families import FAMILIES
from engine.io.checkpoint import CheckpointError, read_checkpoint
from engine.io.data import DatasetError, batches_per_epoch, epoch_of, train_size
from engine.training.changes import parse_change

EXIT_USAGE, EXIT_NAN, EXIT_INTERRUPTED = 2, 3, 130


def build_parser() -> argparse.ArgumentParser:
    defaults = TrainConfig()
    parser = argparse.ArgumentParser(
        prog="main.py", description="GAN Studio: train the classic DCGAN on Fashion-MNIST and watch it learn. "
        "With no command, opens the window.")
    parser.add_argument("--data-dir", dest="window_data_dir", metavar="DATA_DIR",
                        help="for the window: folder with the Fashion-MNIST IDX files (default: search)")
    parser.add_argument("--devices", dest="window_devices", type=devices_arg, default=1, metavar="N|all",
                        help="for the window: devices its runs may train on; without GPUs, the CPU split into N "
                        "logical devices (to try the several-device path; not faster)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    train = sub.add_parser("train", help="train headless, writing checkpoints, grid PNGs and a history CSV")
    length = train.add_mutually_exclusive_group()
    length.add_argument("--epochs", type=int,
                        help=f"train until this many epochs in all (default {defaults.run.epochs})")
    length.add_argument("--steps", type=int, help="train this many more iterations (also after --resume)")
    train.add_argument("--preset", choices=tuple(PRESETS), help="the recipe to start from: "
                       + "; ".join(f"{name}: {p.title}" for name, p in PRESETS.items())
                       + f" (default {DEFAULT_PRESET}; a resumed run keeps its own). The flags below change it.")
    recipe = train.add_argument_group("recipe", "each changes the preset's value (see the README's Recipes)")
    _add_flags(recipe, RECIPE_FIELDS)
    family = train.add_argument_group("GAN family", "which GAN is trained (see the README's Other GANs)")
    _add_flags(family, ("family", *family_fields()))
    train.add_argument("--seed", type=int, help=f"seed of weights, data order and noise (default {defaults.run.seed})")
    train.add_argument("--save-every", type=int, help=f"checkpoint every E epochs (default {defaults.run.save_every})")
    train.add_argument("--keep-autosaves", type=int, help="of those, keep the newest N plus the best by FCD, 0: all "
                       f"(default {defaults.run.keep_autosaves})")
    train.add_argument("--train-images", type=int, help="use only the first N training images (default: all)")
    train.add_argument("--quality-every", type=int,
                       help="measure quality (FCD etc.) every E epochs, 0: never "
                       f"(default {defaults.run.quality_every})")
    train.add_argument("--data-dir", help="folder with the Fashion-MNIST IDX files (default: search)")
    train.add_argument("--tensorboard", action=argparse.BooleanOptionalAction, default=None,
                       help="also write TensorBoard event files into <run folder>/tensorboard (metrics, grid frames, "
                       "quality, changes); view with `tensorboard --logdir runs` (pip install tensorboard)")
    train.add_argument("--run-dir",
                       help="output folder (default: runs/<date-time>, or the checkpoint's folder with --resume)")
    train.add_argument("--implementation", choices=IMPLEMENTATIONS, default=DEFAULT_IMPLEMENTATION,
                       help="how the generator's layers are computed; same model and checkpoints "
                       f"(default {DEFAULT_IMPLEMENTATION})")
    train.add_argument("--precision", choices=PRECISIONS,
                       help="arithmetic: bfloat16 (mixed; fast on CPUs with bfloat16 hardware), float32, or auto: "
                       f"bfloat16 where the CPU has it (default {defaults.run.precision}; a resumed run keeps its own; "
                       "exact resume holds within one precision)")
    train.add_argument("--devices", type=devices_arg, metavar="N|all",
                       help="train on N devices or all (default 1): several GPUs through tf.distribute's "
                       "MirroredStrategy, the batch split across them; without GPUs the CPU is split into N logical "
                       "devices (to try the path; not faster). With TF_CONFIG set, every worker of the cluster "
                       "trains on its devices (MultiWorkerMirroredStrategy). A resumed run may change it.")
    train.add_argument("--resume", metavar="CKPT", help="continue exactly from this checkpoint")
    train.add_argument("--change", action="append", metavar="ITER:FIELD=VALUE",
                       help="change a recipe field when the run reaches an iteration, e.g. 500:d_learning_rate=4e-4 "
                       f"(repeatable; fields: {', '.join(LIVE_FIELDS)}). Logged in the run's changes.csv and "
                       "checkpoints; a resumed run applies the changes still due")

    gif = sub.add_parser("export-gif", help="write the sample grid's evolution from a checkpoint as a GIF")
    gif.add_argument("checkpoint", metavar="CKPT")
    gif.add_argument("output", metavar="OUT.gif")
    gif.add_argument("--spacing", choices=("seed", "all"), default="seed",
                     help="'seed': denser early, as the seed notebook (default); 'all': every frame")
    gif.add_argument("--frame-ms", type=int, default=100, help="milliseconds per frame (default 100)")
    evaluate = sub.add_parser("evaluate", help="print a checkpoint's (or the shipped generator's) quality metrics "
                              "next to their floor")
    evaluate.add_argument("checkpoint", metavar="CKPT", help="a checkpoint, or a generator file such as "
                          "resources/generator.npz")
    evaluate.add_argument("--samples", type=int, default=2000,
                          help="generated samples (and real ones for the floor) (default 2000)")
    evaluate.add_argument("--data-dir", help="folder with the Fashion-MNIST IDX files (default: search)")
    keras_export = sub.add_parser("export-generator", help="write a checkpoint's generator as a .keras file that "
                                  "keras.models.load_model opens (latents in, images in [-1, 1] out)")
    keras_export.add_argument("checkpoint", metavar="CKPT")
    keras_export.add_argument("output", metavar="OUT.keras")
    keras_export.add_argument("--data-dir", help="folder with the Fashion-MNIST IDX files (default: search)")
    return parser


def _add_flags(group, names: tuple[str, ...]) -> None:
    """One flag per config field of `names`, typed and documented as the field is declared (engine.config)."""
    for name in names:
        field = FIELDS[name]
        flag, doc = "--" + name.replace("_", "-"), field.doc.replace("%", "%%")  # argparse formats help
        choices = tuple(FAMILIES) if name == "family" else field.choices
        if field.kind == "bool":
            group.add_argument(flag, action=argparse.BooleanOptionalAction, default=None, help=doc)
        elif choices:
            group.add_argument(flag, choices=choices, help=doc)
        else:
            group.add_argument(flag, type=float if field.kind == "float" else int, help=doc)


def devices_arg(text: str) -> int:
    """--devices: a count of at least 1, or "all" (0: the config's "all there are")."""
    if text.strip().lower() == "all":
        return 0
    try:
        count = int(text)
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(f"expected a number of devices (1, 2, ...) or 'all', got {text!r}")
    return count


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def _format_eta(seconds: float) -> str:
    seconds = int(seconds)
    h, rem = divmod(seconds, 3600)
    return f"{h}:{rem // 60:02d}:{rem % 60:02d}" if h else f"{rem // 60:02d}:{rem % 60:02d}"


class Progress:
    """A one-line progress bar on a terminal; a line every few seconds otherwise (logs, CI)."""

    def __init__(self, trainer, target: int, stream=sys.stderr):
        self.trainer, self.target, self.stream = trainer, target, stream
        self.start_iteration = trainer.iteration
        self.start = self.last = time.perf_counter()
        self.tty = stream.isatty()

    def update(self, result, force: bool = False) -> None:
        now = time.perf_counter()
        if not force and now - self.last < (0.1 if self.tty else 5.0):
            return
        self.last = now
        t = self.trainer
        done = t.iteration - self.start_iteration
        rate = done / max(now - self.start, 1e-9)
        eta = _format_eta((self.target - t.iteration) / rate) if rate > 0 else "--:--"
        width = 20
        filled = int(width * t.position_in_epoch / t.batches_per_epoch) if not t.at_epoch_end else width
        bar = "#" * filled + "." * (width - filled)
        line = (f"epoch {t.epoch_of(t.iteration)} [{bar}] it {t.iteration}/{self.target} | "
                f"G {result.g_loss:.3f} D {result.d_loss:.3f} | acc real {result.real_acc:.2f} "
                f"fake {result.fake_acc:.2f} | {rate:.2f} it/s | ETA {eta}")
        print(("\r" + line + "\033[K") if self.tty else line, end="" if self.tty else "\n",
              file=self.stream, flush=True)

    def close(self) -> None:
        if self.tty:
            print(file=self.stream)


def cmd_train(args: argparse.Namespace) -> int:
    for name in ("epochs", "steps"):
        if getattr(args, name) is not None and getattr(args, name) < 1:
            return _fail(f"--{name} must be at least 1")
    settings = {"epochs": args.epochs, "seed": args.seed, "save_every": args.save_every,
                "keep_autosaves": args.keep_autosaves, "tensorboard": args.tensorboard,
                "train_images": args.train_images, "quality_every": args.quality_every, "precision": args.precision,
                "devices": args.devices,
                **{name: getattr(args, name) for name in (*RECIPE_FIELDS, "family", *family_fields())}}
    overrides = {k: v for k, v in settings.items() if v is not None}
    live = {}  # a resumed run's new recipe values: logged as changes at the iteration it resumes from
    try:
        scheduled = sorted((parse_change(text) for text in args.change or []), key=lambda c: c[0])
        if args.resume:
            checkpoint = read_checkpoint(args.resume)
            if args.preset:
                overrides = {**PRESETS[args.preset].values, **overrides}
            fixed = {k: v for k, v in overrides.items()
                     if FIELDS[k].fixed_on_resume and v != checkpoint.config.value(k)}
            if fixed:
                return _fail(f"cannot change {', '.join(fixed)} of a resumed run (its data order, noise or "
                             "networks depend on them); start a new run instead")
            live = {k: v for k, v in overrides.items() if k in LIVE_FIELDS and v != checkpoint.config.value(k)}
            config = checkpoint.config.replace(**{k: v for k, v in overrides.items() if k not in live})
        else:
            config = apply_preset(TrainConfig(), args.preset or DEFAULT_PRESET).replace(**overrides)
        planned = config.replace(**live)
        for _, field, value in scheduled:  # refuse a bad combination now, not hours into the run
            planned = planned.replace(**{field: value})
    except (CheckpointError, ConfigError) as exc:
        return _fail(str(exc))

    from engine.io.data import load_fashion_mnist

    try:
        dataset = load_fashion_mnist(args.data_dir)
    except DatasetError as exc:
        return _fail(str(exc))
    if dataset.kind != "fashion-mnist":
        print(f"Training on {len(dataset.train_images)} {dataset.kind} images from {dataset.source}"
              + (f" ({dataset.skipped} unreadable files skipped)" if dataset.skipped else "")
              + "; quality metrics need Fashion-MNIST and are not measured", file=sys.stderr)
    print("Loading TensorFlow...", file=sys.stderr, flush=True)
    from dataclasses import replace

    from engine.compute import devices as devices_mod
    from engine.io.rundir import RunDir, default_run_dir

    try:
        devices_mod.prepare(config.run.devices)  # before anything starts TensorFlow
        if args.devices is not None:
            devices_mod.use(args.devices)  # asked for: refused if not there (a resumed run's own count may fall back)
        from engine.training.trainer import Trainer

        trainer = (Trainer.restore(replace(checkpoint, config=config), dataset, args.implementation)
                   if args.resume else Trainer(config, dataset, args.implementation))
    except (CheckpointError, PrecisionError, devices_mod.DevicesError, ConfigError) as exc:
        return _fail(str(exc))
    chief = trainer.devices.is_chief  # in a cluster only task 0 writes the run; every worker trains
    run_dir = (RunDir(args.run_dir or (Path(args.resume).parent if args.resume else default_run_dir()))
               if chief else None)
    try:
        _print_changes(trainer.apply_changes(live))
        _schedule(trainer, scheduled)
    except ConfigError as exc:
        return _fail(str(exc))
    target = trainer.iteration + args.steps if args.steps else trainer.total_iterations
    if trainer.iteration >= target:
        print(f"Nothing to do: the run is at iteration {trainer.iteration}, already at its {config.run.epochs} "
              "epochs. Use --epochs with a larger number or --steps.", file=sys.stderr)
        return 0
    stop = {"requested": False}

    def on_sigint(signum, frame):
        stop["requested"] = True
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl+C aborts at once

    previous = signal.signal(signal.SIGINT, on_sigint)  # before saying "Training", which invites Ctrl+C
    from engine.training.alarms import AlarmMonitor

    monitor = AlarmMonitor(family=trainer.info)
    quality = _QualityReport(dataset, monitor)
    preset = preset_of(config)
    recipe = PRESETS[preset].title if preset else "a custom recipe"
    what = recipe if config.run.family == "dcgan" else trainer.info.title
    where = f"into {run_dir.path}" if chief else "(the chief, task 0, writes the run)"
    print(f"Training from iteration {trainer.iteration} to {target} ({trainer.batches_per_epoch} per epoch, "
          f"batch {config.recipe.batch_size}, {what}, {trainer.precision}, on {trainer.devices}) {where}",
          file=sys.stderr)
    progress = Progress(trainer, target)
    result = None
    import tensorflow as tf

    try:
        while trainer.iteration < target:
            # In a cluster every worker stops at the same iteration when any is interrupted (engine.compute.devices).
            if trainer.devices.anyone(stop["requested"]):
                stop["requested"] = True
                break
            if trainer.changes.pending and trainer.changes.pending[0][0] <= trainer.iteration:
                progress.close()
                _print_changes(trainer.apply_due_changes())
            result = trainer.step()
            if not result.finite:
                progress.close()
                return _fail(f"the losses became NaN/Inf at iteration {trainer.iteration}: training diverged. "
                             "Nothing was saved over earlier checkpoints; resume from the last one, perhaps "
                             "with a lower learning rate.", EXIT_NAN)
            progress.update(result)
            alarms = monitor.check_rows(trainer.iteration, trainer.history.array(len(trainer.history) - 1))
            if trainer.frames and trainer.frames[-1].iteration == trainer.iteration:
                alarms += monitor.check_frame(trainer.iteration, trainer.frames[-1].images)
                if chief:
                    run_dir.log(trainer)
            if alarms:
                progress.close()
                _print_alarms(alarms)
            if trainer.quality_due:
                progress.close()
                quality.measure(trainer)
            if chief and run_dir.autosave_due(trainer) and trainer.iteration < target:
                progress.close()
                print(f"Saved {run_dir.save(trainer)} (run folder {run_dir.size() / 1e6:.0f} MB)", file=sys.stderr)
        if result is not None:
            progress.update(result, force=True)
        progress.close()
        path = run_dir.save(trainer) if chief else None
    except CheckpointError as exc:
        return _fail(str(exc))
    except tf.errors.OpError as exc:  # in a cluster, also what the others see when a worker dies
        progress.close()
        return _fail(f"training stopped at iteration {trainer.iteration}: "
                     f"{(str(exc.message).strip() or type(exc).__name__).splitlines()[0]}"
                     + (" (a worker of the cluster stopped?)" if trainer.devices.workers > 1 else "")
                     + ". Nothing was saved since the last checkpoint; resume from it.")
    finally:
        signal.signal(signal.SIGINT, previous)
    if not chief:
        print(f"Worker {trainer.devices.task} trained to iteration {trainer.iteration}; "
              "the chief (task 0) saves the run", file=sys.stderr)
        return EXIT_INTERRUPTED if stop["requested"] else 0
    print(f"Saved {path}", file=sys.stderr)
    if stop["requested"]:
        print(f"Interrupted at iteration {trainer.iteration}; resume with: python main.py train --resume {path}",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    return 0


def _schedule(trainer, scheduled: list) -> None:
    """Schedule `--change`s. One the run has passed is fine if its log shows it applied (the same
    flags given again on resuming), and refused otherwise; one the run already holds pending is not
    added twice.

    Raises:
        ConfigError: a change for an iteration the run has passed without it.
    """
    for at, field, value in scheduled:
        if at < trainer.iteration:
            if not any((c.iteration, c.field, c.new) == (at, field, value) for c in trainer.changes.applied):
                raise ConfigError(f"--change {at}:{field}={value}: the run is already at iteration "
                                  f"{trainer.iteration}; change it from now on with --{field.replace('_', '-')}")
        elif (at, field, value) not in trainer.changes.pending:
            trainer.changes.schedule(at, field, value)


def _print_changes(changes) -> None:
    for change in changes:
        print(f"Change at {change.describe()}", file=sys.stderr)


def _print_alarms(alarms) -> None:
    for alarm in alarms:
        print(f"ALARM at iteration {alarm.iteration}: {alarm.title}. {alarm.message}", file=sys.stderr)


class _QualityReport:
    """Measures a trainer's quality when due and says so; a missing classifier is said once."""

    def __init__(self, dataset, monitor):
        from engine.quality.evaluator import QualityMeter

        self.meter = QualityMeter(dataset)
        self.monitor = monitor
        self.broken = False

    def measure(self, trainer) -> None:
        from engine.quality.classifier import ClassifierError

        if self.broken:
            return
        try:
            row, line = self.meter.measure(trainer)
        except ClassifierError as exc:
            self.broken = True
            print(f"warning: quality is not measured: {exc}", file=sys.stderr)
            return
        _print_alarms(self.monitor.check_quality(row))
        print(f"Epoch {trainer.epoch} quality: {line}", file=sys.stderr)


def cmd_export_gif(args: argparse.Namespace) -> int:
    from engine.io.export import write_gif

    try:
        checkpoint = read_checkpoint(args.checkpoint)
        size = checkpoint.meta.get("train_size")  # written since image folders; Fashion-MNIST's before
        size = size if isinstance(size, int) and size > 0 else train_size(checkpoint.config.run.train_images)
        per_epoch = batches_per_epoch(size, checkpoint.config.recipe.batch_size)
        epochs = [epoch_of(int(it), per_epoch) for it in checkpoint.frame_iterations]
        count = write_gif(args.output, checkpoint.frame_iterations, epochs, checkpoint.frame_images,
                          spacing=args.spacing, frame_ms=args.frame_ms)
    except (CheckpointError, ValueError, OSError) as exc:
        return _fail(str(exc))
    print(f"Wrote {args.output} ({count} frames)", file=sys.stderr)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from engine.io.data import load_fashion_mnist
    from engine.io.shipped import ShippedError, is_generator_file

    generator_file = is_generator_file(args.checkpoint)
    try:
        checkpoint = None if generator_file else read_checkpoint(args.checkpoint)
        dataset = load_fashion_mnist(args.data_dir)
    except (CheckpointError, DatasetError) as exc:
        return _fail(str(exc))
    print("Loading TensorFlow...", file=sys.stderr, flush=True)
    from engine.families.dcgan.trainer import DCGANTrainer
    from engine.quality.classifier import CLASSES, ClassifierError
    from engine.quality.evaluator import Evaluator, QualityMeter
    from engine.training.trainer import Trainer

    try:
        trainer = (DCGANTrainer.from_shipped(dataset, args.checkpoint) if generator_file
                   else Trainer.restore(checkpoint, dataset))
        if trainer.config.run.family != "dcgan":  # the family's own measure, on the whole test set
            _, line = trainer.measure_quality(QualityMeter(dataset))
            print(f"{args.checkpoint}: {trainer.info.title}, iteration {trainer.iteration}: {line}")
            return 0
        evaluator = Evaluator(dataset, args.samples)
        quality = evaluator.evaluate(trainer.generate, trainer.config.settings.noise_dim)
    except (CheckpointError, ShippedError, ClassifierError, ValueError) as exc:
        return _fail(str(exc))
    floor = evaluator.floor
    where = (f"the shipped generator ({trainer.shipped.card.get('iterations', '?')} iterations)" if generator_file
             else f"iteration {trainer.iteration} (epoch {trainer.epoch_of(trainer.iteration)})")
    print(f"{args.checkpoint}: {where}, {quality.samples} samples against the {len(dataset.test_images)} test images")
    print(f"{'metric':28s} {'generator':>10s} {'floor':>10s}")
    rows = [("FCD (lower is better)", quality.fcd, floor.fcd, ".3f"),
            ("KID x 1000 (lower)", 1000 * quality.kid, 1000 * floor.kid, ".3f"),
            ("classifier score (higher)", quality.score, floor.score, ".3f"),
            ("class coverage (1 = even)", quality.coverage, floor.coverage, ".3f")]
    for name, value, best, fmt in rows:
        print(f"{name:28s} {value:>10{fmt}} {best:>10{fmt}}")
    shares = ", ".join(f"{name} {100 * share:.0f}%" for name, share in zip(CLASSES, quality.class_shares))
    print(f"classes: {shares}")
    print(f"FCD: {quality.fcd:.3f} (floor {floor.fcd:.3f})")
    return 0


def cmd_export_generator(args: argparse.Namespace) -> int:
    from engine.io.data import load_fashion_mnist

    try:
        checkpoint = read_checkpoint(args.checkpoint)
        dataset = load_fashion_mnist(args.data_dir)
    except (CheckpointError, DatasetError) as exc:
        return _fail(str(exc))
    family = FAMILIES[checkpoint.config.run.family]
    if not family.explorer:
        return _fail(f"{args.checkpoint} is a {family.title} run; export-generator writes a DCGAN's noise -> image "
                     "generator")
    print("Loading TensorFlow...", file=sys.stderr, flush=True)
    from engine.training.trainer import Trainer

    try:
        path = Trainer.restore(checkpoint, dataset).export_generator(args.output)
    except (CheckpointError, OSError, ValueError) as exc:
        return _fail(str(exc))
    classes = " followed by the asked-for class's one-hot (10 values)" if family.asks_class else ""
    print(f"Wrote {path}: keras.models.load_model({str(path)!r}) draws images in [-1, 1] from latents of "
          f"{checkpoint.config.settings.noise_dim} values{classes}", file=sys.stderr)
    return 0


def run(args: argparse.Namespace) -> int:
    """Run a parsed headless command; returns the exit code."""
    return {"train": cmd_train, "export-gif": cmd_export_gif, "evaluate": cmd_evaluate,
            "export-generator": cmd_export_generator}[args.command](args)
