"""The Pix2Pix family: a picture's `edges` -> the picture, paired. This module declares the family
(FAMILY) and its own settings; `trainer` trains it."""

from __future__ import annotations

from dataclasses import dataclass

from engine.config.fields import Settings, setting
from engine.families.family import OPTIMIZER_FIELDS, Curve, Family, with_verdicts


@dataclass(frozen=True)
class Pix2PixSettings(Settings):
    """Pix2Pix's own settings (a TrainConfig's families["pix2pix"])."""

    l1_weight: float = setting(100.0, "Pix2Pix: weight of the L1 distance to the real picture beside the "
                               "adversarial loss (lambda, 100 in the paper).", label="L1 weight",
                               low=0.0, high=1000.0)


def _trainer() -> type:
    from engine.families.pix2pix.trainer import Pix2PixTrainer

    return Pix2PixTrainer


FAMILY = Family(
    "pix2pix", "Pix2Pix", "Edges -> picture (a garment, an emoji, your own), paired (Isola et al. 2017): a U-Net "
    "generator, a PatchGAN discriminator on (edges, image) pairs, cross-entropy + 100 x L1.",
    metrics=with_verdicts("g_loss", "l1", "d_loss"),
    losses=(Curve("g_loss", "G adversarial loss", "#4fc3f7"), Curve("l1", "G L1 to the target", "#aed581"),
            Curve("d_loss", "discriminator loss", "#ff8a65")),
    quality_columns=("iteration", "l1", "accuracy", "accuracy_ceiling"),
    quality_labels={"l1": "L1 to the real image", "accuracy": "classifier accuracy on outputs",
                    "accuracy_ceiling": "accuracy on real images (ceiling)"},
    panel="edges | generated | real, for fixed test images",
    trainer=_trainer, settings=Pix2PixSettings, recipe_fields=OPTIMIZER_FIELDS, sketch=True)
