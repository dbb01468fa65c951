"""The one place that defines settings and their defaults: a training run's, and the latent explorer's.

The defaults are the seed notebook's (the classic TensorFlow DCGAN tutorial), so a run started with
no changes compares with it. A config is saved inside every checkpoint, so it must round-trip through
JSON exactly and reject nonsense early, naming the field, before any TensorFlow work starts.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass, fields
from typing import Any

from engine.compute.precision import PRECISIONS
from engine.families import DEFAULT_FAMILY, FAMILIES

# How the networks' layers are computed; the networks, variables and maths are the same in all, so
# this is not part of a run's config and a checkpoint loads into any of them (engine.families.dcgan.networks; the
# discriminator's dropout masks are the same in all):
#   reference: Keras's own BatchNormalization, Conv2DTranspose and Conv2D, exactly as the seed notebook;
#   fast: fused batch normalization (~6% faster steps on CPU; cuDNN's native BN on GPU) and, in
#     bfloat16, the 128-channel convolutions' kernel gradients as forward convolutions (~10% faster
#     steps on an AVX-512 BF16 CPU; engine.families.dcgan.layer_forms): the default;
#   subpixel: as fast, but the transposed convolutions as convolution + depth_to_space
#     (engine.families.dcgan.layer_forms).
IMPLEMENTATIONS = ("reference", "fast", "subpixel")
DEFAULT_IMPLEMENTATION = "fast"


class ConfigError(ValueError):
    """A setting has an invalid value; the message names the field."""


def _check_numbers(config: Any, optional: tuple[str, ...] = (), skip: tuple[str, ...] = ()) -> None:
    """Every field is a finite number, whole where its type is int (None allowed for `optional`;
    fields in `skip` are not numbers and checked by the caller)."""
    for f in fields(config):
        if f.name in skip:
            continue
        value = getattr(config, f.name)
        if f.name in optional and value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{f.name} must be a number, got {value!r}")
        if f.type != "float" and not float(value).is_integer():
            raise ConfigError(f"{f.name} must be a whole number, got {value!r}")
        if not math.isfinite(value):
            raise ConfigError(f"{f.name} must be finite, got {value!r}")


class _Settings:
    """What every settings dataclass here offers besides its fields."""

    def replace(self, **changes: Any):
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)


@dataclass(frozen=True)
class TrainConfig(_Settings):
    """Settings of one training run: the recipe and how it is run.

    The field defaults are the seed notebook's recipe exactly (the "seed" preset), so TrainConfig()
    is the reference everything compares with; new runs in the window and on the command line start
    from PRESETS[DEFAULT_PRESET] instead (default_config()). RECIPE_DOCS says what each recipe field
    does, where it comes from and what it costs.

    Attributes:
        batch_size: images per iteration; the last batch of an epoch may be smaller, as in the seed.
        noise_dim: length of the generator's latent vector.
        g_learning_rate: Adam learning rate of the generator.
        d_learning_rate: Adam learning rate of the discriminator.
        epochs: how many epochs a run is meant to last (progress bars and ETAs use it).
        num_samples: fixed latent seeds shown as the sample grid; a perfect square (16 -> 4x4).
        grid_every: render a grid frame every this many iterations.
        save_every: write a checkpoint every this many epochs.
        tensorboard: also write TensorBoard event files into the run folder (engine.io.tensorboard).
        keep_autosaves: of those periodic checkpoints, keep the newest this many plus the best by FCD
            (engine.io.rundir); 0 keeps all.
        seed: seeds weights, data order, noise and the sample latents: same seed, same run.
        train_images: use only the first N training images (None: all 60,000); for tests and demos.
        quality_every: measure the generator's quality (engine.quality.metrics) every this many epochs; 0: never.
        quality_samples: generated samples per quality measurement (the floor uses as many real ones).
        precision: the arithmetic of training, one of engine.compute.precision.PRECISIONS: "float32", "bfloat16"
            (mixed: bfloat16 convolutions and matrix products, float32 variables, batch norm, losses and
            logits), or "auto": bfloat16 where the CPU has bfloat16 hardware, else float32.
        devices: how many devices train the run (engine.compute.devices): 1, several (tf.distribute, the batch split
            across them), or 0 for all there are; under a TF_CONFIG cluster every worker's devices. Not part of
            what is trained: a checkpoint continues on any number.
        family: which GAN is trained (engine.families.FAMILIES): "dcgan" (noise -> garment, the seed's),
            "conditional" (class + noise -> garment), "pix2pix" (edges -> garment) or "cyclegan" (class_a <->
            class_b). FAMILY_DOCS says the rest.
    """

    batch_size: int = 256
    noise_dim: int = 100
    g_learning_rate: float = 1e-4
    d_learning_rate: float = 1e-4
    epochs: int = 100
    num_samples: int = 16
    grid_every: int = 50
    save_every: int = 5
    keep_autosaves: int = 5
    tensorboard: bool = False
    seed: int = 42
    train_images: int | None = None
    quality_every: int = 1
    quality_samples: int = 2000
    precision: str = "auto"
    devices: int = 1
    family: str = DEFAULT_FAMILY
    # What the translation families add (FAMILY_DOCS); the DCGAN reads none of them.
    l1_weight: float = 100.0
    cycle_weight: float = 10.0
    identity_weight: float = 0.5
    class_a: int = 7
    class_b: int = 9
    conditioning: str = "projection"
    class_rows: bool = False
    # The recipe beyond the learning rates (RECIPE_DOCS); the defaults are the seed notebook's.
    g_beta1: float = 0.9
    g_beta2: float = 0.999
    d_beta1: float = 0.9
    d_beta2: float = 0.999
    loss: str = "bce"
    gp_weight: float = 10.0
    d_steps: int = 1
    label_smoothing: float = 0.0
    label_flip: float = 0.0
    instance_noise: float = 0.0
    instance_noise_decay: int = 0
    g_dropout: float = 0.0
    ema: float = 0.0
    spectral_norm: bool = False
    upsampling: str = "transpose"

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise ConfigError naming the first invalid field."""
        _check_numbers(self, optional=("train_images",), skip=("precision", "loss", "upsampling", "spectral_norm",
                                                                      "tensorboard", "family", "conditioning",
                                                                      "class_rows"))
        # Upper limits too: a config also comes from checkpoint files, and a crafted noise_dim of 10**9
        # would make building the generator exhaust memory before anything else could refuse it.
        # The limits match the window's fields, which cannot show larger values.
        limits = {"batch_size": 8192, "noise_dim": 1024, "epochs": 100000, "num_samples": 256,
                  "grid_every": 100000, "save_every": 100000}
        if not 0 <= self.devices <= 64:
            raise ConfigError(f"devices must be 0 (all) or up to 64, got {self.devices!r}")
        if not 0 <= self.keep_autosaves <= 100000:
            raise ConfigError(f"keep_autosaves must be 0 (keep all) or up to 100000, got {self.keep_autosaves!r}")
        for name, high in limits.items():
            if not 1 <= getattr(self, name) <= high:
                raise ConfigError(f"{name} must be in [1, {high}], got {getattr(self, name)!r}")
        if not isinstance(self.tensorboard, bool):
            raise ConfigError(f"tensorboard must be true or false, got {self.tensorboard!r}")
        if self.family not in FAMILIES:
            raise ConfigError(f"family must be one of {', '.join(FAMILIES)}, got {self.family!r}")
        for name in ("l1_weight", "cycle_weight", "identity_weight"):
            if not 0 <= getattr(self, name) <= 1000:
                raise ConfigError(f"{name} must be in [0, 1000], got {getattr(self, name)!r}")
        for name in ("class_a", "class_b"):
            if not 0 <= getattr(self, name) <= 9:
                raise ConfigError(f"{name} must be a class number in [0, 9], got {getattr(self, name)!r}")
        if not isinstance(self.class_rows, bool):
            raise ConfigError(f"class_rows must be true or false, got {self.class_rows!r}")
        if self.conditioning not in CONDITIONINGS:
            raise ConfigError(f"conditioning must be one of {', '.join(CONDITIONINGS)}, got {self.conditioning!r}")
        if self.class_a == self.class_b:
            raise ConfigError(f"class_a and class_b must be two different classes, got {self.class_a} twice")
        if self.precision not in PRECISIONS:
            raise ConfigError(f"precision must be one of {', '.join(PRECISIONS)}, got {self.precision!r}")
        for name in ("g_learning_rate", "d_learning_rate"):
            lr = getattr(self, name)
            if not 0 < lr <= 1:
                raise ConfigError(f"{name} must be in (0, 1], got {lr!r}")
        if math.isqrt(self.num_samples) ** 2 != self.num_samples:
            raise ConfigError(f"num_samples must be a perfect square (4, 9, 16, ...), got {self.num_samples}")
        if not 0 <= self.seed < 2**31:
            raise ConfigError(f"seed must be in [0, 2**31), got {self.seed}")
        if not 0 <= self.quality_every <= 100000:
            raise ConfigError(f"quality_every must be 0 (never) or up to 100000 epochs, got {self.quality_every}")
        if not 100 <= self.quality_samples <= 60000:
            raise ConfigError(f"quality_samples must be in [100, 60000], got {self.quality_samples}")
        if self.train_images is not None and not 1 <= self.train_images <= 60000:
            raise ConfigError(f"train_images must be None (all) or in [1, 60000], got {self.train_images}")
        self._validate_recipe()

    def _validate_recipe(self) -> None:
        for name, (low, high) in RECIPE_LIMITS.items():
            value = getattr(self, name)
            if not low <= value <= high:
                raise ConfigError(f"{name} must be in [{low}, {high}], got {value!r}")
        for name, allowed in (("loss", LOSSES), ("upsampling", UPSAMPLINGS)):
            if getattr(self, name) not in allowed:
                raise ConfigError(f"{name} must be one of {', '.join(allowed)}, got {getattr(self, name)!r}")
        if not isinstance(self.spectral_norm, bool):
            raise ConfigError(f"spectral_norm must be true or false, got {self.spectral_norm!r}")
        if self.loss not in LABELLED_LOSSES and (self.label_smoothing or self.label_flip):
            raise ConfigError(f"label smoothing and flipping change the targets of the "
                              f"{' and '.join(LABELLED_LOSSES)} losses; the {self.loss} loss has none")

    @property
    def grid_side(self) -> int:
        return math.isqrt(self.num_samples)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        """Build from a dict; unknown keys are an error so a typo is never silently ignored."""
        if not isinstance(data, dict):
            raise ConfigError(f"a config must be a JSON object, got {type(data).__name__}")
        known = {f.name: f for f in fields(cls)}
        unknown = sorted(set(data) - set(known))
        if unknown:
            raise ConfigError(f"unknown config field(s): {', '.join(unknown)}")
        values = {}
        for name, value in data.items():
            # JSON has one number type: accept 1.0 for an int field and 1 for a float field.
            if known[name].type == "float" and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            elif known[name].type != "float" and isinstance(value, float) and value.is_integer():
                value = int(value)
            values[name] = value
        return cls(**values)

    @classmethod
    def from_saved(cls, data: dict[str, Any]) -> TrainConfig:
        """Build from a config saved in a checkpoint: fields the file predates take the value that run
        had then (SAVED_BEFORE), not today's default, so an old run continues as it was."""
        if not isinstance(data, dict):
            raise ConfigError(f"a config must be a JSON object, got {type(data).__name__}")
        return cls.from_dict({**SAVED_BEFORE, **data})

    @classmethod
    def from_json(cls, text: str) -> TrainConfig:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"config is not valid JSON: {exc}") from None
        return cls.from_dict(data)


LOSSES = ("bce", "lsgan", "hinge", "wgan-gp")
CONDITIONINGS = ("projection", "channels")
LABELLED_LOSSES = ("bce", "lsgan")  # the losses with real/fake targets that smoothing and flipping change
UPSAMPLINGS = ("transpose", "resize")
# Ranges of the recipe's numeric fields (inclusive).
RECIPE_LIMITS = {
    "g_beta1": (0.0, 0.999), "g_beta2": (0.0, 0.9999), "d_beta1": (0.0, 0.999), "d_beta2": (0.0, 0.9999),
    "gp_weight": (0.0, 1000.0), "d_steps": (1, 5), "label_smoothing": (0.0, 0.3), "label_flip": (0.0, 0.3),
    "instance_noise": (0.0, 2.0), "instance_noise_decay": (0, 10**7), "g_dropout": (0.0, 0.9),
    "ema": (0.0, 0.9999),
}

# What each recipe field does, where it comes from and what it costs: tooltips, --help and the README
# all read this.
RECIPE_DOCS = {
    "g_learning_rate": "Generator Adam learning rate. Seed notebook 1e-4; DCGAN paper 2e-4.",
    "d_learning_rate": "Discriminator Adam learning rate. Seed notebook 1e-4; DCGAN paper 2e-4.",
    "batch_size": "Images per iteration. Smaller batches give more, noisier updates per second of training.",
    "g_beta1": "Generator Adam beta1 (momentum). Keras default 0.9 (seed); the DCGAN paper found 0.5 "
               "steadier for GANs (Radford et al. 2016). Free.",
    "g_beta2": "Generator Adam beta2. 0.999 (Keras, DCGAN paper); 0.9 or 0.99 with hinge/WGAN-GP "
               "(Gulrajani et al. 2017, Miyato et al. 2018). Free.",
    "d_beta1": "Discriminator Adam beta1 (momentum); see G's. Free.",
    "d_beta2": "Discriminator Adam beta2; see G's. Free.",
    "loss": "bce: the seed's non-saturating cross-entropy (Goodfellow et al. 2014). lsgan: least squares "
            "(Mao et al. 2017), steadier gradients. hinge: (Lim & Ye 2017; SAGAN, BigGAN). wgan-gp: "
            "Wasserstein with gradient penalty (Gulrajani et al. 2017), costs a third D pass per step. "
            "Accuracy means D(x) on the right side of the loss's decision boundary.",
    "gp_weight": "Gradient-penalty weight of wgan-gp (lambda, 10 in the paper); unused by other losses.",
    "d_steps": "Discriminator updates per generator update (ganhacks 14; WGAN's n_critic): the generator "
               "updates every d_steps-th iteration, the discriminator every iteration. Iterations without "
               "a generator update skip its backward pass (cheaper).",
    "label_smoothing": "One-sided label smoothing (ganhacks 6; Salimans et al. 2016): real images' target "
                       "1 - s instead of 1 (e.g. 0.1 -> 0.9), so D cannot become over-confident. bce/lsgan "
                       "only. Free.",
    "label_flip": "Label flipping (ganhacks 6): each image in D's loss gets the other class's target with "
                  "this probability (e.g. 0.05). bce/lsgan only. Free.",
    "instance_noise": "Instance noise (ganhacks 13; Sonderby et al. 2017, Arjovsky & Bottou 2017): Gaussian "
                      "noise of this sigma (image range -1..1) added to real and fake images before D, so "
                      "their distributions overlap early. Costs ~1% of a step.",
    "instance_noise_decay": "Iterations over which instance noise decays linearly to 0 (0: constant).",
    "g_dropout": "Dropout in the generator after each hidden block (ganhacks 17, pix2pix), training only, "
                 "so the fixed-seed grid stays fixed. 0: off (seed).",
    "ema": "Exponential moving average of the generator's weights with this decay (e.g. 0.999, warmed up "
           "as min(decay, (1+n)/(10+n)) after n updates; Yazici et al. 2019, Karras et al. 2018), used for "
           "the grid, the explorer and quality; its batch-norm "
           "statistics are re-estimated for the averaged weights (a pass over 512 latents) whenever "
           "samples are drawn, or the averaged weights would be judged with the training weights' "
           "statistics. 0: off (seed). Costs ~2% of a step.",
    "spectral_norm": "Spectral normalisation of D's layers (Miyato et al. 2018): each weight divided by its "
                     "largest singular value (one power iteration per step), keeping D 1-Lipschitz-ish. "
                     "Costs a few % of a step.",
    "upsampling": "transpose: the seed's stride-2 transposed convolutions. resize: nearest-neighbour "
                  "upsampling then a 5x5 convolution of the same width (Odena et al. 2016, 'Deconvolution "
                  "and checkerboard artifacts'): no checkerboard, ~1.8x slower per step on a 2-core CPU.",
}

# What the family fields do: tooltips, --help and the README read this.
FAMILY_DOCS = {
    "family": "Which GAN: dcgan (noise -> garment, the seed notebook's), conditional (the DCGAN asked for a "
              "class), pix2pix (a garment's edges -> the garment, paired; Isola et al. 2017) or cyclegan (one "
              "class into another, unpaired; Zhu et al. 2017). The DCGAN recipe's tricks (loss, smoothing, noise, "
              "EMA ...) are the DCGAN's; the translation families read the batch size, learning rates and betas.",
    "l1_weight": "Pix2Pix: weight of the L1 distance to the real garment beside the adversarial loss "
                 "(lambda, 100 in the paper).",
    "cycle_weight": "CycleGAN: weight of the cycle-consistency L1 loss, |F(G(a)) - a| + |G(F(b)) - b| "
                    "(lambda, 10 in the paper).",
    "identity_weight": "CycleGAN: weight of the identity L1 loss |G(b) - b| + |F(a) - a|, which keeps what needs "
                       "no change unchanged. The paper's 5 (0.5 x lambda) holds shapes too: sneakers <-> ankle "
                       "boots reached 75% in the target class after 10 minutes with it, 92% after 5 with 0.5 "
                       "(bench/family_quality.py).",
    "class_a": "CycleGAN: the first class (Fashion-MNIST number 0-9; default 7, sneakers).",
    "class_b": "CycleGAN: the second class (default 9, ankle boots).",
    "conditioning": "Conditional DCGAN: how the discriminator is told the class. projection: the inner product "
                    "of a learned class embedding with its last features (Miyato & Koyama 2018); channels: as ten "
                    "constant channels beside the image (its first convolution learns a map per class). "
                    "Projection learned faster here (bench/family_quality.py: the class asked for recognised in "
                    "91.5% of samples after 2.5 minutes of Fast start, channels 83.5%), for ~10% more time a step.",
    "class_rows": "Conditional DCGAN: the sample grid as 10 rows of 10, a row per class and a column per latent "
                  "(the same noise asked for every class; num_samples is not used); off: the 4x4 grid, cell i "
                  "asking for class i mod 10.",
}
FAMILY_FIELDS = tuple(FAMILY_DOCS)

# What a run saved before a field existed was doing, by field: checkpoints written before `precision`
# trained in float32.
SAVED_BEFORE: dict[str, Any] = {"precision": "float32"}


@dataclass(frozen=True)
class ExplorerConfig(_Settings):
    """Settings of the latent explorer (not part of a run: they never change what is trained).

    Attributes:
        directions: K, the number of direction sliders.
        pca_samples: random latents the PCA of the generator's first block sees (GANSpace).
        slider_range: each slider reaches this many standard deviations either side of the base latent.
        walk_frames: frames of an exported latent walk.
        walk_frame_ms: display time of each walk frame.
        image_scale: an exported PNG or walk is the 28x28 image enlarged this many times (nearest).
    """

    directions: int = 8
    pca_samples: int = 2048
    slider_range: float = 3.0
    walk_frames: int = 48
    walk_frame_ms: int = 80
    image_scale: int = 8

    def __post_init__(self) -> None:
        _check_numbers(self)
        limits = {"directions": (1, 64), "pca_samples": (256, 65536), "walk_frames": (2, 1000),
                  "walk_frame_ms": (20, 10000), "image_scale": (1, 32)}
        for name, (low, high) in limits.items():
            if not low <= getattr(self, name) <= high:
                raise ConfigError(f"{name} must be in [{low}, {high}], got {getattr(self, name)!r}")
        if not 0 < self.slider_range <= 10:
            raise ConfigError(f"slider_range must be in (0, 10] standard deviations, got {self.slider_range!r}")


ALARMS = ("nan", "d_wins", "collapse", "gradients")


@dataclass(frozen=True)
class AlarmConfig(_Settings):
    """When the training monitor (engine.training.alarms) raises each alarm; defaults suit the reference run.

    Attributes:
        d_wins_loss: "the discriminator wins" when its loss stays below this ...
        d_wins_fake_acc: ... or its accuracy on fakes stays above this ...
        d_wins_iterations: ... for this many iterations in a row.
        collapse_coverage: "mode collapse" when the class-coverage entropy of an evaluation falls below this
            (having been above it),
        collapse_diversity: or when the fixed-seed samples' diversity (mean pairwise difference) falls
            below this share of the highest it has been in the run
        collapse_frames: in this many grid frames in a row (young generators dip for a frame or two).
        gradient_spike: "exploding gradients" when a network's gradient norm exceeds this many times
        gradient_window: the median of its last this-many iterations.
        muted: alarm names (of ALARMS) not raised.
    """

    d_wins_loss: float = 0.05
    d_wins_fake_acc: float = 0.99
    d_wins_iterations: int = 200
    collapse_coverage: float = 0.5
    collapse_diversity: float = 0.25
    collapse_frames: int = 3
    gradient_spike: float = 10.0
    gradient_window: int = 100
    muted: tuple = ()

    def __post_init__(self) -> None:
        _check_numbers(self, skip=("muted",))
        for name in ("d_wins_iterations", "gradient_window", "collapse_frames"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be at least 1, got {getattr(self, name)!r}")
        for name in ("d_wins_fake_acc", "collapse_coverage", "collapse_diversity"):
            if not 0 <= getattr(self, name) <= 1:
                raise ConfigError(f"{name} must be in [0, 1], got {getattr(self, name)!r}")
        if self.d_wins_loss < 0 or self.gradient_spike <= 1:
            raise ConfigError("d_wins_loss must be >= 0 and gradient_spike > 1")
        unknown = set(self.muted) - set(ALARMS)
        if unknown:
            raise ConfigError(f"unknown alarm(s) to mute: {sorted(unknown)}; alarms are {ALARMS}")


@dataclass(frozen=True)
class Preset:
    """A named recipe: the fields it sets (the rest of a config is kept)."""

    title: str
    description: str
    values: dict


_SEED_RECIPE = {name: getattr(TrainConfig, name) for name in (
    "batch_size", "g_learning_rate", "d_learning_rate", *RECIPE_LIMITS, "loss", "spectral_norm", "upsampling")}
# One list for the window's preset box and `train --preset`; a preset sets every recipe field, so
# choosing one never keeps another's ingredient.
PRESETS = {
    "seed": Preset("Seed notebook", "The classic TensorFlow DCGAN tutorial exactly: Adam 1e-4 (beta1 0.9), "
                   "batch 256, cross-entropy, no tricks. Bit for bit the engine's reference.", dict(_SEED_RECIPE)),
    "dcgan": Preset("DCGAN paper", "Radford et al. 2016: Adam 2e-4 with beta1 0.5, batch 128.",
                    {**_SEED_RECIPE, "batch_size": 128, "g_learning_rate": 2e-4, "d_learning_rate": 2e-4,
                     "g_beta1": 0.5, "d_beta1": 0.5}),
    "fast": Preset("Fast start", "Garments soonest per second of CPU: the DCGAN paper's Adam on batches of 16 "
                   "(4x the iterations a second of batch 64), one-sided label smoothing and a generator "
                   "averaged over ~100 updates (bench/quality_per_minute.py: FCD 30 after 240 s of training on "
                   "a 2-core CPU, the seed recipe 160).",
                   {**_SEED_RECIPE, "batch_size": 16, "g_learning_rate": 2e-4, "d_learning_rate": 2e-4,
                    "g_beta1": 0.5, "d_beta1": 0.5, "label_smoothing": 0.1, "ema": 0.99}),
}
DEFAULT_PRESET = "fast"
RECIPE_FIELDS = tuple(_SEED_RECIPE)


def apply_preset(config: TrainConfig, name: str) -> TrainConfig:
    """`config` with the recipe of preset `name` (one of PRESETS)."""
    if name not in PRESETS:
        raise ConfigError(f"unknown preset {name!r}; presets are {', '.join(PRESETS)}")
    return config.replace(**PRESETS[name].values)


def preset_of(config: TrainConfig) -> str | None:
    """The preset whose recipe `config` has, or None (a custom recipe)."""
    recipe = {name: getattr(config, name) for name in RECIPE_FIELDS}
    return next((name for name, preset in PRESETS.items() if preset.values == recipe), None)


def default_config() -> TrainConfig:
    """What a new run starts from: the DEFAULT_PRESET's recipe."""
    return apply_preset(TrainConfig(), DEFAULT_PRESET)
