"""What a family's compiled step does differently when it runs as one replica of several (engine.compute.devices).

Every family's step is written once, for the whole global batch, and calls these where a replica
must act for the whole: `shard` takes the replica's rows of something drawn for the global batch (the
batch's indices, its latents, its random flips and masks, so each image meets the same noise on any
number of devices), `mean` averages over the global batch (tf.nn.compute_average_loss: each replica
contributes its rows' share, and the gradients of those shares, summed over the replicas by `all_sum`,
are the global batch's gradients), `all_sum` and `gather` make what a replica measured global.

On one device (no strategy, or outside a replica) each is the plain operation, unchanged: tf.reduce_mean,
the identity; so a one-device step computes exactly what it did before any of this existed.
"""

from __future__ import annotations

import tensorflow as tf


def _context():
    context = tf.distribute.get_replica_context()
    return context if context is not None and context.num_replicas_in_sync > 1 else None


def replicas() -> int:
    """How many replicas share the global batch here (1 on one device)."""
    context = _context()
    return context.num_replicas_in_sync if context else 1


def shard(x: tf.Tensor) -> tf.Tensor:
    """This replica's rows of a global-batch tensor (the batch split evenly in replica order: engine.compute.devices
    Devices.even)."""
    context = _context()
    if context is None:
        return x
    rows = tf.shape(x)[0] // context.num_replicas_in_sync
    start = tf.cast(context.replica_id_in_sync_group, tf.int32) * rows
    return x[start:start + rows]


def global_shape(shape: tf.Tensor) -> tf.Tensor:
    """The global batch's shape for a replica's shape (its rows times the replicas)."""
    n = replicas()
    return shape if n == 1 else tf.concat([shape[:1] * n, shape[1:]], 0)


def draw(kind, shape, seed: int, iteration: tf.Tensor, stream: int) -> tf.Tensor:
    """A stateless draw (kind: tf.random.stateless_uniform or _normal) of a replica's batch shape, keyed by
    (seed, iteration, stream), so resuming needs no generator state and no stream disturbs another: drawn
    for the global batch and sharded, so each image gets the same draw on any number of devices."""
    key = tf.stack([tf.constant(seed, tf.int64) * 8 + stream, tf.cast(iteration, tf.int64)])
    return shard(kind(global_shape(shape), seed=key))


def mean(x: tf.Tensor) -> tf.Tensor:
    """The mean over the global batch of a replica's batch tensor (N, ...): tf.reduce_mean on one device,
    this replica's share of it on several (tf.nn.compute_average_loss of the per-image means)."""
    if _context() is None:
        return tf.reduce_mean(x)
    per_image = tf.reduce_mean(tf.reshape(x, [tf.shape(x)[0], -1]), axis=1)
    return tf.nn.compute_average_loss(per_image)


def all_sum(values):
    """The sum over the replicas of a tensor or a list of tensors (gradients, shares of a mean)."""
    context = _context()
    return values if context is None else context.all_reduce(tf.distribute.ReduceOp.SUM, values)


def metrics(names: tuple[str, ...], shares: dict[str, tf.Tensor], totals: dict[str, tf.Tensor]) -> tf.Tensor:
    """A step's metrics, given by name, as one vector in the order of `names` (the family's declared
    metrics: one device-to-host copy a step). `shares` are this replica's shares of global-batch means
    (losses, accuracies), summed over the replicas; `totals` every replica already holds whole (the norms
    of the summed gradients).

    Raises:
        ValueError: when the step is traced, if the names measured are not exactly `names`.
    """
    measured = [*shares, *totals]
    if sorted(measured) != sorted(names):
        raise ValueError(f"the step measures {', '.join(measured)}; its family declares {', '.join(names)}")
    summed = dict(zip(shares, tf.unstack(all_sum(tf.stack(list(shares.values()))))))
    return tf.stack([summed[name] if name in summed else totals[name] for name in names])


def gather(x: tf.Tensor) -> tf.Tensor:
    """Every replica's rows of a per-image tensor, in replica order: the global batch's."""
    context = _context()
    return x if context is None else context.all_gather(x, axis=0)
