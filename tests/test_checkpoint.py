import errno
import json
import signal
import subprocess
import sys
import time

import numpy as np
import pytest
from conftest import ROOT, needs_bfloat16

from engine.io.checkpoint import CheckpointError, read_checkpoint


@pytest.fixture
def trained(small_config, dataset):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config, dataset)
    for _ in range(3):
        trainer.step()
    return trainer


def _state(trainer):
    return ([v.numpy().copy() for group in trainer.variable_groups().values() for v in group],
            trainer.iteration, trainer.history.array(), [f.images.copy() for f in trainer.frames])


def _same_state(a, b):
    return (all(np.array_equal(x, y) for x, y in zip(a[0], b[0])) and a[1] == b[1]
            and np.array_equal(a[2], b[2]) and all(np.array_equal(x, y) for x, y in zip(a[3], b[3])))


def test_round_trip_restores_everything(trained, dataset, tmp_path):
    from engine.training.trainer import Trainer

    path = trained.save(tmp_path / "a.ckpt.npz")
    restored = Trainer.restore(path, dataset)
    assert _same_state(_state(trained), _state(restored))
    assert restored.config == trained.config
    assert [f.iteration for f in restored.frames] == [f.iteration for f in trained.frames]
    # Both continue identically, including the optimizers' moments and the dropout RNG.
    for t in (trained, restored):
        t.step()
    assert _same_state(_state(trained), _state(restored))


def test_checkpoint_holds_optimizer_state_and_config(trained, tmp_path):
    ckpt = read_checkpoint(trained.save(tmp_path / "a.ckpt.npz"))
    assert ckpt.iteration == 3 and ckpt.config == trained.config
    assert int(ckpt.variables["g_optimizer"][0]) == 3  # Adam's step counter
    assert any("momentum" in name for name in ckpt.variable_names["d_optimizer"])
    assert any("seed_generator" in name for name in ckpt.variable_names["discriminator"])
    assert ckpt.meta["format"] == "gan-studio-checkpoint" and ckpt.meta["version"] == 1


@pytest.mark.parametrize("damage", ["truncate", "garbage", "flip", "foreign_npz", "empty"])
def test_damaged_or_foreign_files_are_refused_with_state_untouched(trained, dataset, tmp_path, damage):
    from engine.training.trainer import Trainer

    path = trained.save(tmp_path / "a.ckpt.npz")
    raw = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(raw[: len(raw) * 2 // 3])
    elif damage == "garbage":
        path.write_bytes(np.random.default_rng(0).bytes(4096))
    elif damage == "flip":  # one corrupted byte inside the weights: the zip CRC catches it
        middle = bytearray(raw)
        middle[len(raw) // 2] ^= 0xFF
        path.write_bytes(bytes(middle))
    elif damage == "foreign_npz":
        np.savez(path, weights=np.zeros(3))
    else:
        path.write_bytes(b"")
    before = _state(trained)
    with pytest.raises(CheckpointError, match=str(path.name)):
        Trainer.restore(path, dataset)
    assert _same_state(before, _state(trained))


def test_other_architecture_is_refused(small_config, dataset, tmp_path):
    from engine.training.trainer import Trainer

    path = Trainer(small_config.replace(noise_dim=64), dataset).save(tmp_path / "small.ckpt.npz")
    # A file that claims a 100-d config but holds a 64-d generator:
    arrays = dict(np.load(path))
    meta = json.loads(arrays.pop("meta").tobytes())
    meta["config"]["families"]["dcgan"]["noise_dim"] = 100
    forged = tmp_path / "forged.ckpt.npz"
    np.savez(forged, meta=np.frombuffer(json.dumps(meta).encode(), np.uint8), **arrays)
    with pytest.raises(CheckpointError, match="another architecture"):
        Trainer.restore(forged, dataset)


def test_newer_format_version_is_refused(trained, tmp_path):
    path = trained.save(tmp_path / "a.ckpt.npz")
    arrays = dict(np.load(path))
    meta = json.loads(arrays.pop("meta").tobytes())
    meta["version"] = 99
    np.savez(path, meta=np.frombuffer(json.dumps(meta).encode(), np.uint8), **arrays)
    with pytest.raises(CheckpointError, match="version 99"):
        read_checkpoint(path)


def test_full_disk_keeps_the_previous_checkpoint(trained, tmp_path, monkeypatch):
    path = trained.save(tmp_path / "a.ckpt.npz")
    good = path.read_bytes()
    trained.step()

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("engine.io.checkpoint.os.fsync", no_space)
    with pytest.raises(CheckpointError, match="disk is full"):
        trained.save(path)
    assert path.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.ckpt.npz"]  # no temporary left behind


SAVE_LOOP = """
import sys
from engine.config import TrainConfig
from engine.io.idx import load_fashion_mnist
from engine.training.trainer import Trainer
t = Trainer(TrainConfig().replace(batch_size=16, train_images=256, grid_every=2, seed=7), load_fashion_mnist())
t.step()
t.save(sys.argv[1])
print("first", flush=True)
while True:
    t.step()
    t.save(sys.argv[1])
"""


def test_kill_during_save_leaves_a_loadable_checkpoint(tmp_path, dataset):
    """SIGKILL a process that saves over the same file in a loop: the file always loads."""
    from engine.training.trainer import Trainer

    path = tmp_path / "loop.ckpt.npz"
    with subprocess.Popen([sys.executable, "-c", SAVE_LOOP, str(path)], cwd=ROOT, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as proc:
        assert proc.stdout.readline().strip() == "first"
        # Not a wait for a condition: a kill at an arbitrary instant of the step/save loop (a save
        # takes about as long as a step here, so this often lands mid-write).
        time.sleep(np.random.default_rng().uniform(0.2, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    restored = Trainer.restore(path, dataset)
    assert restored.iteration >= 1


@pytest.mark.parametrize("precision", ["float32", pytest.param("bfloat16", marks=needs_bfloat16)])
def test_exact_resume_in_a_fresh_process(tmp_path, precision):
    """3 steps, save, resume in a new process for 3 more == 6 steps without stopping, bit for bit, in
    each precision (the resumed run keeps the checkpoint's)."""
    from conftest import run_main

    common = ["--batch-size", "32", "--train-images", "512", "--seed", "3", "--precision", precision]
    assert run_main("train", "--steps", "3", *common, "--run-dir", str(tmp_path / "a")).returncode == 0
    first = next((tmp_path / "a").glob("*.ckpt.npz"))
    resumed = run_main("train", "--resume", str(first), "--steps", "3", "--run-dir", str(tmp_path / "b"))
    assert resumed.returncode == 0, resumed.stderr
    straight = run_main("train", "--steps", "6", *common, "--run-dir", str(tmp_path / "c"))
    assert straight.returncode == 0, straight.stderr
    a = read_checkpoint(next((tmp_path / "b").glob("*.ckpt.npz")))
    b = read_checkpoint(next((tmp_path / "c").glob("*.ckpt.npz")))
    assert a.iteration == b.iteration == 6
    for group in b.variables:
        for x, y in zip(a.variables[group], b.variables[group]):
            assert np.array_equal(x, y), group
    assert np.array_equal(a.history, b.history)
    assert np.array_equal(a.frame_images, b.frame_images)
