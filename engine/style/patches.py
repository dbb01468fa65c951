"""The default method: the picture is painted with the style's own patches. Two terms, each the remedy of the
other's failure (both seen on this project's examples, bench/README.md):

- distributions: the style as the distribution of its 7x7 patches, compared through random projections (the
  sliced Wasserstein distance of Elnekave & Weiss 2022, "Generating natural images with direct patch
  distributions matching"; Heitz et al. 2021). A random projection of a patch is one random linear filter's
  response, so this is Ustyuzhaninov et al.'s random filters compared by their whole distribution rather than
  their Gram matrix. Each step draws new projections and sorts a random sample of the picture's and the style's
  responses. Alone it recolours and roughens the picture with the style's statistics, but draws no stroke whole.
- nearest patches: each 9x9 patch of the picture (every 3 px, a random sample of them each step) is pulled
  towards the style patch nearest to it (Kwatra et al. 2005's texture optimisation; Li & Wand 2016's MRF loss,
  here on pixels instead of a pretrained network's features). This copies the strokes, tiles and swirls
  themselves; alone it copies a few patches over and over into flat areas, which the distributions forbid.

Patches are matched through a fixed random projection to 32 numbers (distances between 243-number patches keep
their order closely, at an eighth of the cost). The content term compares the picture and the content blurred
(4x4 average): it holds the content's forms and leaves the strokes free.
"""

from __future__ import annotations

import math

import tensorflow as tf

from engine.style.objective import Loss, Method

PATCH = 7
PROJECTIONS = 64
SAMPLE = 4096  # responses sorted per projection (sorting is this method's main cost)
NEAREST_PATCH = 9
NEAREST_STRIDE = 3
NEAREST_SAMPLE = 4096  # the picture's patches matched per step
NEAREST_WEIGHT = 0.1
BANK = 8192  # style patches to match against: 4096 x 8192 distances, 134 MB, per step
MATCH_DIMS = 32
BLUR = 4
EDGE = 2  # pixels mirrored around the picture (8, a whole patch, drew a thin frame of its own)


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


def patches(picture: tf.Tensor, size: int, stride: int) -> tf.Tensor:
    """(places, size * size * 3): the picture's size x size patches every `stride` pixels."""
    found = tf.image.extract_patches(picture, [1, size, size, 1], [1, stride, stride, 1], [1, 1, 1, 1], "VALID")
    return tf.reshape(found, (-1, size * size * 3))


class PatchDistributions(Method):
    """Sliced Wasserstein distance between patch distributions, plus each patch pulled to its nearest style patch."""

    coarsest = 64
    window = NEAREST_PATCH
    content_scale = 0.3  # against a sliced distance of ~1e-3 and nearest-patch distances of ~1e-2

    def objective(self, content: tf.Tensor, style: tf.Tensor) -> Loss:
        weight = self.content_weight
        blurred = tf.nn.avg_pool2d(content, BLUR, BLUR, "VALID")
        count = min(SAMPLE, (content.shape[1] - PATCH + 1) * (content.shape[2] - PATCH + 1))
        bank = self._bank(style)
        projection = tf.random.stateless_normal((bank.shape[1], MATCH_DIMS), [self.config.seed, 1]) / MATCH_DIMS ** .5
        keys = tf.matmul(bank, projection)
        key_norms = tf.reduce_sum(tf.square(keys), axis=1)

        def loss(picture: tf.Variable, seed: tf.Tensor) -> tf.Tensor:
            # Mirrored at its edges, so the border's pixels are in more patches (unpadded, a corner pixel is in
            # one patch, and stays as the content left it: a frame of the content's colours).
            padded = tf.pad(picture, [[0, 0], [EDGE, EDGE], [EDGE, EDGE], [0, 0]], "REFLECT")
            filters = tf.random.stateless_normal((PATCH, PATCH, 3, PROJECTIONS), seed)
            filters = filters / tf.norm(tf.reshape(filters, (-1, PROJECTIONS)), axis=0)
            target = sorted_sample(style, filters, count, seed + 1)
            value = tf.reduce_mean(tf.square(sorted_sample(padded, filters, count, seed + 2) - target))
            mine = patches(padded, NEAREST_PATCH, NEAREST_STRIDE)
            if mine.shape[0] > NEAREST_SAMPLE:
                mine = tf.gather(mine, tf.random.stateless_uniform((NEAREST_SAMPLE,), seed + 3, 0, mine.shape[0],
                                                                   tf.int32))
            queries = tf.matmul(tf.stop_gradient(mine), projection)
            distances = key_norms[None, :] - 2.0 * tf.matmul(queries, keys, transpose_b=True)  # + |query|^2
            nearest = tf.gather(bank, tf.argmin(distances, axis=1))
            value += NEAREST_WEIGHT * tf.reduce_mean(tf.square(mine - nearest))
            if weight:
                value += weight * tf.reduce_mean(tf.square(tf.nn.avg_pool2d(picture, BLUR, BLUR, "VALID") - blurred))
            return value

        return loss

    def _bank(self, style: tf.Tensor) -> tf.Tensor:
        """Up to BANK of the style's patches: every 2 px (further apart in a large style), a random BANK of them."""
        places = (style.shape[1] - NEAREST_PATCH + 1) * (style.shape[2] - NEAREST_PATCH + 1)
        stride = max(2, math.ceil(math.sqrt(places / (4 * BANK))))
        bank = patches(style, NEAREST_PATCH, stride)
        if bank.shape[0] > BANK:
            bank = tf.gather(bank, tf.random.stateless_uniform((BANK,), [self.config.seed, 2], 0, bank.shape[0],
                                                               tf.int32))
        return bank
