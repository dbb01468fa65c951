"""Quality of generated Fashion-MNIST, measured with the domain classifier (engine.quality.classifier).

- FCD, the Fréchet classifier distance: FID's formula on the classifier's 128 penultimate features,
  generated samples against the real test set. Lower is better; 0 for identical distributions.
- KID: the squared MMD with FID's successor's cubic polynomial kernel, unbiased, averaged over
  subsets; unlike FCD it has no bias that depends on the sample count.
- Classifier score: the Inception-score formula on this classifier, exp(E_x KL(p(y|x) || p(y))):
  high when each image is confidently one class and the classes are balanced; at most 10.
- Class coverage: the histogram of predicted classes over the samples and its entropy divided by
  log 10: 1 when all ten classes are equally present, 0 when every sample is one class (collapse).

Each metric comes with its floor: the same numbers for as many real train images against the test
set, i.e. what a perfect generator would score with this sample count.

A DCGAN's quality row also holds the SWD (engine.quality.swd), which needs no classifier and so is
measured for any images; the Fashion classifier's columns are NaN for other data.
"""

from __future__ import annotations

import csv
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

EVALUATION_SEED = 2**31 - 2  # the latents evaluated are this seed's: the same for every checkpoint
# One row per evaluation of a run, kept in its checkpoints and written as quality.csv; the floor is
# repeated on each row so that every row reads on its own.
QUALITY_COLUMNS = ("iteration", "fcd", "kid", "score", "coverage",
                   "fcd_floor", "kid_floor", "score_floor", "coverage_floor", "swd", "swd_floor")
NO_CLASSIFIER = 8  # the Fashion classifier's columns after the iteration: NaN where the data is not Fashion-MNIST


def _psd_sqrt(matrix: np.ndarray) -> np.ndarray:
    values, vectors = np.linalg.eigh(matrix)
    return (vectors * np.sqrt(np.clip(values, 0, None))) @ vectors.T


def frechet_distance(mu1: np.ndarray, cov1: np.ndarray, mu2: np.ndarray, cov2: np.ndarray) -> float:
    """||mu1 - mu2||^2 + Tr(C1 + C2 - 2 (C1 C2)^(1/2)) between two Gaussians.

    Tr((C1 C2)^(1/2)) is computed as the sum of the square roots of the eigenvalues of the symmetric
    S C2 S with S = C1^(1/2) (the same eigenvalues as C1 C2), which stays real and stable where a
    general matrix square root of C1 C2 picks up imaginary round-off.
    """
    root = _psd_sqrt(cov1)
    cross = np.sqrt(np.clip(np.linalg.eigvalsh(root @ cov2 @ root), 0, None)).sum()
    return float(np.sum((mu1 - mu2) ** 2) + np.trace(cov1) + np.trace(cov2) - 2 * cross)


def fcd(features_a: np.ndarray, features_b: np.ndarray) -> float:
    """The Fréchet distance between Gaussians fitted to two feature sets (N, d)."""
    return frechet_distance(features_a.mean(0), np.cov(features_a, rowvar=False),
                            features_b.mean(0), np.cov(features_b, rowvar=False))


def kid(features_a: np.ndarray, features_b: np.ndarray, subsets: int = 10, subset_size: int = 1000,
        seed: int = 0) -> tuple[float, float]:
    """Kernel distance: unbiased MMD^2 with k(x, y) = (x.y / d + 1)^3, mean and std over subsets."""
    rng = np.random.default_rng(seed)
    m = min(subset_size, len(features_a), len(features_b))
    d = features_a.shape[1]
    values = []
    for _ in range(subsets):
        x = features_a[rng.choice(len(features_a), m, replace=False)]
        y = features_b[rng.choice(len(features_b), m, replace=False)]
        kxx, kyy, kxy = ((x @ x.T / d + 1) ** 3, (y @ y.T / d + 1) ** 3, (x @ y.T / d + 1) ** 3)
        values.append((kxx.sum() - np.trace(kxx)) / (m * (m - 1)) + (kyy.sum() - np.trace(kyy)) / (m * (m - 1))
                      - 2 * kxy.mean())
    return float(np.mean(values)), float(np.std(values))


def classifier_score(probabilities: np.ndarray) -> float:
    """exp(mean KL(p(y|x) || p(y))) over the samples (the Inception-score formula)."""
    p = np.clip(probabilities, 1e-12, 1)
    marginal = p.mean(axis=0)
    return float(np.exp(np.mean(np.sum(p * (np.log(p) - np.log(marginal)), axis=1))))


def class_coverage(probabilities: np.ndarray) -> tuple[np.ndarray, float]:
    """(share of samples predicted as each class, normalised entropy of those shares in [0, 1])."""
    classes = probabilities.shape[1]
    shares = np.bincount(np.argmax(probabilities, axis=1), minlength=classes) / len(probabilities)
    nonzero = shares[shares > 0]
    return shares, max(0.0, float(-np.sum(nonzero * np.log(nonzero)) / np.log(classes)))  # never -0.0


@dataclass(frozen=True)
class Quality:
    """One evaluation: the metrics of a sample set against the test set."""

    fcd: float
    kid: float
    kid_std: float
    score: float
    coverage: float  # normalised entropy of the predicted-class histogram
    class_shares: tuple  # 10 floats
    samples: int

    def as_dict(self) -> dict:
        return asdict(self)


def measure(features: np.ndarray, probabilities: np.ndarray, reference_features: np.ndarray) -> Quality:
    """The metrics of one sample set's classifier outputs against the reference (test set) features."""
    shares, coverage = class_coverage(probabilities)
    kid_mean, kid_std = kid(features, reference_features)
    return Quality(fcd(features, reference_features), kid_mean, kid_std, classifier_score(probabilities),
                   coverage, tuple(float(s) for s in shares), len(features))


def quality_row(iteration: int, quality: Quality | None, floor: Quality | None, swd: float,
                swd_floor: float) -> np.ndarray:
    """The QUALITY_COLUMNS row of one evaluation (quality and floor None: data without the Fashion classifier)."""
    classifier = ([quality.fcd, quality.kid, quality.score, quality.coverage, floor.fcd, floor.kid, floor.score,
                   floor.coverage] if quality is not None else [np.nan] * NO_CLASSIFIER)
    return np.array([iteration, *classifier, swd, swd_floor], np.float64)


def empty_quality_table() -> np.ndarray:
    return np.zeros((0, len(QUALITY_COLUMNS)), np.float64)


def write_quality_csv(path: str | Path, columns: tuple[str, ...], table: np.ndarray) -> None:
    """One row per evaluation under the family's column names (the first, the iteration, as a whole number)."""
    with open(path, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        for row in table:
            writer.writerow([int(row[0])] + [f"{v:.6g}" for v in row[1:]])
