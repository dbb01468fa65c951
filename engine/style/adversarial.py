"""Features learned here, while the picture is painted: a patch discriminator (Pix2Pix's PatchGAN, small) is
trained to tell the style's patches from the picture's, and the picture is painted to fool it, a GAN whose
generator is the picture itself (as in Li & Wand 2016's MGAN, without its pretrained VGG). The discriminator
keeps what it learned from one scale to the next.
"""

from __future__ import annotations

import tensorflow as tf

from engine.style.objective import Loss, Method

WIDTHS = (32, 64, 64)
BLUR = 4


class LearnedDiscriminator(Method):
    """Hinge-loss patch discriminator against the picture, with the blurred content as the content term."""

    content_scale = 10.0

    def __init__(self, config, compute_dtype=tf.float32):
        super().__init__(config, compute_dtype)
        tf.keras.utils.set_random_seed(config.seed)
        layers = [tf.keras.Input((None, None, 3))]
        for k, width in enumerate(WIDTHS):
            layers += [tf.keras.layers.Conv2D(width, 4, 2 if k < 2 else 1, "same"), tf.keras.layers.LeakyReLU(0.2)]
        layers.append(tf.keras.layers.Conv2D(1, 3, 1, "same"))
        self.discriminator = tf.keras.Sequential(layers)
        self._optimizer = tf.keras.optimizers.Adam(2e-4, beta_1=0.5)
        self._optimizer.build(self.discriminator.trainable_variables)

    def learn(self, picture: tf.Variable, style: tf.Tensor, seed: tf.Tensor) -> None:
        d = self.discriminator
        with tf.GradientTape() as tape:
            loss = (tf.reduce_mean(tf.nn.relu(1.0 - d(style, training=True)))
                    + tf.reduce_mean(tf.nn.relu(1.0 + d(tf.convert_to_tensor(picture), training=True))))
        self._optimizer.apply_gradients(zip(tape.gradient(loss, d.trainable_variables), d.trainable_variables))

    def objective(self, content: tf.Tensor, style: tf.Tensor) -> Loss:
        weight = self.content_weight
        blurred = tf.nn.avg_pool2d(content, BLUR, BLUR, "VALID")

        def loss(picture: tf.Variable, seed: tf.Tensor) -> tf.Tensor:
            value = -tf.reduce_mean(self.discriminator(picture, training=True))
            if weight:
                value += weight * tf.reduce_mean(tf.square(tf.nn.avg_pool2d(picture, BLUR, BLUR, "VALID") - blurred))
            return value

        return loss
