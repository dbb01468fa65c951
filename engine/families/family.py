"""What a GAN family declares about itself, as data (no numpy, no TensorFlow) for everything that shows or
records a run: its history columns, the window's curve plots, its quality table, its sample panel, the
recipe fields it reads and the window's tools it has.

Why data and not code: the window, the alarms, the checkpoints and the command line serve every family
through these declarations, and the window reads them before TensorFlow has loaded; only the family's
trainer (loaded by `Family.trainer()`) holds networks and a step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple


class Curve(NamedTuple):
    """One curve of the window's plots (gui.panels.curves.CurvePlot takes these triples)."""

    key: str  # a history column
    label: str
    colour: str


# What several families share: the accuracy plot's curves of losses.verdicts, and the gradient norms every
# step returns.
VERDICTS = ("real_acc", "fake_acc", "d_real", "d_fake")
GRADIENT_NORMS = ("g_grad_norm", "d_grad_norm")
ACCURACY_CURVES = (Curve("real_acc", "D accuracy on real", "#81c784"),
                   Curve("fake_acc", "D accuracy on fake", "#e57373"),
                   Curve("d_real", "mean D(x)", "#fff176"), Curve("d_fake", "mean D(G(z))", "#ba68c8"))
GRADIENT_CURVES = (Curve("g_grad_norm", "generator gradient norm", "#4fc3f7"),
                   Curve("d_grad_norm", "discriminator gradient norm", "#ff8a65"))
# The recipe fields the translation families read: the optimizers' settings and the batch size.
OPTIMIZER_FIELDS = ("batch_size", "g_learning_rate", "d_learning_rate", "g_beta1", "g_beta2", "d_beta1", "d_beta2")


class QualityReference(NamedTuple):
    """The same figures measured on real data beside a family's quality columns (the composer's: Bach's own voices),
    and how far a figure may be from its reference: the quality plot draws each column's distance to its reference
    against the goal, the readout both values.

    columns: a quality column -> the column of its reference's value.
    distance: distance(column, value, reference) -> how far the value is, relative (0: the same).
    goal: the distance a good generator stays under (the plot's dashed line).
    name: what the reference is called in words ("Bach").
    """

    columns: dict[str, str]
    distance: Callable[[str, float, float], float]
    goal: float
    name: str


def with_verdicts(*losses: str) -> tuple[str, ...]:
    """A family's metrics: its losses, then the accuracy plot's verdicts and the gradient norms."""
    return (*losses, *VERDICTS, *GRADIENT_NORMS)


@dataclass(frozen=True)
class Family:
    """One GAN family: what it measures and shows, its own settings, and where its trainer is.

    Attributes:
        name: the registry's key, the config's `family` value, recorded in checkpoints.
        title, description: what the window and the command line call it and say of it.
        metrics: the names its step's metrics are returned by (engine.compute.replica.metrics checks them
            once, when the step is traced), and so its history columns. Columns with the same meaning share
            names across families (d_loss, real_acc, fake_acc, g_grad_norm, d_grad_norm), so the alarms
            watch every family.
        losses, accuracies, gradients: the curves of the window's three plots.
        quality_columns: one row per evaluation (the first is the iteration).
        quality_labels: what its quality columns beyond the DCGAN's mean, for the quality plot.
        reference: the same figures for real data beside its quality columns, or None (QualityReference).
        panel: what the sample panel's cells are, for its caption.
        trainer: returns its engine.training.trainer.Trainer subclass. A function, so that the window can
            read every family's declaration before TensorFlow (which the trainers import) has loaded.
        settings: its own settings, a engine.config.fields.Settings dataclass (a TrainConfig holds one of
            every family's: config.families[name]; the run's own is config.settings).
        recipe_fields: the recipe fields (engine.config.RECIPE_FIELDS) its step reads, None: all of them;
            the window greys out the others, and the live ones among them are what its run may change.
        explorer, discriminator_view, sketch, melody_pad: which of the window's tools it has (the melody pad
            harmonises with the shipped composer for the other families' runs).
        asks_class: its generator is asked for a class (engine.io.data.CLASS_NAMES) besides the latent.
        colour_panel: its panel cells are colour pictures whatever the data (the composer's piano rolls).
        data: the data it always trains on (engine.io.data.load_dataset's name for it), whatever the run's data
            setting says; None: the run's pictures.
    """

    name: str
    title: str
    description: str
    metrics: tuple[str, ...]
    losses: tuple[Curve, ...]
    quality_columns: tuple[str, ...]
    panel: str
    trainer: Callable[[], type]
    settings: type
    accuracies: tuple[Curve, ...] = ACCURACY_CURVES
    gradients: tuple[Curve, ...] = GRADIENT_CURVES
    quality_labels: dict[str, str] = field(default_factory=dict)
    reference: QualityReference | None = None
    recipe_fields: tuple[str, ...] | None = None
    explorer: bool = False
    discriminator_view: bool = False
    sketch: bool = False
    melody_pad: bool = False
    asks_class: bool = False
    colour_panel: bool = False
    data: str | None = None
