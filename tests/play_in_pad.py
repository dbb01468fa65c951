"""Run by tests/test_sound.py in a process of its own (QtMultimedia picks its sound device once a process): a melody
pad plays a fixed score once on the default sound device; prints what it saw as JSON and writes the score it played.

    python tests/play_in_pad.py SCORE.npy TEMPO
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from gui.tools.melody_pad import FIRST_MELODY, MelodyPad  # noqa: E402
from gui.worker.protocol import Harmonised  # noqa: E402

app = QApplication([])
pad = MelodyPad()
pad.show()
score = np.zeros((len(FIRST_MELODY), 4), np.uint8)
score[:, 0] = FIRST_MELODY
score[:, 1], score[:, 2], score[:, 3] = 55, 52, np.where(np.arange(len(score)) < 32, 36, 43)
assert pad.show_harmonisation(Harmonised(pad.token, score, 0, True))
pad.tempo.setValue(int(sys.argv[2]))
np.save(sys.argv[1], pad.current_score())
heads: list[float] = []
pad.player.positionChanged.connect(lambda _: heads.append(pad.roll.playhead))
pad.player.stopped.connect(app.quit)
QTimer.singleShot(30_000, app.quit)
plays = pad.play()
if plays:
    app.exec()
print(json.dumps({"plays": plays, "said": pad.info.text(), "heads": heads, "playhead_after": pad.roll.playhead,
                  "stop_enabled_after": pad.stop_button.isEnabled()}))
