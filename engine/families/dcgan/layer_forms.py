"""The reference layers computed another way: the same variables, the same maths, other kernels.

Each class here subclasses the Keras layer it replaces and keeps its variables (names, shapes,
initializers), so checkpoints are interchangeable between the forms; tests/test_layer_forms.py
checks outputs, gradients and moving statistics against the Keras layers in float32 tolerance.

FusedBatchNormalization: Keras 3's BatchNormalization runs as separate moments, normalize, scale and
shift ops (and as many in the backward pass); the fused kernel (oneDNN on CPU, cuDNN on GPU) does
each pass in one sweep. The step is ~6% faster at batch 256 on a 2-core CPU. With `synchronized` (a
run on several devices: engine.families.dcgan.networks.synchronize_batch_norm) it trains as Keras's synchronized
BatchNormalization, whose moments are the global batch's.

SubpixelConv2DTranspose: a transposed convolution re-expressed as an ordinary convolution plus
depth-to-space ("sub-pixel"). Why: a transposed convolution is the adjoint of a strided convolution,
and CPU libraries implement it as a backward-data pass that is often much slower than a forward
convolution of the same arithmetic (reported on a 2-core AVX2 laptop: the generator's stride-1
Conv2DTranspose ~335 ms per batch of 256, the equal `tf.nn.conv2d` ~154 ms). The maths, for "same"
padding and stride s with the output s times the input: output pixel s*m + r (per axis) is a sum of
input pixels m + d over a few offsets d, each with one kernel tap t, where t = pad + r - s*d and pad
= (k - s) // 2. So each of the s*s output phases is an ordinary correlation of the input with a
small kernel gathered from the transposed one; one convolution computes all phases as s*s*C channels
and depth_to_space interleaves them. Stride 1 is the special case of one phase: a correlation with
the flipped kernel.

The gathered kernel is rebuilt from the variable inside the graph at every call (a few hundred
thousand floats), so gradients flow to the original variable. Measured on this project's 2-core
AVX-512 machine with TensorFlow 2.21, oneDNN runs the Keras transposed convolutions well and the
sub-pixel form makes the whole step 10-25% slower, so it is not the default; it is kept, tested and
selectable (`--implementation subpixel`) for machines where the backward-data kernels are slow.

SwappedGradConv2D, SwappedGradConv2DTranspose: in bfloat16, the same convolutions with the kernel
gradient computed as a forward convolution (`kernel_gradient`) instead of oneDNN's backward-weights
kernel. Why: on this project's 2-core AVX-512 BF16 EPYC, oneDNN's bfloat16 backward-weights pass is
its slowest convolution pass (no faster than in float32), while its forward bfloat16 convolutions run
near the machine's bfloat16 matrix-product rate. Measured at batch 256, bfloat16, the kernel gradient
alone: the generator's stride-1 transposed convolution 28 -> 21 ms, its stride-2 128-channel one
23 -> 15 ms, the discriminator's second convolution 14 -> 9 ms; the one-channel layers lose (the
generator's last 1.7 -> 3.7 ms, the discriminator's first 1.0 -> 2.2 ms) and stay Keras's. In
float32 oneDNN's backward-weights kernels are as fast or faster (33 against 43 ms for the stride-1
one), so in float32 these layers are Keras's, bit for bit.
"""

from __future__ import annotations

import keras
import numpy as np
import tensorflow as tf

from engine.compute import replica


def phase_taps(kernel_size: int, stride: int) -> tuple[np.ndarray, int, int]:
    """Which kernel tap each (phase, offset) uses, for one axis of a "same" transposed convolution.

    Returns:
        (taps (stride, span) int: tap index, or kernel_size for "no tap" (a zero), lowest offset,
        padding after), where output s*m + r reads input m + d for d = lowest .. lowest + span - 1.
    """
    pad = max(kernel_size - stride, 0) // 2
    pairs = [(r, (pad + r - t) // stride, t) for r in range(stride) for t in range(kernel_size)
             if (pad + r - t) % stride == 0]
    low = min(d for _, d, _ in pairs)
    high = max(d for _, d, _ in pairs)
    taps = np.full((stride, high - low + 1), kernel_size, np.int32)
    for r, d, t in pairs:
        taps[r, d - low] = t
    return taps, low, high


def conv_transpose_as_conv(inputs: tf.Tensor, kernel: tf.Tensor, stride: int) -> tf.Tensor:
    """`tf.nn.conv2d_transpose(inputs, kernel, output (N, s*H, s*W, out), stride, "SAME")`, computed
    as one convolution and a depth_to_space.

    Args:
        inputs: (N, H, W, in) NHWC.
        kernel: (k, k, out, in), the Keras / tf.nn.conv2d_transpose layout.
    """
    k = kernel.shape[0]
    taps, low, high = phase_taps(k, stride)
    # (k, k, out, in) -> (k + 1, k + 1, in, out) with a zero row and column at index k for "no tap".
    w = tf.pad(tf.transpose(kernel, [0, 1, 3, 2]), [[0, 1], [0, 1], [0, 0], [0, 0]])
    phases = [tf.gather(tf.gather(w, taps[r], axis=0), taps[c], axis=1)
              for r in range(stride) for c in range(stride)]
    padded = tf.pad(inputs, [[0, 0], [-low, high], [-low, high], [0, 0]])
    if stride == 1:
        return tf.nn.conv2d(padded, phases[0], 1, "VALID")
    out = tf.nn.conv2d(padded, tf.concat(phases, axis=3), 1, "VALID")
    return tf.nn.depth_to_space(out, stride)


class SubpixelConv2DTranspose(keras.layers.Conv2DTranspose):
    """`keras.layers.Conv2DTranspose` with the same variables, computed by `conv_transpose_as_conv`.

    Only what the reference generator uses: square kernel and stride, "same" padding, channels-last,
    no dilation.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        k, s = self.kernel_size, self.strides
        if (self.padding != "same" or k[0] != k[1] or s[0] != s[1] or self.data_format != "channels_last"
                or tuple(self.dilation_rate) != (1, 1)):
            raise ValueError(f"{self.name}: the sub-pixel form covers square 'same' channels-last "
                             f"transposed convolutions only, not kernel {k}, strides {s}, {self.padding}")

    def call(self, inputs):
        outputs = conv_transpose_as_conv(inputs, self.kernel, self.strides[0])
        if self.use_bias:
            outputs = outputs + self.bias
        return self.activation(outputs) if self.activation is not None else outputs


class FusedBatchNormalization(keras.layers.BatchNormalization):
    """`keras.layers.BatchNormalization` (channels-last, with scale and offset) by the fused kernel.

    Same maths as Keras: normalise with the batch mean and biased variance in training and update
    the moving statistics with the biased variance (the fused kernel reports the unbiased one, which
    is scaled back); normalise with the moving statistics in inference.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.axis not in (-1,) or not (self.center and self.scale):
            raise ValueError(f"{self.name}: the fused form covers channels-last BN with scale and offset only")

    def call(self, inputs, training=None, mask=None):
        if training and self.synchronized:  # several devices: Keras's moments of the global batch
            return super().call(inputs, training=training, mask=mask)
        shape = tf.shape(inputs)
        x = inputs if inputs.shape.rank == 4 else tf.reshape(inputs, [-1, 1, 1, inputs.shape[-1]])
        if training:
            y, mean, variance, *_ = tf.raw_ops.FusedBatchNormV3(
                x=x, scale=self.gamma, offset=self.beta, mean=tf.zeros([0]), variance=tf.zeros([0]),
                epsilon=self.epsilon, is_training=True)
            count = tf.cast(tf.size(x) // x.shape[-1], variance.dtype)
            variance = variance * (count - 1.0) / count
            self.moving_mean.assign(self.moving_mean * self.momentum + mean * (1.0 - self.momentum))
            self.moving_variance.assign(self.moving_variance * self.momentum + variance * (1.0 - self.momentum))
        else:
            y, *_ = tf.raw_ops.FusedBatchNormV3(
                x=x, scale=self.gamma, offset=self.beta, mean=self.moving_mean, variance=self.moving_variance,
                epsilon=self.epsilon, is_training=False)
        return y if inputs.shape.rank == 4 else tf.reshape(y, shape)


def same_padding(size: int, stride: int, kernel_size: int) -> tuple[int, int]:
    """The zeros TensorFlow's "SAME" convolution pads before and after an axis of `size` inputs."""
    total = max((-(-size // stride) - 1) * stride + kernel_size - size, 0)
    return total // 2, total - total // 2


def kernel_gradient(inputs: tf.Tensor, grad: tf.Tensor, kernel_size: int, stride: int) -> tf.Tensor:
    """The gradient of `tf.nn.conv2d(inputs, kernel, stride, "SAME")` with respect to its (k, k, in, out)
    kernel, given `grad`, the gradient with respect to its output, as one forward convolution.

    kernel[t, u, i, o] = sum over n, a, b of padded[n, s*a + t, s*b + u, i] * grad[n, a, b, o]: with
    the batch and channel axes swapped, that is a VALID convolution of the padded inputs, laid out
    (in, H, W, N), with `grad` laid out (Ho, Wo, N, out) as its kernel, dilated by the stride. The
    transposed convolution `tf.nn.conv2d_transpose(x, w, ..., stride, "SAME")` is the adjoint of
    `tf.nn.conv2d(., w, stride, "SAME")`, so its (k, k, out, in) kernel gradient is
    `kernel_gradient(grad, x, k, stride)`.
    """
    before, after = same_padding(inputs.shape[1], stride, kernel_size)
    padded = tf.pad(tf.transpose(inputs, [3, 1, 2, 0]), [[0, 0], [before, after], [before, after], [0, 0]])
    swapped = tf.nn.conv2d(padded, tf.transpose(grad, [1, 2, 0, 3]), 1, "VALID", dilations=stride)
    return tf.transpose(swapped, [1, 2, 0, 3])


class _SwappedKernelGradient:
    """What the two layers below share: in bfloat16, the convolution as `_forward_and_gradient` with
    its kernel gradient from `kernel_gradient`, then Keras's bias and activation; in any other dtype,
    Keras's own layer. Mixed in before the Keras convolution class it changes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        k, s = self.kernel_size, self.strides
        if (self.padding != "same" or k[0] != k[1] or s[0] != s[1] or self.data_format != "channels_last"
                or tuple(self.dilation_rate) != (1, 1)):
            raise ValueError(f"{self.name}: this form covers square 'same' channels-last convolutions only, "
                             f"not kernel {k}, strides {s}, {self.padding}")

    def call(self, inputs):
        if self.compute_dtype != "bfloat16":
            return super().call(inputs)
        stride, k = self.strides[0], self.kernel_size[0]
        forward = tf.custom_gradient(lambda x, kernel: self._forward_and_gradient(x, kernel, stride, k))
        outputs = forward(inputs, tf.cast(self.kernel, self.compute_dtype))
        if self.use_bias:
            outputs = outputs + tf.cast(self.bias, outputs.dtype)
        return self.activation(outputs) if self.activation is not None else outputs


class SwappedGradConv2D(_SwappedKernelGradient, keras.layers.Conv2D):
    """`keras.layers.Conv2D` whose kernel gradient is `kernel_gradient` in bfloat16 (Keras's own layer
    in any other dtype); the input gradient is TensorFlow's own (Conv2DBackpropInput)."""

    @staticmethod
    def _forward_and_gradient(x, kernel, stride: int, k: int):
        def grad(dy):
            return tf.nn.conv2d_transpose(dy, kernel, tf.shape(x), stride, "SAME"), kernel_gradient(x, dy, k, stride)
        return tf.nn.conv2d(x, kernel, stride, "SAME"), grad


class SwappedGradConv2DTranspose(_SwappedKernelGradient, keras.layers.Conv2DTranspose):
    """`keras.layers.Conv2DTranspose` whose kernel gradient is `kernel_gradient` in bfloat16 (Keras's
    own layer in any other dtype); the input gradient is TensorFlow's own (a Conv2D)."""

    @staticmethod
    def _forward_and_gradient(x, kernel, stride: int, k: int):
        shape = tf.stack([tf.shape(x)[0], x.shape[1] * stride, x.shape[2] * stride, kernel.shape[2]])

        def grad(dy):
            return tf.nn.conv2d(dy, kernel, stride, "SAME"), kernel_gradient(dy, x, k, stride)
        return tf.nn.conv2d_transpose(x, kernel, shape, stride, "SAME"), grad


class ReplicaDropout(keras.layers.Dropout):
    """`keras.layers.Dropout`, exactly, on one device; on several, each replica draws Keras's mask for the
    global batch and keeps its rows (engine.compute.replica), so every image gets the mask it gets on one device.
    Why: the replicas' random-generator states are mirrored copies, so masks drawn for their own rows
    would be the same mask on every replica's rows."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.noise_shape is not None:
            raise ValueError(f"{self.name}: this form covers dropout without a noise_shape only")

    def call(self, inputs, training=False):
        if not training or self.rate == 0 or replica.replicas() == 1:
            return super().call(inputs, training=training)
        kept = keras.random.dropout(tf.ones(replica.global_shape(tf.shape(inputs)), inputs.dtype), self.rate,
                                    seed=self.seed_generator)  # 1 / (1 - rate) where kept, 0 elsewhere
        return inputs * replica.shard(kept)


class HalfWordDropout(keras.layers.Dropout):
    """`keras.layers.Dropout` (inverted: kept values scaled by 1 / (1 - rate) in training, the identity
    in inference) with a mask drawn from half as many random words.

    Keras draws one Philox uniform per element (one 32-bit word each) and compares it with the rate;
    here each 32-bit Philox word gives two 16-bit halves, each compared with round(rate * 2**16), so
    an element is dropped with probability within 2**-17 of the rate (0.3: 0.3000031). The mask is
    applied as one product with a factor tensor in the input's dtype (the compute dtype). Why: the
    discriminator's two dropout layers draw 3.2 M and 1.6 M values per call at batch 256, twice a
    step, and the draws were ~10% of a bfloat16 step on this project's 2-core EPYC.

    The words are a function of the layer's SeedGenerator state alone (advanced once per training
    call, as Keras's Dropout does, and saved with the layer's variables), so a resumed run draws the
    masks the uninterrupted run would. The masks differ from Keras's: a run with this layer is not
    the same random stream as one with `keras.layers.Dropout`. (In bfloat16 Keras draws its uniforms
    with 7 bits and drops 39/128 = 30.5% at rate 0.3; this layer drops 30.0% in every dtype.)

    On several devices each replica draws the global batch's mask and keeps its rows (engine.compute.replica),
    so every image gets the mask it gets on one device.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.noise_shape is not None:
            raise ValueError(f"{self.name}: this form covers dropout without a noise_shape only")
        self.threshold = round(self.rate * 2**16)

    def call(self, inputs, training=False):
        if not training or self.rate == 0:
            return inputs
        shape = replica.global_shape(tf.shape(inputs))
        size = tf.reduce_prod(shape)
        words = tf.random.stateless_uniform([(size + 1) // 2], self.seed_generator.next(), minval=None,
                                            maxval=None, dtype=tf.uint32)
        halves = replica.shard(tf.reshape(tf.reshape(tf.bitcast(words, tf.uint16), [-1])[:size], shape))
        factor = tf.where(halves >= self.threshold, tf.constant(1 / (1 - self.rate), inputs.dtype),
                          tf.constant(0, inputs.dtype))
        return inputs * factor
