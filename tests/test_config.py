import json

import pytest

from engine.config import ConfigError, TrainConfig


def test_defaults_are_the_seed_notebooks():
    c = TrainConfig()
    assert (c.recipe.batch_size, c.settings.noise_dim, c.recipe.g_learning_rate, c.recipe.d_learning_rate) == (
        256, 100, 1e-4, 1e-4)
    assert (c.run.num_samples, c.run.grid_side, c.run.grid_every, c.run.save_every) == (16, 4, 50, 5)
    assert c.run.train_images is None


@pytest.mark.parametrize("field, value", [
    ("batch_size", 0), ("batch_size", -3), ("noise_dim", 0), ("g_learning_rate", -1e-4),
    ("d_learning_rate", 0.0), ("d_learning_rate", float("nan")), ("num_samples", 15), ("grid_every", 0),
    ("save_every", 0), ("epochs", 0), ("seed", -1), ("train_images", 0), ("batch_size", 2.5),
    ("batch_size", "256"), ("batch_size", True),
])
def test_invalid_values_are_rejected_naming_the_field(field, value):
    with pytest.raises(ConfigError, match=field):
        TrainConfig().replace(**{field: value})


def test_json_round_trip_is_exact():
    c = TrainConfig().replace(batch_size=64, g_learning_rate=2e-4, seed=3, train_images=1000)
    assert TrainConfig.from_json(c.to_json()) == c
    assert TrainConfig.from_json(TrainConfig().to_json()) == TrainConfig()


def test_from_json_rejects_unknown_fields_and_bad_json():
    data = json.loads(TrainConfig().to_json())
    data["batchsize"] = 3
    with pytest.raises(ConfigError, match="batchsize"):
        TrainConfig.from_dict(data)
    with pytest.raises(ConfigError, match="JSON"):
        TrainConfig.from_json("{not json")


def test_replace_validates():
    with pytest.raises(ConfigError, match="batch_size"):
        TrainConfig().replace(batch_size=0)


def test_a_saved_config_that_predates_a_field_continues_as_its_run_did():
    """Runs saved before image_size, channels and save_minutes trained on 28x28 grey and autosaved every
    save_every epochs; before precision, in float32: flat (the first format) or nested."""
    nested = json.loads(TrainConfig().replace(precision="bfloat16").to_json())
    for name in ("image_size", "channels", "save_minutes"):
        del nested["run"][name]
    old = TrainConfig.from_saved(nested)
    assert (old.run.image_size, old.run.channels, old.run.save_minutes, old.run.precision) == (28, 1, 0.0, "bfloat16")
    flat = {"batch_size": 64, "seed": 3}
    first = TrainConfig.from_saved(flat)
    assert (first.run.image_size, first.run.precision, first.recipe.batch_size) == (28, "float32", 64)
    assert TrainConfig.from_saved(json.loads(TrainConfig().to_json())) == TrainConfig()  # nothing predated


def test_a_new_run_on_pictures_starts_from_colour_start(tmp_path):
    """Fast start for Fashion-MNIST and IDX folders (28x28 grey), Colour start for the emoji and picture folders."""
    from engine.config import default_preset
    from engine.io.idx import FILES

    idx = tmp_path / "idx"
    idx.mkdir()
    for stem in FILES.values():
        (idx / stem).write_bytes(b"")
    assert default_preset("fashion-mnist") == default_preset(str(idx)) == "fast"
    assert default_preset("emoji") == default_preset(str(tmp_path)) == "colour"
