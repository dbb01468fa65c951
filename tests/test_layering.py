import os
import subprocess
import sys

from conftest import ROOT


def test_engine_runs_without_qt():
    """The whole engine, trained a step headless, never imports Qt or pyqtgraph."""
    code = (
        "import sys\n"
        "import engine, cli, engine.io.export, engine.io.rundir, engine.training.run_loop\n"
        "assert 'tensorflow' not in sys.modules, 'import engine must stay cheap'\n"
        "from engine.config import TrainConfig\n"
        "from engine.io.idx import load_fashion_mnist\n"
        "from engine.training.trainer import Trainer\n"
        "t = Trainer(TrainConfig().replace(batch_size=8, train_images=64), load_fashion_mnist())\n"
        "t.step()\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_the_window_module_loads_without_tensorflow():
    """The window is up seconds before TensorFlow (its worker imports it): nothing the window imports
    at start may pull it in."""
    code = ("import sys\nimport gui.window.main_window, gui.app\n"
            "assert 'tensorflow' not in sys.modules and 'keras' not in sys.modules\nprint('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr


def test_the_engine_imports_nothing_by_string():
    """Families and modules are found by grep: no importlib, __import__ or import_module in engine/."""
    sources = [p for p in (ROOT / "engine").rglob("*.py")]
    assert len(sources) > 30
    offenders = [str(p.relative_to(ROOT)) for p in sources
                 if any(word in p.read_text() for word in ("importlib", "__import__", "import_module"))]
    assert not offenders, offenders
