"""Which arithmetic a run trains in: float32, or bfloat16 where the CPU has bfloat16 hardware.

Why bfloat16: on CPUs with bfloat16 matrix instructions (Intel AMX, AVX-512 BF16 on Intel and AMD)
oneDNN runs bfloat16 convolutions and matrix products much faster than float32 ones (the
TensorFlow DCGAN tutorial's own step measured 1.66x on a 2-core AMX Xeon), and bfloat16 keeps float32's exponent
range, so GANs train without loss scaling. Only the arithmetic of the convolutions and dense layers
changes (Keras's "mixed_bfloat16" policy): variables, optimizer state, batch norm, losses, logits and
accuracies stay float32 (engine.families.dcgan.networks), so checkpoints are the same in both precisions.

Where the CPU has no bfloat16 hardware, bfloat16 is emulated and slower than float32, so "auto" keeps
float32 there. On a GPU "auto" is bfloat16 where it has bfloat16 tensor cores (compute capability 8.0
and later: A100, H100, RTX 30 and 40 series), float32 below. Not measured: no GPU was at hand, so this
follows NVIDIA's and Keras's guidance (bfloat16 needs no loss scaling, as float16 does); float16 with
loss scaling, the fast path of older GPUs (V100, T4), is not offered. oneDNN needs at least AVX-512 for
bfloat16 at all: below that (an AVX2 CPU, or oneDNN capped by ONEDNN_MAX_CPU_ISA) its bfloat16 matrix
product aborts the whole process, so bfloat16 is refused there with a message instead.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from engine.messages import Explained

PRECISIONS = ("auto", "float32", "bfloat16")
BF16_FLAGS = ("amx_bf16", "avx512_bf16")  # /proc/cpuinfo flags of bfloat16 matrix hardware
KERAS_POLICY = {"float32": "float32", "bfloat16": "mixed_bfloat16"}
AVX512_CORE = ("avx512f", "avx512bw", "avx512vl", "avx512dq")  # the least oneDNN runs bfloat16 on
# ONEDNN_MAX_CPU_ISA values (the older name: DNNL_MAX_CPU_ISA) below AVX512_CORE, and those at least
# AVX512_CORE that still lack the bfloat16 instructions (oneDNN then emulates them: slower than float32).
_ISA_BELOW_AVX512 = ("SSE41", "AVX", "AVX2", "AVX2_VNNI", "AVX2_VNNI_2")
_ISA_WITHOUT_BF16 = ("AVX512_CORE", "AVX512_CORE_VNNI")


class PrecisionError(Explained, ValueError):
    """The precision asked for cannot run on this machine; the message says why and what to choose."""


@dataclass(frozen=True)
class Precision:
    """A resolved precision: what a run computes in, and why."""

    name: str  # "float32" or "bfloat16"
    setting: str  # what was asked: one of PRECISIONS
    reason: str  # e.g. "auto: CPU has amx_bf16, avx512_bf16"

    @property
    def keras_policy(self) -> str:
        return KERAS_POLICY[self.name]

    def __str__(self) -> str:
        return f"{self.name} ({self.reason})"


def cpu_model_and_flags(cpuinfo: str | Path = "/proc/cpuinfo") -> tuple[str, frozenset[str]]:
    """The CPU's model name and feature flags as Linux reports them ("", {} where it does not)."""
    try:
        text = Path(cpuinfo).read_text(errors="replace")
    except OSError:
        return "", frozenset()
    model, flags = "", frozenset()
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "model name" and not model:
            model = value.strip()
        elif key == "flags" and not flags:
            flags = frozenset(value.split())
    return model, flags


def bf16_hardware(flags: frozenset[str]) -> tuple[str, ...]:
    """The bfloat16 matrix features among a CPU's flags (empty: none)."""
    return tuple(flag for flag in BF16_FLAGS if flag in flags)


def _onednn(environ) -> tuple[bool, str]:
    """(whether TensorFlow's oneDNN is on, the ISA it is capped at or "")."""
    on = environ.get("TF_ENABLE_ONEDNN_OPTS", "1").strip().lower() not in ("0", "false", "off")
    cap = (environ.get("ONEDNN_MAX_CPU_ISA") or environ.get("DNNL_MAX_CPU_ISA") or "").strip().upper()
    return on, cap


BF16_GPU = (8, 0)  # the first CUDA compute capability with bfloat16 tensor cores (Ampere)


def resolve(setting: str, gpu: tuple[int, int] | None, flags: frozenset[str] | None = None,
            environ=None) -> Precision:
    """What `setting` (one of PRECISIONS) means on this machine.

    Args:
        gpu: the CUDA compute capability of the GPU that trains, or None where a CPU trains.
        flags: the CPU's flags (default: read from /proc/cpuinfo).
        environ: the environment that configures oneDNN (default: os.environ).

    Raises:
        PrecisionError: bfloat16 asked for on a CPU where oneDNN cannot run it (it would abort).
    """
    if setting not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}, got {setting!r}")
    if gpu is not None:
        if setting != "auto":
            return Precision(setting, setting, "chosen")
        version = ".".join(map(str, gpu))
        if tuple(gpu) >= BF16_GPU:
            return Precision("bfloat16", setting, f"auto: GPU of compute capability {version} has bfloat16 "
                             "tensor cores (not measured here)")
        return Precision("float32", setting, f"auto: GPU of compute capability {version} has no bfloat16 "
                         "tensor cores")
    flags = cpu_model_and_flags()[1] if flags is None else flags
    onednn, cap = _onednn(os.environ if environ is None else environ)
    avx512 = all(flag in flags for flag in AVX512_CORE) and cap not in _ISA_BELOW_AVX512
    if setting == "bfloat16" and onednn and not avx512:
        if cap:
            raise PrecisionError("bfloat16 needs a CPU with AVX-512 here (oneDNN cannot run bfloat16 below it; "
                                 "ONEDNN_MAX_CPU_ISA={cap} caps it): choose float32, or auto.", cap=cap)
        raise PrecisionError("bfloat16 needs a CPU with AVX-512 here (oneDNN cannot run bfloat16 below it): choose "
                             "float32, or auto.")
    if setting != "auto":
        return Precision(setting, setting, "chosen")
    found = bf16_hardware(flags)
    if not found:
        return Precision("float32", setting, "auto: CPU has no bfloat16 hardware")
    if not onednn:
        return Precision("float32", setting, "auto: oneDNN is off (TF_ENABLE_ONEDNN_OPTS=0), bfloat16 "
                         "would be emulated")
    if cap in _ISA_BELOW_AVX512 + _ISA_WITHOUT_BF16:
        return Precision("float32", setting, f"auto: oneDNN is capped at {cap}, without bfloat16")
    return Precision("bfloat16", setting, f"auto: CPU has {', '.join(found)}")
