"""The untrained VGG-19 style method (engine.style.gram.RandomVGG) with and without the tricks published for random
networks (He, Wang & Hopcroft 2016; Gatys et al. 2015): more seeds averaged, a start from noise, L-BFGS in place of
Adam, style layers weighted towards the lower ones, and without the per-layer normalisation of the Gram distance.
Each variant paints the same content and style pairs; one sheet (docs/style-random-vgg.png: a row per variant, a
column per pair) shows what each trick does, with the seconds each took, measured in this run on this machine
(printed with its CPU, and as a ratio to the engine's method as it is).

The variants are built here only, on the engine's classes: a subclass of RandomVGG for the networks and the loss,
subclasses of Stylization for the start and the optimiser.

Run: .venv/bin/python bench/style_random_vgg.py [--size 256] [--steps 400] [--out docs/style-random-vgg.png]
[CONTENT STYLE ...] (default pairs: scikit-image's astronaut in GIMP's Chocolate Swirl pattern (Debian's gimp-data,
tiled to 512x512), its rocket in scripts/make_style_examples.swirls(seed=5), resources/style/coffee.jpg in
resources/style/mosaic.jpg's style). ~13 minutes on 2 cores at --size 192 (the
sheet's), about twice that at 256 px.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import deque
from pathlib import Path
from unittest import mock

import numpy as np
import skimage
import tensorflow as tf
from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from engine.compute.precision import cpu_model_and_flags  # noqa: E402
from engine.style.gram import VGG_SEEDS, RandomVGG, gram, relative  # noqa: E402
from engine.style.methods import REGISTRY  # noqa: E402
from engine.style.pictures import read_pictures  # noqa: E402
from engine.style.settings import StyleConfig  # noqa: E402
from engine.style.transfer import Stylization  # noqa: E402
from style_methods import write_sheet  # noqa: E402  (this folder is on the path: a script's own)

ROOT = Path(__file__).resolve().parents[1]
SKIMAGE = Path(skimage.__file__).parent / "data"


def default_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """The sheet's pairs, their two made styles written to `folder`."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from make_style_examples import swirls
    from style_methods import GIMP_PATTERN, gimp_pattern

    Image.fromarray(gimp_pattern(GIMP_PATTERN)).save(folder / "choc_swirl.png")
    swirls(seed=5).save(folder / "swirls5.png")
    return [(SKIMAGE / "astronaut.png", folder / "choc_swirl.png"), (SKIMAGE / "rocket.jpg", folder / "swirls5.png"),
            (ROOT / "resources" / "style" / "coffee.jpg", ROOT / "resources" / "style" / "mosaic.jpg")]

LOWER_LAYERS = (1.0, 0.75, 0.2, 0.2, 0.2)  # conv1_1 .. conv5_1: the fine strokes' layers first
NOISE = 0.25  # the noise start's standard deviation, around mid-grey, on pixels in [-1, 1]
HISTORY = 10  # L-BFGS's remembered steps
ARMIJO = 1e-4  # the sufficient decrease a line search's step must give
FIRST_STEP = 0.05  # L-BFGS's step without history: the largest pixel change, on pixels in [-1, 1]


class TunedVGG(RandomVGG):
    """The engine's untrained VGG-19 with its tricks as knobs: networks of `seeds` seeds averaged, each style
    layer's term weighted by `layer_weights`, and each layer's Gram distance divided by the style Gram's norm
    (`normalised`) or Gatys's plain squared distance over the channels squared (then one constant for all layers,
    the style's own, keeps the style against the content where the engine has it)."""

    seeds = VGG_SEEDS
    layer_weights = (1.0,) * 5
    normalised = True

    def networks(self) -> list:
        return [self._vgg(np.random.default_rng([self.config.seed, k])) for k in range(self.seeds)]

    def style_term(self, layers: list, grams: list) -> tf.Tensor:
        weights = [w / sum(self.layer_weights) for w in self.layer_weights]
        if self.normalised:
            return tf.add_n([w * relative(gram(f), g) for w, f, g in zip(weights, layers, grams)])
        scale = tf.add_n([plain(tf.zeros_like(g), g) for g in grams]) / len(grams)
        return tf.add_n([w * plain(gram(f), g) for w, f, g in zip(weights, layers, grams)]) / scale


def plain(a: tf.Tensor, b: tf.Tensor) -> tf.Tensor:
    """Gatys et al.'s layer distance: the squared difference of the Grams over the channels squared."""
    return tf.reduce_sum(tf.square(a - b)) / float(b.shape[0] ** 2)


def tuned(**knobs) -> type:
    """A TunedVGG with these knobs turned."""
    return type("Tuned", (TunedVGG,), knobs)


class NoiseStart(Stylization):
    """Starts from noise around mid-grey at the coarsest scale instead of the content (still in the loss)."""

    def __init__(self, content, style, config):
        super().__init__(content, style, config)
        rng = np.random.default_rng(config.seed)
        self._picture = tf.Variable(np.clip(rng.normal(0.0, NOISE, (1, *self.scales[0], 3)), -1, 1).astype(np.float32))


class LBFGS(Stylization):
    """L-BFGS (Nocedal's two-loop recursion over the last HISTORY steps, a backtracking line search, the picture
    clipped to [-1, 1] after each step) instead of Adam, restarted at each scale. Each step evaluates the loss and
    its gradient once (an accepted point or a line search's trial), so a step costs what Adam's does."""

    def __init__(self, content, style, config):
        super().__init__(content, style, config)
        objective = self.method.objective

        def recorded(content_at_scale, style_at_scale):
            self._loss_at_scale = objective(content_at_scale, style_at_scale)
            return self._loss_at_scale

        self.method.objective = recorded

    def _next_scale(self):
        super()._next_scale()  # the picture at this scale and its loss (Adam's step, never traced, is replaced)
        self._step = Searcher(self._picture, self._loss_at_scale)


class Searcher:
    """L-BFGS on one picture, an evaluation per call."""

    def __init__(self, picture: tf.Variable, loss):
        self.picture, self.trial = picture, tf.Variable(picture)
        self.history = deque(maxlen=HISTORY)
        self.value = self.gradient = self.direction = None
        self.slope, self.length = 0.0, 1.0
        trial = self.trial

        @tf.function(jit_compile=False)
        def evaluate(seed):
            with tf.GradientTape() as tape:
                value = loss(trial, seed)
            return value, tape.gradient(value, trial)

        self.evaluate = evaluate

    def __call__(self, seed: tf.Tensor) -> tf.Tensor:
        value, gradient = self.evaluate(seed)
        if self.value is not None and value > self.value + ARMIJO * self.length * self.slope:
            self.length /= 2
            if self.length < 1e-3:  # the curvature remembered misleads: forget it
                self.history.clear()
                self._aim()
            self.trial.assign(tf.clip_by_value(self.picture + self.length * self.direction, -1.0, 1.0))
            return value
        if self.value is not None:
            s, y = self.trial - self.picture, gradient - self.gradient
            if float(tf.reduce_sum(s * y)) > 1e-10:
                self.history.append((s, y, 1.0 / tf.reduce_sum(s * y)))
            self.picture.assign(self.trial)
        self.value, self.gradient = value, gradient
        self._aim()
        self.trial.assign(tf.clip_by_value(self.picture + self.direction, -1.0, 1.0))
        return value

    def _aim(self) -> None:
        """The direction from the gradient and the history (two-loop recursion), the line search reset."""
        q, alphas = self.gradient, []
        for s, y, rho in reversed(self.history):
            alpha = rho * tf.reduce_sum(s * q)
            q -= alpha * y
            alphas.append(alpha)
        if self.history:
            s, y, _ = self.history[-1]
            q *= tf.reduce_sum(s * y) / tf.reduce_sum(y * y)
        else:
            q *= FIRST_STEP / (tf.reduce_max(tf.abs(q)) + 1e-12)
        for (s, y, rho), alpha in zip(self.history, reversed(alphas)):
            q += s * (alpha - rho * tf.reduce_sum(y * q))
        self.direction, self.length = -q, 1.0
        self.slope = float(tf.reduce_sum(self.gradient * self.direction))
        if self.slope >= 0 and self.history:  # not downhill: steepest descent
            self.history.clear()
            self._aim()


# name -> (the method's class, the transfer's class)
VARIANTS = {"baseline": (RandomVGG, Stylization),
            "4 seeds": (tuned(seeds=4), Stylization),
            "noise start": (RandomVGG, NoiseStart),
            "L-BFGS": (RandomVGG, LBFGS),
            "lower layers": (tuned(layer_weights=LOWER_LAYERS), Stylization),
            "plain Gram MSE": (tuned(normalised=False), Stylization),
            "L-BFGS, lower layers": (tuned(layer_weights=LOWER_LAYERS), LBFGS)}


def paint(method: type, transfer: type, content: np.ndarray, style: np.ndarray,
          config: StyleConfig) -> tuple[np.ndarray, float]:
    """The picture and the seconds it took."""
    with mock.patch.dict(REGISTRY, {"random-vgg": method}):
        stylization = transfer(content, style, config)
    started = time.perf_counter()
    picture = stylization.run()
    return picture, time.perf_counter() - started


def inputs(content: np.ndarray, style: np.ndarray) -> Image.Image:
    """The content with the style inset in its lower right corner."""
    image = Image.fromarray(content)
    inset = Image.fromarray(style)
    inset.thumbnail((image.width // 3, image.height // 3))
    image.paste(inset, (image.width - inset.width, image.height - inset.height))
    return image


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="*", metavar="CONTENT STYLE")
    parser.add_argument("--size", type=int, default=256)
    parser.add_argument("--steps", type=int, default=StyleConfig().steps)
    parser.add_argument("--out", default="docs/style-random-vgg.png")
    args = parser.parse_args()
    pairs = list(zip(args.pairs[::2], args.pairs[1::2])) or default_pairs(Path(tempfile.mkdtemp()))
    config = StyleConfig(method="random-vgg", size=args.size, steps=args.steps)
    print(f"CPU: {cpu_model_and_flags()[0]}")
    columns, seconds = [], {name: [] for name in VARIANTS}
    for content_path, style_path in pairs:
        content, style = read_pictures(content_path, style_path, config)
        column = [("content, style inset", inputs(content, style))]
        for name, (method, transfer) in VARIANTS.items():
            picture, took = paint(method, transfer, content, style, config)
            seconds[name].append(took)
            print(f"{Path(content_path).name} in {Path(style_path).name}'s style, {name}: {took:.1f} s")
            column.append((f"{name}: {took:.0f} s", Image.fromarray(picture)))
        columns.append(column)
    base = sum(seconds["baseline"])
    print(f"\n{args.size} px, {args.steps} steps; seconds per pair, their sum, and the sum's ratio to the baseline's")
    for name, each in seconds.items():
        print(f"{name:22}" + "".join(f"{s:8.1f}" for s in each) + f"{sum(each):9.1f}{sum(each) / base:7.2f}x")
    write_sheet(args.out, [list(row) for row in zip(*columns)])
    print(f"Wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
