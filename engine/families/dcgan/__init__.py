"""The DCGAN family: noise -> garment, the TensorFlow DCGAN tutorial's GAN and what GAN Studio adds to it:
its `networks` (and the `layer_forms` that compute them faster), the compiled `step` with the recipe's
tricks, the generator's `weight_average`, the `discriminator_view`, and the latent explorer's
`latents` and `latent_space`. This module declares the family (FAMILY) and its own settings; `trainer`
trains it.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.config.fields import Settings, setting
from engine.families.family import Curve, Family, with_verdicts
from engine.quality.metrics import QUALITY_COLUMNS

# What one DCGAN step measures (d_real/d_fake: D's mean probability that real / generated images are real).
METRICS = with_verdicts("g_loss", "d_loss")


@dataclass(frozen=True)
class DCGANSettings(Settings):
    """The DCGAN's own settings (a TrainConfig's families["dcgan"])."""

    noise_dim: int = setting(100, "DCGAN (and conditional DCGAN): the length of the generator's latent vector.",
                             label="Latent size", low=1, high=1024, fixed_on_resume=True)
    width: int = setting(
        0, "DCGAN (and conditional DCGAN): the networks' base width. The discriminator's first convolution has this "
        "many filters and each further one twice as many; the generator starts at 4x this and halves as it grows "
        "(engine.families.dcgan.networks.blocks). The cost of a step grows with its square. 0: 64 at 28x28 (the "
        "TensorFlow tutorial's networks), 32 at larger sizes (on 64x64 emoji, width 32 at batch 32 came closest to "
        "the SWD's floor in 10 minutes: bench/quality_per_minute.py).", label="Base width", low=0, high=512,
        zero="auto", fixed_on_resume=True)


def _trainer() -> type:
    from engine.families.dcgan.trainer import DCGANTrainer

    return DCGANTrainer


FAMILY = Family(
    "dcgan", "DCGAN", "Noise -> garment: the TensorFlow DCGAN tutorial's GAN (Radford et al. 2016).",
    metrics=METRICS,
    losses=(Curve("g_loss", "generator loss", "#4fc3f7"), Curve("d_loss", "discriminator loss", "#ff8a65")),
    quality_columns=QUALITY_COLUMNS, panel="the fixed-seed samples", trainer=_trainer, settings=DCGANSettings,
    explorer=True, discriminator_view=True)
