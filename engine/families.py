"""The GAN families a run can train, described as data (numpy-free, TensorFlow-free) for everything that
shows or records a run: history columns, the window's curve plots, the quality table, the sample panel.

Why data and not code: the window, the alarms, the checkpoints and the command line all serve every
family through these descriptions; only the trainers (engine.dcgan, engine.pix2pix, engine.cyclegan)
hold the networks and the step. A family is chosen per run (TrainConfig.family) and recorded in its
checkpoints.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from engine.history import METRICS
from engine.quality import QUALITY_COLUMNS


class Curve(NamedTuple):
    """One curve of the window's plots (gui.curves.CurvePlot takes these triples)."""

    key: str  # a history column
    label: str
    colour: str


@dataclass(frozen=True)
class Family:
    """What a family measures and shows.

    Attributes:
        metrics: the history columns, in the order its step returns them. Columns with the same meaning
            share names across families (d_loss, real_acc, fake_acc, g_grad_norm, d_grad_norm), so the
            alarms watch every family.
        losses, accuracies, gradients: the curves of the window's three plots.
        quality_columns: one row per evaluation (the first is the iteration).
        panel: what the sample panel's cells are, for its caption.
        recipe_fields: the recipe fields (engine.config.RECIPE_FIELDS) its step reads, None: all of them;
            the window greys out the others.
        settings: the family's own config fields (engine.config.FAMILY_FIELDS) it reads.
        explorer, discriminator_view, sketch: which of the window's tools it has.
        asks_class: its generator is asked for a class (engine.data.CLASS_NAMES) besides the latent.
    """

    name: str
    title: str
    description: str
    metrics: tuple[str, ...]
    losses: tuple[Curve, ...]
    accuracies: tuple[Curve, ...]
    gradients: tuple[Curve, ...]
    quality_columns: tuple[str, ...]
    panel: str
    recipe_fields: tuple[str, ...] | None
    settings: tuple[str, ...] = ()
    explorer: bool = False
    discriminator_view: bool = False
    sketch: bool = False
    asks_class: bool = False


_ACCURACY = (Curve("real_acc", "D accuracy on real", "#81c784"), Curve("fake_acc", "D accuracy on fake", "#e57373"),
             Curve("d_real", "mean D(x)", "#fff176"), Curve("d_fake", "mean D(G(z))", "#ba68c8"))
_DCGAN_LOSSES = (Curve("g_loss", "generator loss", "#4fc3f7"), Curve("d_loss", "discriminator loss", "#ff8a65"))
_GRADIENTS = (Curve("g_grad_norm", "generator gradient norm", "#4fc3f7"),
              Curve("d_grad_norm", "discriminator gradient norm", "#ff8a65"))
# The translation families read the optimizer settings and the batch size; the DCGAN's tricks are its own.
_OPTIMIZER_FIELDS = ("batch_size", "g_learning_rate", "d_learning_rate", "g_beta1", "g_beta2", "d_beta1", "d_beta2")

FAMILIES = {
    "dcgan": Family(
        "dcgan", "DCGAN", "Noise -> garment: the seed notebook's DCGAN (Radford et al. 2016).",
        METRICS,
        _DCGAN_LOSSES, _ACCURACY, _GRADIENTS, QUALITY_COLUMNS,
        "the fixed-seed samples", recipe_fields=None, explorer=True, discriminator_view=True),
    "pix2pix": Family(
        "pix2pix", "Pix2Pix", "Edges -> garment, paired (Isola et al. 2017): a U-Net generator, a PatchGAN "
        "discriminator on (edges, image) pairs, cross-entropy + 100 x L1.",
        ("g_loss", "l1", "d_loss", "real_acc", "fake_acc", "d_real", "d_fake", "g_grad_norm", "d_grad_norm"),
        (Curve("g_loss", "G adversarial loss", "#4fc3f7"), Curve("l1", "G L1 to the target", "#aed581"),
         Curve("d_loss", "discriminator loss", "#ff8a65")),
        _ACCURACY, _GRADIENTS, ("iteration", "l1", "accuracy", "accuracy_ceiling"),
        "edges | generated | real, for fixed test images", recipe_fields=_OPTIMIZER_FIELDS, settings=("l1_weight",),
        sketch=True),
    "cyclegan": Family(
        "cyclegan", "CycleGAN", "One class into another, unpaired (Zhu et al. 2017): two generators, two "
        "least-squares discriminators, cycle (10x) and identity (0.5x) L1 losses.",
        ("g_loss", "g_ab", "g_ba", "cycle", "identity", "d_loss", "d_a", "d_b", "real_acc", "fake_acc",
         "d_real", "d_fake", "g_grad_norm", "d_grad_norm"),
        (Curve("g_ab", "G A->B adversarial", "#4fc3f7"), Curve("g_ba", "G B->A adversarial", "#9575cd"),
         Curve("cycle", "cycle L1", "#aed581"), Curve("d_a", "D of A", "#ff8a65"), Curve("d_b", "D of B", "#ffb74d")),
        _ACCURACY, _GRADIENTS, ("iteration", "share_ab", "share_ba", "share", "cycle_l1"),
        "A -> B -> A (top rows) and B -> A -> B (bottom rows), for fixed test images",
        recipe_fields=_OPTIMIZER_FIELDS, settings=("cycle_weight", "identity_weight", "class_a", "class_b")),
    "conditional": Family(
        "conditional", "Conditional DCGAN", "Class + noise -> that garment: the DCGAN with the class fed to both "
        "networks (Mirza & Osindero 2014); same recipe, tricks and tools as the DCGAN.",
        METRICS, _DCGAN_LOSSES, _ACCURACY, _GRADIENTS,
        QUALITY_COLUMNS + ("class_accuracy",) + tuple(f"accuracy_{c}" for c in range(10)),
        "each cell asks for class (cell number mod 10)", recipe_fields=None, settings=("conditioning", "class_rows"),
        explorer=True, discriminator_view=True, asks_class=True),
}
# What the translation families' quality columns mean, for the window's quality plot and readout.
QUALITY_LABELS = {"l1": "L1 to the real garment", "accuracy": "classifier accuracy on outputs",
                  "accuracy_ceiling": "accuracy on real images (ceiling)", "share_ab": "A -> B judged B",
                  "share_ba": "B -> A judged A", "share": "judged the target class", "cycle_l1": "cycle L1",
                  "class_accuracy": "asked-for class recognised"}
DEFAULT_FAMILY = "dcgan"
# Per family, the live-changeable fields (engine.changes.LIVE_FIELDS) its step reads.
TRANSLATION_LIVE_FIELDS = ("g_learning_rate", "d_learning_rate", "g_beta1", "d_beta1")


def family(name: str) -> Family:
    """The family called `name` (a KeyError names the known ones)."""
    try:
        return FAMILIES[name]
    except KeyError:
        raise KeyError(f"unknown family {name!r}; families are {', '.join(FAMILIES)}") from None
