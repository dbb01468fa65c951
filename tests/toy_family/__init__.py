"""A test-sized GAN family, made by following README's "How to add a family" step by step: this package
declares the family (step 1: its settings and its Family), `trainer` trains it (step 2), and the test
registers it (step 3, the registry's one line: tests/test_toy_family.py). Its networks are one dense
layer each, so it trains in a blink; nothing here is used by GAN Studio itself."""

from __future__ import annotations

from dataclasses import dataclass

from engine.config.fields import Settings, setting
from engine.families.family import OPTIMIZER_FIELDS, Curve, Family, with_verdicts


@dataclass(frozen=True)
class ToySettings(Settings):
    """The toy family's own setting, declared once beside it: its doc, label and bounds."""

    toy_latent: int = setting(8, "Toy GAN: the length of its generator's latent vector.", label="Toy latent size",
                              low=1, high=64, fixed_on_resume=True)


def _trainer() -> type:
    from toy_family.trainer import ToyTrainer

    return ToyTrainer


FAMILY = Family(
    "toy", "Toy GAN", "Noise -> image through one dense layer each way: the README's worked example.",
    metrics=with_verdicts("g_loss", "d_loss"),
    losses=(Curve("g_loss", "generator loss", "#4fc3f7"), Curve("d_loss", "discriminator loss", "#ff8a65")),
    quality_columns=("iteration", "mean_l1"), quality_labels={"mean_l1": "L1 to the mean real image"},
    panel="the fixed-seed samples", trainer=_trainer, settings=ToySettings, recipe_fields=OPTIMIZER_FIELDS)
