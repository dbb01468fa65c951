"""Latent directions, slerp and walks: on known linear maps (exact answers) and on the real generator."""

import imageio.v3 as iio
import numpy as np
import pytest

from engine.families.dcgan.latent_space import (direction_sweep, interpolation_walk, offset, principal_directions,
                                                 raw_directions, slerp, top_components)
from engine.families.dcgan.latents import latent_for_seed
from engine.io.export import write_walk_gif


def test_slerp_returns_the_endpoints_exactly_and_keeps_the_norm_in_between():
    a, b = latent_for_seed(3, 100), latent_for_seed(11, 100)
    assert np.array_equal(slerp(a, b, 0.0), a) and np.array_equal(slerp(a, b, 1.0), b)
    walk = interpolation_walk(a, b, 9)
    assert walk.shape == (9, 100) and np.array_equal(walk[0], a) and np.array_equal(walk[-1], b)
    # Two near-orthogonal N(0, I) latents: slerp stays near their norm, a straight line sags by ~1/sqrt(2).
    middle = slerp(a, b, 0.5)
    assert np.linalg.norm(middle) > 0.95 * min(np.linalg.norm(a), np.linalg.norm(b))
    assert np.linalg.norm((a + b) / 2) < 0.8 * np.linalg.norm(middle)
    assert np.allclose(slerp(a, 2 * a, 0.5), 1.5 * a)  # parallel: falls back to the straight line


def test_top_components_match_an_exact_svd():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((500, 40)) * np.linspace(5, 0.5, 40)  # decaying spectrum
    x = (x - x.mean(0)).astype(np.float32)
    components, variances = top_components(x, 5)
    _, s, vt = np.linalg.svd(x.astype(np.float64), full_matrices=False)
    assert np.allclose(variances, s[:5] ** 2 / 499, rtol=1e-4)
    assert np.allclose(np.abs(np.sum(components * vt[:5], axis=1)), 1, atol=1e-4)


def test_principal_directions_of_a_known_linear_map_are_its_singular_vectors():
    rng = np.random.default_rng(1)
    u, _ = np.linalg.qr(rng.standard_normal((20, 20)))
    v, _ = np.linalg.qr(rng.standard_normal((60, 20)))
    spectrum = np.array([8, 6, 4, 3, 2.5] + [1] * 15, float)
    linear = (u * spectrum) @ v.T  # z (20) -> activations (60), singular values `spectrum`

    directions = principal_directions(lambda z: z @ linear, 20, 4, samples=20000, seed=2)
    assert directions.vectors.shape == (4, 20) and not directions.raw
    assert np.allclose(directions.vectors @ directions.vectors.T, np.eye(4), atol=1e-5)
    # Direction k is the k-th left singular vector (up to sign), its share the k-th squared singular value.
    assert np.all(np.abs(np.sum(directions.vectors * u[:, :4].T, axis=1)) > 0.99)
    assert np.allclose(directions.explained, spectrum[:4] ** 2 / np.sum(spectrum ** 2), rtol=0.05)


def test_bad_direction_requests_are_refused_with_a_reason():
    with pytest.raises(ValueError, match="number of directions"):
        principal_directions(lambda z: z, 10, 11, samples=100)
    with pytest.raises(ValueError, match="at least 16 samples"):
        principal_directions(lambda z: z, 10, 8, samples=10)


def test_raw_directions_offsets_and_sweeps():
    raw = raw_directions(3, 10)
    assert raw.raw and raw.label(2) == "z[2]" and np.array_equal(raw.vectors, np.eye(3, 10))
    base = latent_for_seed(0, 10)
    moved = offset(base, raw, np.array([0.5, 0, -2]))
    assert np.allclose(moved - base, [0.5, 0, -2, 0, 0, 0, 0, 0, 0, 0])
    sweep = direction_sweep(base, raw.vectors[1], 3.0, 7)
    assert sweep.shape == (7, 10) and np.allclose(sweep[3], base)
    assert np.allclose(sweep[0] - base, -3 * raw.vectors[1]) and np.allclose(sweep[-1] - base, 3 * raw.vectors[1])


def test_real_generator_directions_are_orthonormal_variance_ordered_and_reproducible(small_config, dataset):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)
    for _ in range(20):
        trainer.step()
    directions = trainer.latent_directions(8, samples=1024)
    assert directions.iteration == 20 and directions.label(0) == "PC1"
    assert np.allclose(directions.vectors @ directions.vectors.T, np.eye(8), atol=1e-5)
    assert np.all(np.diff(directions.explained) <= 0) and 0 < directions.explained.sum() < 1
    again = trainer.latent_directions(8, samples=1024)
    assert np.array_equal(directions.vectors, again.vectors)  # same generator, same directions



def test_walk_gif_has_one_frame_per_latent(small_config, dataset, tmp_path):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)
    walk = interpolation_walk(latent_for_seed(1, 100), latent_for_seed(2, 100), 12)
    images = trainer.generate(walk)
    path = tmp_path / "walk.gif"
    assert write_walk_gif(path, images, [f"t={t:.2f}" for t in np.linspace(0, 1, 12)], scale=4) == 12
    frames = iio.imread(path, index=None)
    assert frames.shape[0] == 12 and frames.shape[2] == 28 * 4
    with pytest.raises(ValueError, match="at least 2 frames"):
        write_walk_gif(tmp_path / "one.gif", images[:1], ["x"])
