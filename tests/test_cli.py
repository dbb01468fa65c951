import signal
import subprocess
import sys

import imageio.v3 as iio
import numpy as np
from conftest import ROOT, run_main

from engine.io.checkpoint import read_checkpoint

SMALL = ["--batch-size", "32", "--train-images", "256"]


def test_train_then_resume_then_export(tmp_path):
    run = tmp_path / "run"
    first = run_main("train", "--steps", "3", *SMALL, "--run-dir", str(run))
    assert first.returncode == 0, first.stderr
    ckpt = next(run.glob("*.ckpt.npz"))
    assert read_checkpoint(ckpt).iteration == 3
    assert (run / "history.csv").read_text().count("\n") == 4
    assert list(run.glob("grid-i0000003.png"))
    assert "it/s" in first.stderr and "ETA" in first.stderr

    again = run_main("train", "--resume", str(ckpt), "--steps", "5")
    assert again.returncode == 0, again.stderr
    latest = read_checkpoint(run / "checkpoint-e0001-i0000008.ckpt.npz")
    assert latest.iteration == 8 and latest.history.shape[0] == 8

    gif = tmp_path / "out.gif"
    done = run_main("export-gif", str(latest.path), str(gif), "--spacing", "all")
    assert done.returncode == 0, done.stderr
    assert iio.imread(gif, index=None).shape[0] == len(latest.frame_iterations) == 1  # frame at it 0 only


def test_epochs_and_periodic_checkpoints(tmp_path):
    # 64 images / batch 32 = 2 iterations an epoch; 3 epochs, a checkpoint every epoch.
    out = run_main("train", "--epochs", "3", "--save-every", "1", "--save-minutes", "0", "--batch-size", "32",
                   "--train-images", "64", "--run-dir", str(tmp_path / "each"))
    assert out.returncode == 0, out.stderr
    names = sorted(p.name for p in (tmp_path / "each").glob("*.ckpt.npz"))
    assert names == ["checkpoint-e0001-i0000002.ckpt.npz", "checkpoint-e0002-i0000004.ckpt.npz",
                     "checkpoint-e0003-i0000006.ckpt.npz"]
    # By default autosaves come at most every 5 minutes: seconds of training keep only the final save.
    out = run_main("train", "--epochs", "3", "--save-every", "1", "--batch-size", "32", "--train-images", "64",
                   "--run-dir", str(tmp_path / "default"))
    assert out.returncode == 0, out.stderr
    assert [p.name for p in (tmp_path / "default").glob("*.ckpt.npz")] == ["checkpoint-e0003-i0000006.ckpt.npz"]


def test_resume_refuses_to_change_the_data_stream(tmp_path):
    assert run_main("train", "--steps", "1", *SMALL, "--run-dir", str(tmp_path)).returncode == 0
    ckpt = next(tmp_path.glob("*.ckpt.npz"))
    out = run_main("train", "--resume", str(ckpt), "--steps", "1", "--batch-size", "64")
    assert out.returncode == 2 and "cannot change batch_size" in out.stderr


def test_bad_inputs_give_one_clear_line(tmp_path):
    garbage = tmp_path / "garbage.ckpt.npz"
    garbage.write_bytes(b"not a checkpoint at all" * 100)
    out = run_main("train", "--resume", str(garbage), "--steps", "1")
    assert out.returncode == 2 and "not a readable GAN Studio checkpoint" in out.stderr
    assert "Traceback" not in out.stderr
    out = run_main("train", "--steps", "1", "--data-dir", str(tmp_path / "none"))
    assert out.returncode == 2 and "apt install dataset-fashion-mnist" in out.stderr
    out = run_main("train", "--steps", "1", "--batch-size", "0")
    assert out.returncode == 2 and "batch_size" in out.stderr
    out = run_main("export-gif", str(garbage), str(tmp_path / "x.gif"))
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_ctrl_c_saves_and_exits_cleanly(tmp_path):
    with subprocess.Popen([sys.executable, str(ROOT / "main.py"), "train", "--steps", "100000", *SMALL,
                           "--run-dir", str(tmp_path)], stderr=subprocess.PIPE, text=True) as proc:
        for line in proc.stderr:  # the first progress line (after ~5 s): training is under way
            if line.startswith("epoch "):
                break
        proc.send_signal(signal.SIGINT)
        rest = proc.stderr.read()
        assert proc.wait(timeout=120) == 130
    assert "Interrupted at iteration" in rest and "Traceback" not in rest
    ckpt = read_checkpoint(next(tmp_path.glob("*.ckpt.npz")))
    assert 1 <= ckpt.iteration < 100000 and np.isfinite(ckpt.history).all()


def test_help_lists_the_commands():
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "train" in out.stdout and "export-gif" in out.stdout


def test_change_flags_apply_at_their_iteration_and_a_resumed_run_applies_those_still_due(tmp_path):
    changes = ["--change", "2:d_learning_rate=4e-4", "--change", "3:loss=lsgan"]
    straight = run_main("train", "--steps", "4", *SMALL, *changes, "--run-dir", str(tmp_path / "a"))
    assert straight.returncode == 0, straight.stderr
    assert "Change at iteration 2: d_learning_rate 0.0002 -> 0.0004" in straight.stderr
    assert (tmp_path / "a" / "changes.csv").read_text().splitlines() == [
        "iteration,field,old,new", "2,d_learning_rate,0.0002,0.0004", "3,loss,bce,lsgan"]
    cut = run_main("train", "--steps", "2", *SMALL, *changes, "--run-dir", str(tmp_path / "b"))
    assert cut.returncode == 0, cut.stderr
    ckpt = next((tmp_path / "b").glob("*.ckpt.npz"))
    assert read_checkpoint(ckpt).meta["changes"] == {
        "applied": [], "pending": [[2, "d_learning_rate", 0.0004], [3, "loss", "lsgan"]]}
    resumed = run_main("train", "--resume", str(ckpt), "--steps", "2")  # no flags: the checkpoint has them
    assert resumed.returncode == 0, resumed.stderr
    a = read_checkpoint(next((tmp_path / "a").glob("*i0000004.ckpt.npz")))
    b = read_checkpoint(next((tmp_path / "b").glob("*i0000004.ckpt.npz")))
    assert np.array_equal(a.history, b.history) and a.meta["changes"] == b.meta["changes"]
    bad = run_main("train", "--steps", "1", *SMALL, "--change", "5:seed=3")
    assert bad.returncode == 2 and "seed cannot change during a run" in bad.stderr
    late = run_main("train", "--resume", str(ckpt), "--steps", "1", "--change", "1:g_learning_rate=3e-4")
    assert late.returncode == 2 and "already at iteration 2" in late.stderr and "Traceback" not in late.stderr


def test_tensorboard_event_files_read_back_with_tensorboards_reader(tmp_path):
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    out = run_main("train", "--steps", "4", *SMALL, "--tensorboard", "--change", "2:d_steps=2",
                   "--run-dir", str(tmp_path))
    assert out.returncode == 0, out.stderr
    events = EventAccumulator(str(tmp_path / "tensorboard"), size_guidance={"scalars": 0, "images": 0, "tensors": 0})
    events.Reload()
    history = read_checkpoint(next(tmp_path.glob("*.ckpt.npz"))).history
    # tf.summary writes TF2 summaries: every kind comes back as tensors, tagged by its plugin.
    g_loss = events.Tensors("train/g_loss")
    assert [e.step for e in g_loss] == [1, 2, 3, 4]
    assert np.allclose([np.frombuffer(e.tensor_proto.tensor_content, np.float32)[0] for e in g_loss], history[:, 0])
    assert events.SummaryMetadata("samples").plugin_data.plugin_name == "images"
    assert [e.step for e in events.Tensors("samples")] == [0]  # the grid frame at the start (one every 50)
    changes = events.Tensors("changes")
    assert [e.step for e in changes] == [2] and b"d_steps 1 -> 2" in changes[0].tensor_proto.string_val[0]
