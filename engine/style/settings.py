"""What a style transfer is asked for, each field with its bounds beside it (the window's widgets, the command
line and validation read the same declaration)."""

from __future__ import annotations

from dataclasses import dataclass

from engine.config.fields import Settings, setting

# name (the command line's --method) -> its title in the window; their classes: engine.style.methods
METHODS = {"patches": "Style patches", "random-vgg": "Untrained VGG-19", "random-filters": "Random filters",
           "learned": "Discriminator learned while painting"}
DEFAULT_METHOD = "patches"


@dataclass(frozen=True)
class StyleConfig(Settings):
    """One style transfer's settings."""

    method: str = setting(DEFAULT_METHOD, "How the style is measured: by its patches, their distribution seen "
                          "through random projections (Elnekave & Weiss 2022) and each of the picture's patches pulled "
                          "to the nearest (Kwatra et al. 2005), by Gram matrices of an untrained VGG-19 "
                          "(He et al. 2016) or of one layer of random filters of several sizes (Ustyuzhaninov et al. "
                          "2017), or by a patch discriminator trained on the style while the picture is painted.",
                          label="Method", choices=tuple(METHODS))
    size: int = setting(256, "The result's longer side in pixels (the content's shape is kept).", label="Size",
                        low=64, high=1024)
    steps: int = setting(400, "Optimisation steps in all, shared by the scales from coarse to fine.", label="Steps",
                         low=10, high=5000)
    strength: float = setting(0.7, "How much the style may change the content: 0 keeps the content, 1 paints with "
                              "the style alone from the content's start.", label="Strength", low=0.0, high=1.0)
    brush: float = setting(1.0, "The style picture's scale against the result: above 1 its strokes and patterns come "
                           "out larger, below 1 finer.", label="Brush scale", low=0.25, high=4.0)
    seed: int = setting(0, "Seed of the random projections, networks and noise.", label="Seed", low=0)
