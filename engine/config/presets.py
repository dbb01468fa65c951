"""Named recipes (presets): the window's preset box and `train --preset` read this one list."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from engine.config.fields import ConfigError
from engine.config.recipe import Recipe
from engine.config.train import RECIPE_FIELDS, TrainConfig


@dataclass(frozen=True)
class Preset:
    """A named recipe: the fields it sets (the rest of a config is kept)."""

    title: str
    description: str
    values: dict


_TUTORIAL = {name: getattr(Recipe(), name) for name in RECIPE_FIELDS}
_FAST = {**_TUTORIAL, "batch_size": 16, "g_learning_rate": 2e-4, "d_learning_rate": 2e-4, "g_beta1": 0.5,
         "d_beta1": 0.5, "label_smoothing": 0.1, "ema": 0.99}
# A preset sets every recipe field, so choosing one never keeps another's ingredient.
PRESETS = {
    "tutorial": Preset("TensorFlow DCGAN tutorial", "The TensorFlow DCGAN tutorial's recipe exactly: Adam 1e-4 "
                       "(beta1 0.9), batch 256, cross-entropy, no tricks. Bit for bit the engine's reference.",
                       dict(_TUTORIAL)),
    "dcgan": Preset("DCGAN paper", "Radford et al. 2016: Adam 2e-4 with beta1 0.5, batch 128.",
                    {**_TUTORIAL, "batch_size": 128, "g_learning_rate": 2e-4, "d_learning_rate": 2e-4,
                     "g_beta1": 0.5, "d_beta1": 0.5}),
    "fast": Preset("Fast start", "Garments soonest per second of CPU: the DCGAN paper's Adam on batches of 16 "
                   "(4x the iterations a second of batch 64), one-sided label smoothing and a generator "
                   "averaged over ~100 updates (bench/quality_per_minute.py: FCD 30 after 240 s of training on "
                   "a 2-core CPU, the tutorial's recipe 160).",
                   dict(_FAST)),
    "colour": Preset("Colour start", "Fast start for pictures (64x64 colour emoji, your own): batches of 32, Adam "
                     "1e-4 (beta1 0.5), one-sided label smoothing and a generator averaged over ~1000 updates "
                     "(bench/quality_per_minute.py --dataset emoji: SWD 2.5x its floor after 600 s of training "
                     "on a 2-core CPU, Fast start at the same width and batch 3.3x).",
                     {**_FAST, "batch_size": 32, "g_learning_rate": 1e-4, "d_learning_rate": 1e-4, "ema": 0.999}),
    "music": Preset("Music start", "The composer's (music: the Bach chorales): Fast start's Adam on batches of 32 "
                    "with the least-squares loss, whose critic does not saturate and whose gradients do not spike as "
                    "the cross-entropy's do (3 minutes on a 2-core CPU: 6 of the 9 harmony metrics within 25% of "
                    "Bach's with lsgan or wgan-gp, which takes 1.5x the time a step, 5 with hinge, 4 with bce and "
                    "its six exploding-gradient alarms; the other recipe fields are not read).",
                    {**_FAST, "batch_size": 32, "loss": "lsgan"}),
}
DEFAULT_PRESET = "fast"  # Fashion-MNIST's; pictures start from PICTURES_PRESET, music from MUSIC_PRESET: default_preset
PICTURES_PRESET = "colour"
MUSIC_PRESET = "music"


def apply_preset(config: TrainConfig, name: str) -> TrainConfig:
    """`config` with the recipe of preset `name` (one of PRESETS)."""
    if name not in PRESETS:
        raise ConfigError("unknown preset {name!r}; presets are {presets}", name=name, presets=", ".join(PRESETS))
    return config.replace(**PRESETS[name].values)


def preset_of(config: TrainConfig) -> str | None:
    """The preset whose recipe `config` has, or None (a custom recipe)."""
    recipe = {name: getattr(config.recipe, name) for name in RECIPE_FIELDS}
    return next((name for name, preset in PRESETS.items() if preset.values == recipe), None)


def default_config() -> TrainConfig:
    """What a new run starts from: the DEFAULT_PRESET's recipe."""
    return apply_preset(TrainConfig(), DEFAULT_PRESET)


def default_preset(data: str, family: str = "dcgan") -> str:
    """The preset a new run of `family` on `data` (a run's `data`: a dataset's name or a folder) starts from: Music
    start for a family with data of its own (the composer's chorales), else Fast start for Fashion-MNIST and other
    IDX files (28x28 grey), Colour start for pictures: the emoji, a folder of your own."""
    from engine.families import family as family_named
    from engine.io.idx import has_idx_files

    if family_named(family).data:
        return MUSIC_PRESET

    grey = data == "fashion-mnist" or (data != "emoji" and has_idx_files(Path(data).expanduser()))
    return DEFAULT_PRESET if grey else PICTURES_PRESET
