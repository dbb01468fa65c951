"""The DCGAN family: noise -> garment, the TensorFlow DCGAN tutorial's GAN and what GAN Studio adds to it:
its `networks` (and the `layer_forms` that compute them faster), the compiled `step` with the recipe's
tricks, the generator's `weight_average`, the `discriminator_view`, and the latent explorer's
`latents` and `latent_space`. This module declares the family (FAMILY); `trainer` trains it.
"""

from __future__ import annotations

from engine.config import family_fields
from engine.families.family import (ACCURACY_CURVES, GRADIENT_CURVES, GRADIENT_NORMS, VERDICTS, Curve, Family)
from engine.quality.metrics import QUALITY_COLUMNS

# What one DCGAN step measures (d_real/d_fake: D's mean probability that real / generated images are real).
METRICS = ("g_loss", "d_loss", *VERDICTS, *GRADIENT_NORMS)
LOSS_CURVES = (Curve("g_loss", "generator loss", "#4fc3f7"), Curve("d_loss", "discriminator loss", "#ff8a65"))


def _trainer() -> type:
    from engine.families.dcgan.trainer import DCGANTrainer

    return DCGANTrainer


FAMILY = Family(
    "dcgan", "DCGAN", "Noise -> garment: the TensorFlow DCGAN tutorial's GAN (Radford et al. 2016).",
    METRICS, LOSS_CURVES, ACCURACY_CURVES, GRADIENT_CURVES, QUALITY_COLUMNS, "the fixed-seed samples", _trainer,
    settings=family_fields("dcgan"), explorer=True, discriminator_view=True)
