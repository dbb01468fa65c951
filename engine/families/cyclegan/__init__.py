"""The CycleGAN family: one class of pictures into another and back, unpaired; or one folder of pictures into
another (horse <-> zebra). This module declares the family (FAMILY) and its own settings; `trainer` trains it."""

from __future__ import annotations

from dataclasses import dataclass

from engine.config.fields import ConfigError, Settings, setting
from engine.families.family import OPTIMIZER_FIELDS, Curve, Family, with_verdicts


@dataclass(frozen=True)
class CycleGANSettings(Settings):
    """CycleGAN's own settings (a TrainConfig's families["cyclegan"])."""

    cycle_weight: float = setting(10.0, "CycleGAN: weight of the cycle-consistency L1 loss, |F(G(a)) - a| + "
                                  "|G(F(b)) - b| (lambda, 10 in the paper).", label="Cycle weight",
                                  low=0.0, high=1000.0)
    identity_weight: float = setting(
        0.5, "CycleGAN: weight of the identity L1 loss |G(b) - b| + |F(a) - a|, which keeps what needs no change "
        "unchanged. The paper's 5 (0.5 x lambda) holds shapes too: sneakers <-> ankle boots reached 75% in the "
        "target class after 10 minutes with it, 92% after 5 with 0.5 (bench/family_quality.py).",
        label="Identity weight", low=0.0, high=1000.0)
    class_a: int = setting(7, "CycleGAN: the first class, A (Fashion-MNIST number 0-9, default 7, sneakers; or the "
                           "number of a subfolder of the run's pictures, in name order). Not read with a folder B.",
                           label="Class A", low=0, high=9, fixed_on_resume=True)
    class_b: int = setting(9, "CycleGAN: the second class, B (default 9, ankle boots).",
                           label="Class B", low=0, high=9, fixed_on_resume=True)
    data_b: str = setting("", "CycleGAN: a second folder of pictures, domain B, beside the run's data as domain A "
                          "(as horse <-> zebra): the run translates every picture of one folder into the other's "
                          "look, both at the run's image size. Empty: A and B are two classes of the run's data.",
                          label="Folder B")

    def _check(self) -> None:
        if self.class_a == self.class_b:
            raise ConfigError("class_a and class_b must be two different classes, got {a} twice", a=self.class_a)


def _trainer() -> type:
    from engine.families.cyclegan.trainer import CycleGANTrainer

    return CycleGANTrainer


FAMILY = Family(
    "cyclegan", "CycleGAN", "One class (or folder) into another, unpaired (Zhu et al. 2017): two generators, two "
    "least-squares discriminators, cycle (10x) and identity (0.5x) L1 losses.",
    metrics=with_verdicts("g_loss", "g_ab", "g_ba", "cycle", "identity", "d_loss", "d_a", "d_b"),
    losses=(Curve("g_ab", "G A->B adversarial", "#4fc3f7"), Curve("g_ba", "G B->A adversarial", "#9575cd"),
            Curve("cycle", "cycle L1", "#aed581"), Curve("d_a", "D of A", "#ff8a65"),
            Curve("d_b", "D of B", "#ffb74d")),
    quality_columns=("iteration", "share_ab", "share_ba", "share", "cycle_l1", "swd_ab", "swd_ba"),
    quality_labels={"share_ab": "A -> B judged B", "share_ba": "B -> A judged A", "share": "judged the target class",
                    "cycle_l1": "cycle L1", "swd_ab": "SWD of A -> B to B (x1000)",
                    "swd_ba": "SWD of B -> A to A (x1000)"},
    panel="A -> B -> A (top rows) and B -> A -> B (bottom rows), for fixed test images",
    trainer=_trainer, settings=CycleGANSettings, recipe_fields=OPTIMIZER_FIELDS)
