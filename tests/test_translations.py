"""The window in Korean: every text the window shows has its Korean (lupdate run here over the window, the
engine's declarations and messages and pyqtgraph's menus, so a text added without one fails), with the same
`{fields}`; no English outside names and code anywhere in the Korean window (every tab, family panel, menu, plot
and dialog); the engine's refusals reach it in Korean; the system's language chooses it and View -> Language
changes it for the next start; README.ko.md keeps in step with README.md."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402  scripts/translations.py

from gui import i18n  # noqa: E402


@pytest.mark.parametrize("language", ["ko", "en"])
def test_every_text_of_the_window_has_its_translation(language, tmp_path):
    """Korean: every text; English: the plural forms of those with a count."""
    ts = tmp_path / f"gan_studio_{language}.ts"
    shutil.copy(i18n.catalogue(language), ts)
    translations.update(ts, plurals_only=language == "en")  # what lupdate finds now, the translations kept
    assert translations.unfinished(ts) == [] and translations.misfilled(ts) == []


def test_counts_agree_and_numbers_read_in_each_language(qapp, tmp_path):
    """Qt's plural forms (%n: English's from gan_studio_en.ts) and the language's numbers (QLocale: %Ln, number)."""
    from gui.i18n import number, translate

    text = "The generator has trained %Ln iteration(s) since: Recompute."
    said = {}
    for language in ("en", "ko"):
        translations.release(i18n.catalogue(language), tmp_path / f"gan_studio_{language}.qm")
        assert i18n.install(language, tmp_path)
        said[language] = [translate("LatentPanel", text, None, n) for n in (1, 1234)] + [number(60000)]
    i18n.install("en")
    assert said == {"en": ["The generator has trained 1 iteration since: Recompute.",
                           "The generator has trained 1,234 iterations since: Recompute.", "60,000"],
                    "ko": ["그 뒤로 생성자가 1번 더 학습했습니다: 다시 계산하세요.",
                           "그 뒤로 생성자가 1,234번 더 학습했습니다: 다시 계산하세요.", "60,000"]}


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
                                                                           "스케치 패드", "멜로디 패드", "학습 기록",
                                                                           "스타일 변환"]
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


# Names a Korean GAN course keeps as they are: acronyms, products, formats, people, languages' own names, and
# (CODE, from the engine's declarations) what a learner types: field names, a field's choices, the families',
# presets' and datasets' names, as `--loss hinge` takes them. Everything else the window shows must be Korean.
NAMES = {
    "FCD", "FID", "KID", "SWD", "Adam", "DCGAN", "GAN", "GANs", "GIF", "PNG", "CSV", "JPEG", "JPG", "BMP", "WebP",
    "TIFF", "TIF", "SVG", "HDF", "TensorBoard", "tensorboard", "TensorFlow", "Keras", "CPU", "GPU", "AMX", "AVX",
    "Intel", "AMD", "NaN", "Inf", "EMA", "PCA", "GANSpace", "Pix2Pix", "CycleGAN", "PatchGAN", "U-Net", "Fashion",
    "MNIST", "IDX", "Noto", "Color", "Emoji", "Studio", "ganhacks", "Ctrl", "Shift", "Space", "Backspace", "Esc",
    "MB", "GB", "ms", "ReLU", "LeakyReLU", "tanh", "slerp", "lerp", "mod", "LSGAN", "WGAN", "GP", "SAGAN", "BigGAN",
    "StyleGAN", "MirroredStrategy", "FFT", "PyQtGraph", "Qt", "Python", "English", "keras", "ln", "log", "min",
    "max", "et", "al", "AWS", "DeepComposer", "MuseGAN", "Coconet", "MIDI", "MusicXML", "WAV",
    "Radford", "Metz", "Chintala", "Goodfellow", "Salimans", "Isola", "Zhu", "Mirza", "Osindero", "Miyato",
    "Koyama", "Karras", "Odena", "Gulrajani", "Arjovsky", "Bottou", "Mao", "Lim", "Ye", "Heusel", "Yazici",
    "Sonderby", "Kingma", "Ba", "Brock", "Härkönen", "Bińkowski", "Binkowski", "Rabin", "Karnewar", "Wang",
    "VGG", "Elnekave", "Weiss", "He", "Ustyuzhaninov", "Gatys", "Kwatra",
}


def _code_names() -> set[str]:
    from engine.config import FIELDS, PRESETS
    from engine.families import FAMILIES
    from engine.io.data import DATASETS

    choices = {choice for field in FIELDS.values() for choice in (field.choices or ())}
    return {*FIELDS, *choices, *FAMILIES, *PRESETS, *DATASETS}


CODE = _code_names()
# pyqtgraph's export dialog shows its exporters' option values as they are (no translate() on them).
UNTRANSLATABLE = {"(x,y) per plot", "(x,y,y,y) for all plots", "comma", "tab"}
_CODE = re.compile(r"`[^`]*`|--[\w-]+(?: [A-Za-z0-9./_-]+)?|\S*\w/\S*|\b\w+(?:\.\w+)+\b|\b\w*[_\d]\w*\b|'[^']*'"
                   r"|\(&\w\)|&\w+;")


def english_words(text: str) -> list[str]:
    """The English words of a text the window shows, besides NAMES, CODE and code (a flag, a path, a dotted
    name, a quoted title, a number with its unit, a mnemonic's letter, one-letter symbols as in "1 - s")."""
    text = _CODE.sub(" ", re.sub(r"<[^>]+>", " ", re.sub(r"<code>.*?</code>", " ", text, flags=re.S)))
    words = re.findall(r"[A-Za-zÀ-ž][A-Za-zÀ-ž'-]*[A-Za-zÀ-ž]", text.replace("&", ""))
    return [word for word in words if word not in NAMES | CODE and not all(
        part in NAMES | CODE or len(part) < 2 for part in word.split("-"))]


def _widget_texts(widget) -> list[str]:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QGroupBox, QLabel, QLineEdit,
                                   QMenu, QTableWidget, QTabWidget, QTextBrowser)

    texts = [widget.windowTitle() if widget.isWindow() else "", widget.toolTip(), widget.statusTip(),
             widget.whatsThis()]
    if isinstance(widget, (QLabel, QAbstractButton)):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QMenu):
        texts.append(widget.title())
    if isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QAbstractSpinBox):
        texts += [widget.specialValueText(), getattr(widget, "prefix", str)(), getattr(widget, "suffix", str)()]
    if isinstance(widget, QComboBox):
        texts += [widget.itemText(k) for k in range(widget.count())]
        texts += [str(widget.itemData(k, Qt.ItemDataRole.ToolTipRole) or "") for k in range(widget.count())]
    if isinstance(widget, QTabWidget):
        texts += [widget.tabText(k) for k in range(widget.count())]
        texts += [widget.tabToolTip(k) for k in range(widget.count())]
    if isinstance(widget, QTextBrowser):
        texts.append(widget.toPlainText())
    if isinstance(widget, QTableWidget):
        headers = [widget.horizontalHeaderItem(c) for c in range(widget.columnCount())]
        headers += [widget.verticalHeaderItem(r) for r in range(widget.rowCount())]
        items = [widget.item(r, c) for r in range(widget.rowCount()) for c in range(widget.columnCount())]
        texts += [text for item in headers + items if item is not None for text in (item.text(), item.toolTip())]
    return texts


def _menu_texts(menu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts + [text for child in menu.findChildren(QWidget) for text in _widget_texts(child)]


def _plot_texts(plot) -> list[str]:
    """A pyqtgraph plot's title, axis labels, legend and text items, and its context menus (its view box's with
    the axis controls, Plot Options, Export...)."""
    import pyqtgraph as pg

    texts = []
    for item in plot.scene().items():
        if isinstance(item, pg.LabelItem):
            texts.append(item.text)
        elif isinstance(item, pg.TextItem):
            texts.append(item.textItem.toPlainText())
        elif isinstance(item, pg.AxisItem):
            texts.append(item.labelText)
        elif isinstance(item, pg.ViewBox) and item.menu is not None:
            texts += _menu_texts(item.menu)
        elif isinstance(item, pg.PlotItem):
            texts += _menu_texts(item.ctrlMenu)
    return texts + [action.text() for action in plot.scene().contextMenu]


def _english_in(root) -> set[tuple[str, str]]:
    """(where, text) of every text under `root` (widgets, actions, plots) with English words in it."""
    import pyqtgraph as pg
    from PySide6.QtGui import QAction

    found = set()
    pieces = [(type(w).__name__ + ":" + w.objectName(), text) for w in [root, *root.findChildren(QWidget)]
              for text in _widget_texts(w)]
    pieces += [("QAction:" + a.objectName(), text) for a in root.findChildren(QAction)
               for text in (a.text(), a.toolTip(), a.statusTip())]
    pieces += [("plot:" + p.objectName(), text) for p in root.findChildren(pg.GraphicsView) for text in _plot_texts(p)]
    for where, text in pieces:
        if text and text not in UNTRANSLATABLE and english_words(text):
            found.add((where, text[:120], " ".join(english_words(text))[:80]))
    return found


def test_english_words_finds_english_and_spares_names_and_code():
    assert english_words("Export GIF…") == ["Export"] and english_words("Learning rate") == ["Learning", "rate"]
    assert english_words("생성자 손실 (g_loss), FCD 46, `--data-dir`, Radford et al. 2015, 'Improved Techniques'") == []
    assert english_words("<b>학습률</b> (Adam) 1e-4, 파일(&F), keras.models.load_model, 1 - s, hinge 손실") == []
    assert english_words("tensorboard --logdir runs") == [] and english_words("--steps 500 steps") == ["steps"]


def test_no_english_in_any_part_of_the_korean_window(qtbot, answers, korean, monkeypatch, tmp_path):
    """Every tab with every family's panels and curves, the menus, the plots (their titles, axes, legends and
    context menus), the help pages, About, the GIF export dialog and the plots' export dialog: Korean, but for
    NAMES and code."""
    from PySide6.QtWidgets import QDialog, QMessageBox
    from qt_helpers import CONFIG

    from engine.families import FAMILIES
    from gui import MainWindow
    from gui.window.export_dialog import ExportGifDialog

    from engine.io.runs import write_run_file

    run = tmp_path / "runs" / "20261207-000000"  # a run as an older version left it: no seconds, no checkpoint
    write_run_file(run, CONFIG.replace(ema=0.999))
    (run / "history.csv").write_text("iteration,epoch,g_loss,d_loss\n1,1,0.7,1.3\n2,1,0.8,1.2\n3,1,0.9")
    (run / "quality.csv").write_text("iteration,fcd\n2,80.5\n")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(config=CONFIG, run_root=str(tmp_path / "runs"), settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.runs_panel.refresh()
    window.runs_panel.select([str(run)])  # its row, its notes (cut mid-row, no seconds) and the comparison
    qtbot.waitUntil(lambda: len(window.runs_panel.comparison.runs) == 1, timeout=10_000)
    found = set()
    for name, family in FAMILIES.items():
        panel = window.settings_panel
        panel.family.setCurrentIndex(panel.family.findData(name))
        window._set_family(family)
        for tabs in (window.left_tabs, window.tabs):
            for k in range(tabs.count()):
                tabs.setCurrentIndex(k)
                qtbot.wait(1)
        found |= {(name, *piece) for piece in _english_in(window)}
    about = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: about.append((title, text))))
    for action in ("curvesHelpAction", "shortcutsAction", "aboutAction"):
        window.actions_by_name[action].trigger()
    ExportGifDialog(str(tmp_path / "evolution.gif"), 12, window).show()
    scene = window.loss_plot.scene()
    scene.contextMenuItem = window.loss_plot.getPlotItem()  # as a right-click on the plot sets it
    scene.showExportDialog()
    dialogs = window.findChildren(QDialog) + [scene.exportDialog]
    assert len(dialogs) >= 4
    for dialog in dialogs:
        found |= {("dialog", *piece) for piece in _english_in(dialog)}
    found |= {("about", title, text[:120]) for title, text in about
              if english_words(re.sub(r"<table.*</table>", "", text, flags=re.S))}  # the versions table: names
    assert about and not found, "\n".join(map(str, sorted(found)))
    window.close()


def test_the_engines_refusals_reach_the_korean_window_in_korean(qtbot, answers, korean, monkeypatch, tmp_path):
    """What the engine refuses, in the window's words: a hostile checkpoint opened with File -> Open (the
    checkpoint reader's message, its path filled in) and a recipe the config refuses (label smoothing with the
    hinge loss) when Start is clicked."""
    from qt_helpers import CONFIG, WAIT, click

    from gui import MainWindow
    from gui.worker.protocol import State

    state, asked = answers
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: warned.append((title, text))))
    window = MainWindow(config=CONFIG, run_root=str(tmp_path / "runs"),
                        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    junk = tmp_path / "junk.ckpt.npz"
    junk.write_bytes(b"PK\x03\x04 a zip's first bytes, then nothing of one")
    qtbot.waitUntil(lambda: window.state != State.LOADING, timeout=WAIT)
    state["open"] = str(junk)
    window.actions_by_name["openAction"].trigger()
    qtbot.waitUntil(lambda: bool(asked["critical"]), timeout=WAIT)
    title, message = asked["critical"][0]
    assert title == "체크포인트를 불러올 수 없습니다"
    assert message.startswith(f"{junk}은(는) 읽을 수 있는 GAN Studio 체크포인트가 아닙니다: 잘렸거나 손상"), message

    panel = window.settings_panel
    loss = panel.recipe["loss"]
    loss.setCurrentIndex(loss.findData("hinge"))
    panel.recipe["label_smoothing"].setValue(0.1)
    click(qtbot, window, "startButton")
    assert warned == [("잘못된 설정", "레이블 스무딩과 뒤집기는 bce/lsgan 손실의 목표를 바꿉니다. "
                                     "hinge 손실에는 목표 레이블이 없습니다")]
    window.close()


def _readme_parts(path: Path) -> tuple[list, list, list]:
    """A README's commands (each code block's lines without their `#` comments), its headings' levels and its
    pictures (a Korean window's screenshot in docs/ko/ standing for the English one in docs/), in order."""
    text = path.read_text()
    blocks = re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.S | re.M)
    commands = [[re.sub(r"\s+#\s.*$", "", line) for line in block.splitlines() if not line.lstrip().startswith("#")]
                for block in blocks]
    prose = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    pictures = [path.replace("docs/ko/", "docs/") for path in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)]
    return commands, re.findall(r"^(#+) ", prose, flags=re.M), pictures


def test_the_korean_readme_keeps_in_step_with_the_english_one():
    """README.ko.md has README.md's commands (their comments may be Korean), sections and pictures, in the same
    order; each links the other at its top, and both open with the two commands."""
    english, korean = (_readme_parts(ROOT / name) for name in ("README.md", "README.ko.md"))
    assert korean == english and len(english[1]) > 10 and len(english[2]) > 10
    assert english[0][0] == ["bash scripts/setup.sh && .venv/bin/python main.py",
                             "bash scripts/setup.sh && .venv/bin/python -m pytest"]
    assert "[한국어](README.ko.md)" in (ROOT / "README.md").read_text()[:100]
    assert "[English](README.md)" in (ROOT / "README.ko.md").read_text()[:100]
    both = (ROOT / "README.md").read_text() + (ROOT / "README.ko.md").read_text()
    shown = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", both)
    assert [path for path in shown if not (ROOT / path).is_file()] == []
