"""Which devices a run trains on, and the tf.distribute strategy that spreads its step over them.

One device (the default) is the engine as it always was: no strategy, the family's step runs as
written, so the TensorFlow DCGAN tutorial's recipe stays bit for bit. Several devices of one machine are a
`tf.distribute.MirroredStrategy`; several machines a `MultiWorkerMirroredStrategy`, configured by the
standard TF_CONFIG environment variable (when it names a cluster, each process trains on its local
devices: every GPU it sees, or its CPU). The families' steps are written once for all three
(engine.compute.replica): each replica takes its rows of the global batch, losses are averaged over the
global batch, gradients are summed over the replicas before the optimizers apply them, batch norm
uses the global batch's moments, and data order and noise stay functions of (seed, iteration), so a
run on N devices is reproducible and its checkpoints are a one-device run's.

A machine without GPUs has one CPU device; `prepare(n)` splits it into n logical devices before
TensorFlow starts, so the several-device path runs, and is tested, on any laptop. The logical devices
share the same cores: that is for trying the path, not for speed.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, replace

import numpy as np
import tensorflow as tf

from engine.messages import Explained


class DevicesError(Explained, ValueError):
    """The devices asked for cannot be used; the message says what there is and what to do."""


_join_cluster = True  # False in the window: TF_CONFIG is for `main.py train` (prepare)


def cluster() -> dict | None:
    """The cluster TF_CONFIG describes, with this process's task ({"workers": n, "task": i}), or None
    when it is unset, names one worker, or this process does not join clusters (prepare).

    Raises:
        DevicesError: TF_CONFIG is set but is not the JSON tf.distribute reads.
    """
    text = os.environ.get("TF_CONFIG", "").strip()
    if not text or not _join_cluster:
        return None
    try:
        config = json.loads(text)
        workers = config["cluster"]["worker"]
        task = config["task"]
        index = int(task["index"])
        if task["type"] != "worker" or not 0 <= index < len(workers):
            raise ValueError(f"task {task} is not one of the {len(workers)} workers")
    except (ValueError, KeyError, TypeError) as exc:
        raise DevicesError("TF_CONFIG is not a worker cluster tf.distribute can use ({reason}); it should look like "
                           '{{"cluster": {{"worker": ["host1:port", "host2:port"]}}, "task": {{"type": "worker", '
                           '"index": 0}}}}', reason=exc) from None
    return {"workers": len(workers), "task": index} if len(workers) > 1 else None


def prepare(count: int, join_cluster: bool = True) -> None:
    """Make `count` devices available (0: all there are), before TensorFlow starts: on a machine
    without GPUs split the CPU into that many logical devices; under a TF_CONFIG cluster (if
    `join_cluster`; otherwise TF_CONFIG is ignored by this process), create the
    MultiWorkerMirroredStrategy, which must exist before any other TensorFlow work. Nothing to do on
    one device, or where GPUs are the devices.

    Raises:
        DevicesError: TensorFlow has already started (the split is made at start-up only), or a bad
            TF_CONFIG.
    """
    global _join_cluster
    _join_cluster = join_cluster
    if cluster():
        _multiworker()
        return
    if count <= 1 or tf.config.list_physical_devices("GPU"):
        return
    cpu = tf.config.list_physical_devices("CPU")[0]
    if len(tf.config.get_logical_device_configuration(cpu) or ()) == count:
        return
    try:
        tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * count)
    except RuntimeError:
        raise DevicesError("{count} devices: this machine has no GPU, and its CPU can only be split into logical "
                           "devices before TensorFlow starts; start GAN Studio with --devices {count}",
                           count=count) from None


def local_devices() -> tuple[str, ...]:
    """This process's devices a run can train on: its GPUs, or else its (logical) CPU devices."""
    devices = tf.config.list_logical_devices("GPU") or tf.config.list_logical_devices("CPU")
    return tuple(device.name for device in devices)


def gpu_capability() -> tuple[int, int] | None:
    """The CUDA compute capability of the first GPU (the precision's "auto" reads it), None without GPUs."""
    gpus = tf.config.list_physical_devices("GPU")
    if not gpus:
        return None
    return tuple(tf.config.experimental.get_device_details(gpus[0]).get("compute_capability", (0, 0)))


_STRATEGIES: dict = {}  # one strategy per device set, for the life of the process
_AGREEMENTS: dict = {}  # Devices.anyone's compiled collective, by strategy


def _multiworker() -> tf.distribute.Strategy:
    if "cluster" not in _STRATEGIES:
        _STRATEGIES["cluster"] = tf.distribute.MultiWorkerMirroredStrategy()
    return _STRATEGIES["cluster"]


def use(count: int) -> Devices:
    """The devices a run of config.run.devices = `count` trains on (0: all this process has).

    Raises:
        DevicesError: more devices than there are, or a bad TF_CONFIG.
    """
    where = cluster()
    if where:
        strategy = _multiworker()
        return Devices(strategy, tuple(strategy.extended.worker_devices), where["workers"], where["task"])
    local = local_devices()
    count = count or len(local)
    if count > len(local):
        kind, names = _kind(local[0]), ", ".join(local)
        if kind == "CPU":
            raise DevicesError("{count} devices asked for, this process has {available} (CPU: {names}); on a machine "
                               "without GPUs start GAN Studio with --devices {count} to split the CPU into {count} "
                               "logical devices", count=count, available=len(local), names=names)
        raise DevicesError("{count} devices asked for, this process has {available} ({kind}: {names})", count=count,
                           available=len(local), kind=kind, names=names)
    if count == 1:
        return Devices(None, local[:1])
    names = local[:count]
    if names not in _STRATEGIES:
        _STRATEGIES[names] = tf.distribute.MirroredStrategy(list(names))
    return Devices(_STRATEGIES[names], names)


def fitting(count: int, batch_size: int) -> Devices:
    """Where a run saved on `count` devices (0: all) continues in a process that lacks them: on the most it
    has, up to `count`, that split the batch evenly (a resumed run keeps its batch size), saying so."""
    local = len(local_devices())
    usable = min(count or local, local)
    chosen = max(n for n in range(1, usable + 1) if batch_size % n == 0)
    asked = "all" if count == 0 else count
    return replace(use(chosen), note=f"the run asked for {asked} devices; this process has {local}")


@dataclass(frozen=True)
class Devices:
    """The devices of a run and the strategy over them (None: one device, no strategy).

    Attributes:
        names: this process's devices that train.
        workers: processes training together (a TF_CONFIG cluster), 1 on one machine.
        task: this process's index among them; task 0 (the chief) writes the checkpoints.
        note: why these devices and not the ones asked for (engine.compute.devices.fitting), or "".
    """

    strategy: tf.distribute.Strategy | None
    names: tuple[str, ...]
    workers: int = 1
    task: int = 0
    note: str = ""

    @property
    def replicas(self) -> int:
        """Replicas the global batch is split across (all workers' devices)."""
        return self.strategy.num_replicas_in_sync if self.strategy else 1

    @property
    def is_chief(self) -> bool:
        return self.task == 0

    def scope(self):
        """Where a run's variables are made: under the strategy, one mirrored copy per device."""
        return self.strategy.scope() if self.strategy else contextlib.nullcontext()

    def put(self, array: np.ndarray) -> tf.Tensor | tf.Variable:
        """Training data the step gathers its batches from: a constant on one device; on several of one
        machine a mirrored variable (a copy on each, instead of each replica copying from one device at
        every step). In a cluster a constant on each worker, which holds the same data: a mirrored variable
        would be broadcast from the chief by collectives that carry no uint8 (measured: CollectiveBcastSend
        refuses it), and workers usually have one device each. (Not run on GPUs: TensorFlow registers no
        int32 GPU kernels for variables (AssignVariableOp), and uint8 ones not in every version, so there
        images are float16, which holds 0-255 exactly, and labels int64, as a precaution; the steps cast
        both.)"""
        if self.strategy is None or self.workers > 1:
            return tf.constant(array)
        if "GPU" in self.names[0].upper():
            array = array.astype({np.dtype(np.uint8): np.float16, np.dtype(np.int32): np.int64}.get(array.dtype,
                                                                                                   array.dtype))
        with self.strategy.scope():
            return tf.Variable(array, trainable=False)

    def run(self, replica_step, *args):
        """Inside a compiled step: replica_step(*args) on every device, returning what this process's
        first replica returned (the step makes what it returns global: engine.compute.replica.all_sum, gather).
        On one device, replica_step(*args) itself."""
        if self.strategy is None:
            return replica_step(*args)
        results = self.strategy.run(replica_step, args=args)
        return tf.nest.map_structure(lambda value: self.strategy.experimental_local_results(value)[0], results)

    def anyone(self, flag: bool) -> bool:
        """Whether any worker of the cluster says `flag` (every worker must ask at the same point: it is a
        collective), so that all stop at the same iteration; `flag` itself on one machine."""
        if self.workers == 1:
            return flag
        if self.strategy not in _AGREEMENTS:  # compiled once: eager collectives cost a thread per call
            strategy = self.strategy

            def total(value):  # SUM (tf.distribute has no MAX) of a copy made on the replica's device: the
                # compiled collective refuses the input tensor itself ("destinations can not be empty")
                return tf.distribute.get_replica_context().all_reduce(tf.distribute.ReduceOp.SUM, tf.identity(value))

            @tf.function
            def agree(value):
                return strategy.experimental_local_results(strategy.run(total, args=(value,)))[0]

            _AGREEMENTS[self.strategy] = agree
        return bool(_AGREEMENTS[self.strategy](tf.constant(float(flag))).numpy() > 0)

    def even(self, indices: np.ndarray) -> np.ndarray:
        """A global batch cut to a multiple of the replicas, so each takes as many rows (on several
        devices, the epoch's last and smaller batch drops up to replicas - 1 images)."""
        return indices[:len(indices) - len(indices) % self.replicas]

    @property
    def short(self) -> str:
        """A few words for a status bar: "CPU:0", "2 x GPU", "2 workers x 1 CPU"."""
        names = [_short(name) for name in self.names]
        kind = _kind(self.names[0])
        if self.workers > 1:
            return f"{self.workers} workers x {len(names)} {kind}"
        return names[0] if len(names) == 1 else f"{len(names)} x {kind}"

    def __str__(self) -> str:
        names = ", ".join(_short(name) for name in self.names)
        if self.workers > 1:
            return (f"{self.workers} workers x {len(self.names)} device(s) ({names} here, task {self.task}; "
                    "MultiWorkerMirroredStrategy from TF_CONFIG)")
        said = (f"1 device ({names})" if self.strategy is None else
                f"{len(self.names)} devices ({names}; MirroredStrategy)")
        return f"{said}; {self.note}" if self.note else said


def _short(name: str) -> str:
    """"/job:localhost/replica:0/task:0/device:GPU:1" -> "GPU:1"."""
    return name.rsplit("device:", 1)[-1]


def _kind(name: str) -> str:
    """"/job:localhost/replica:0/task:0/device:GPU:1" -> "GPU"."""
    return _short(name).split(":")[0]
