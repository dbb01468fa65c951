"""Training on several devices (engine.compute: devices, replica), tested without GPUs: the CPU is split into
two logical devices for the whole session (conftest), and a cluster is two worker processes on 127.0.0.1.

What may differ between one device and two at the same global batch, and why the bounds hold on any CPU:
each replica sums its half of every batch reduction and the halves are added (another summation order);
the losses are tf.nn.compute_average_loss shares (sum / global batch) instead of tf.reduce_mean; the
generator's batch norm takes Keras's synchronized moments (E[x^2] - E[x]^2 of the global batch's sums)
instead of the fused kernel's (measured on the conditional DCGAN: a one-device run given the
synchronized formula matches two devices' first gradient norms exactly, the fused one differs by 1.4e-6).
Each is float32 rounding, ~1e-7 relative here (1e-6 through batch norm); the first iteration's
metrics are held to 1e-4, a hundred times that or more, while the errors the test exists to catch are far
larger (each replica normalising with its own half's moments: 2e-3 at this batch; a loss not divided
by the global batch or gradients summed twice: 100%; noise or dropout masks drawn per replica: ~10%).
Later iterations go through Adam, whose first updates are lr * g / |g| for every weight: a gradient
that rounding moves across zero flips its weight's update, so weights are held to 2 * lr per update.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import replace

import numpy as np
import pytest
from conftest import ROOT, run_main

from engine.config import ConfigError, TrainConfig
from engine.io.checkpoint import read_checkpoint

RTOL = 1e-4  # first iteration: float32 rounding of other summation orders (module docstring)


def _config(**changes) -> TrainConfig:
    """The TensorFlow DCGAN tutorial's recipe at batch 32 on 256 real images, in float32 (the reference arithmetic)."""
    return TrainConfig().replace(batch_size=32, train_images=256, grid_every=2, seed=7, precision="float32",
                       quality_every=0).replace(**changes)


def _steps(trainer, count: int) -> np.ndarray:
    for _ in range(count):
        trainer.step()
    return trainer.history.array()


def _weights(trainer) -> list[np.ndarray]:
    return [v.numpy().copy() for group in trainer.variable_groups().values() for v in group]


def _assert_first_iteration_matches(one: np.ndarray, two: np.ndarray, metrics, batch: int) -> None:
    for j, name in enumerate(metrics):
        if name.endswith("_acc"):  # a share of the images: one image judged the other way is 1 / batch
            assert abs(one[0, j] - two[0, j]) <= 1 / batch + 1e-6, name
        else:
            assert np.isclose(one[0, j], two[0, j], rtol=RTOL, atol=0), (name, one[0, j], two[0, j])


def test_two_devices_train_as_one_device_does_at_the_same_global_batch(dataset):
    from engine.training.trainer import Trainer

    one, two = Trainer(_config(), dataset), Trainer(_config(devices=2), dataset)
    assert (one.devices.replicas, two.devices.replicas) == (1, 2) and two.devices.strategy is not None
    assert "MirroredStrategy" in str(two.devices) and two.devices.short == "2 x CPU"
    start = _weights(two)
    assert all(np.array_equal(a, b) for a, b in zip(_weights(one), start))  # the same seed, the same start
    steps = 3
    h1, h2 = _steps(one, steps), _steps(two, steps)
    _assert_first_iteration_matches(h1, h2, one.info.metrics, 32)
    assert np.allclose(h1[:, :2], h2[:, :2], rtol=1e-3)  # the losses, after Adam's first updates
    lr = one.config.recipe.g_learning_rate
    for name, a, b in zip([v.path for g in one.variable_groups().values() for v in g], _weights(one), _weights(two)):
        if np.issubdtype(a.dtype, np.floating):
            assert np.abs(a.astype(np.float64) - b).max() <= 2 * lr * steps, name
    # Every device holds the same weights, batch-norm statistics and optimizer state (a mirrored copy each).
    for group in two.variable_groups().values():
        for variable in group:
            copies = [np.asarray(c) for c in two.devices.strategy.experimental_local_results(variable.value)]
            assert len(copies) == 2 and np.array_equal(copies[0], copies[1]), variable.path
    # D's view of the last batch is the global batch's, in order.
    assert two._last_batch[0].numpy().shape == (32,)
    assert np.allclose(two._last_batch[0].numpy(), one._last_batch[0].numpy(), atol=2e-3)


def test_exact_resume_on_two_devices_and_checkpoints_move_between_one_and_two(dataset, tmp_path):
    from engine.training.trainer import Trainer

    straight = Trainer(_config(devices=2, ema=0.99, label_smoothing=0.1), dataset)
    expected = _steps(straight, 4)
    first = Trainer(_config(devices=2, ema=0.99, label_smoothing=0.1), dataset)
    _steps(first, 2)
    path = first.save(tmp_path / "two.ckpt.npz")
    checkpoint = read_checkpoint(path)
    assert checkpoint.config.run.devices == 2
    resumed = Trainer.restore(checkpoint, dataset)
    assert resumed.devices.replicas == 2
    assert np.array_equal(_steps(resumed, 2), expected)  # bit for bit within one device count
    on_one = Trainer.restore(replace(checkpoint, config=checkpoint.config.replace(devices=1)), dataset)
    assert on_one.devices.replicas == 1 and on_one.iteration == 2
    assert np.allclose(_steps(on_one, 2)[2:, :2], expected[2:, :2], rtol=1e-3)
    saved_on_one = read_checkpoint(on_one.save(tmp_path / "one.ckpt.npz"))  # and back onto two
    back = Trainer.restore(replace(saved_on_one, config=saved_on_one.config.replace(devices=2)), dataset)
    assert back.devices.replicas == 2 and back.iteration == 4 and np.isfinite(_steps(back, 1)).all()


@pytest.mark.parametrize("family, changes", [("conditional", {}), ("cyclegan", {"train_images": 2000}),
                                              ("pix2pix", {}),
                                              ("dcgan", {"d_steps": 2, "loss": "wgan-gp", "spectral_norm": True,
                                                         "instance_noise": 0.1, "g_dropout": 0.2})])
def test_the_other_families_and_recipes_split_across_two_devices(dataset, family, changes):
    """Every family's step and the recipe's tricks (an iteration without a generator update, a gradient
    penalty, spectral norm, instance noise, dropout in G; Pix2Pix's U-Net dropout) run as replicas and
    match one device: each image meets the same noise and masks. (CycleGAN on 2000 images:
    of 256, fewer than 32 are of a class, and a smaller batch of an odd size loses an image on two devices.)"""
    from engine.training.trainer import Trainer

    config = _config(family=family, **changes)
    one, two = Trainer(config, dataset), Trainer(config.replace(devices=2), dataset)
    h1, h2 = _steps(one, 2), _steps(two, 2)
    assert np.isfinite(h2).all()
    _assert_first_iteration_matches(h1, h2, one.info.metrics, 32)


def test_a_batch_that_does_not_split_or_too_many_devices_are_refused_clearly(dataset):
    from engine.compute.devices import DevicesError
    from engine.training.trainer import Trainer

    with pytest.raises(ConfigError, match="batch_size 31 does not split evenly across 2 devices"):
        Trainer(_config(batch_size=31, devices=2), dataset)
    with pytest.raises(ConfigError, match="an epoch of 257 images ends in a batch of 1, fewer than the 2 devices; "
                                          "choose another batch size or fewer devices, or train on 256 images"):
        Trainer(_config(train_images=257, devices=2), dataset)
    with pytest.raises(DevicesError, match="3 devices asked for, this process has 2"):
        Trainer(_config(devices=3), dataset)
    with pytest.raises(ConfigError, match="devices must be 0"):
        _config(devices=-1)
    assert Trainer(_config(devices=0), dataset).devices.replicas == 2  # all there are


def test_a_run_saved_on_more_devices_than_there_are_continues_on_those_that_split_its_batch(dataset, tmp_path):
    from engine.compute.devices import fitting
    from engine.training.trainer import Trainer

    saved = read_checkpoint(Trainer(_config(), dataset).save(tmp_path / "run.ckpt.npz"))
    moved = Trainer.restore(replace(saved, config=saved.config.replace(devices=4)), dataset)
    assert moved.devices.replicas == 2 and "asked for 4 devices; this process has 2" in str(moved.devices)
    assert fitting(4, 33).replicas == 1 and fitting(0, 32).replicas == 2  # an odd batch: one device


def test_a_bad_tf_config_is_a_clear_error_and_the_window_ignores_a_cluster(monkeypatch):
    from engine.compute import devices

    devices.prepare(1)  # as `main.py train`: joins clusters (a window earlier in this process said not to)
    monkeypatch.setenv("TF_CONFIG", "not json")
    with pytest.raises(devices.DevicesError, match="TF_CONFIG is not a worker cluster"):
        devices.cluster()
    monkeypatch.setenv("TF_CONFIG", json.dumps({"cluster": {"worker": ["127.0.0.1:1", "127.0.0.1:2"]},
                                                "task": {"type": "worker", "index": 1}}))
    assert devices.cluster() == {"workers": 2, "task": 1}
    try:
        devices.prepare(1, join_cluster=False)  # as the window's worker does
        assert devices.cluster() is None and devices.use(1).workers == 1
    finally:
        monkeypatch.delenv("TF_CONFIG")
        devices.prepare(1)  # joins clusters again, as `main.py train` does


def test_command_line_trains_on_two_devices_and_resumes_where_it_stopped(tmp_path):
    """`main.py train --devices 2`, then `--resume` in a new process: on two devices again, from the saved
    state. Bit for bit is held in one process (test_exact_resume_on_two_devices_...). Across processes a
    resumed run once came out with other last bits in CI (2026-11-26: three iterations after the resume
    the gradient norms were 4e-4 apart, the losses 3e-6; the cause is not found, see README "Train on
    a GPU / on several machines"). So the losses are held to the 1e-3 that the one-against-two-device
    test uses after Adam's first updates. What a bad resume loses is far larger: from this run's
    iteration 3, zeroing Adam's moments moves the losses by up to 1.1%, zeroing its step count by up to
    1.9%."""
    small = ["--batch-size", "32", "--train-images", "256", "--preset", "tutorial", "--precision", "float32"]
    straight = run_main("train", "--devices", "2", "--steps", "6", *small, "--run-dir", str(tmp_path / "a"))
    assert straight.returncode == 0, straight.stderr
    assert "on 2 devices (CPU:0, CPU:1; MirroredStrategy)" in straight.stderr
    first = run_main("train", "--devices", "2", "--steps", "3", *small, "--run-dir", str(tmp_path / "b"))
    assert first.returncode == 0, first.stderr
    saved = next((tmp_path / "b").glob("*.ckpt.npz"))
    again = run_main("train", "--resume", str(saved), "--steps", "3")
    assert again.returncode == 0, again.stderr
    assert "from iteration 3 to 6" in again.stderr and "on 2 devices (CPU:0, CPU:1; MirroredStrategy)" in again.stderr
    expected = read_checkpoint(next((tmp_path / "a").glob("*.ckpt.npz")))
    resumed = read_checkpoint(tmp_path / "b" / "checkpoint-e0001-i0000006.ckpt.npz")
    assert resumed.config.run.devices == 2 and resumed.iteration == expected.iteration == 6
    assert np.array_equal(resumed.history[:3], read_checkpoint(saved).history)  # the first process's rows, kept
    assert np.allclose(resumed.history[3:, :2], expected.history[3:, :2], rtol=1e-3, atol=0), \
        (resumed.history[3:, :2], expected.history[3:, :2])
    refused = run_main("train", "--devices", "none", "--steps", "1")
    assert refused.returncode == 2 and "expected a number of devices" in refused.stderr


def _cluster(*args: str):
    """Two `main.py` processes on 127.0.0.1 with TF_CONFIG naming both (task 0, the chief, first); stderr is
    written to files, so a long run cannot block on a full pipe."""
    sockets = [socket.socket() for _ in range(2)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    workers = [f"127.0.0.1:{s.getsockname()[1]}" for s in sockets]
    for s in sockets:
        s.close()
    processes = []
    for index in range(2):
        env = {**os.environ, "TF_CONFIG": json.dumps(
            {"cluster": {"worker": workers}, "task": {"type": "worker", "index": index}})}
        log = tempfile.TemporaryFile("w+")
        processes.append((subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], env=env, text=True,
                                           stdout=subprocess.DEVNULL, stderr=log), log))
    return processes


def _finish(processes, timeout: float = 240) -> list[str]:
    """Wait for the cluster's processes (killing any left); their stderr."""
    try:
        for process, _ in processes:
            process.wait(timeout=timeout)
    finally:
        for process, _ in processes:
            process.kill()
    texts = []
    for _, log in processes:
        log.seek(0)
        texts.append(log.read())
        log.close()
    return texts


CLUSTER_RUN = ["train", "--batch-size", "32", "--train-images", "256", "--preset", "tutorial", "--precision", "float32",
               "--seed", "7", "--quality-every", "0"]


def test_two_worker_processes_train_together_through_tf_config(dataset, tmp_path):
    """A cluster of two processes (MultiWorkerMirroredStrategy from TF_CONFIG), one CPU device each, trains
    batches of 32 as 16 + 16: the chief writes the one checkpoint, which matches one device's run."""
    from engine.training.trainer import Trainer

    processes = _cluster(*CLUSTER_RUN, "--steps", "3", "--run-dir", str(tmp_path / "run"))
    chief, other = _finish(processes)
    assert [p.returncode for p, _ in processes] == [0, 0], (chief, other)
    assert "2 workers x 1 device(s)" in chief and "task 0" in chief
    assert "the chief (task 0) saves the run" in other
    saved = list((tmp_path / "run").glob("*.ckpt.npz"))
    assert len(saved) == 1
    checkpoint = read_checkpoint(saved[0])
    assert checkpoint.iteration == 3
    one = Trainer(checkpoint.config.replace(devices=1), dataset)
    _assert_first_iteration_matches(_steps(one, 3), checkpoint.history, one.info.metrics, 32)


def test_ctrl_c_on_any_worker_stops_the_whole_cluster_at_one_iteration_and_the_chief_saves(tmp_path):
    run = tmp_path / "run"
    # Autosaves every 5 epochs without the 5-minute minimum: the first one's history.csv says training runs.
    processes = _cluster(*CLUSTER_RUN, "--steps", "100000", "--save-minutes", "0", "--run-dir", str(run))
    deadline = time.monotonic() + 240
    while not (run / "history.csv").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    processes[1][0].send_signal(signal.SIGINT)  # the other worker, not the chief
    chief, other = _finish(processes)
    assert [p.returncode for p, _ in processes] == [130, 130], (chief, other)
    saved = max((read_checkpoint(path) for path in run.glob("*.ckpt.npz")), key=lambda c: c.iteration)
    assert 0 < saved.iteration < 100000 and f"Interrupted at iteration {saved.iteration}" in chief
    assert f"Worker 1 trained to iteration {saved.iteration}" in other
