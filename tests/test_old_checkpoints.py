"""Checkpoints written by earlier versions of GAN Studio load, continue and evaluate exactly as the version
that last changed how the engine is laid out (REFERENCE) continues and evaluates them.

Why against a pinned version and not stored figures: the last bits of a step depend on the CPU, so the
figures are made here, in this run, by the old code itself (taken from this repository's history with
`git archive`), and the current code must match them bit for bit: the same resumed losses, accuracies
and gradient norms, the same grid frames, the same evaluation lines.

WRITERS are the versions whose checkpoints are tried: the first that wrote checkpoints (format 1 as it
began: no precision, no quality table, no change log, no family) and REFERENCE itself, for every family.
Each version runs in its own process from its own tree, so `import engine` there is that version's.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import numpy as np
import pytest
from conftest import ROOT

from engine.io.checkpoint import read_checkpoint

REFERENCE = "65a53ba"  # main before the package layout (issue 23)
FIRST = "2a0119a"  # the first version that wrote checkpoints
SMALL = ["--steps", "2", "--batch-size", "8", "--seed", "7"]
# (writer version, name, train arguments): every family, two recipes of the DCGAN, the first format.
RUNS = [
    (FIRST, "first-format", [*SMALL, "--train-images", "64"]),
    (REFERENCE, "dcgan-tutorial", [*SMALL, "--train-images", "64", "--preset", "seed", "--precision", "float32"]),
    (REFERENCE, "dcgan-fast", [*SMALL, "--train-images", "64", "--precision", "float32", "--quality-every", "0"]),
    (REFERENCE, "conditional", [*SMALL, "--train-images", "64", "--precision", "float32", "--family", "conditional",
                                "--quality-every", "0"]),
    (REFERENCE, "pix2pix", [*SMALL, "--train-images", "64", "--precision", "float32", "--family", "pix2pix",
                            "--quality-every", "0"]),
    (REFERENCE, "cyclegan", [*SMALL, "--train-images", "400", "--precision", "float32", "--family", "cyclegan",
                             "--quality-every", "0"]),
]

# Runs `main.py` in-process for each job (one TensorFlow import per version), capturing what each prints.
# main() took no arguments in the first versions, so the jobs go through sys.argv.
_DRIVER = r"""
import contextlib, io, json, sys
import main
results = []
for argv in json.loads(sys.argv[1]):
    sys.argv = ["main.py", *argv]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main.main()
        except SystemExit as exc:
            code = exc.code
    results.append({"code": code, "stdout": out.getvalue(), "stderr": err.getvalue()})
print(json.dumps(results))
"""


def _tree(version: str, where: Path) -> Path:
    """The files of `version` (its engine, main.py and resources), unpacked under `where`."""
    folder = where / version
    if not folder.exists():
        listed = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", version], capture_output=True,
                                text=True)
        paths = [p for p in ("main.py", "engine", "resources") if p in listed.stdout.split()]
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", version, *paths],
                                 capture_output=True)
        if archive.returncode:
            pytest.skip(f"this clone does not hold version {version} ({archive.stderr.decode().strip()})")
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(folder, filter="data")
    return folder


def _run(tree: Path, jobs: list[list[str]]) -> list[dict]:
    out = subprocess.run([sys.executable, "-c", _DRIVER, json.dumps(jobs)], cwd=tree, capture_output=True,
                         text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    results = json.loads(out.stdout.strip().splitlines()[-1])
    for job, result in zip(jobs, results):
        assert result["code"] in (0, None), (job, result["stderr"][-2000:])
    return results


def _continue_and_evaluate(tree: Path, checkpoints: dict[str, Path], out: Path) -> dict[str, dict]:
    """Each checkpoint continued 2 iterations by the code in `tree`, then evaluated: what it printed and the
    checkpoint it wrote."""
    jobs, names = [], []
    for name, checkpoint in checkpoints.items():
        jobs.append(["train", "--resume", str(checkpoint), "--steps", "2", "--run-dir", str(out / name)])
        jobs.append(["evaluate", str(out / name / "final.ckpt.npz"), "--samples", "100"])
        names.append(name)
    # The run folder's name for its last save is the autosave's; found after the run, so evaluate is last.
    results = _run(tree, [job for job in jobs if job[0] == "train"])
    for name in names:
        latest = max((out / name).glob("checkpoint-*.ckpt.npz"))
        shutil.copy(latest, out / name / "final.ckpt.npz")
    evaluations = _run(tree, [job for job in jobs if job[0] == "evaluate"])
    return {name: {"train": train, "evaluate": evaluation, "checkpoint": read_checkpoint(out / name / "final.ckpt.npz")}
            for name, train, evaluation in zip(names, results, evaluations)}


@pytest.fixture(scope="module")
def old_checkpoints(tmp_path_factory) -> dict[str, Path]:
    """Every RUNS checkpoint, written by its version, at iteration 2."""
    where = tmp_path_factory.mktemp("versions")
    written = tmp_path_factory.mktemp("written")
    checkpoints = {}
    for version in dict.fromkeys(v for v, _, _ in RUNS):
        runs = [(name, args) for v, name, args in RUNS if v == version]
        _run(_tree(version, where), [["train", *args, "--run-dir", str(written / name)] for name, args in runs])
        for name, _ in runs:
            checkpoints[name], = (written / name).glob("*.ckpt.npz")
    return checkpoints


def test_checkpoints_of_every_earlier_version_continue_and_evaluate_as_before(old_checkpoints, tmp_path):
    reference = _continue_and_evaluate(_tree(REFERENCE, tmp_path / "versions"), old_checkpoints, tmp_path / "ref")
    current = _continue_and_evaluate(ROOT, old_checkpoints, tmp_path / "now")
    for name, written in old_checkpoints.items():
        before, now = reference[name], current[name]
        assert read_checkpoint(written).iteration == 2
        assert "from iteration 2 to 4" in now["train"]["stderr"], now["train"]["stderr"]
        old, new = before["checkpoint"], now["checkpoint"]
        assert new.iteration == old.iteration == 4, name
        assert new.config == old.config, name
        assert new.history_columns == old.history_columns, name
        np.testing.assert_array_equal(new.history, old.history, err_msg=name)
        np.testing.assert_array_equal(new.frame_iterations, old.frame_iterations, err_msg=name)
        np.testing.assert_array_equal(new.frame_images, old.frame_images, err_msg=name)
        for group, values in old.variables.items():
            for a, b in zip(values, new.variables[group], strict=True):
                np.testing.assert_array_equal(a, b, err_msg=f"{name}: {group}")
        # The evaluation's figures, line for line (where it names the file, the two files' paths differ).
        said = [_figures(run["evaluate"]["stdout"].replace(str(run["checkpoint"].path), "CKPT"))
                for run in (before, now)]
        if "swd" in new.quality_columns:  # measured since (the DCGANs'): a line of its own, and
            assert re.fullmatch(r"SWD: \d+\.\d+ \(floor \d+\.\d+\)", said[1].pop()), name
        said[1] = [re.sub(r", SWD \d+\.\d+ \(floor \d+\.\d+\)$|, SWD of the translations to the target's images "
                          r".+ -> .+ \d+\.\d, .+ -> .+ \d+\.\d$", "", line) if isinstance(line, str) else line
                   for line in said[1]]  # added to a family's own line (the CycleGAN's: per direction)
        assert len(said[1]) == len(said[0]), name
        assert any("FCD" in str(line) or "%" in str(line) for line in said[1]), name
        for old_line, new_line in zip(*said):
            if isinstance(old_line, tuple):  # KID, printed to 1e-6 before and to 1e-4 now
                assert new_line[0] == "KID" and np.allclose(new_line[1:], old_line[1:], rtol=0, atol=6e-5), name
            else:
                assert new_line == old_line, name


def _figures(text: str) -> list:
    """An evaluation's lines, KID as ("KID", generator, floor): earlier versions printed it x 1000 (2,075 next to an
    FCD of 46: a scale nobody could read); this one prints KID itself."""
    lines = []
    for line in text.splitlines():
        kid = (re.match(r"KID x 1000 \(lower\)\s+(\S+)\s+(\S+)$", line)
               or re.match(r"KID \(.*?\)\s+(\S+)\s+(\S+)$", line))
        scale = 1000 if line.startswith("KID x 1000") else 1
        lines.append(("KID", float(kid[1]) / scale, float(kid[2]) / scale) if kid else line)
    return lines
