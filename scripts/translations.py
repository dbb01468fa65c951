"""The window's translations: find the texts to translate and build what Qt loads.

    python scripts/translations.py update    # resources/i18n/gan_studio_ko.ts gains the texts new in gui/ (lupdate)
    python scripts/translations.py release   # compile each .ts into the .qm the window loads (lrelease)
    python scripts/translations.py check     # list the texts with no finished translation; exit 1 if any

`scripts/setup.sh` runs `release` (the .qm files are built, not committed). Translate by editing the .ts file
(Qt Linguist, `pyside6-linguist`, opens it); `update` keeps every translation already there. `check` is what
tests/test_translations.py asserts on, after an `update` into a copy: a text added to the window without its
Korean fails the tests.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gui.i18n import ENGINE_CONTEXT, FOLDER, LANGUAGES, SOURCE_LANGUAGE, catalogue  # noqa: E402


def _tool(name: str) -> str:
    """A Qt Linguist tool installed with PySide6 (pyside6-lupdate, pyside6-lrelease)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6-Essentials)")
    return found


def sources() -> list[Path]:
    """The Python files whose tr() texts the window shows."""
    return sorted((ROOT / "gui").rglob("*.py"))


def engine_texts() -> list[str]:
    """The engine's texts the window shows through gui.i18n.engine_text, read from their declarations: the
    names, docs and zero values' words of the config's fields, the presets and families with their descriptions, the families'
    curves, quality columns and panels, the datasets, Fashion-MNIST's class names (a folder's classes are its
    subfolders' own names) and the alarms' texts."""
    from engine.config import FIELDS, PRESETS
    from engine.families import FAMILIES
    from engine.io.data import DATASETS
    from engine.io.idx import CLASS_NAMES
    from engine.training.alarms import TEXTS as ALARMS

    texts = [text for field in FIELDS.values() for text in (field.label, field.doc, field.zero)]
    texts += [text for preset in PRESETS.values() for text in (preset.title, preset.description)]
    for family in FAMILIES.values():
        curves = (*family.losses, *family.accuracies, *family.gradients)
        texts += [family.title, family.description, family.panel, *(curve.label for curve in curves),
                  *family.quality_labels.values()]
    return list(dict.fromkeys(text for text in [*texts, *DATASETS.values(), *CLASS_NAMES, *ALARMS.values()] if text))


def update(ts: Path) -> None:
    """Add the texts new in the sources and the engine's to `ts` (kept: the translations it has; dropped: texts
    no longer used). lupdate reads the engine's from a file of translate() calls written for it."""
    with tempfile.TemporaryDirectory() as folder:
        engine = Path(folder) / "engine_texts.py"
        engine.write_text("".join(f"translate({ENGINE_CONTEXT!r}, {text!r})\n" for text in engine_texts()))
        subprocess.run([_tool("pyside6-lupdate"), *map(str, sources()), str(engine), "-no-obsolete", "-locations",
                        "none", "-ts", str(ts)], check=True, capture_output=True, text=True)


def release(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True,
                   text=True)


def unfinished(ts: Path) -> list[str]:
    """The source texts of `ts` whose translation is missing or marked unfinished, as 'context: text'."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [translation.text] if translation is not None and not len(translation) else [
                form.text for form in (translation if translation is not None else [])]
            if (translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")
                    or not all(f and f.strip() for f in forms)):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args()
    for language in LANGUAGES:
        if language == SOURCE_LANGUAGE:
            continue
        ts = catalogue(language)
        if args.command == "update":
            update(ts)
        elif args.command == "release":
            release(ts, ts.with_suffix(".qm"))
        else:
            missing = unfinished(ts)
            for line in missing:
                print(f"{ts.relative_to(ROOT)}: untranslated: {line}")
            if missing:
                return 1
    print(f"{args.command}: done ({', '.join(p.name for p in FOLDER.glob('*.ts'))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
