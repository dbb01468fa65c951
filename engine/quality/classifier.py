"""The domain classifier behind GAN Studio's quality metrics: a small CNN trained on Fashion-MNIST.

Why a domain classifier and not Inception: Inception-v3 features of 28x28 grey clothes mean little,
and its weights would have to be downloaded. This CNN (~91% test accuracy) knows the ten classes, so
its 128 penultimate features make a Fréchet distance that tracks what a person sees, and its class
probabilities give a classifier score and class coverage. It is trained, reproducibly, by
`scripts/train_classifier.py`; the weights ship in `resources/` (1.7 MB), so nothing is trained or
downloaded at run time.
"""

from __future__ import annotations

from pathlib import Path

import keras
import numpy as np
import tensorflow as tf
from keras import layers

from engine.messages import Explained

WEIGHTS = Path(__file__).resolve().parents[2] / "resources" / "fashion_classifier.npz"
CLASSES = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
           "Ankle boot")
FEATURES = 128


class ClassifierError(Explained, ValueError):
    """The classifier's metrics cannot be measured: its weights file is missing or does not fit it, or the data or
    the sample count is not one it can measure."""


def build_classifier(seed: int = 0) -> keras.Model:
    """Image in [-1, 1] (28x28x1) -> 10 class logits; the layer named "features" is the embedding."""
    init = keras.initializers.GlorotUniform
    return keras.Sequential([
        keras.Input((28, 28, 1)),
        layers.Conv2D(32, 3, padding="same", activation="relu", kernel_initializer=init(seed), name="conv1"),
        layers.MaxPooling2D(name="pool1"),
        layers.Conv2D(64, 3, padding="same", activation="relu", kernel_initializer=init(seed + 1), name="conv2"),
        layers.MaxPooling2D(name="pool2"),
        layers.Flatten(name="flatten"),
        layers.Dense(FEATURES, activation="relu", kernel_initializer=init(seed + 2), name="features"),
        layers.Dropout(0.3, seed=seed + 3, name="dropout"),
        layers.Dense(len(CLASSES), kernel_initializer=init(seed + 4), name="logits"),
    ], name="fashion_classifier")


def save_weights(model: keras.Model, path: str | Path) -> None:
    """Plain arrays named by variable path (an npz without pickles)."""
    np.savez(path, **{v.path: np.asarray(v.numpy()) for v in model.weights})


class DomainClassifier:
    """The shipped classifier, ready to embed uint8 images (what the generator shows a user)."""

    def __init__(self, path: str | Path = WEIGHTS):
        path = Path(path)
        self.model = build_classifier()
        try:
            with np.load(path, allow_pickle=False) as saved:
                arrays = {name: saved[name] for name in saved.files}
        except (OSError, ValueError) as exc:
            raise ClassifierError("cannot read the quality classifier's weights {path}: {reason}. They ship with "
                                  "GAN Studio in resources/; re-create them with `python scripts/train_classifier.py`.",
                                  path=path, reason=exc) from None
        for variable in self.model.weights:
            value = arrays.get(variable.path)
            if value is None or tuple(value.shape) != tuple(variable.shape):
                raise ClassifierError("{path} does not fit the classifier (variable {variable}); re-create it with "
                                      "`python scripts/train_classifier.py`.", path=path, variable=variable.path)
            variable.assign(value)
        features = self.model.get_layer("features").output
        embed = keras.Model(self.model.inputs, [features, self.model.get_layer("logits").output])

        @tf.function(input_signature=[tf.TensorSpec([None, 28, 28], tf.uint8)])
        def run(images):
            x = tf.cast(images, tf.float32)[..., None] / 127.5 - 1.0
            feats, logits = embed(x, training=False)
            return feats, tf.nn.softmax(logits)

        self._run = run

    def embed(self, images: np.ndarray, batch: int = 2000) -> tuple[np.ndarray, np.ndarray]:
        """uint8 images (N, 28, 28) -> (features (N, 128) float64, class probabilities (N, 10) float64)."""
        features, probabilities = [], []
        for start in range(0, len(images), batch):
            f, p = self._run(tf.constant(np.asarray(images[start:start + batch], np.uint8)))
            features.append(f.numpy())
            probabilities.append(p.numpy())
        return (np.concatenate(features).astype(np.float64), np.concatenate(probabilities).astype(np.float64))

    def accuracy(self, images: np.ndarray, labels: np.ndarray) -> float:
        return float(np.mean(np.argmax(self.embed(images)[1], axis=1) == labels))
