import numpy as np
import pytest

from engine.config import IMPLEMENTATIONS, TrainConfig


@pytest.fixture(scope="module")
def models():
    from engine.families.dcgan.networks import build_discriminator, build_generator

    c = TrainConfig()
    return build_generator(c), build_discriminator(c)


def test_parameter_counts_match_the_reference(models):
    g, d = models
    assert g.count_params() == 2_537_600
    assert sum(int(np.prod(v.shape)) for v in g.trainable_variables) == 2_512_000
    assert d.count_params() == 212_865


def _keras_kind(layer) -> str:
    """The Keras layer class a layer is, or re-expresses (engine.families.dcgan.layer_forms subclasses Keras's)."""
    return next(c.__name__ for c in type(layer).__mro__ if c.__module__.startswith("keras."))


@pytest.mark.parametrize("implementation", IMPLEMENTATIONS)
def test_layer_stack_is_the_reference(implementation):
    from engine.families.dcgan.networks import build_discriminator, build_generator

    g, d = build_generator(TrainConfig(), implementation), build_discriminator(TrainConfig(), "float32", implementation)
    assert g.count_params() == 2_537_600
    kinds = ["Dense", "BatchNormalization", "LeakyReLU", "Reshape",
             "Conv2DTranspose", "BatchNormalization", "LeakyReLU",
             "Conv2DTranspose", "BatchNormalization", "LeakyReLU", "Conv2DTranspose"]
    assert [_keras_kind(layer) for layer in g.layers] == kinds
    if implementation == "reference":  # Keras's own classes, nothing re-expressed
        assert [type(layer).__name__ for layer in g.layers] == kinds
    deconvs = [layer for layer in g.layers if _keras_kind(layer) == "Conv2DTranspose"]
    assert [(x.filters, x.strides, x.use_bias) for x in deconvs] == [
        (128, (1, 1), False), (128, (2, 2), False), (1, (2, 2), False)]
    assert [_keras_kind(layer) for layer in d.layers] == [
        "Conv2D", "LeakyReLU", "Dropout", "Conv2D", "LeakyReLU", "Dropout", "Flatten", "Dense"]
    if implementation == "reference":  # Keras's own classes but the dropout (engine.families.dcgan.networks)
        assert [type(layer).__name__ for layer in d.layers] == [
            "Conv2D", "LeakyReLU", "HalfWordDropout", "Conv2D", "LeakyReLU", "HalfWordDropout", "Flatten", "Dense"]


def test_shapes_and_ranges(models):
    g, d = models
    images = g(np.random.default_rng(0).standard_normal((4, 100)).astype("float32"), training=False).numpy()
    assert images.shape == (4, 28, 28, 1) and images.min() >= -1 and images.max() <= 1
    assert d(images, training=False).shape == (4, 1)


def test_same_seed_same_weights_other_seed_other_weights():
    from engine.families.dcgan.networks import build_generator

    a, b = build_generator(TrainConfig().replace(seed=1)), build_generator(TrainConfig().replace(seed=1))
    c = build_generator(TrainConfig().replace(seed=2))
    assert all(np.array_equal(x.numpy(), y.numpy()) for x, y in zip(a.weights, b.weights))
    assert not np.array_equal(a.weights[0].numpy(), c.weights[0].numpy())


def test_spectral_norm_starts_its_power_iteration_from_the_seed():
    """Keras draws SpectralNormalization's vector u unseeded; one seed must still be one run."""
    from engine.families.dcgan.networks import build_discriminator

    def vectors(seed):
        model = build_discriminator(TrainConfig().replace(seed=seed, spectral_norm=True))
        return [v.numpy() for v in model.weights if v.path.endswith("vector_u")]

    a, b, c = vectors(1), vectors(1), vectors(2)
    assert len(a) == 3 and all(np.array_equal(x, y) for x, y in zip(a, b))
    assert not any(np.array_equal(x, y) for x, y in zip(a, c))
