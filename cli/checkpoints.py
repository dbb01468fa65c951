"""The commands that read a checkpoint (or the shipped generator): export-gif, evaluate, harmonize,
export-generator."""

from __future__ import annotations

import argparse
import sys

import numpy as np

from cli.messages import fail
from engine.families import FAMILIES
from engine.io.checkpoint import CheckpointError, read_checkpoint
from engine.io.data import DatasetError, batches_per_epoch, epoch_of, train_size


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
        return fail(str(exc))
    print(f"Wrote {args.output} ({count} frames)", file=sys.stderr)
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from engine.io.data import load_for_run
    from engine.io.shipped import ShippedError, is_generator_file, read_generator

    generator_file = is_generator_file(args.checkpoint)  # a shipped generator (the DCGAN's, the composer's)
    try:
        checkpoint = None if generator_file else read_checkpoint(args.checkpoint)
        config = read_generator(args.checkpoint).config if generator_file else checkpoint.config
        dataset = load_for_run(config.run, args.data_dir)
    except (CheckpointError, ShippedError, DatasetError) as exc:
        return fail(str(exc))
    print("Loading TensorFlow...", file=sys.stderr, flush=True)
    from engine.quality.classifier import CLASSES, ClassifierError
    from engine.quality.evaluator import QualityMeter
    from engine.training.trainer import Trainer

    try:
        trainer = (Trainer.from_shipped(dataset, args.checkpoint) if generator_file
                   else Trainer.restore(checkpoint, dataset))
        meter = QualityMeter(dataset)
        if trainer.config.run.family != "dcgan":  # the family's own measure, on the whole test set
            row, line = trainer.measure_quality(meter)
            where = (f"shipped, {trainer.shipped.card.get('iterations', '?')} iterations" if generator_file
                     else f"iteration {trainer.iteration}")
            print(f"{args.checkpoint}: {trainer.info.title}, {where}: {line}")
            _print_against_bach(trainer.info, row)
            _print_swd(trainer.info.quality_columns, row)
            return 0
        measured = trainer.measure_samples(meter, samples=args.samples)
    except (CheckpointError, ShippedError, ClassifierError, ValueError) as exc:
        return fail(str(exc))
    where = (f"the shipped generator ({trainer.shipped.card.get('iterations', '?')} iterations)" if generator_file
             else f"iteration {trainer.iteration} (epoch {trainer.epoch_of(trainer.iteration)})")
    if measured.evaluator is None:  # not Fashion-MNIST: the SWD alone
        print(f"{args.checkpoint}: {where}, {len(measured.images)} samples against as many of the "
              f"{len(dataset.train_images)} training images")
        _print_swd(trainer.info.quality_columns, measured.row)
        return 0
    quality, floor = measured.quality, measured.floor
    print(f"{args.checkpoint}: {where}, {quality.samples} samples against the {len(dataset.test_images)} test images")
    print(f"{'metric':28s} {'generator':>10s} {'floor':>10s}")
    rows = [("FCD (lower is better)", quality.fcd, floor.fcd, ".3f"),
            ("KID (lower; 0: the same)", quality.kid, floor.kid, ".4f"),
            ("classifier score (higher)", quality.score, floor.score, ".3f"),
            ("class coverage (1 = even)", quality.coverage, floor.coverage, ".3f")]
    for name, value, best, fmt in rows:
        print(f"{name:28s} {value:>10{fmt}} {best:>10{fmt}}")
    shares = ", ".join(f"{name} {100 * share:.0f}%" for name, share in zip(CLASSES, quality.class_shares))
    print(f"classes: {shares}")
    print(f"FCD: {quality.fcd:.3f} (floor {floor.fcd:.3f})")
    _print_swd(trainer.info.quality_columns, measured.row)
    return 0


def _print_swd(columns: tuple[str, ...], row) -> None:
    """The closing `SWD: X (floor Y)` line, for a family that measures it."""
    if "swd" in columns:
        print(f"SWD: {row[columns.index('swd')]:.2f} (floor {row[columns.index('swd_floor')]:.2f})")


def _print_against_bach(family, row) -> None:
    """For a family measured against a reference (the composer: Bach's own voices), each metric beside the
    reference's, then the summary line."""
    from engine.quality.harmony import GOAL, METRICS, summary

    if not family.reference:
        return
    columns = family.quality_columns
    values = np.array([row[columns.index(metric.name)] for metric in METRICS])
    bach = np.array([row[columns.index(family.reference.columns[metric.name])] for metric in METRICS])
    print(f"{'metric':40s} {'generated':>10s} {'Bach':>10s}")
    for metric, value, own in zip(METRICS, values, bach):
        far = "" if metric.meets_goal(value, own) else f"  (not within {GOAL:.0%})"
        print(f"{metric.label:40s} {value:>10.4f} {own:>10.4f}{far}")
    print(f"Harmony: {summary(values, bach)}")


def cmd_harmonize(args: argparse.Namespace) -> int:
    from engine.io.data import load_for_run
    from engine.io.score_files import ScoreFileError, read_melody, write_midi
    from engine.io.shipped import SHIPPED_COMPOSER, ShippedError, read_generator

    try:
        melody = read_melody(args.melody)
        if args.checkpoint:
            checkpoint = read_checkpoint(args.checkpoint)
            if checkpoint.config.run.family != "composer":
                return fail(f"{args.checkpoint} is a {FAMILIES[checkpoint.config.run.family].title} run; harmonize "
                            "needs a composer run's checkpoint (train --family composer)")
            config = checkpoint.config
        else:
            config = read_generator(SHIPPED_COMPOSER).config
        dataset = load_for_run(config.run)
    except (ScoreFileError, CheckpointError, ShippedError, DatasetError) as exc:
        return fail(str(exc))
    for note in melody.notes:
        print(note, file=sys.stderr)
    print("Loading TensorFlow...", file=sys.stderr, flush=True)
    from engine.training.trainer import Trainer

    try:
        if args.checkpoint:
            composer = Trainer.restore(checkpoint, dataset)
        else:
            composer = Trainer.from_shipped(dataset, SHIPPED_COMPOSER)
            print(f"The shipped composer ({composer.shipped.card.get('iterations', '?')} iterations; not a run) "
                  "harmonises", file=sys.stderr)
        score = composer.harmonise_melody(melody.pitches, seed=args.seed)
        write_midi(args.output, score, melody.tempo, melody.beats_per_bar, melody.beat_unit)
    except (CheckpointError, ShippedError, ScoreFileError, ValueError) as exc:
        return fail(str(exc))
    print(f"Wrote {args.output}: the melody ({len(score)} sixteenths) and the alto, tenor and bass under it, "
          "four tracks", file=sys.stderr)
    return 0


def cmd_export_generator(args: argparse.Namespace) -> int:
    from engine.io.data import load_for_run

    try:
        checkpoint = read_checkpoint(args.checkpoint)
        dataset = load_for_run(checkpoint.config.run, args.data_dir)
    except (CheckpointError, DatasetError) as exc:
        return fail(str(exc))
    family = FAMILIES[checkpoint.config.run.family]
    if not family.explorer:
        return fail(f"{args.checkpoint} is a {family.title} run; export-generator writes a DCGAN's noise -> image "
                     "generator")
    print("Loading TensorFlow...", file=sys.stderr, flush=True)
    from engine.training.trainer import Trainer

    try:
        path = Trainer.restore(checkpoint, dataset).export_generator(args.output)
    except (CheckpointError, OSError, ValueError) as exc:
        return fail(str(exc))
    classes = (f" followed by the asked-for class's one-hot ({len(dataset.class_names)} values)" if family.asks_class
               else "")
    print(f"Wrote {path}: keras.models.load_model({str(path)!r}) draws images in [-1, 1] from latents of "
          f"{checkpoint.config.settings.noise_dim} values{classes}", file=sys.stderr)
    return 0
