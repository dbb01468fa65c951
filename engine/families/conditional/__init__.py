"""The conditional DCGAN family: the DCGAN asked for a class. This module declares the family (FAMILY);
`trainer` trains it, extending the DCGAN's trainer."""

from __future__ import annotations

from dataclasses import replace

from engine.config import family_fields
from engine.families import dcgan

CLASSES = 10  # Fashion-MNIST's (engine.io.data.CLASS_NAMES)


def _trainer() -> type:
    from engine.families.conditional.trainer import ConditionalTrainer

    return ConditionalTrainer


FAMILY = replace(
    dcgan.FAMILY, name="conditional", title="Conditional DCGAN",
    description="Class + noise -> that garment: the DCGAN with the class fed to both networks (Mirza & Osindero "
    "2014); same recipe, tricks and tools as the DCGAN.",
    quality_columns=dcgan.FAMILY.quality_columns + ("class_accuracy",) + tuple(f"accuracy_{c}" for c in range(CLASSES)),
    quality_labels={"class_accuracy": "asked-for class recognised"},
    panel="each cell asks for class (cell number mod 10)", trainer=_trainer,
    settings=dcgan.FAMILY.settings + family_fields("conditional"),
    asks_class=True)
