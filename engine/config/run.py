"""How a run runs (RunSettings): how long, how often it draws, measures and saves, its seed, its data
slice, its arithmetic, its devices and its family; each field declared once beside it
(engine.config.fields)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from engine.compute.precision import PRECISIONS
from engine.config.fields import ConfigError, Settings, setting
from engine.io.picture import BACKGROUNDS, FITS

IMAGE_SIZES = (28, 32, 64, 128)


@dataclass(frozen=True)
class RunSettings(Settings):
    """How a run runs; none of it changes what one step computes (a TrainConfig's `run` part)."""

    epochs: int = setting(100, "How many epochs the run is meant to last (progress bars and ETAs use it).",
                          label="Epochs", low=1, high=100000)
    num_samples: int = setting(16, "Fixed latent seeds shown as the sample grid; a perfect square (16 -> 4x4).",
                               label="Samples", low=1, high=256, fixed_on_resume=True)
    grid_every: int = setting(50, "Render a sample-grid frame every N iterations (tutorial: 50).",
                              label="Grid every", low=1, high=100000)
    save_every: int = setting(5, "Write a checkpoint every this many epochs.", label="Save every",
                              low=1, high=100000)
    save_minutes: float = setting(
        5.0, "Autosaves come at most once in this many minutes of training, 0: at every 'save every' epochs. Why 5: a "
        "checkpoint is 10-40 MB, and a small dataset's epochs take seconds (1,254 pictures are 20 batches); five "
        "minutes is the most a crash can lose.", label="Save at most every (min)", low=0, high=100000,
        zero="no minimum")
    keep_autosaves: int = setting(
        5, "The run autosaves every 'save every' epochs into its folder; keep the newest N of those plus the "
        "best by FCD (or SWD, for data other than Fashion-MNIST) (0: keep all).", label="Keep autosaves", low=0,
        high=100000, zero="keep all")
    tensorboard: bool = setting(
        False, "Also write TensorBoard event files into the run folder's tensorboard/ (metrics, grid frames, "
        "quality, recipe changes): tensorboard --logdir runs", label="TensorBoard")
    seed: int = setting(42, "Seeds weights, data order and noise: same seed, same run.", label="Seed",
                        low=0, high=2**31 - 1, fixed_on_resume=True)
    train_images: int | None = setting(
        None, "Train on the first N images only (None: all).", label="Train images", low=1, high=60000,
        optional=True, zero="all", fixed_on_resume=True)
    data: str = setting(
        "fashion-mnist", "What the run trains on: fashion-mnist (found on disk), emoji (64x64 colour emoji rendered "
        "from the Noto Color Emoji font, built at the first use), or a folder: Fashion-MNIST or MNIST IDX files, or "
        "your own pictures (PNG, JPEG, GIF, BMP, WebP, TIFF; in two or more subfolders, those are classes). A "
        "resumed run finds its data here unless told another place.", label="Data")
    image_size: int = setting(
        0, f"Side of the square images the run trains on: {', '.join(map(str, IMAGE_SIZES))}, or 0: from the data "
        "(Fashion-MNIST 28; pictures: the largest of 28, 32, 64 no larger than most of them).", label="Image size",
        low=0, high=IMAGE_SIZES[-1], zero="from the data", fixed_on_resume=True)
    channels: int = setting(
        0, "1 (grey) or 3 (colour), or 0: from the data (colour if its pictures have colour).", label="Channels",
        low=0, high=3, zero="from the data", fixed_on_resume=True)
    fit: str = setting("crop", "How a picture that is not square becomes square: crop (its centre square) or pad "
                       "(the whole picture, on the background).", label="Fit", choices=FITS, fixed_on_resume=True)
    background: str = setting(
        "white", "What shows through transparent pixels (and fills the padding with fit pad).", label="Background",
        choices=tuple(BACKGROUNDS), fixed_on_resume=True)
    quality_every: int = setting(1, "Measure quality (FCD etc.) every E epochs, 0: never.",
                                 label="Quality every", low=0, high=100000, zero="never")
    quality_samples: int = setting(2000, "Generated samples per quality measurement (the floor uses as many real "
                                   "ones).", label="Quality samples", low=100, high=60000)
    precision: str = setting(
        "auto", "Arithmetic of training. bfloat16: convolutions and matrix products in bfloat16 (weights, batch "
        "norm and losses stay float32), much faster on CPUs with bfloat16 hardware (Intel AMX, AVX-512 BF16), "
        "slower elsewhere. auto: bfloat16 where the CPU has such hardware, else float32. Checkpoints load into "
        "either; exact resume holds within one precision.", label="Precision", choices=PRECISIONS)
    devices: int = setting(
        1, "Devices the run trains on: 1, several (tf.distribute's MirroredStrategy: the batch split across them, "
        "gradients summed), or 0 for all (under a TF_CONFIG cluster, every worker's). On a machine without GPUs "
        "start GAN Studio with --devices N to split the CPU into N logical devices (to try the several-device "
        "path: not faster). A checkpoint continues on any number.", label="Devices", low=0, high=64,
        zero="all")
    family: str = setting(
        "dcgan", "Which GAN: dcgan (noise -> garment, the TensorFlow DCGAN tutorial's), conditional (the DCGAN "
        "asked for a class), pix2pix (a garment's edges -> the garment, paired; Isola et al. 2017) or cyclegan "
        "(one class into another, unpaired; Zhu et al. 2017). The DCGAN recipe's tricks (loss, smoothing, "
        "noise, EMA ...) are the DCGAN's; the translation families read the batch size, learning rates and "
        "betas.", label="Family", fixed_on_resume=True)  # one of engine.families.FAMILIES: _check

    def _check(self) -> None:
        if math.isqrt(self.num_samples) ** 2 != self.num_samples:
            raise ConfigError("num_samples must be a perfect square (4, 9, 16, ...), got {count}",
                              count=self.num_samples)
        if self.image_size and self.image_size not in IMAGE_SIZES:
            raise ConfigError("image_size must be one of {sizes} (or 0: from the data), got {size}",
                              sizes=", ".join(map(str, IMAGE_SIZES)), size=self.image_size)
        if self.channels not in (0, 1, 3):
            raise ConfigError("channels must be 1 (grey) or 3 (colour) (or 0: from the data), got {channels}",
                              channels=self.channels)
        if not self.data.strip():
            raise ConfigError("data must name a dataset (fashion-mnist, emoji) or a folder: choose the folder")

    @property
    def image_side(self) -> int:
        """The side the networks are built for: image_size, or Fashion-MNIST's 28 until the data decides it."""
        return self.image_size or 28

    @property
    def image_channels(self) -> int:
        """The channels the networks are built for: channels, or 1 until the data decides it."""
        return self.channels or 1

    @property
    def grid_side(self) -> int:
        return math.isqrt(self.num_samples)
