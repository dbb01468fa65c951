"""The conditional DCGAN family: the DCGAN asked for a class. This module declares the family (FAMILY)
and its own settings; `trainer` trains it, extending the DCGAN's trainer."""

from __future__ import annotations

from dataclasses import dataclass, replace

from engine.config.fields import setting
from engine.families import dcgan

CLASSES = 10  # Fashion-MNIST's (engine.io.data.CLASS_NAMES)
CONDITIONINGS = ("projection", "channels")


@dataclass(frozen=True)
class ConditionalSettings(dcgan.DCGANSettings):
    """The conditional DCGAN's own settings: the DCGAN's and how it is told the class (a TrainConfig's
    families["conditional"])."""

    conditioning: str = setting(
        "projection", "Conditional DCGAN: how the discriminator is told the class. projection: the inner product "
        "of a learned class embedding with its last features (Miyato & Koyama 2018); channels: as ten constant "
        "channels beside the image (its first convolution learns a map per class). Projection learned faster "
        "here (bench/family_quality.py: the class asked for recognised in 91.5% of samples after 2.5 minutes of "
        "Fast start, channels 83.5%), for ~10% more time a step.", label="D told the class by",
        choices=CONDITIONINGS, fixed_on_resume=True)
    class_rows: bool = setting(
        False, "Conditional DCGAN: the sample grid as 10 rows of 10, a row per class and a column per latent (the "
        "same noise asked for every class; num_samples is not used); off: the 4x4 grid, cell i asking for class "
        "i mod 10.", label="Grid: a row per class")


def _trainer() -> type:
    from engine.families.conditional.trainer import ConditionalTrainer

    return ConditionalTrainer


FAMILY = replace(
    dcgan.FAMILY, name="conditional", title="Conditional DCGAN",
    description="Class + noise -> that garment: the DCGAN with the class fed to both networks (Mirza & Osindero "
    "2014); same recipe, tricks and tools as the DCGAN.",
    quality_columns=dcgan.FAMILY.quality_columns + ("class_accuracy",) + tuple(f"accuracy_{c}" for c in range(CLASSES)),
    quality_labels={"class_accuracy": "asked-for class recognised"},
    panel="each cell asks for class (cell number mod 10)", trainer=_trainer, settings=ConditionalSettings,
    asks_class=True)
