"""The window in Korean: every text the window marks for translation has its Korean (lupdate run here, so a
text added without one fails), the system's language chooses it, and View -> Language changes it for the next
start. (The translation of the whole window is issue 25's work in progress: the menus, the run bar, every tab's
texts and tooltips, the status messages, dialogs, help pages and alarms so far; the engine's error messages, the
emoji's group names and the README are to come.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402  scripts/translations.py

from gui import i18n  # noqa: E402


def test_every_text_of_the_window_has_its_korean(tmp_path):
    ts = tmp_path / "gan_studio_ko.ts"
    shutil.copy(i18n.catalogue("ko"), ts)
    translations.update(ts)  # what lupdate finds in gui/ now, the translations kept
    assert translations.unfinished(ts) == []


def test_the_systems_language_chooses_korean():
    code = "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]); " \
           "from gui.i18n import system_language; print(system_language())"
    said = {lang: subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                                 env={**os.environ, "LANG": lang, "LC_ALL": lang, "LANGUAGE": ""}).stdout.strip()
            for lang in ("ko_KR.UTF-8", "en_US.UTF-8", "C")}
    assert said == {"ko_KR.UTF-8": "ko", "en_US.UTF-8": "en", "C": "en"}


@pytest.fixture
def korean(qapp, tmp_path):
    translations.release(i18n.catalogue("ko"), tmp_path / "gan_studio_ko.qm")
    assert i18n.install("ko", tmp_path)
    yield
    i18n.install("en")  # the other tests' window speaks English


def test_the_window_speaks_korean_and_view_language_changes_it(qtbot, answers, korean, tmp_path):
    from qt_helpers import CONFIG

    from gui import MainWindow

    state, asked = answers
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(config=CONFIG, run_root=str(tmp_path / "runs"), settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert [action.text() for action in window.menuBar().actions()] == ["파일(&F)", "보기(&V)", "도움말(&H)"]
    assert window.actions_by_name["openAction"].text() == "체크포인트 열기(&O)…"
    assert window.start_button.text() == "시작" and window.run_bar.eta_label.text() == "남은 시간 –"
    panel = window.settings_panel
    assert panel.title() == "새 학습" and panel.preset.itemText(panel.preset.findData("fast")) == "빠른 시작"
    assert panel.family.itemText(panel.family.findData("conditional")) == "조건부 DCGAN"
    assert panel.run_fields["epochs"].toolTip().startswith("학습을 몇 에포크 동안")  # the engine's docs too
    assert panel.family_fields["class_a"].itemText(7) == "7 스니커즈"  # and Fashion-MNIST's class names
    assert window.live_panel.controls["lossLive"][0].toolTip().endswith("레이블 스무딩과 뒤집기가 0이어야 합니다.")
    assert "손실" in window.loss_plot.getPlotItem().titleLabel.text
    legend = [label.text for _, label in window.loss_plot.getPlotItem().legend.items]
    assert legend == ["생성자 손실", "판별자 손실"]
    assert [window.tabs.tabText(k) for k in range(window.tabs.count())] == ["학습 곡선", "잠재 공간 탐색기", "판별자",
                                                                           "스케치 패드"]
    assert window.left_tabs.tabText(0) == "새 학습"
    assert window.samples.caption.text().startswith("기본 제공 생성자: 빠른 시작(으)로 50,000회 반복")
    from PySide6.QtWidgets import QTextBrowser

    from gui.window.help_pages import CURVES, show_page

    page = show_page(window, "?", CURVES).findChild(QTextBrowser).toPlainText()
    assert "곡선 읽는 법" in page and "ganhacks" in page and "How to read" not in page
    from engine.training.alarms import nan_alarm

    window.alarm_banner.show_alarm(nan_alarm(12, 5), 5)  # the engine's words, with its figures, in Korean
    assert window.alarm_banner.title.text() == "⚠ 학습이 발산했습니다(NaN/Inf) — 반복 12"
    assert "반복 12에서" in window.alarm_banner.message.text() and "(반복 5)" in window.alarm_banner.message.text()
    assert window.alarm_banner.restore_button.text() == "반복 5(으)로 복원"
    assert window.actions_by_name["language_koAction"].isChecked() and window.language == "ko"
    state["question"] = QMessageBox.StandardButton.No  # remember English, but no restart now
    window.actions_by_name["language_enAction"].trigger()
    assert asked["question"] == ["언어"] and settings.value(i18n.SETTINGS_KEY) == "en"
    assert window.isVisible() and not window.restart_requested
    assert i18n.chosen_language(settings) == "en"
    window.close()
