"""The composer family: a melody in, the three voices under it out, as AWS DeepComposer teaches GANs (its U-Net
model, after MuseGAN): trained on the Bach chorales. This module declares the family (FAMILY) and its own
settings; `trainer` trains it."""

from __future__ import annotations

from dataclasses import dataclass

from engine.config.fields import Settings, setting
from engine.families.family import OPTIMIZER_FIELDS, Curve, Family, QualityReference, with_verdicts
from engine.io.data import CHORALES
from engine.quality import harmony


@dataclass(frozen=True)
class ComposerSettings(Settings):
    """The composer's own settings (a TrainConfig's families["composer"])."""

    bach_weight: float = setting(
        1.0, "Composer: weight of the cross-entropy to Bach's own voices beside the adversarial loss (as Pix2Pix's "
        "L1 to the real picture); 0: the critic alone teaches the generator.", label="Weight of Bach's voices",
        low=0.0, high=1000.0)


def _trainer() -> type:
    from engine.families.composer.trainer import ComposerTrainer

    return ComposerTrainer


FAMILY = Family(
    "composer", "Composer (music)", "Melody -> alto, tenor and bass, as AWS DeepComposer (MuseGAN's U-Net and "
    "critic): trained on the Bach chorales of music21's corpus, in every key.",
    metrics=with_verdicts("g_loss", "bach_ce", "d_loss"),
    losses=(Curve("g_loss", "G adversarial loss", "#4fc3f7"),
            Curve("bach_ce", "G cross-entropy to Bach's voices", "#aed581"),
            Curve("d_loss", "critic loss", "#ff8a65")),
    quality_columns=("iteration", *(m.name for m in harmony.METRICS), *(f"bach_{m.name}" for m in harmony.METRICS)),
    quality_labels={m.name: m.label for m in harmony.METRICS},
    reference=QualityReference({m.name: f"bach_{m.name}" for m in harmony.METRICS}, harmony.distance, harmony.GOAL,
                               "Bach"),
    panel="generated | Bach's voices under fixed held-out melodies (melody white, alto green, tenor blue, "
    "bass orange)",
    trainer=_trainer, settings=ComposerSettings, recipe_fields=(*OPTIMIZER_FIELDS, "loss", "gp_weight"),
    melody_pad=True, colour_panel=True, data=CHORALES)
