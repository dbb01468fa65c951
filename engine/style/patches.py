"""The default method: the style as the distribution of its 7x7 patches, compared through random projections
(sliced Wasserstein distance; Elnekave & Weiss 2022, "Generating natural images with direct patch
distributions matching", and Heitz et al. 2021). A random projection of a patch is the response of one random
linear filter, so this is Ustyuzhaninov et al.'s random filters compared by their whole distribution rather
than their Gram matrix: the strokes' shapes, not only their colours' correlations, have to match.

Each step draws new projections (no fixed filter bank for the picture to fool), sorts a random sample of the
picture's and the style's responses and pulls each sorted value towards its rank's value in the style. The
content term compares the picture and the content blurred (4x4 average), so it holds the content's forms and
leaves the strokes free.
"""

from __future__ import annotations

import tensorflow as tf

from engine.style.objective import Loss, Method

PATCH = 7
PROJECTIONS = 64
SAMPLE = 8192  # responses sorted per projection: sorting all 65,000 of a 256x256 picture costs ~10x more
BLUR = 4


def sorted_sample(picture: tf.Tensor, filters: tf.Tensor, count: int, seed: tf.Tensor) -> tf.Tensor:
    """(projections, count): the responses of each filter at `count` random places, sorted; a picture with
    fewer places gives its sorted responses read at `count` evenly spaced ranks."""
    responses = tf.nn.conv2d(picture, filters, 1, "VALID")
    responses = tf.transpose(tf.reshape(responses, (-1, filters.shape[-1])))
    places = responses.shape[1]
    if places > count:
        responses = tf.gather(responses, tf.random.stateless_uniform((count,), seed, 0, places, tf.int32), axis=1)
    responses = tf.sort(responses, axis=-1)
    if places < count:
        ranks = tf.cast(tf.round(tf.linspace(0.0, places - 1.0, count)), tf.int32)
        responses = tf.gather(responses, ranks, axis=1)
    return responses


class PatchDistributions(Method):
    """Sliced Wasserstein distance between the picture's and the style's patch distributions."""

    coarsest = 64
    content_scale = 0.02  # against a sliced distance of ~1e-3

    def objective(self, content: tf.Tensor, style: tf.Tensor) -> Loss:
        weight = self.content_weight
        blurred = tf.nn.avg_pool2d(content, BLUR, BLUR, "VALID")
        places = (content.shape[1] - PATCH + 1) * (content.shape[2] - PATCH + 1)
        count = min(SAMPLE, places)

        def loss(picture: tf.Variable, seed: tf.Tensor) -> tf.Tensor:
            filters = tf.random.stateless_normal((PATCH, PATCH, 3, PROJECTIONS), seed)
            filters = filters / tf.norm(tf.reshape(filters, (-1, PROJECTIONS)), axis=0)
            target = sorted_sample(style, filters, count, seed + 1)
            value = tf.reduce_mean(tf.square(sorted_sample(picture, filters, count, seed + 2) - target))
            if weight:
                value += weight * tf.reduce_mean(tf.square(tf.nn.avg_pool2d(picture, BLUR, BLUR, "VALID") - blurred))
            return value

        return loss
