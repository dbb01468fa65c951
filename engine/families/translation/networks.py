"""What the image-to-image families (engine.families.pix2pix, engine.families.cyclegan) share: their networks, sized for
28x28 images, and the parts of a trainer that are the same for both.

Networks (Isola et al. 2017, Zhu et al. 2017, scaled down from 256x256 to 28x28 padded to 32x32):
- generator: a U-Net, four stride-2 4x4 convolutions down (32, 64, 128, 128 filters; 32 -> 2 pixels),
  three transposed convolutions up with skip connections, a tanh transposed convolution to one
  channel, cropped back to 28x28. Instance normalisation (as CycleGAN; Pix2Pix's batch norm at batch
  size 1 is the same thing), so a sample's look never depends on the rest of its batch.
- discriminator: a PatchGAN, two stride-2 convolutions and a 4x4 convolution to a 7x7 map of logits,
  each judging a ~22-pixel patch (the paper's 70x70 of 256 scaled to this size).
Initial weights are N(0, 0.02), as both papers, from the run's seed.
"""

from __future__ import annotations

import keras
import numpy as np
import tensorflow as tf
from keras import layers

from engine.config import TrainConfig
from engine.families.dcgan.layer_forms import ReplicaDropout
from engine.families.dcgan.networks import layer_seeds
from engine.io.data import DatasetError
from engine.io.images import side_by_side
from engine.training.trainer import Trainer

IMAGE = (28, 28, 1)


def _norm(channels: int, dtype: str, name: str) -> layers.Layer:
    """Instance normalisation: one group per channel."""
    return layers.GroupNormalization(groups=channels, epsilon=1e-5, name=name, dtype=dtype)


def build_unet(name: str, seed: int, stream: int, dropout: float = 0.0, dtype: str = "float32") -> keras.Model:
    """28x28x1 in [-1, 1] -> 28x28x1 in [-1, 1]; `dropout` in the two innermost up blocks (Pix2Pix's noise,
    training only)."""
    s = layer_seeds(seed, stream, 10)
    init = [keras.initializers.RandomNormal(0.0, 0.02, seed=k) for k in s]
    d = {"dtype": dtype}
    inputs = keras.Input(IMAGE)
    x = layers.ZeroPadding2D(2, name="pad", **d)(inputs)
    skips = []
    for i, filters in enumerate((32, 64, 128, 128)):
        x = layers.Conv2D(filters, 4, strides=2, padding="same", use_bias=False, kernel_initializer=init[i],
                          name=f"down{i}", **d)(x)
        if i:
            x = _norm(filters, dtype, f"down{i}_norm")(x)
        x = layers.LeakyReLU(0.2, name=f"down{i}_lrelu", **d)(x)
        skips.append(x)
    for i, (filters, skip) in enumerate(zip((128, 64, 32), reversed(skips[:-1]))):
        x = layers.Conv2DTranspose(filters, 4, strides=2, padding="same", use_bias=False,
                                   kernel_initializer=init[4 + i], name=f"up{i}", **d)(x)
        x = _norm(filters, dtype, f"up{i}_norm")(x)
        if dropout and i < 2:
            x = ReplicaDropout(dropout, seed=s[8 + i], name=f"up{i}_drop", **d)(x)
        x = layers.ReLU(name=f"up{i}_relu", **d)(x)
        x = layers.Concatenate(name=f"up{i}_skip", **d)([x, skip])
    x = layers.Conv2DTranspose(1, 4, strides=2, padding="same", kernel_initializer=init[7], activation="tanh",
                               name="out", dtype="float32")(x)
    outputs = layers.Cropping2D(2, name="crop", dtype="float32")(x)
    return keras.Model(inputs, outputs, name=name)


def build_patch_discriminator(name: str, seed: int, stream: int, channels: int = 1,
                              dtype: str = "float32") -> keras.Model:
    """28x28xchannels in [-1, 1] -> 7x7x1 float32 logits, one per overlapping patch."""
    s = layer_seeds(seed, stream, 3)
    init = [keras.initializers.RandomNormal(0.0, 0.02, seed=k) for k in s]
    d = {"dtype": dtype}
    return keras.Sequential([
        keras.Input((28, 28, channels)),
        layers.Conv2D(64, 4, strides=2, padding="same", kernel_initializer=init[0], name="conv1", **d),
        layers.LeakyReLU(0.2, name="lrelu1", **d),
        layers.Conv2D(128, 4, strides=2, padding="same", use_bias=False, kernel_initializer=init[1], name="conv2",
                      **d),
        _norm(128, dtype, "conv2_norm"),
        layers.LeakyReLU(0.2, name="lrelu2", **d),
        layers.Conv2D(1, 4, padding="same", kernel_initializer=init[2], name="patches", dtype="float32"),
    ], name=name)


def scaled(images: tf.Tensor) -> tf.Tensor:
    """uint8 (N, 28, 28) -> float32 (N, 28, 28, 1) in [-1, 1]."""
    return tf.cast(images, tf.float32)[..., None] / 127.5 - 1.0


def as_uint8(images: tf.Tensor) -> tf.Tensor:
    """A generator's float output (N, 28, 28, 1) in [-1, 1] -> uint8 (N, 28, 28)."""
    return tf.cast(tf.round(tf.clip_by_value((tf.cast(images[..., 0], tf.float32) + 1.0) * 127.5, 0.0, 255.0)),
                   tf.uint8)


def make_translate(generator: keras.Model):
    """Compile inference: uint8 (N, 28, 28) -> uint8 (N, 28, 28) (dropout off)."""

    @tf.function(input_signature=[tf.TensorSpec([None, 28, 28], tf.uint8)])
    def translate(images):
        return as_uint8(generator(scaled(images), training=False))

    return translate


def run_batched(function, images: np.ndarray, batch: int = 1000) -> np.ndarray:
    """A compiled uint8 -> uint8 function over many images, `batch` at a time (bounded memory)."""
    return np.concatenate([function(tf.constant(np.asarray(images[i:i + batch], np.uint8))).numpy()
                           for i in range(0, len(images), batch)])


def mean_l1(a: np.ndarray, b: np.ndarray) -> float:
    """Mean absolute difference of uint8 images, in grey levels / 255 (0: identical, 1: opposite)."""
    return float(np.mean(np.abs(a.astype(np.float32) - b.astype(np.float32))) / 255.0)


def panel_cells(*columns: np.ndarray) -> np.ndarray:
    """Rows of images (each (N, 28, 28)) side by side as N panel cells, a one-pixel grey line apart."""
    return side_by_side(*columns, gap=1, value=96)


class TranslationTrainer(Trainer):
    """A trainer whose networks are `generators` (trained by g_optimizer) and `discriminators` (by
    d_optimizer), whose recipe is the optimizers' settings (its family's recipe_fields), and one compiled
    step."""

    def _networks(self) -> tuple[list[keras.Model], list[keras.Model]]:
        raise NotImplementedError

    def _compile_step(self):
        raise NotImplementedError

    def generator_variables(self) -> list:
        return [v for g in self._networks()[0] for v in g.trainable_variables]

    def discriminator_variables(self) -> list:
        return [v for d in self._networks()[1] for v in d.trainable_variables]

    def variable_groups(self) -> dict[str, list]:
        generators, discriminators = self._networks()
        groups = {net.name: list(net.variables) for net in (*generators, *discriminators)}
        groups["g_optimizer"] = list(self.g_optimizer.variables)
        groups["d_optimizer"] = list(self.d_optimizer.variables)
        return groups

    def _check_shape(self) -> None:
        """The translation families' networks are built for 28x28 grey images (IMAGE), for now.

        Raises:
            DatasetError: the data is of another size or in colour.
        """
        if self.dataset.image_shape != IMAGE[:2] or self.dataset.streamed:
            raise DatasetError(f"{self.info.title} trains on 28x28 grey images that fit in memory for now; the "
                               f"data is {self.dataset.describe()}. Choose image size 28 and 1 channel for it.")

    def _step_for(self, config: TrainConfig):
        if "step" not in self._steps:  # the live fields are the optimizers' variables: one graph
            self._steps["step"] = self._compile_step()
        return self._steps["step"]

    def _test_images(self, labels: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray | None]:
        """The held-out images the panel and the metrics use (of classes `labels`, if given), with their
        labels: the test set, or the training images where the data has none (a folder of images)."""
        data = self.dataset
        images, known = ((data.test_images, data.test_labels) if data.test_images is not None
                         else (data.train_images, data.train_labels))
        if labels is not None:
            keep = np.isin(known, labels)
            images, known = images[keep], known[keep]
        return images, known
