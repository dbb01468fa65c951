"""Train the quality metrics' domain classifier on the real Fashion-MNIST train set, reproducibly.

    .venv/bin/python scripts/train_classifier.py [--epochs 8] [--out resources/fashion_classifier.npz]

Fixed seed, deterministic ops, no augmentation; prints the accuracy on the real test set (which it
never trains on) and writes the weights as a plain npz. Takes about a minute on 2 CPU cores.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", default=str(ROOT / "resources" / "fashion_classifier.npz"))
    parser.add_argument("--data-dir")
    args = parser.parse_args()

    import keras
    import numpy as np
    import tensorflow as tf

    from engine.io.idx import load_fashion_mnist
    from engine.quality.classifier import DomainClassifier, build_classifier, save_weights

    keras.utils.set_random_seed(args.seed)
    tf.config.experimental.enable_op_determinism()
    data = load_fashion_mnist(args.data_dir)
    x = data.train_images[..., None].astype(np.float32) / 127.5 - 1.0
    model = build_classifier(args.seed)
    model.compile(optimizer=keras.optimizers.Adam(1e-3),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    start = time.perf_counter()
    model.fit(x, data.train_labels.astype(np.int64), batch_size=128, epochs=args.epochs, shuffle=True,
              verbose=2)
    save_weights(model, args.out)
    accuracy = DomainClassifier(args.out).accuracy(data.test_images, data.test_labels)
    print(f"trained in {time.perf_counter() - start:.0f} s; wrote {args.out}")
    print(f"test accuracy: {accuracy:.4f}")


if __name__ == "__main__":
    main()
