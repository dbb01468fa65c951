"""Export generator: a .keras file that plain Keras opens in a fresh process and that draws the app's images."""

import subprocess
import sys

import numpy as np

READ_BACK = """
import sys
import keras, numpy as np
model = keras.models.load_model(sys.argv[1])
latents = np.load(sys.argv[2])
images = model.predict(latents, verbose=0)[..., 0]
np.save(sys.argv[3], np.round(np.clip((images + 1) * 127.5, 0, 255)).astype(np.uint8))
print(sorted({type(layer).__module__.split('.')[0] for layer in model.layers}))
"""


def test_the_exported_generator_draws_the_apps_images_in_a_fresh_process(small_config, dataset, tmp_path):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config.replace(ema=0.9, g_dropout=0.2), dataset)  # an average, and dropout in G
    for _ in range(6):
        trainer.step()
    path = trainer.export_generator(tmp_path / "generator.keras")
    latents = np.random.default_rng(3).standard_normal((64, small_config.settings.noise_dim)).astype(np.float32)
    np.save(tmp_path / "latents.npy", latents)
    out = subprocess.run([sys.executable, "-c", READ_BACK, str(path), str(tmp_path / "latents.npy"),
                          str(tmp_path / "images.npy")], cwd=tmp_path, capture_output=True, text=True, timeout=240)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "['keras']"  # Keras's own layers only
    theirs, ours = np.load(tmp_path / "images.npy"), trainer.generate(latents)
    difference = np.abs(theirs.astype(int) - ours.astype(int))
    assert difference.max() <= 1 and (difference == 0).mean() > 0.99  # float32 rounding, no more
    assert ours.std() > 5  # real images, not a blank
