"""`main.py train`: a run from a preset or a checkpoint, driven by the run loop the window drives too
(engine.training.run_loop), with a progress line and what the run says (changes, alarms, quality, saves)
on standard error."""

from __future__ import annotations

import argparse
import signal
import sys
import time
from dataclasses import replace
from pathlib import Path

from cli.messages import EXIT_INTERRUPTED, EXIT_NAN, fail, print_alarms, print_changes
from engine.compute.precision import PrecisionError
from engine.config import (FIELDS, LIVE_FIELDS, PRESETS, RECIPE_FIELDS, ConfigError, TrainConfig, apply_preset,
                           default_preset, family_fields, preset_of)
from engine.io.checkpoint import CheckpointError, read_checkpoint
from engine.io.data import DatasetError
from engine.training.changes import parse_change
from engine.training.run_loop import format_duration


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
        eta = format_duration((self.target - t.iteration) / rate) if rate > 0 else "-:--"
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


class Counting:
    """progress(done, total) as a line that counts up on a terminal, and its last count elsewhere."""

    def __init__(self, what: str, stream=sys.stderr):
        self.what, self.stream = what, stream

    def __call__(self, done: int, total: int) -> None:
        if self.stream.isatty():
            print(f"\r{self.what}: {done:,}/{total:,}\033[K", end="\n" if done == total else "", file=self.stream,
                  flush=True)
        elif done == total:
            print(f"{self.what}: {total:,}", file=self.stream, flush=True)


def cmd_train(args: argparse.Namespace) -> int:
    """`train`: plan the run, build its trainer, then drive the run loop until the target iteration."""
    for name in ("epochs", "steps"):
        if getattr(args, name) is not None and getattr(args, name) < 1:
            return fail(f"--{name} must be at least 1")
    try:
        config, live, scheduled, checkpoint = _plan(args)
    except (CheckpointError, ConfigError) as exc:
        return fail(str(exc))
    from engine.io.data import load_for_run

    try:
        dataset = load_for_run(config.run, progress=Counting("Preparing the data"))
    except DatasetError as exc:
        return fail(str(exc))
    print(f"Training on {dataset.describe()} from {dataset.source}{dataset.describe_skipped()}", file=sys.stderr)
    print("Loading TensorFlow...", file=sys.stderr, flush=True)
    from engine.compute import devices as devices_mod

    try:
        devices_mod.prepare(config.run.devices)  # before anything starts TensorFlow
        if args.devices is not None:
            devices_mod.use(args.devices)  # asked for: refused if not there (a resumed run's own count may fall back)
        from engine.training.trainer import Trainer

        trainer = (Trainer.restore(replace(checkpoint, config=config), dataset, args.implementation)
                   if checkpoint else Trainer(config, dataset, args.implementation))
        print_changes(trainer.apply_changes(live))
        _schedule(trainer, scheduled)
    except (CheckpointError, DatasetError, PrecisionError, devices_mod.DevicesError, ConfigError) as exc:
        return fail(str(exc))  # DatasetError: a family refuses the data (e.g. CycleGAN's without classes)
    target = trainer.iteration + args.steps if args.steps else trainer.total_iterations
    if trainer.iteration >= target:
        print(f"Nothing to do: the run is at iteration {trainer.iteration}, already at its {config.run.epochs} "
              "epochs. Use --epochs with a larger number or --steps.", file=sys.stderr)
        return 0
    return _train(trainer, dataset, args, target)


def _plan(args: argparse.Namespace):
    """The run the arguments ask for: (its config, the recipe values a resumed run changes live, the scheduled
    --changes, the checkpoint it resumes or None).

    Raises:
        CheckpointError: the checkpoint cannot be read.
        ConfigError: a bad value or combination, now or at a scheduled change, or a change a resumed run
            cannot make.
    """
    settings = {"epochs": args.epochs, "seed": args.seed, "save_every": args.save_every,
                "save_minutes": args.save_minutes,
                "data": args.dataset or args.data_dir, "image_size": args.image_size, "channels": args.channels,
                "fit": args.fit, "background": args.background,
                "keep_autosaves": args.keep_autosaves, "tensorboard": args.tensorboard,
                "train_images": args.train_images, "quality_every": args.quality_every, "precision": args.precision,
                "devices": args.devices,
                **{name: getattr(args, name) for name in (*RECIPE_FIELDS, "family", *family_fields())}}
    overrides = {k: v for k, v in settings.items() if v is not None}
    live, checkpoint = {}, None  # live: a resumed run's new recipe values, logged as changes where it resumes
    scheduled = sorted((parse_change(text) for text in args.change or []), key=lambda c: c[0])
    if args.resume:
        checkpoint = read_checkpoint(args.resume)
        if args.preset:
            overrides = {**PRESETS[args.preset].values, **overrides}
        fixed = [k for k, v in overrides.items() if FIELDS[k].fixed_on_resume and v != checkpoint.config.value(k)]
        if fixed:
            raise ConfigError(f"cannot change {', '.join(fixed)} of a resumed run (its data order, noise or "
                              "networks depend on them); start a new run instead")
        live = {k: v for k, v in overrides.items() if k in LIVE_FIELDS and v != checkpoint.config.value(k)}
        config = checkpoint.config.replace(**{k: v for k, v in overrides.items() if k not in live})
    else:
        data = overrides.get("data", TrainConfig().run.data)
        family = overrides.get("family", TrainConfig().run.family)
        config = apply_preset(TrainConfig(), args.preset or default_preset(data, family)).replace(**overrides)
    planned = config.replace(**live)
    for _, field, value in scheduled:  # refuse a bad combination now, not hours into the run
        planned = planned.replace(**{field: value})
    return config, live, scheduled, checkpoint


def _train(trainer, dataset, args: argparse.Namespace, target: int) -> int:
    """Drive the run loop to `target`, saying on standard error what each iteration brings; save at the end
    or on Ctrl+C."""
    import tensorflow as tf

    from engine.io.rundir import RunDir, default_run_dir
    from engine.quality.evaluator import QualityMeter
    from engine.training.alarms import AlarmMonitor
    from engine.training.run_loop import RunLoop

    chief = trainer.devices.is_chief  # in a cluster only task 0 writes the run; every worker trains
    run_dir = (RunDir(args.run_dir or (Path(args.resume).parent if args.resume else default_run_dir()))
               if chief else None)
    loop = RunLoop(trainer, run_dir, AlarmMonitor(family=trainer.info), QualityMeter(dataset))
    stop = {"requested": False}

    def on_sigint(signum, frame):
        stop["requested"] = True
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl+C aborts at once

    previous = signal.signal(signal.SIGINT, on_sigint)  # before saying "Training", which invites Ctrl+C
    config = trainer.config
    preset = preset_of(config)
    recipe = PRESETS[preset].title if preset else "a custom recipe"
    what = recipe if config.run.family == "dcgan" else trainer.info.title
    where = f"into {run_dir.path}" if chief else "(the chief, task 0, writes the run)"
    print(f"Training from iteration {trainer.iteration} to {target} ({trainer.batches_per_epoch} per epoch, "
          f"batch {config.recipe.batch_size}, {what}, {trainer.precision}, on {trainer.devices}) {where}",
          file=sys.stderr)
    progress = Progress(trainer, target)
    result = None
    try:
        while trainer.iteration < target:
            # In a cluster every worker stops at the same iteration when any is interrupted (engine.compute.devices).
            if trainer.devices.anyone(stop["requested"]):
                stop["requested"] = True
                break
            stepped = loop.step()
            result = stepped.result
            if stepped.changes:
                progress.close()
                print_changes(stepped.changes)
            if stepped.diverged:
                progress.close()
                return fail(f"the losses became NaN/Inf at iteration {trainer.iteration}: training diverged. "
                            "Nothing was saved over earlier checkpoints; resume from the last one, perhaps "
                            "with a lower learning rate.", EXIT_NAN)
            progress.update(result)
            if trainer.quality_due or stepped.alarms:
                progress.close()
            due = loop.due(autosave=trainer.iteration < target)  # the last iteration's save follows the loop
            print_alarms(stepped.alarms + due.alarms)
            if due.unmeasurable:
                print(f"warning: quality is not measured: {due.unmeasurable}", file=sys.stderr)
            if due.quality:
                print(f"Epoch {trainer.epoch} quality: {due.quality[1]}", file=sys.stderr)
            if due.saved:
                progress.close()
                print(f"Saved {due.saved} (run folder {run_dir.size() / 1e6:.0f} MB)", file=sys.stderr)
        if result is not None:
            progress.update(result, force=True)
        progress.close()
        path = run_dir.save(trainer) if chief else None
    except CheckpointError as exc:
        return fail(str(exc))
    except tf.errors.OpError as exc:  # in a cluster, also what the others see when a worker dies
        progress.close()
        return fail(f"training stopped at iteration {trainer.iteration}: "
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
