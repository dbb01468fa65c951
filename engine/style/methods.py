"""The registry of style methods: a name -> its class. A new method is one class serving
engine.style.objective.Method, one line here, and its name and title in engine.style.settings.METHODS (which the
window and the command line read without importing TensorFlow; a test checks the two agree)."""

from __future__ import annotations

from engine.style.adversarial import LearnedDiscriminator
from engine.style.gram import RandomFilters, RandomVGG
from engine.style.patches import PatchDistributions

REGISTRY = {"patches": PatchDistributions, "random-vgg": RandomVGG, "random-filters": RandomFilters,
            "learned": LearnedDiscriminator}
