"""The generator's other implementations against Keras's own layers: same weights, same input, same
outputs and gradients in float32 tolerance, and checkpoints that load across implementations."""

import numpy as np
import pytest

from engine.config import IMPLEMENTATIONS

FORMS = [name for name in IMPLEMENTATIONS if name != "reference"]


@pytest.mark.parametrize("kernel, stride", [(5, 1), (5, 2), (3, 2), (4, 2), (3, 1)])
def test_transposed_convolution_as_convolution_matches_tf(kernel, stride):
    import tensorflow as tf

    from engine.layer_forms import conv_transpose_as_conv

    rng = np.random.default_rng(kernel * 10 + stride)
    x = rng.standard_normal((3, 7, 6, 8)).astype(np.float32)
    w = rng.standard_normal((kernel, kernel, 5, 8)).astype(np.float32)
    expected = tf.nn.conv2d_transpose(x, w, [3, 7 * stride, 6 * stride, 5], stride, "SAME").numpy()
    assert np.allclose(conv_transpose_as_conv(tf.constant(x), tf.constant(w), stride).numpy(), expected,
                       atol=1e-5)


def _models(implementation, config):
    from engine.models import build_discriminator, build_generator

    return build_generator(config, "reference"), build_generator(config, implementation), build_discriminator(config)


def _gradients(generator, discriminator, z, real):
    """The step's two losses' gradients (dropout off, so both runs see the same network)."""
    import tensorflow as tf

    bce = tf.nn.sigmoid_cross_entropy_with_logits
    with tf.GradientTape() as g_tape, tf.GradientTape() as d_tape:
        fake = generator(z, training=True)
        real_logits = discriminator(real, training=False)
        fake_logits = discriminator(fake, training=False)
        g_loss = tf.reduce_mean(bce(tf.ones_like(fake_logits), fake_logits))
        d_loss = (tf.reduce_mean(bce(tf.ones_like(real_logits), real_logits))
                  + tf.reduce_mean(bce(tf.zeros_like(fake_logits), fake_logits)))
    g_grads = g_tape.gradient(g_loss, generator.trainable_variables)
    d_grads = d_tape.gradient(d_loss, discriminator.trainable_variables)
    return fake.numpy(), fake_logits.numpy(), [g.numpy() for g in g_grads + d_grads]


@pytest.mark.parametrize("implementation", FORMS)
def test_generator_forms_match_keras_outputs_logits_gradients_and_statistics(implementation, small_config,
                                                                           dataset):
    reference, form, discriminator = _models(implementation, small_config)
    assert [v.path for v in form.variables] == [v.path for v in reference.variables]
    for a, b in zip(reference.variables, form.variables):
        assert np.array_equal(a.numpy(), b.numpy())  # same initial weights from the same config

    rng = np.random.default_rng(0)
    z = rng.standard_normal((32, 100)).astype(np.float32)
    real = dataset.train_images[:32, :, :, None].astype(np.float32) / 127.5 - 1
    ref_fake, ref_logits, ref_grads = _gradients(reference, discriminator, z, real)
    fake, logits, grads = _gradients(form, discriminator, z, real)
    assert np.abs(fake - ref_fake).max() < 1e-5
    assert np.abs(logits - ref_logits).max() < 1e-5 * max(1.0, np.abs(ref_logits).max())
    for name, a, b in zip([v.path for v in reference.trainable_variables + discriminator.trainable_variables],
                          ref_grads, grads):
        assert np.abs(a - b).max() <= 1e-4 * np.abs(a).max() + 1e-7, name
    # The training calls updated the BN moving statistics the same way; inference agrees too.
    for a, b in zip(reference.non_trainable_variables, form.non_trainable_variables):
        assert np.allclose(a.numpy(), b.numpy(), rtol=1e-5, atol=1e-6), a.path
    assert np.abs(form(z, training=False).numpy() - reference(z, training=False).numpy()).max() < 1e-5


def test_a_fast_checkpoint_loads_into_the_reference_path_and_draws_the_same_images(small_config, dataset,
                                                                                    tmp_path):
    from engine.latents import grid_latents
    from engine.trainer import Trainer

    fast = Trainer(small_config, dataset, "fast")
    for _ in range(4):
        fast.step()
    path = fast.save(tmp_path / "fast.ckpt.npz")
    reference = Trainer.restore(path, dataset, "reference")
    assert reference.implementation == "reference" and reference.iteration == 4
    for group, variables in fast.variable_groups().items():
        for a, b in zip(variables, reference.variable_groups()[group]):
            assert np.array_equal(a.numpy(), b.numpy()), (group, a.path)
    latents = grid_latents(16, 100)
    assert np.abs(reference.generate(latents).astype(int) - fast.generate(latents)).max() <= 1
    # And both train on from there alike.
    a, b = fast.step(), reference.step()
    assert abs(a.g_loss - b.g_loss) < 1e-4 and abs(a.d_loss - b.d_loss) < 1e-4


def test_unknown_implementation_is_refused(small_config):
    from engine.models import build_generator

    with pytest.raises(ValueError, match="implementation must be one of"):
        build_generator(small_config, "winograd")
