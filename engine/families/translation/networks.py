"""What the image-to-image families (engine.families.pix2pix, engine.families.cyclegan) share: their networks, sized
for the run's images (28x28 grey Fashion-MNIST up to 128x128 colour), and the parts of a trainer that are the
same for both.

Networks (Isola et al. 2017, Zhu et al. 2017, scaled down from 256x256):
- generator: a U-Net. The image is padded to the next power of two (28 -> 32), then stride-2 4x4
  convolutions down to 2x2 (32, 64, then 128 filters: four at 32 pixels, five at 64, six at 128),
  transposed convolutions up with skip connections, a tanh transposed convolution to the output's
  channels, cropped back. Instance normalisation (as CycleGAN; Pix2Pix's batch norm at batch size 1 is
  the same thing), so a sample's look never depends on the rest of its batch.
- discriminator: a PatchGAN, stride-2 convolutions (two up to 32 pixels, one more per doubling: 64, 128,
  256, 256 filters) and a 4x4 convolution to a map of logits (7x7 at 28 pixels, 8x8 above), each judging
  a patch of about a third of the image (the paper's 70x70 of 256).
At 28x28 grey these are the networks the families had before other sizes, bit for bit (tests/test_old_checkpoints
continues checkpoints of those versions identically).
Initial weights are N(0, 0.02), as both papers, from the run's seed.
"""

from __future__ import annotations

import keras
import numpy as np
import tensorflow as tf
from keras import layers

from engine.compute import replica
from engine.config import TrainConfig
from engine.families.dcgan.layer_forms import ReplicaDropout
from engine.families.dcgan.networks import layer_seeds
from engine.io.data import DatasetError
from engine.io.images import side_by_side
from engine.messages import Message
from engine.training.trainer import Trainer

MAX_FILTERS = 128  # the U-Net's widest down block


def _norm(channels: int, dtype: str, name: str) -> layers.Layer:
    """Instance normalisation: one group per channel."""
    return layers.GroupNormalization(groups=channels, epsilon=1e-5, name=name, dtype=dtype)


def padded_side(size: int) -> int:
    """The power of two a `size`-pixel image is padded to for the U-Net (28 -> 32; 32, 64, 128 stay)."""
    return 1 << (size - 1).bit_length()


def build_unet(name: str, seed: int, stream: int, size: int = 28, in_channels: int = 1, out_channels: int = 1,
               dropout: float = 0.0, dtype: str = "float32", activation: str | None = "tanh") -> keras.Model:
    """(size, size, in_channels) in [-1, 1] -> (size, size, out_channels) in [-1, 1] (`activation` None: float32
    logits, for the composer's pitches); `dropout` in the two innermost up blocks (Pix2Pix's noise, training
    only)."""
    side = padded_side(size)
    pad, downs = (side - size) // 2, side.bit_length() - 2  # down to 2x2
    filters = [min(32 << i, MAX_FILTERS) for i in range(downs)]
    s = layer_seeds(seed, stream, 2 * downs + 2)
    init = [keras.initializers.RandomNormal(0.0, 0.02, seed=k) for k in s]
    d = {"dtype": dtype}
    inputs = keras.Input((size, size, in_channels))
    x = layers.ZeroPadding2D(pad, name="pad", **d)(inputs) if pad else inputs
    skips = []
    for i, width in enumerate(filters):
        x = layers.Conv2D(width, 4, strides=2, padding="same", use_bias=False, kernel_initializer=init[i],
                          name=f"down{i}", **d)(x)
        if i:
            x = _norm(width, dtype, f"down{i}_norm")(x)
        x = layers.LeakyReLU(0.2, name=f"down{i}_lrelu", **d)(x)
        skips.append(x)
    for i, skip in enumerate(reversed(skips[:-1])):
        width = skip.shape[-1]
        x = layers.Conv2DTranspose(width, 4, strides=2, padding="same", use_bias=False,
                                   kernel_initializer=init[downs + i], name=f"up{i}", **d)(x)
        x = _norm(width, dtype, f"up{i}_norm")(x)
        if dropout and i < 2:
            x = ReplicaDropout(dropout, seed=s[2 * downs + i], name=f"up{i}_drop", **d)(x)
        x = layers.ReLU(name=f"up{i}_relu", **d)(x)
        x = layers.Concatenate(name=f"up{i}_skip", **d)([x, skip])
    x = layers.Conv2DTranspose(out_channels, 4, strides=2, padding="same", kernel_initializer=init[2 * downs - 1],
                               activation=activation, name="out", dtype="float32")(x)
    outputs = layers.Cropping2D(pad, name="crop", dtype="float32")(x) if pad else x
    return keras.Model(inputs, outputs, name=name)


def build_patch_discriminator(name: str, seed: int, stream: int, size: int = 28, channels: int = 1,
                              dtype: str = "float32") -> keras.Model:
    """(size, size, channels) in [-1, 1] -> a map of float32 logits, one per overlapping patch."""
    downs = max(2, padded_side(size).bit_length() - 4)  # 2 up to 32 pixels, 3 at 64, 4 at 128
    s = layer_seeds(seed, stream, downs + 1)
    init = [keras.initializers.RandomNormal(0.0, 0.02, seed=k) for k in s]
    d = {"dtype": dtype}
    stack = [keras.Input((size, size, channels)),
             layers.Conv2D(64, 4, strides=2, padding="same", kernel_initializer=init[0], name="conv1", **d),
             layers.LeakyReLU(0.2, name="lrelu1", **d)]
    for i in range(1, downs):
        width = min(64 << i, 256)
        stack += [layers.Conv2D(width, 4, strides=2, padding="same", use_bias=False, kernel_initializer=init[i],
                                name=f"conv{i + 1}", **d),
                  _norm(width, dtype, f"conv{i + 1}_norm"),
                  layers.LeakyReLU(0.2, name=f"lrelu{i + 1}", **d)]
    stack.append(layers.Conv2D(1, 4, padding="same", kernel_initializer=init[downs], name="patches",
                               dtype="float32"))
    return keras.Sequential(stack, name=name)


def scaled(images: tf.Tensor) -> tf.Tensor:
    """uint8 (N, H, W) grey or (N, H, W, 3) colour -> float32 (N, H, W, channels) in [-1, 1]."""
    x = tf.cast(images, tf.float32) / 127.5 - 1.0
    return x[..., None] if images.shape.rank == 3 else x


def as_uint8(images: tf.Tensor) -> tf.Tensor:
    """A generator's float output (N, H, W, channels) in [-1, 1] -> uint8 (N, H, W) grey or (N, H, W, 3)."""
    x = tf.cast(images, tf.float32)
    x = x[..., 0] if x.shape[-1] == 1 else x
    return tf.cast(tf.round(tf.clip_by_value((x + 1.0) * 127.5, 0.0, 255.0)), tf.uint8)


def image_spec(model: keras.Model) -> list[int | None]:
    """The uint8 images a network takes: [None, H, W] grey, [None, H, W, 3] colour."""
    _, height, width, channels = model.input_shape
    return [None, height, width] + ([channels] if channels > 1 else [])


def make_translate(generator: keras.Model):
    """Compile inference: uint8 images in, uint8 images out, in the generator's shapes (dropout off)."""

    @tf.function(input_signature=[tf.TensorSpec(image_spec(generator), tf.uint8)])
    def translate(images):
        return as_uint8(generator(scaled(images), training=False))

    return translate


def run_batched(function, *inputs: np.ndarray, batch: int = 1000) -> np.ndarray:
    """A compiled function over many rows of its inputs (arrays of as many rows, in the dtypes it takes), `batch`
    rows at a time (bounded memory)."""
    return np.concatenate([function(*(tf.constant(x[i:i + batch]) for x in inputs)).numpy()
                           for i in range(0, len(inputs[0]), batch)])


def mean_l1(a: np.ndarray, b: np.ndarray) -> float:
    """Mean absolute difference of uint8 images, in grey levels / 255 (0: identical, 1: opposite)."""
    return float(np.mean(np.abs(a.astype(np.float32) - b.astype(np.float32))) / 255.0)


def apply_both(g_tape, g_loss, g_variables, g_optimizer, d_tape, d_loss, d_variables, d_optimizer) -> dict:
    """One step's updates of both players (their gradients summed over the replicas, then applied), as every
    translation-like family's step ends; returns the norms of those gradients by their history columns."""
    g_grads = replica.all_sum(g_tape.gradient(g_loss, g_variables))
    d_grads = replica.all_sum(d_tape.gradient(d_loss, d_variables))
    g_optimizer.apply_gradients(zip(g_grads, g_variables))
    d_optimizer.apply_gradients(zip(d_grads, d_variables))
    return {"g_grad_norm": tf.linalg.global_norm(g_grads), "d_grad_norm": tf.linalg.global_norm(d_grads)}


def panel_cells(*columns: np.ndarray) -> np.ndarray:
    """Rows of images (each (N, H, W) grey or (N, H, W, 3) colour) side by side as N panel cells, a one-pixel
    grey line apart (grey ones beside colour ones in colour: side_by_side)."""
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

    def _check_in_memory(self, dataset) -> None:
        """The translation families gather their batches on the device: their images must fit in memory.

        Raises:
            DatasetError: the pictures are streamed from disk (engine.io.disk_images).
        """
        if dataset.streamed:
            raise DatasetError("{family} trains on pictures that fit in memory; {count:,} pictures of {size}x{size} "
                               "are read from disk a batch at a time. Choose a smaller image size, or fewer "
                               "pictures (Train images).", family=Message(self.info.title),
                               count=len(dataset.train_images), size=dataset.size)

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
