"""The generator's implementations (engine.families.dcgan.layer_forms, and Keras's own layers) judged against a
float64 computation of the same layers, each within what float32 rounding explains; and checkpoints
that load across implementations.

Why not one float32 path against another: float32 results depend on the kernels' summation orders,
which oneDNN picks per CPU (AVX2, AVX-512, AMX) and which TF_ENABLE_ONEDNN_OPTS=0 changes, so a
tolerance fitted to one machine's pair of orders fails on another's. Here every float32 form, Keras's
reference layers included, is compared with R64: the same layers in float64 (the reference
implementation under the float64 dtype policy, given the float32 weights). Compared are the fakes,
D's logits, both losses' gradients, the BN moving statistics after the training call, and the
inference output; each must be within a bound derived from float32 rounding of that computation.

The bound, by stochastic arithmetic (the CESTAC idea): R64 is repeated RUNS times with a random error
injected wherever float32 rounds, of the size float32 rounding leaves there, and a tensor's bound is
SAFETY x the largest deviation from R64 those runs show, plus FLOOR x u x its largest value (a few
roundings of the tensor itself). The errors (`_Rounding`), with u = 2**-24, float32's unit roundoff,
each times an N(0, 1) draw:
  - a sum of n products (Dense and the convolutions: their outputs, n = fan-in; their input
    gradients, n = fan-out; their weight gradients, n = batch x positions): u * sqrt(n) * sqrt(s**2 +
    rms(s)**2) for a result s, the typical error of recursive summation whether the terms add up (~ u
    sqrt(n) |s|) or cancel (~ u sqrt(n) times the typical size of such sums); the blocked and pairwise
    summations libraries use err less;
  - batch normalization: a few roundings per element, plus the error of each per-channel mean it
    takes (batch mean and variance forward, mean(dy) and mean(dy * x_hat) backward: u * (sqrt(n) *
    |mean| + std), for the variance u * sqrt(n) * variance), carried into the outputs, the input
    gradients and the moving statistics as the formulas carry them (coherent over a channel; the
    backward pass, a difference of nearly equal terms, amplifies them);
  - LeakyReLU: one rounding per element, forward and backward.
Propagated through the float64 layers, these errors grow as float32's do, so the bound includes the
conditioning of the whole computation. Measured on a 2-core AMD EPYC with oneDNN on, off
(TF_ENABLE_ONEDNN_OPTS=0) and limited to AVX-512, AVX2 or SSE4.1 (ONEDNN_MAX_CPU_ISA): every float32
form within 0.17 of the bound (the moving variances, ~1, sit at the floor), every other tensor within
0.03; the largest deviation of RUNS = 4 perturbed runs is at least 70% of that of 8. Real bugs
exceed the bound 16 to 43,000 times: the fused BN with the unbiased variance in its moving statistics
(116) or its normalisation (1,300), its epsilon 1% off (16) or its momentum 1e-4 off (400), a
sub-pixel tap or the padding off by one (34,000 to 43,000).

Kinks: LeakyReLU's derivative jumps at 0, and rounding can put an element that lies within rounding of
0 on the other side, which changes the gradients by (1 - slope) x that element's share. With oneDNN
off, the sub-pixel form took the other side from R64 at 1 of the ~2 million LeakyReLU inputs, and its
Dense kernel gradient differed from R64's by 2.9e-6 instead of ~5e-9 (likely what the AMX Xeon's
1.3e-5 was); perturbed runs that take their own sides show such jumps, up to 2% of a gradient's
largest element, in 5 of 6 runs. Either side is right for such an element, so every computation here
takes the sides R64 took: `_Branches` records them from R64 and imposes them on the perturbed runs
and on the float32 forms.
"""

import numpy as np
import pytest

from engine.config import IMPLEMENTATIONS

U = 2.0 ** -24  # float32's unit roundoff
RUNS = 4  # perturbed float64 computations
SAFETY = 8  # a tensor's bound: SAFETY x their largest deviation from R64 ...
FLOOR = 4  # ... + FLOOR x u x the tensor's largest magnitude
BATCH = 16  # as the small test config


def _rms(t):
    import tensorflow as tf

    return tf.sqrt(tf.reduce_mean(tf.square(t)))


class _Branches:
    """Which side of its kink each LeakyReLU input element is on, in call order: recorded from the
    first computation, imposed on every later one (`replay`)."""

    def __init__(self):
        self.masks = []
        self._replay = None

    def replay(self):
        self._replay = iter(self.masks)
        return self

    def leaky_relu(self, layer, x):
        import tensorflow as tf

        if self._replay is None:
            self.masks.append(x >= 0)
            mask = self.masks[-1]
        else:
            mask = next(self._replay)
        return tf.where(mask, x, layer.negative_slope * x)


def _call(layer, x, training, branches):
    import keras

    if isinstance(layer, keras.layers.LeakyReLU):
        return branches.leaky_relu(layer, x)
    return layer(x, training=training)


class _Rounding:
    """Injects into a float64 computation the errors float32 rounding would make (see the module
    docstring), drawn from `rng`."""

    def __init__(self, rng):
        self.rng = rng

    def normal(self, like, scale):
        import tensorflow as tf

        return scale * tf.constant(self.rng.standard_normal(like.shape), like.dtype)

    def sum_error(self, t, terms):
        """The error of t if each of its elements were a float32 sum of `terms` terms."""
        import tensorflow as tf

        return self.normal(t, U * np.sqrt(terms) * tf.sqrt(tf.square(t) + tf.square(_rms(t))))

    def mean_error(self, t, axes):
        """The error of a float32 mean of t over `axes`, per remaining element."""
        import tensorflow as tf

        mean, variance = tf.nn.moments(t, axes)
        n = np.prod([t.shape[a] for a in axes])
        return self.normal(mean, U * (np.sqrt(n) * tf.abs(mean) + tf.sqrt(variance)))

    def layer(self, layer, x, training, branches):
        """layer(x) with its forward error, and its backward error in the gradients."""
        import tensorflow as tf

        @tf.custom_gradient
        def call(x):
            with tf.GradientTape(persistent=True) as tape:
                tape.watch(x)
                y = _call(layer, x, training, branches)
            forward, backward = self._errors(layer, x, y, training)

            def grad(dy, variables=None):
                variables = list(variables or [])
                dx, *dv = tape.gradient(y, [x] + variables, output_gradients=dy)
                positions = y.shape[:-1].num_elements()  # a weight's gradient sums over these
                return backward(dx, dy), [g + self.sum_error(g, positions) for g in dv]

            return y + forward, grad

        return call(x)

    def _errors(self, layer, x, y, training):
        """(the error of y, backward(dx, dy) -> dx with its error) for one layer."""
        import keras

        if isinstance(layer, keras.layers.BatchNormalization):
            return self._batch_norm_errors(layer, x, y, training)
        if hasattr(layer, "kernel"):  # Dense and convolutions: sums of products
            size = layer.kernel.shape.num_elements()
            return (self.sum_error(y, size // y.shape[-1]),
                    lambda dx, dy: dx + self.sum_error(dx, size // x.shape[-1]))
        return self.sum_error(y, 1), lambda dx, dy: dx + self.sum_error(dx, 1)  # LeakyReLU

    def _batch_norm_errors(self, layer, x, y, training):
        import tensorflow as tf

        axes = list(range(x.shape.rank - 1))
        if training:
            mean, variance = tf.nn.moments(x, axes)
        else:
            mean, variance = layer.moving_mean, layer.moving_variance
        inv_std = 1 / tf.sqrt(variance + layer.epsilon)
        gain = layer.gamma * inv_std
        forward = self.normal(y, 2 * U * _rms(y))  # centre, scale, shift: a few roundings

        def backward(dx, dy):
            dx = dx + self.normal(dx, 2 * U * _rms(gain * dy))
            if not training:
                return dx
            x_hat = (x - mean) * inv_std
            return dx - gain * (self.mean_error(dy, axes) + x_hat * self.mean_error(dy * x_hat, axes))

        if training:
            e_mean = self.mean_error(x, axes)
            e_var = self.normal(variance, U * np.sqrt(np.prod([x.shape[a] for a in axes])) * variance)
            forward -= gain * e_mean + 0.5 * (y - layer.beta) * e_var * inv_std ** 2
            layer.moving_mean.assign_add((1 - layer.momentum) * e_mean)
            layer.moving_variance.assign_add((1 - layer.momentum) * e_var)
        return forward, backward


def _through(model, x, training, branches, rounding):
    """A Sequential model's layers one by one, with their rounding errors if `rounding` is given
    (layers that only move values, Reshape, Flatten and Dropout off, have none)."""
    import keras

    for layer in model.layers:
        if rounding is not None and (layer.trainable_variables or isinstance(layer, keras.layers.LeakyReLU)):
            x = rounding.layer(layer, x, training, branches)
        else:
            x = _call(layer, x, training, branches)
    return x


def _compute(generator, discriminator, z, real, branches, rounding=None):
    """One training call's tensors, by name, layer by layer: the fakes, D's logits, both losses'
    gradients (as the step computes them, dropout off so every run sees the same network), the BN
    moving statistics after the call, and the inference output with them."""
    import tensorflow as tf

    dtype = generator.variables[0].dtype
    z, real = tf.constant(z, dtype), tf.constant(real, dtype)
    bce = tf.nn.sigmoid_cross_entropy_with_logits
    with tf.GradientTape() as g_tape, tf.GradientTape() as d_tape:
        fake = _through(generator, z, True, branches, rounding)
        real_logits = _through(discriminator, real, False, branches, rounding)
        fake_logits = _through(discriminator, fake, False, branches, rounding)
        g_loss = tf.reduce_mean(bce(tf.ones_like(fake_logits), fake_logits))
        d_loss = (tf.reduce_mean(bce(tf.ones_like(real_logits), real_logits))
                  + tf.reduce_mean(bce(tf.zeros_like(fake_logits), fake_logits)))
    g_grads = g_tape.gradient(g_loss, generator.trainable_variables)
    d_grads = d_tape.gradient(d_loss, discriminator.trainable_variables)
    tensors = {"fakes": fake, "real logits": real_logits, "fake logits": fake_logits}
    tensors.update({f"gradient of {v.path}": g for v, g in zip(
        generator.trainable_variables + discriminator.trainable_variables, list(g_grads) + list(d_grads))})
    tensors.update({v.path: v for v in generator.non_trainable_variables})
    tensors["inference output"] = _through(generator, z, False, branches, rounding)
    return {name: np.asarray(t, np.float64) for name, t in tensors.items()}


def _copy_weights(source, target):
    for a, b in zip(source.variables, target.variables):
        b.assign(np.asarray(a.numpy(), b.dtype))


@pytest.fixture(scope="module")
def float64_reference(dataset):
    """(config, z, real images, R64's tensors, their bounds, R64's LeakyReLU branches)."""
    from engine.config import TrainConfig
    from engine.families.dcgan.networks import build_discriminator, build_generator

    config = TrainConfig().replace(seed=7)
    z = np.random.default_rng(0).standard_normal((BATCH, config.settings.noise_dim)).astype(np.float32)
    real = dataset.train_images[:BATCH, :, :, None].astype(np.float32) / 127.5 - 1
    start = build_generator(config, "reference")  # float32: the weights every form starts from
    generator, discriminator = build_generator(config, "reference", "float64"), build_discriminator(config, "float64")
    _copy_weights(start, generator)
    _copy_weights(build_discriminator(config), discriminator)
    branches = _Branches()
    exact = _compute(generator, discriminator, z, real, branches)
    rng = np.random.default_rng(1)
    deviation = dict.fromkeys(exact, 0.0)
    for _ in range(RUNS):
        _copy_weights(start, generator)  # the moving statistics too
        perturbed = _compute(generator, discriminator, z, real, branches.replay(), _Rounding(rng))
        for name, value in perturbed.items():
            deviation[name] = max(deviation[name], np.abs(value - exact[name]).max())
    bounds = {name: SAFETY * deviation[name] + FLOOR * U * np.abs(value).max()
              for name, value in exact.items()}
    return config, z, real, exact, bounds, branches


def float32_errors(implementation, float64_reference):
    """{tensor: (|float32 form - R64| max, bound)} for one implementation (also for scripts that
    report the margins on other machines and settings)."""
    from engine.families.dcgan.networks import build_discriminator, build_generator

    config, z, real, exact, bounds, branches = float64_reference
    form = _compute(build_generator(config, implementation), build_discriminator(config), z, real,
                    branches.replay())
    return {name: (np.abs(form[name] - exact[name]).max(), bounds[name]) for name in exact}


@pytest.mark.parametrize("implementation", IMPLEMENTATIONS)
def test_generator_forms_match_a_float64_computation_within_float32_rounding(implementation,
                                                                            float64_reference):
    from engine.families.dcgan.networks import build_generator

    config = float64_reference[0]
    reference, form = build_generator(config, "reference"), build_generator(config, implementation)
    assert [v.path for v in form.variables] == [v.path for v in reference.variables]
    for a, b in zip(reference.variables, form.variables):
        assert np.array_equal(a.numpy(), b.numpy())  # same initial weights from the same config
    errors = float32_errors(implementation, float64_reference)
    assert len(errors) == 3 + 16 + 6 + 1  # outputs, gradients, moving statistics, inference output
    failed = {name: f"{error:.3g} > bound {bound:.3g}" for name, (error, bound) in errors.items()
              if not error <= bound}
    assert not failed, failed


@pytest.mark.parametrize("kernel, stride", [(5, 1), (5, 2), (3, 2), (4, 2), (3, 1)])
def test_transposed_convolution_as_convolution_matches_a_float64_one(kernel, stride):
    """Within the worst-case float32 error of a sum of n products, for any summation order:
    |computed - exact| <= n u / (1 - n u) x the same sum of absolute values, element by element."""
    import tensorflow as tf

    from engine.families.dcgan.layer_forms import conv_transpose_as_conv

    rng = np.random.default_rng(kernel * 10 + stride)
    x = rng.standard_normal((3, 7, 6, 8)).astype(np.float32)
    w = rng.standard_normal((kernel, kernel, 5, 8)).astype(np.float32)
    shape = [3, 7 * stride, 6 * stride, 5]
    exact = tf.nn.conv2d_transpose(x.astype(np.float64), w.astype(np.float64), shape, stride, "SAME").numpy()
    magnitude = tf.nn.conv2d_transpose(np.abs(x).astype(np.float64), np.abs(w).astype(np.float64), shape,
                                       stride, "SAME").numpy()
    n = kernel * kernel * x.shape[-1]  # products per output element, at most
    bound = n * U / (1 - n * U) * magnitude
    for computed in (conv_transpose_as_conv(tf.constant(x), tf.constant(w), stride),
                     tf.nn.conv2d_transpose(x, w, shape, stride, "SAME")):
        assert (np.abs(computed.numpy() - exact) <= bound).all()


@pytest.mark.parametrize("transposed, size, kernel, stride", [
    (False, 14, 5, 2), (False, 9, 5, 2), (False, 8, 3, 1), (True, 7, 5, 1), (True, 7, 5, 2), (True, 5, 4, 2)])
def test_kernel_gradient_as_a_forward_convolution_is_tensorflows_in_float64(transposed, size, kernel, stride):
    import tensorflow as tf

    from engine.families.dcgan.layer_forms import kernel_gradient

    rng = np.random.default_rng(size * 100 + kernel * 10 + stride)
    x = tf.constant(rng.standard_normal((3, size, size, 4)))
    if transposed:
        w = tf.constant(rng.standard_normal((kernel, kernel, 6, 4)))
        shape = [3, size * stride, size * stride, 6]
        layer = lambda w: tf.nn.conv2d_transpose(x, w, shape, stride, "SAME")  # noqa: E731
    else:
        w = tf.constant(rng.standard_normal((kernel, kernel, 4, 6)))
        layer = lambda w: tf.nn.conv2d(x, w, stride, "SAME")  # noqa: E731
    with tf.GradientTape() as tape:
        tape.watch(w)
        y = layer(w)
    dy = tf.constant(rng.standard_normal(y.shape))
    expected = tape.gradient(y, w, output_gradients=dy).numpy()
    computed = (kernel_gradient(dy, x, kernel, stride) if transposed else kernel_gradient(x, dy, kernel, stride))
    assert np.abs(computed.numpy() - expected).max() <= 1e-12 * np.abs(expected).max()


@pytest.mark.parametrize("transposed", [False, True])
def test_swapped_gradient_layers_are_keras_in_float32_and_within_bfloat16_rounding_in_bfloat16(transposed):
    """In float32 the layer is Keras's, bit for bit. In bfloat16 its output, input gradient and kernel
    gradient are as close to a float64 computation as Keras's bfloat16 layer's (within 2**-6 of the
    largest element: bfloat16 keeps 8 significant bits, and Keras's own layer is off by ~2**-8)."""
    import keras
    import tensorflow as tf

    from engine.families.dcgan.layer_forms import SwappedGradConv2D, SwappedGradConv2DTranspose

    form, keras_layer = ((SwappedGradConv2DTranspose, keras.layers.Conv2DTranspose) if transposed else
                         (SwappedGradConv2D, keras.layers.Conv2D))
    shape = (8, 7, 7, 32) if transposed else (8, 14, 14, 32)
    x = np.random.default_rng(3).standard_normal(shape)

    def compute(cls, dtype, weights=None):
        layer = cls(16, 5, strides=2, padding="same", use_bias=not transposed, dtype=dtype,
                    bias_initializer="glorot_uniform")
        layer.build(shape)
        for variable, value in zip(layer.weights, weights or []):
            variable.assign(value.astype(variable.dtype))
        inputs = tf.constant(x, tf.float64 if dtype == "float64" else tf.float32)
        with tf.GradientTape() as tape:
            tape.watch(inputs)
            y = layer(inputs)
            loss = tf.reduce_sum(tf.cast(y, inputs.dtype) ** 2) / 2
        grads = tape.gradient(loss, [inputs, *layer.trainable_weights])
        return [v.numpy() for v in layer.weights], [np.asarray(t, np.float64) for t in [y, *grads]]

    weights, exact = compute(keras_layer, "float64")
    _, keras32 = compute(keras_layer, "float32", weights)
    _, form32 = compute(form, "float32", weights)
    assert all(np.array_equal(a, b) for a, b in zip(form32, keras32))
    _, form16 = compute(form, "mixed_bfloat16", weights)
    for computed, expected in zip(form16, exact):
        assert np.abs(computed - expected).max() <= 2.0 ** -6 * np.abs(expected).max()


def test_half_word_dropout_is_inverted_dropout_at_the_rate_and_a_function_of_its_seed_state():
    import tensorflow as tf

    from engine.families.dcgan.layer_forms import HalfWordDropout

    layer = HalfWordDropout(0.3, seed=11)
    x = tf.constant(np.random.default_rng(0).uniform(1, 2, (64, 128, 129)).astype(np.float32))  # odd size
    assert np.array_equal(layer(x, training=False).numpy(), x.numpy())
    start = layer.seed_generator.state.numpy()
    y = layer(x, training=True).numpy()
    kept = y != 0
    assert np.array_equal(y[kept], (x * tf.constant(1 / 0.7, tf.float32)).numpy()[kept])
    p = 19661 / 2**16  # round(0.3 * 2**16) / 2**16: within 2**-17 of the rate
    assert abs(p - 0.3) < 1e-5 and abs((~kept).mean() - p) < 5 * np.sqrt(p * (1 - p) / y.size)
    assert not np.array_equal(layer(x, training=True).numpy() != 0, kept)  # the state moved on
    layer.seed_generator.state.assign(start)  # as a checkpoint restores it
    assert np.array_equal(layer(x, training=True).numpy(), y)
    bf16 = HalfWordDropout(0.3, seed=11, dtype="mixed_bfloat16")
    z = bf16(x, training=True)
    assert z.dtype == tf.bfloat16 and np.array_equal(z.numpy() != 0, kept)  # same words, same mask


def test_a_fast_checkpoint_loads_into_the_reference_path_and_draws_the_same_images(small_config, dataset,
                                                                                    tmp_path):
    from engine.families.dcgan.latents import grid_latents
    from engine.training.trainer import Trainer

    fast = Trainer(small_config, dataset, "fast")
    for _ in range(4):
        fast.step()
    path = fast.save(tmp_path / "fast.ckpt.npz")
    reference = Trainer.restore(path, dataset, "reference")
    assert reference.implementation == "reference" and reference.iteration == 4
    for group, variables in fast.variable_groups().items():
        for a, b in zip(variables, reference.variable_groups()[group]):
            assert np.array_equal(a.numpy(), b.numpy()), (group, a.path)
    # Inference of the same float32 weights by either form differs by ~1e-7 on any CPU (measured with
    # oneDNN on, off and limited to AVX2: at most 6e-8), far inside these tolerances: one level, for a
    # value that rounds to a uint8 at .5, and 1e-4 in the losses of the next step's forward pass.
    latents = grid_latents(16, 100)
    assert np.abs(reference.generate(latents).astype(int) - fast.generate(latents)).max() <= 1
    # And both train on from there alike.
    a, b = fast.step(), reference.step()
    assert abs(a.g_loss - b.g_loss) < 1e-4 and abs(a.d_loss - b.d_loss) < 1e-4


def test_unknown_implementation_is_refused(small_config):
    from engine.families.dcgan.networks import build_generator

    with pytest.raises(ValueError, match="implementation must be one of"):
        build_generator(small_config, "winograd")
