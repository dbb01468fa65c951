"""bfloat16 training: what `auto` picks, what stays float32, and checkpoints across precisions."""

import json

import numpy as np
import pytest
from conftest import flat_config, needs_bfloat16

from engine.compute.precision import Precision, cpu_model_and_flags, resolve

AVX512 = frozenset({"avx2", "fma", "avx512f", "avx512bw", "avx512vl", "avx512dq"})
AVX512_BF16 = AVX512 | {"avx512_bf16"}


@pytest.mark.parametrize("flags, gpu, expected", [
    (AVX512_BF16 | {"amx_bf16", "amx_tile"}, None, "bfloat16"),  # Intel Xeon with AMX
    (AVX512_BF16, None, "bfloat16"),  # AMD EPYC (Zen 4/5)
    (frozenset({"avx2", "fma"}), None, "float32"),  # an AVX2 laptop: no bfloat16 hardware
    (AVX512, None, "float32"),  # AVX-512 without bfloat16: it would be emulated
    (frozenset({"avx2", "fma"}), (8, 0), "bfloat16"),  # an A100 (any later GPU): bfloat16 tensor cores
    (AVX512_BF16 | {"amx_bf16"}, (7, 5), "float32"),  # a T4: none, whatever the CPU has
])
def test_auto_picks_bfloat16_only_on_cpus_with_bfloat16_hardware(flags, gpu, expected):
    chosen = resolve("auto", gpu, flags, environ={})
    assert chosen.name == expected and chosen.setting == "auto"
    assert chosen.keras_policy == {"float32": "float32", "bfloat16": "mixed_bfloat16"}[expected]
    if gpu or "avx512f" in flags:  # an explicit choice is taken as it is where it can run
        for name in ("float32", "bfloat16"):
            assert resolve(name, gpu, flags, environ={}) == Precision(name, name, "chosen")
    with pytest.raises(ValueError, match="precision must be one of"):
        resolve("float16", gpu, flags, environ={})


def test_cpu_flags_are_read_from_cpuinfo(tmp_path):
    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nmodel name\t: Intel(R) Xeon(R) Platinum 8481C\n"
                    "flags\t\t: fpu avx2 amx_bf16 avx512_bf16\n\nprocessor\t: 1\nflags\t\t: fpu\n")
    model, flags = cpu_model_and_flags(info)
    assert model == "Intel(R) Xeon(R) Platinum 8481C" and {"amx_bf16", "avx512_bf16"} <= flags
    assert cpu_model_and_flags(tmp_path / "missing") == ("", frozenset())


@needs_bfloat16
def test_a_bfloat16_run_computes_in_bfloat16_and_keeps_float32_state(small_config, dataset):
    from engine.training.trainer import Trainer

    trainer = Trainer(small_config.replace(precision="bfloat16"), dataset)
    assert trainer.precision.name == "bfloat16"
    assert trainer.generator.get_layer("deconv1").compute_dtype == "bfloat16"
    assert trainer.discriminator.get_layer("conv2").compute_dtype == "bfloat16"
    assert trainer.discriminator.get_layer("logit").compute_dtype == "float32"  # logits, losses: float32
    for _ in range(3):
        result = trainer.step()
    assert result.finite and trainer.history.array().dtype == np.float32
    for group, variables in trainer.variable_groups().items():
        floats = [v for v in variables if "float" in str(v.dtype)]
        assert floats and all(str(v.dtype) == "float32" for v in floats), group
    assert trainer.generate(np.zeros((2, 100), np.float32)).dtype == np.uint8


@needs_bfloat16
def test_a_bfloat16_checkpoint_loads_into_a_float32_run_and_continues(small_config, dataset, tmp_path):
    from dataclasses import replace

    from engine.io.checkpoint import read_checkpoint
    from engine.training.trainer import Trainer

    bf16 = Trainer(small_config.replace(precision="bfloat16"), dataset)
    for _ in range(4):
        bf16.step()
    checkpoint = read_checkpoint(bf16.save(tmp_path / "bf16.ckpt.npz"))
    assert checkpoint.config.run.precision == "bfloat16"
    f32 = Trainer.restore(replace(checkpoint, config=checkpoint.config.replace(precision="float32")), dataset)
    assert f32.precision.name == "float32" and f32.iteration == 4
    for group, variables in bf16.variable_groups().items():
        for a, b in zip(variables, f32.variable_groups()[group]):
            assert np.array_equal(a.numpy(), b.numpy()), (group, a.path)
    a, b = bf16.step(), f32.step()
    assert b.finite and f32.iteration == 5
    # The same weights and data in other arithmetic: close (bfloat16 keeps ~3 significant digits).
    assert abs(a.g_loss - b.g_loss) < 0.05 * abs(b.g_loss) and abs(a.d_loss - b.d_loss) < 0.05 * abs(b.d_loss)


def test_checkpoints_from_before_precision_existed_continue_in_float32(small_config, dataset, tmp_path):
    from engine.training.trainer import Trainer

    path = Trainer(small_config, dataset).save(tmp_path / "old.ckpt.npz")
    arrays = dict(np.load(path))
    meta = json.loads(arrays.pop("meta").tobytes())
    meta["config"] = flat_config(small_config)
    del meta["config"]["precision"]  # as written by GAN Studio before bfloat16
    np.savez(path, meta=np.frombuffer(json.dumps(meta).encode(), np.uint8), **arrays)
    restored = Trainer.restore(path, dataset)
    assert restored.config.run.precision == "float32" and restored.precision.name == "float32"


@needs_bfloat16
def test_train_precision_flag_and_resume_in_another_precision(tmp_path):
    from conftest import run_main

    from engine.io.checkpoint import read_checkpoint

    run = tmp_path / "run"
    first = run_main("train", "--steps", "2", "--batch-size", "16", "--train-images", "64",
                     "--precision", "bfloat16", "--run-dir", str(run))
    assert first.returncode == 0, first.stderr
    assert "bfloat16 (chosen)" in first.stderr
    ckpt = next(run.glob("*.ckpt.npz"))
    again = run_main("train", "--resume", str(ckpt), "--steps", "2", "--precision", "float32")
    assert again.returncode == 0, again.stderr
    assert "float32 (chosen)" in again.stderr
    latest = read_checkpoint(run / "checkpoint-e0001-i0000004.ckpt.npz")
    assert latest.iteration == 4 and latest.config.run.precision == "float32" and np.isfinite(latest.history).all()
    refused = run_main("train", "--steps", "1", "--precision", "float16", "--run-dir", str(tmp_path / "x"))
    assert refused.returncode == 2 and "float16" in refused.stderr


@pytest.mark.parametrize("environ, expected", [
    ({}, "bfloat16"),
    ({"TF_ENABLE_ONEDNN_OPTS": "0"}, "float32"),  # Eigen would emulate bfloat16
    ({"ONEDNN_MAX_CPU_ISA": "AVX512_CORE"}, "float32"),  # oneDNN capped below its bfloat16 instructions
    ({"ONEDNN_MAX_CPU_ISA": "AVX2"}, "float32"),
    ({"ONEDNN_MAX_CPU_ISA": "AVX512_CORE_AMX"}, "bfloat16"),
])
def test_auto_follows_what_onednn_is_allowed_to_use(environ, expected):
    assert resolve("auto", None, AVX512_BF16, environ).name == expected


def test_bfloat16_where_onednn_would_abort_is_refused_with_a_message():
    from engine.compute.precision import PrecisionError

    # oneDNN's bfloat16 matrix product aborts the process below AVX-512 (seen with ONEDNN_MAX_CPU_ISA=AVX2).
    for flags, environ in [(frozenset({"avx2", "fma"}), {}), (AVX512_BF16, {"ONEDNN_MAX_CPU_ISA": "AVX2"})]:
        with pytest.raises(PrecisionError, match="choose float32"):
            resolve("bfloat16", None, flags, environ)
    assert resolve("bfloat16", None, frozenset({"avx2"}), {"TF_ENABLE_ONEDNN_OPTS": "0"}).name == "bfloat16"
    assert resolve("bfloat16", None, AVX512, {}).name == "bfloat16"  # emulated by oneDNN, but runs


@needs_bfloat16
def test_a_bfloat16_run_opened_where_bfloat16_cannot_run_continues_in_float32(small_config, dataset, tmp_path,
                                                                             monkeypatch):
    from engine.training.trainer import Trainer

    path = Trainer(small_config.replace(precision="bfloat16"), dataset).save(tmp_path / "bf16.ckpt.npz")
    # Read by engine.compute.precision only: this process's oneDNN is set up already, so nothing here runs capped.
    monkeypatch.setenv("ONEDNN_MAX_CPU_ISA", "AVX2")
    monkeypatch.setenv("TF_ENABLE_ONEDNN_OPTS", "1")  # (with oneDNN off, bfloat16 runs on Eigen at any ISA)
    restored = Trainer.restore(path, dataset)
    assert restored.precision.name == "float32" and "cannot run" in restored.precision.reason
    assert restored.config.run.precision == "bfloat16" and restored.step().finite
