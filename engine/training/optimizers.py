"""Adam whose learning rate and beta1 can change between steps without compiling the step again.

Keras's Adam keeps the learning rate in a variable but beta1 as a Python float, which a compiled step
bakes in as a constant: changing it would mean tracing again. Here beta1 lives in two variables the
step reads, `beta_1` and `one_minus_beta_1`; the second is computed in double precision and then
rounded, as Keras's `1 - self.beta_1` constant is, so the updates are Keras's bit for bit
(tests/test_live.py). The variables are not the optimizer's own (`optimizer.variables` is unchanged,
and so are checkpoints): beta1 is a setting of the run, restored from its config.
"""

from __future__ import annotations

import keras
import numpy as np
import tensorflow as tf
from keras import ops


class LiveAdam(keras.optimizers.Adam):
    """keras.optimizers.Adam with `set_beta_1` (and, as Keras's, a settable learning_rate)."""

    def __init__(self, learning_rate: float, beta_1: float, beta_2: float):
        super().__init__(learning_rate, beta_1=beta_1, beta_2=beta_2)
        self._beta_1_values = (tf.Variable(np.float32(beta_1), trainable=False, name="live_beta_1"),
                               tf.Variable(np.float32(1.0 - beta_1), trainable=False, name="live_one_minus_beta_1"))

    def set_beta_1(self, beta_1: float) -> None:
        """Use this beta1 from the next update on."""
        self.beta_1 = beta_1
        self._beta_1_values[0].assign(np.float32(beta_1))
        self._beta_1_values[1].assign(np.float32(1.0 - beta_1))

    def _all_reduce_sum_gradients(self, grads_and_vars):
        """The gradients as given: on several devices the families' steps sum them over the replicas
        themselves (engine.compute.replica.all_sum), to measure the norm of what is applied; Keras would sum the
        sums again."""
        return list(grads_and_vars)

    def update_step(self, gradient, variable, learning_rate):
        """Keras's Adam.update_step (amsgrad off), with beta1 read from the variables."""
        beta_1, one_minus_beta_1 = (tf.cast(v, variable.dtype) for v in self._beta_1_values)
        lr = ops.cast(learning_rate, variable.dtype)
        gradient = ops.cast(gradient, variable.dtype)
        local_step = ops.cast(self.iterations + 1, variable.dtype)
        beta_1_power = ops.power(beta_1, local_step)
        beta_2_power = ops.power(ops.cast(self.beta_2, variable.dtype), local_step)
        m = self._momentums[self._get_variable_index(variable)]
        v = self._velocities[self._get_variable_index(variable)]
        alpha = lr * ops.sqrt(1 - beta_2_power) / (1 - beta_1_power)
        self.assign_add(m, ops.multiply(ops.subtract(gradient, m), one_minus_beta_1))
        self.assign_add(v, ops.multiply(ops.subtract(ops.square(gradient), v), 1 - self.beta_2))
        self.assign_sub(variable, ops.divide(ops.multiply(m, alpha), ops.add(ops.sqrt(v), self.epsilon)))
