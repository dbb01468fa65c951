"""The command line's arguments: one flag per config field, typed and documented as the field is declared
(engine.config), besides the commands' own."""

from __future__ import annotations

import argparse

from engine.compute.precision import PRECISIONS
from engine.config import (DEFAULT_IMPLEMENTATION, DEFAULT_PRESET, FIELDS, IMPLEMENTATIONS, LIVE_FIELDS, PRESETS,
                           RECIPE_FIELDS, TrainConfig, family_fields)
from engine.config.fields import declared
from engine.config.presets import MUSIC_PRESET, PICTURES_PRESET
from engine.families import FAMILIES
from engine.io.data import DATASETS
from engine.io.runs import X_AXES
from engine.style.settings import StyleConfig


def build_parser() -> argparse.ArgumentParser:
    defaults = TrainConfig()
    parser = argparse.ArgumentParser(
        prog="main.py", description="GAN Studio: train the classic DCGAN on Fashion-MNIST and watch it learn. "
        "With no command, opens the window.")
    parser.add_argument("--data-dir", dest="window_data_dir", metavar="DATA_DIR",
                        help="for the window: the data of its new runs, a dataset's name (fashion-mnist, emoji) or a "
                        "folder (default: fashion-mnist, searched)")
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
                       + f" (default {DEFAULT_PRESET} for Fashion-MNIST, {PICTURES_PRESET} for pictures, "
                       f"{MUSIC_PRESET} for the composer; a resumed run keeps its own). The flags below change it.")
    recipe = train.add_argument_group("recipe", "each changes the preset's value (see the README's Recipes)")
    _add_flags(recipe, RECIPE_FIELDS)
    family = train.add_argument_group("GAN family", "which GAN is trained (see the README's Other GANs)")
    _add_flags(family, ("family", *family_fields()))
    train.add_argument("--seed", type=int, help=f"seed of weights, data order and noise (default {defaults.run.seed})")
    train.add_argument("--save-every", type=int, help=f"checkpoint every E epochs (default {defaults.run.save_every})")
    train.add_argument("--save-minutes", type=float, help="but at most once in this many minutes of training, 0: "
                       f"every time (default {defaults.run.save_minutes:g})")
    train.add_argument("--keep-autosaves", type=int, help="of those, keep the newest N plus the best by FCD (or SWD), "
                       "0: all "
                       f"(default {defaults.run.keep_autosaves})")
    train.add_argument("--train-images", type=int, help="use only the first N training images (default: all)")
    train.add_argument("--quality-every", type=int,
                       help="measure quality (FCD etc.) every E epochs, 0: never "
                       f"(default {defaults.run.quality_every})")
    data = train.add_argument_group("data", "what the run trains on, and at what size (a resumed run keeps its own)")
    source = data.add_mutually_exclusive_group()
    source.add_argument("--dataset", choices=tuple(DATASETS), help="a dataset by name: "
                        + "; ".join(f"{name}: {title}" for name, title in DATASETS.items())
                        + f" (default {defaults.run.data})")
    source.add_argument("--data-dir", "--data-a", help="a folder: Fashion-MNIST or MNIST IDX files, or your own "
                        "pictures (in two or more subfolders: classes); --data-a is its name for CycleGAN's domain A "
                        "beside --data-b")
    _add_flags(data, ("image_size", "channels", "fit", "background"))
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
    gif.add_argument("--spacing", choices=("tutorial", "all"), default="tutorial",
                     help="'tutorial': denser early, as the TensorFlow DCGAN tutorial (default); 'all': every frame")
    gif.add_argument("--frame-ms", type=int, default=100, help="milliseconds per frame (default 100)")
    evaluate = sub.add_parser("evaluate", help="print a checkpoint's (or the shipped generator's) quality metrics "
                              "next to their floor")
    evaluate.add_argument("checkpoint", metavar="CKPT", help="a checkpoint, or a generator file such as "
                          "resources/generator.npz")
    evaluate.add_argument("--samples", type=int, default=2000,
                          help="generated samples (and real ones for the floor) (default 2000)")
    evaluate.add_argument("--data-dir", help="the run's data elsewhere: a dataset's name or a folder (default: the "
                          "run's own)")
    compare = sub.add_parser("compare", help="draw runs side by side in one PNG: their curves overlaid, their last "
                             "grids, the settings that differ")
    compare.add_argument("runs", nargs="+", metavar="RUN_DIR", help="run folders (as train --run-dir writes them)")
    compare.add_argument("--out", dest="output", required=True, metavar="OUT.png")
    compare.add_argument("--x", choices=X_AXES, default="iteration", help="what the curves are drawn against "
                         "(default iteration; runs of different batch sizes compare by images or seconds)")
    harmonize = sub.add_parser("harmonize", help="write the alto, tenor and bass under a melody (a composer run's "
                               "generator, or the shipped composer), as a four-track MIDI file")
    harmonize.add_argument("melody", metavar="MELODY", help="a MIDI (.mid) or MusicXML (.xml, .musicxml, .mxl) file; "
                           "its highest track is the melody")
    harmonize.add_argument("output", metavar="OUT.mid")
    harmonize.add_argument("--checkpoint", metavar="CKPT", help="a composer run's checkpoint (default: the shipped "
                           "composer, resources/composer.npz, not a run)")
    harmonize.add_argument("--seed", type=int, default=0, help="the generator's noise (default 0): another seed, "
                           "another harmonisation")
    stylize = sub.add_parser("stylize", help="paint a picture in another's style (neural style transfer, with no "
                             "downloaded weights)")
    stylize.add_argument("content", metavar="CONTENT", help="the picture whose forms are kept (PNG, JPEG, ...)")
    stylize.add_argument("style", metavar="STYLE", help="the picture whose colours, strokes and patterns are painted")
    stylize.add_argument("output", metavar="OUT.png")
    _add_settings(stylize, StyleConfig)
    keras_export = sub.add_parser("export-generator", help="write a checkpoint's generator as a .keras file that "
                                  "keras.models.load_model opens (latents in, images in [-1, 1] out)")
    keras_export.add_argument("checkpoint", metavar="CKPT")
    keras_export.add_argument("output", metavar="OUT.keras")
    keras_export.add_argument("--data-dir", help="the run's data elsewhere: a dataset's name or a folder (default: "
                              "the run's own)")
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
        elif field.kind == "str":
            group.add_argument(flag, metavar=name.upper(), help=doc)
        else:
            group.add_argument(flag, type=float if field.kind == "float" else int, help=doc)


def _add_settings(group, settings) -> None:
    """One flag per declared field of a settings class, typed, bounded and documented by its declaration."""
    for name, (kind, spec) in declared(settings).items():
        default = getattr(settings(), name)
        doc = f"{spec.doc} (default {default}" + (f"; {spec.bounds})" if spec.low is not None else ")")
        flag = "--" + name.replace("_", "-")
        if spec.choices:
            group.add_argument(flag, choices=spec.choices, help=doc.replace("%", "%%"))
        else:
            group.add_argument(flag, type={"int": int, "float": float}[kind], help=doc.replace("%", "%%"))


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
