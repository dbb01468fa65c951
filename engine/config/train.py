"""The settings of one training run (TrainConfig), each declared once beside its field
(engine.config.fields): its default, what it does, its bounds, and whether it may change live or on
resume.

The defaults are the TensorFlow DCGAN tutorial's, so a run started with no changes compares with it. A
config is saved inside every checkpoint, so it must round-trip through JSON exactly and reject nonsense
early, naming the field, before any TensorFlow work starts.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from typing import Any

from engine.compute.precision import PRECISIONS
from engine.config.fields import ConfigError, Settings, as_type, declared, setting

# How the networks' layers are computed; the networks, variables and maths are the same in all, so
# this is not part of a run's config and a checkpoint loads into any of them (engine.families.dcgan.networks;
# the discriminator's dropout masks are the same in all):
#   reference: Keras's own BatchNormalization, Conv2DTranspose and Conv2D, exactly as the tutorial;
#   fast: fused batch normalization (~6% faster steps on CPU; cuDNN's native BN on GPU) and, in
#     bfloat16, the 128-channel convolutions' kernel gradients as forward convolutions (~10% faster
#     steps on an AVX-512 BF16 CPU; engine.families.dcgan.layer_forms): the default;
#   subpixel: as fast, but the transposed convolutions as convolution + depth_to_space
#     (engine.families.dcgan.layer_forms).
IMPLEMENTATIONS = ("reference", "fast", "subpixel")
DEFAULT_IMPLEMENTATION = "fast"

LOSSES = ("bce", "lsgan", "hinge", "wgan-gp")
LABELLED_LOSSES = ("bce", "lsgan")  # the losses with real/fake targets that smoothing and flipping change
UPSAMPLINGS = ("transpose", "resize")
CONDITIONINGS = ("projection", "channels")
_LR = dict(low=0.0, low_open=True, high=1.0, live="optimizer")


@dataclass(frozen=True)
class TrainConfig(Settings):
    """Settings of one training run, in three parts (each field's `part`): how the run runs, the GAN
    recipe (what a preset sets), and each family's own settings. Every field is declared once, with
    what it does (its doc), its bounds or choices, and whether it may change while the run trains
    (`live`) or when it resumes (`fixed_on_resume`): validation, the command line's flags, the window's
    widgets, the change log and the trainer all read these declarations (engine.config.fields).

    TrainConfig() is the tutorial's recipe exactly (the "tutorial" preset), the reference everything
    compares with; new runs in the window and on the command line start from PRESETS[DEFAULT_PRESET]
    instead (default_config()).
    """

    # -- how the run runs ------------------------------------------------------------------------------
    epochs: int = setting(100, "How many epochs the run is meant to last (progress bars and ETAs use it).",
                          part="run", label="Epochs", low=1, high=100000)
    num_samples: int = setting(16, "Fixed latent seeds shown as the sample grid; a perfect square (16 -> 4x4).",
                               part="run", label="Samples", low=1, high=256, fixed_on_resume=True)
    grid_every: int = setting(50, "Render a sample-grid frame every N iterations (tutorial: 50).", part="run",
                              label="Grid every", low=1, high=100000)
    save_every: int = setting(5, "Write a checkpoint every this many epochs.", part="run", label="Save every",
                              low=1, high=100000)
    keep_autosaves: int = setting(
        5, "The run autosaves every 'save every' epochs into its folder; keep the newest N of those plus the "
        "best by FCD (0: keep all).", part="run", label="Keep autosaves", low=0, high=100000, zero="keep all")
    tensorboard: bool = setting(
        False, "Also write TensorBoard event files into the run folder's tensorboard/ (metrics, grid frames, "
        "quality, recipe changes): tensorboard --logdir runs", part="run", label="TensorBoard")
    seed: int = setting(42, "Seeds weights, data order and noise: same seed, same run.", part="run", label="Seed",
                        low=0, high=2**31 - 1, fixed_on_resume=True)
    train_images: int | None = setting(
        None, "Train on the first N images only (None: all).", part="run", label="Train images", low=1, high=60000,
        optional=True, zero="all", fixed_on_resume=True)
    quality_every: int = setting(1, "Measure quality (FCD etc.) every E epochs, 0: never.", part="run",
                                 label="Quality every", low=0, high=100000, zero="never")
    quality_samples: int = setting(2000, "Generated samples per quality measurement (the floor uses as many real "
                                   "ones).", part="run", label="Quality samples", low=100, high=60000)
    precision: str = setting(
        "auto", "Arithmetic of training. bfloat16: convolutions and matrix products in bfloat16 (weights, batch "
        "norm and losses stay float32), much faster on CPUs with bfloat16 hardware (Intel AMX, AVX-512 BF16), "
        "slower elsewhere. auto: bfloat16 where the CPU has such hardware, else float32. Checkpoints load into "
        "either; exact resume holds within one precision.", part="run", label="Precision", choices=PRECISIONS)
    devices: int = setting(
        1, "Devices the run trains on: 1, several (tf.distribute's MirroredStrategy: the batch split across them, "
        "gradients summed), or 0 for all (under a TF_CONFIG cluster, every worker's). On a machine without GPUs "
        "start GAN Studio with --devices N to split the CPU into N logical devices (to try the several-device "
        "path: not faster). A checkpoint continues on any number.", part="run", label="Devices", low=0, high=64,
        zero="all")
    family: str = setting(
        "dcgan", "Which GAN: dcgan (noise -> garment, the TensorFlow DCGAN tutorial's), conditional (the DCGAN "
        "asked for a class), pix2pix (a garment's edges -> the garment, paired; Isola et al. 2017) or cyclegan "
        "(one class into another, unpaired; Zhu et al. 2017). The DCGAN recipe's tricks (loss, smoothing, "
        "noise, EMA ...) are the DCGAN's; the translation families read the batch size, learning rates and "
        "betas.", part="run", label="Family", fixed_on_resume=True)  # one of engine.families.FAMILIES: _check

    # -- the GAN recipe (what a preset sets; the order the window and the Live panel show) ----------------
    batch_size: int = setting(256, "Images per iteration. Smaller batches give more, noisier updates per second "
                              "of training.", part="recipe", label="Batch size", low=1, high=8192,
                              fixed_on_resume=True)
    g_learning_rate: float = setting(1e-4, "Generator Adam learning rate. Tutorial 1e-4; DCGAN paper 2e-4.",
                                     part="recipe", short="lr_G", label="G learning rate", **_LR)
    d_learning_rate: float = setting(1e-4, "Discriminator Adam learning rate. Tutorial 1e-4; DCGAN paper 2e-4.",
                                     part="recipe", short="lr_D", label="D learning rate", **_LR)
    g_beta1: float = setting(0.9, "Generator Adam beta1 (momentum). Keras default 0.9 (tutorial); the DCGAN "
                             "paper found 0.5 steadier for GANs (Radford et al. 2016). Free.", part="recipe",
                             short="beta1_G", label="G Adam beta1", low=0.0, high=0.999, live="optimizer")
    g_beta2: float = setting(0.999, "Generator Adam beta2. 0.999 (Keras, DCGAN paper); 0.9 or 0.99 with "
                             "hinge/WGAN-GP (Gulrajani et al. 2017, Miyato et al. 2018). Free.", part="recipe",
                             label="G Adam beta2", low=0.0, high=0.9999)
    d_beta1: float = setting(0.9, "Discriminator Adam beta1 (momentum); see G's. Free.", part="recipe",
                             short="beta1_D", label="D Adam beta1", low=0.0, high=0.999, live="optimizer")
    d_beta2: float = setting(0.999, "Discriminator Adam beta2; see G's. Free.", part="recipe",
                             label="D Adam beta2", low=0.0, high=0.9999)
    d_steps: int = setting(
        1, "Discriminator updates per generator update (ganhacks 14; WGAN's n_critic): the generator updates "
        "every d_steps-th iteration, the discriminator every iteration. Iterations without a generator update "
        "skip its backward pass (cheaper).", part="recipe", short="D steps", label="D steps per G step", low=1,
        high=5, live="step")
    label_smoothing: float = setting(
        0.0, "One-sided label smoothing (ganhacks 6; Salimans et al. 2016): real images' target 1 - s instead of "
        "1 (e.g. 0.1 -> 0.9), so D cannot become over-confident. bce/lsgan only. Free.", part="recipe",
        short="smoothing", label="Label smoothing", low=0.0, high=0.3, live="step")
    label_flip: float = setting(
        0.0, "Label flipping (ganhacks 6): each image in D's loss gets the other class's target with this "
        "probability (e.g. 0.05). bce/lsgan only. Free.", part="recipe", short="flip", label="Label flipping",
        low=0.0, high=0.3, live="step")
    instance_noise: float = setting(
        0.0, "Instance noise (ganhacks 13; Sonderby et al. 2017, Arjovsky & Bottou 2017): Gaussian noise of this "
        "sigma (image range -1..1) added to real and fake images before D, so their distributions overlap "
        "early. Costs ~1% of a step.", part="recipe", short="noise", label="Instance noise", low=0.0, high=2.0,
        live="step")
    instance_noise_decay: int = setting(
        0, "Iterations over which instance noise decays linearly to 0 (0: constant).", part="recipe",
        short="noise decay", label="Noise decay (it)", low=0, high=10**7, live="step")
    loss: str = setting(
        "bce", "bce: the tutorial's non-saturating cross-entropy (Goodfellow et al. 2014). lsgan: least squares "
        "(Mao et al. 2017), steadier gradients. hinge: (Lim & Ye 2017; SAGAN, BigGAN). wgan-gp: Wasserstein "
        "with gradient penalty (Gulrajani et al. 2017), costs a third D pass per step. Accuracy means D(x) on "
        "the right side of the loss's decision boundary.", part="recipe", short="loss", label="Loss",
        choices=LOSSES, live="graph")
    gp_weight: float = setting(10.0, "Gradient-penalty weight of wgan-gp (lambda, 10 in the paper); unused by other "
                               "losses.", part="recipe", short="GP weight", label="GP weight", low=0.0,
                               high=1000.0, live="step")
    ema: float = setting(
        0.0, "Exponential moving average of the generator's weights with this decay (e.g. 0.999, warmed up as "
        "min(decay, (1+n)/(10+n)) after n updates; Yazici et al. 2019, Karras et al. 2018), used for the grid, "
        "the explorer and quality; its batch-norm statistics are re-estimated for the averaged weights (a pass "
        "over 512 latents) whenever samples are drawn, or the averaged weights would be judged with the "
        "training weights' statistics. 0: off (tutorial). Costs ~2% of a step.", part="recipe",
        short="EMA", label="G weight average", low=0.0, high=0.9999, live="step", switch_fixed=True,
        fixed_on_resume=True)
    g_dropout: float = setting(
        0.0, "Dropout in the generator after each hidden block (ganhacks 17, pix2pix), training only, so the "
        "fixed-seed grid stays fixed. 0: off (tutorial).", part="recipe", label="Dropout in G", low=0.0,
        high=0.9, fixed_on_resume=True)
    spectral_norm: bool = setting(
        False, "Spectral normalisation of D's layers (Miyato et al. 2018): each weight divided by its largest "
        "singular value (one power iteration per step), keeping D 1-Lipschitz-ish. Costs a few % of a step.",
        part="recipe", label="Spectral norm in D", fixed_on_resume=True)
    upsampling: str = setting(
        "transpose", "transpose: the tutorial's stride-2 transposed convolutions. resize: nearest-neighbour "
        "upsampling then a 5x5 convolution of the same width (Odena et al. 2016, 'Deconvolution and "
        "checkerboard artifacts'): no checkerboard, ~1.8x slower per step on a 2-core CPU.", part="recipe",
        label="Upsampling", choices=UPSAMPLINGS, fixed_on_resume=True)

    # -- each family's own settings (part: the family's name) -------------------------------------------
    noise_dim: int = setting(100, "DCGAN (and conditional DCGAN): the length of the generator's latent vector.",
                             part="dcgan", label="Latent size", low=1, high=1024, fixed_on_resume=True)
    l1_weight: float = setting(100.0, "Pix2Pix: weight of the L1 distance to the real garment beside the "
                               "adversarial loss (lambda, 100 in the paper).", part="pix2pix", label="L1 weight",
                               low=0.0, high=1000.0)
    cycle_weight: float = setting(10.0, "CycleGAN: weight of the cycle-consistency L1 loss, |F(G(a)) - a| + "
                                  "|G(F(b)) - b| (lambda, 10 in the paper).", part="cyclegan", label="Cycle weight",
                                  low=0.0, high=1000.0)
    identity_weight: float = setting(
        0.5, "CycleGAN: weight of the identity L1 loss |G(b) - b| + |F(a) - a|, which keeps what needs no change "
        "unchanged. The paper's 5 (0.5 x lambda) holds shapes too: sneakers <-> ankle boots reached 75% in the "
        "target class after 10 minutes with it, 92% after 5 with 0.5 (bench/family_quality.py).", part="cyclegan",
        label="Identity weight", low=0.0, high=1000.0)
    class_a: int = setting(7, "CycleGAN: the first class (Fashion-MNIST number 0-9; default 7, sneakers).",
                           part="cyclegan", label="Class A", low=0, high=9, fixed_on_resume=True)
    class_b: int = setting(9, "CycleGAN: the second class (default 9, ankle boots).", part="cyclegan",
                           label="Class B", low=0, high=9, fixed_on_resume=True)
    conditioning: str = setting(
        "projection", "Conditional DCGAN: how the discriminator is told the class. projection: the inner product "
        "of a learned class embedding with its last features (Miyato & Koyama 2018); channels: as ten constant "
        "channels beside the image (its first convolution learns a map per class). Projection learned faster "
        "here (bench/family_quality.py: the class asked for recognised in 91.5% of samples after 2.5 minutes of "
        "Fast start, channels 83.5%), for ~10% more time a step.", part="conditional", label="D told the class by",
        choices=CONDITIONINGS, fixed_on_resume=True)
    class_rows: bool = setting(
        False, "Conditional DCGAN: the sample grid as 10 rows of 10, a row per class and a column per latent (the "
        "same noise asked for every class; num_samples is not used); off: the 4x4 grid, cell i asking for class "
        "i mod 10.", part="conditional", label="Grid: a row per class")

    def _check(self) -> None:
        from engine.families import FAMILIES  # here, not above: each family's package reads these declarations

        if self.family not in FAMILIES:
            raise ConfigError(f"family must be one of {', '.join(FAMILIES)}, got {self.family!r}")
        if math.isqrt(self.num_samples) ** 2 != self.num_samples:
            raise ConfigError(f"num_samples must be a perfect square (4, 9, 16, ...), got {self.num_samples}")
        if self.class_a == self.class_b:
            raise ConfigError(f"class_a and class_b must be two different classes, got {self.class_a} twice")
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
        unknown = sorted(set(data) - set(FIELDS))
        if unknown:
            raise ConfigError(f"unknown config field(s): {', '.join(unknown)}")
        values = {}
        for name, value in data.items():
            # JSON has one number type: accept 1.0 for an int field and 1 for a float field.
            kind = FIELDS[name].kind
            if kind == "float" and isinstance(value, int) and not isinstance(value, bool):
                value = float(value)
            elif kind == "int" and isinstance(value, float) and value.is_integer():
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


# What a run saved before a field existed was doing, by field: checkpoints written before `precision`
# trained in float32.
SAVED_BEFORE: dict[str, Any] = {"precision": "float32"}


@dataclass(frozen=True)
class Field:
    """A TrainConfig field as the command line, the window and the change log see it."""

    name: str
    kind: str  # "int", "float", "bool" or "str"
    setting: Any  # its engine.config.fields.Setting

    def parse(self, value: Any) -> Any:
        """`value` (text, or a number) as this field's type (ConfigError if it is not)."""
        return as_type(self.name, self.kind, value)

    def __getattr__(self, name: str) -> Any:  # the Setting's attributes: doc, label, low, high, live ...
        return getattr(self.__dict__["setting"], name)


FIELDS: dict[str, Field] = {name: Field(name, kind.replace(" | None", ""), spec)
                            for name, (kind, spec) in declared(TrainConfig).items()}
RECIPE_FIELDS = tuple(name for name, f in FIELDS.items() if f.part == "recipe")
LIVE_FIELDS = tuple(name for name, f in FIELDS.items() if f.live)
RESUME_FIXED = tuple(name for name, f in FIELDS.items() if f.fixed_on_resume)


def family_fields(family: str | None = None) -> tuple[str, ...]:
    """The fields that are a family's own settings (of `family`, or of every family)."""
    return tuple(name for name, f in FIELDS.items()
                 if f.part not in ("run", "recipe") and (family is None or f.part == family))
