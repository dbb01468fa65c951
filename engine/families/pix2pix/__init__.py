"""The Pix2Pix family: a garment's `edges` -> the garment, paired. This module declares the family
(FAMILY); `trainer` trains it."""

from __future__ import annotations

from engine.config import family_fields
from engine.families.family import (ACCURACY_CURVES, GRADIENT_CURVES, GRADIENT_NORMS, OPTIMIZER_FIELDS, VERDICTS,
                                    Curve, Family)


def _trainer() -> type:
    from engine.families.pix2pix.trainer import Pix2PixTrainer

    return Pix2PixTrainer


FAMILY = Family(
    "pix2pix", "Pix2Pix", "Edges -> garment, paired (Isola et al. 2017): a U-Net generator, a PatchGAN "
    "discriminator on (edges, image) pairs, cross-entropy + 100 x L1.",
    ("g_loss", "l1", "d_loss", *VERDICTS, *GRADIENT_NORMS),
    (Curve("g_loss", "G adversarial loss", "#4fc3f7"), Curve("l1", "G L1 to the target", "#aed581"),
     Curve("d_loss", "discriminator loss", "#ff8a65")),
    ACCURACY_CURVES, GRADIENT_CURVES, ("iteration", "l1", "accuracy", "accuracy_ceiling"),
    "edges | generated | real, for fixed test images", _trainer, recipe_fields=OPTIMIZER_FIELDS,
    quality_labels={"l1": "L1 to the real garment", "accuracy": "classifier accuracy on outputs",
                    "accuracy_ceiling": "accuracy on real images (ceiling)"},
    settings=family_fields("pix2pix"), sketch=True)
