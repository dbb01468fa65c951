"""The CycleGAN family: one class of garment into another and back, unpaired. This module declares the
family (FAMILY); `trainer` trains it."""

from __future__ import annotations

from engine.config import family_fields
from engine.families.family import (ACCURACY_CURVES, GRADIENT_CURVES, GRADIENT_NORMS, OPTIMIZER_FIELDS, VERDICTS,
                                    Curve, Family)


def _trainer() -> type:
    from engine.families.cyclegan.trainer import CycleGANTrainer

    return CycleGANTrainer


FAMILY = Family(
    "cyclegan", "CycleGAN", "One class into another, unpaired (Zhu et al. 2017): two generators, two "
    "least-squares discriminators, cycle (10x) and identity (0.5x) L1 losses.",
    ("g_loss", "g_ab", "g_ba", "cycle", "identity", "d_loss", "d_a", "d_b", *VERDICTS, *GRADIENT_NORMS),
    (Curve("g_ab", "G A->B adversarial", "#4fc3f7"), Curve("g_ba", "G B->A adversarial", "#9575cd"),
     Curve("cycle", "cycle L1", "#aed581"), Curve("d_a", "D of A", "#ff8a65"), Curve("d_b", "D of B", "#ffb74d")),
    ACCURACY_CURVES, GRADIENT_CURVES, ("iteration", "share_ab", "share_ba", "share", "cycle_l1"),
    "A -> B -> A (top rows) and B -> A -> B (bottom rows), for fixed test images", _trainer,
    recipe_fields=OPTIMIZER_FIELDS,
    quality_labels={"share_ab": "A -> B judged B", "share_ba": "B -> A judged A", "share": "judged the target class",
                    "cycle_l1": "cycle L1"},
    settings=family_fields("cyclegan"))
