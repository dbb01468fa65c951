"""Scoring a generator against real images, with the floor a perfect generator would reach.

Evaluator: the Fashion classifier's metrics against the test set; its features and the floor (as many
real train images as samples, against the test set) computed once and reused for every evaluation of a
run. SWDEvaluator: the SWD (engine.quality.swd) of any images against one half of the real training
images, its floor the other half against the same. The generated samples come from fixed latents
(engine.quality.metrics.EVALUATION_SEED), so two checkpoints' numbers differ only by their generators.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from engine.io.data import Dataset
from engine.quality.classifier import ClassifierError, DomainClassifier
from engine.quality.metrics import EVALUATION_SEED, Quality, measure
from engine.quality.swd import compare, describe

DEFAULT_SAMPLES = 2000  # ~2 s an evaluation on 2 CPU cores; the floor is computed with as many


class Evaluator:
    """The DCGAN's quality measurement for a sample count: the test set's features and the floor (as many real
    images) computed once, then any generator's samples scored against them."""

    def __init__(self, dataset: Dataset, samples: int = DEFAULT_SAMPLES,
                 classifier: DomainClassifier | None = None):
        if not dataset.has_quality:
            raise ClassifierError(
                "Quality metrics (FCD, KID, classifier score, class coverage) compare generated images with the "
                "Fashion-MNIST test set through a Fashion classifier: not available for {kind} data ({source}). The "
                "curves, grid and alarms work as for Fashion-MNIST.", kind=dataset.kind, source=dataset.source)
        if not 2 <= samples <= len(dataset.train_images):
            raise ClassifierError("samples must be in [2, {count}], got {samples}", count=len(dataset.train_images),
                                  samples=samples)
        self.samples = samples
        self.classifier = classifier or DomainClassifier()
        self.reference_features, _ = self.classifier.embed(dataset.test_images)
        real = np.random.default_rng(EVALUATION_SEED).choice(len(dataset.train_images), samples, replace=False)
        self.floor = self.score(dataset.train_images[np.sort(real)])

    def score(self, images: np.ndarray) -> Quality:
        """The metrics of uint8 images (N, 28, 28) against the test set."""
        features, probabilities = self.classifier.embed(images)
        return measure(features, probabilities, self.reference_features)

    def latents(self, noise_dim: int) -> np.ndarray:
        """The latents every evaluation draws its samples from (float32, (samples, noise_dim))."""
        return evaluation_latents(self.samples, noise_dim)

    def evaluate(self, generate: Callable[[np.ndarray], np.ndarray], noise_dim: int) -> Quality:
        """The metrics of a generator: `generate(latents (N, noise_dim)) -> uint8 images (N, 28, 28)`."""
        return self.score(generate(self.latents(noise_dim)))


def evaluation_latents(samples: int, noise_dim: int) -> np.ndarray:
    """The latents every evaluation draws its samples from (float32, (samples, noise_dim))."""
    return np.random.default_rng(EVALUATION_SEED).standard_normal((samples, noise_dim)).astype(np.float32)


class SWDEvaluator:
    """The SWD of generated images against `samples` real training images (one half of a fixed shuffle),
    and its floor: the next `samples` real images against the same ones. With fewer than 2 x samples
    training images, each half is half of them."""

    def __init__(self, dataset: Dataset, samples: int = DEFAULT_SAMPLES):
        count = len(dataset.train_images)
        if count < 4:
            raise ValueError(f"the SWD needs at least 4 training images, the data has {count}")
        self.asked, self.samples = samples, min(samples, count // 2)
        order = np.random.default_rng(EVALUATION_SEED).permutation(count)
        self.real = describe(dataset.gather(np.sort(order[:self.samples])), EVALUATION_SEED)  # kept: ~20 MB
        self.floor = self.score(dataset.gather(np.sort(order[self.samples:2 * self.samples])))

    def score(self, images: np.ndarray) -> float:
        """The mean SWD (x 1000) of `samples` uint8 images (the first, if given more) against the real half."""
        return compare(describe(np.asarray(images)[:self.samples], EVALUATION_SEED), self.real, EVALUATION_SEED).mean


class QualityMeter:
    """Measures a trainer as it is now, in its family's terms (Trainer.measure_quality), and records
    the row in the trainer's quality table.

    What the measurements need is made when first needed and kept: the Fashion classifier, and for the
    DCGAN the Evaluator (test-set features and floor, ~2 s), again only when the run's quality_samples
    differ. The command line and the window's worker both measure through one of these.
    """

    def __init__(self, dataset: Dataset):
        self.dataset = dataset
        self._evaluator: Evaluator | None = None
        self._swd: SWDEvaluator | None = None
        self._classifier: DomainClassifier | None = None

    def evaluator(self, samples: int) -> Evaluator:
        """The DCGAN's Evaluator for `samples` generated images."""
        if self._evaluator is None or self._evaluator.samples != samples:
            self._evaluator = Evaluator(self.dataset, samples, self._classifier)
            self._classifier = self._evaluator.classifier
        return self._evaluator

    def swd(self, samples: int) -> SWDEvaluator:
        """The SWD's evaluator for `samples` generated images (its real halves chosen once)."""
        if self._swd is None or self._swd.asked != samples:
            self._swd = SWDEvaluator(self.dataset, samples)
        return self._swd

    @property
    def classifier(self) -> DomainClassifier:
        """The Fashion classifier, for the families that judge their outputs with it.

        Raises:
            ClassifierError: the data is not Fashion-MNIST, or the weights are missing.
        """
        if not self.dataset.has_quality:
            raise ClassifierError("The Fashion-MNIST classifier's metrics are not available for {kind} data "
                                  "({source}).", kind=self.dataset.kind, source=self.dataset.source)
        if self._classifier is None:
            self._classifier = DomainClassifier()
        return self._classifier

    def measure(self, trainer) -> tuple[np.ndarray, str]:
        """(the recorded row of trainer.info.quality_columns, a line saying it)."""
        row, line = trainer.measure_quality(self)
        return trainer.record_quality(row), line
