"""The GAN families a run can train, registered here: adding a family is one package under
engine/families (declaring its FAMILY and its trainer) and one line in FAMILIES below.

Each family's package declares what it measures and shows (engine.families.family.Family) without
loading TensorFlow, so the window lists the families at once; its trainer module holds the networks
and the step. A family is chosen per run (its config's run.family) and recorded in its checkpoints.
"""

from __future__ import annotations

from engine.families import composer, conditional, cyclegan, dcgan, pix2pix
from engine.families.family import Curve, Family

FAMILIES: dict[str, Family] = {family.name: family for family in (
    dcgan.FAMILY,
    pix2pix.FAMILY,
    cyclegan.FAMILY,
    conditional.FAMILY,
    composer.FAMILY,
)}
DEFAULT_FAMILY = "dcgan"

__all__ = ["DEFAULT_FAMILY", "FAMILIES", "Curve", "Family", "family"]


def family(name: str) -> Family:
    """The family called `name` (a KeyError names the known ones)."""
    try:
        return FAMILIES[name]
    except KeyError:
        raise KeyError(f"unknown family {name!r}; families are {', '.join(FAMILIES)}") from None
