"""The toy family's trainer: what engine.training.trainer.Trainer asks of a family, at its smallest."""

from __future__ import annotations

import keras
import numpy as np
import tensorflow as tf

from engine.compute import replica
from engine.io import data as data_mod
from engine.training import losses
from engine.training.trainer import Trainer


class ToyTrainer(Trainer):
    """A dense generator (latent -> 28x28) and a dense discriminator (28x28 -> logit), the tutorial's
    cross-entropy, Adam for each: the family's networks, data, step, panel and quality."""

    def _build(self) -> int:
        latent, seed = self.config.settings.toy_latent, self.config.run.seed
        init = keras.initializers.RandomNormal(0.0, 0.02, seed=seed)
        self.generator = keras.Sequential([keras.Input((latent,)),
                                           keras.layers.Dense(28 * 28, activation="tanh", kernel_initializer=init),
                                           keras.layers.Reshape((28, 28))], name="generator")
        self.discriminator = keras.Sequential([keras.Input((28, 28)), keras.layers.Flatten(),
                                               keras.layers.Dense(1, kernel_initializer=init)], name="discriminator")
        self.g_optimizer, self.d_optimizer = self.optimizers(self.config)
        self._images = self.devices.put(self.dataset.train_images)
        self._panel_latents = np.random.default_rng(seed).standard_normal(
            (self.config.run.num_samples, latent)).astype(np.float32)
        return len(self.dataset.train_images)

    def generator_variables(self) -> list:
        return self.generator.trainable_variables

    def discriminator_variables(self) -> list:
        return self.discriminator.trainable_variables

    def variable_groups(self) -> dict[str, list]:
        return {"generator": list(self.generator.variables), "discriminator": list(self.discriminator.variables),
                "g_optimizer": list(self.g_optimizer.variables), "d_optimizer": list(self.d_optimizer.variables)}

    def _batch(self, iteration: int) -> tuple[np.ndarray]:
        c = self.config
        return (data_mod.batch_indices(c.run.seed, iteration, self.num_images, c.recipe.batch_size),)

    def _step_for(self, config):
        if "step" not in self._steps:
            self._steps["step"] = self._compile_step()
        return self._steps["step"]

    def _compile_step(self):
        generator, discriminator, images = self.generator, self.discriminator, self._images
        g_opt, d_opt, devices, names = self.g_optimizer, self.d_optimizer, self.devices, self.info.metrics
        seed, latent = self.config.run.seed, self.config.settings.toy_latent

        def replica_step(indices, iteration):
            key = tf.stack([tf.constant(seed, tf.int64), iteration])
            noise = replica.shard(tf.random.stateless_normal(tf.stack([tf.shape(indices)[0], latent]), seed=key))
            real = tf.cast(tf.gather(images, replica.shard(indices)), tf.float32) / 127.5 - 1.0
            with tf.GradientTape() as g_tape, tf.GradientTape() as d_tape:
                real_logits = discriminator(real, training=True)
                fake_logits = discriminator(generator(noise, training=True), training=True)
                g_loss = losses.generator_loss("bce", fake_logits)
                d_loss = losses.discriminator_loss("bce", real_logits, fake_logits, tf.ones_like(real_logits),
                                                   tf.zeros_like(fake_logits))
            g_grads = replica.all_sum(g_tape.gradient(g_loss, generator.trainable_variables))
            d_grads = replica.all_sum(d_tape.gradient(d_loss, discriminator.trainable_variables))
            g_opt.apply_gradients(zip(g_grads, generator.trainable_variables))
            d_opt.apply_gradients(zip(d_grads, discriminator.trainable_variables))
            return replica.metrics(names, {"g_loss": g_loss, "d_loss": d_loss,
                                           **losses.verdicts("bce", real_logits, fake_logits)},
                                   {"g_grad_norm": tf.linalg.global_norm(g_grads),
                                    "d_grad_norm": tf.linalg.global_norm(d_grads)})

        @tf.function(input_signature=[tf.TensorSpec([None], tf.int32), tf.TensorSpec([], tf.int64)])
        def step(indices, iteration):
            return devices.run(replica_step, indices, iteration)

        return step

    def generate(self, latents: np.ndarray) -> np.ndarray:
        images = self.generator(np.asarray(latents, np.float32), training=False).numpy()
        return np.round(np.clip((images + 1.0) * 127.5, 0, 255)).astype(np.uint8)

    def draw_panel(self) -> tuple[np.ndarray, None]:
        return self.generate(self._panel_latents), None

    def measure_quality(self, meter) -> tuple[np.ndarray, str]:
        mean_real = self.dataset.train_images.astype(np.float32).mean(axis=0)
        l1 = float(np.abs(self.generate(self._panel_latents).astype(np.float32) - mean_real).mean() / 255)
        return np.array([self.iteration, l1]), f"L1 to the mean real image {l1:.3f}"
