"""The window's translations: find the texts to translate and build what Qt loads.

    python scripts/translations.py update    # each resources/i18n/*.ts gains the texts new in the sources (lupdate)
    python scripts/translations.py release   # compile each .ts into the .qm the window loads (lrelease)
    python scripts/translations.py check     # list the texts with no finished translation; exit 1 if any

gan_studio_ko.ts holds every text in Korean; gan_studio_en.ts only the English plural forms of texts with a
count ("%n iteration(s)" -> "1 iteration", "2 iterations"). `scripts/setup.sh` runs `release` (the .qm files
are built, not committed). Translate by editing the .ts file (Qt Linguist, `pyside6-linguist`, opens it);
`update` keeps every translation already there. `check` is what tests/test_translations.py asserts on, after an
`update` into a copy: a text added to the window without its Korean fails the tests.
"""

from __future__ import annotations

import argparse
import ast
import re
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
    names, docs, zero values' words and choices of the config's fields, the presets and families with their
    descriptions, the families' curves, quality columns, references and panels, the datasets, Fashion-MNIST's class
    names and the emoji's groups (a folder's classes are its subfolders' own names), the style transfer's settings,
    the alarms' texts, and the engine's messages (engine_messages)."""
    from engine.config import FIELDS, PRESETS
    from engine.config.fields import declared
    from engine.families import FAMILIES
    from engine.io.data import DATASETS
    from engine.io.emoji import GROUPS
    from engine.io.idx import CLASS_NAMES
    from engine.style.settings import METHODS as STYLE_METHODS
    from engine.style.settings import StyleConfig
    from engine.training.alarms import TEXTS as ALARMS

    texts = [text for field in FIELDS.values()
             for text in (field.label, field.doc, field.zero, *(field.choices or ()))]
    texts += [text for _, spec in declared(StyleConfig).values() for text in (spec.label, spec.doc)]
    texts += list(STYLE_METHODS.values())
    texts += [text for preset in PRESETS.values() for text in (preset.title, preset.description)]
    for family in FAMILIES.values():
        curves = (*family.losses, *family.accuracies, *family.gradients)
        texts += [family.title, family.description, family.panel, *(curve.label for curve in curves),
                  *family.quality_labels.values(), family.reference.name if family.reference else ""]
    texts += [*DATASETS.values(), *CLASS_NAMES, *GROUPS, *ALARMS.values(), *engine_messages()]
    return list(dict.fromkeys(text for text in texts if text))


def engine_messages() -> list[str]:
    """The templates of the engine's messages (engine.messages), read from the source: the first argument of
    every `Message(...)` and of every raise of an error derived from Explained.

    Raises:
        SystemExit: an Explained error raised with a text that is not a literal (an f-string, a variable),
            which no translation could match; a Message's may be a text declared elsewhere (a field's label).
    """
    trees = {path: ast.parse(path.read_text(), str(path)) for path in sorted((ROOT / "engine").rglob("*.py"))}
    explained = {"Explained"}
    while True:  # the classes derived from Explained, through any depth
        found = {node.name for tree in trees.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                 and any(isinstance(base, ast.Name) and base.id in explained for base in node.bases)}
        if found <= explained:
            break
        explained |= found
    texts, bad = [], []
    for path, tree in trees.items():
        for node in ast.walk(tree):
            called = node.func if isinstance(node, ast.Call) else None
            name = (called.id if isinstance(called, ast.Name) else  # Message(...), DatasetError(...)
                    called.attr if isinstance(called, ast.Attribute) else None)  # data.DatasetError(...)
            if not (name and node.args and (name == "Message" or name in explained - {"Explained"})):
                continue
            literal = _literals(node.args[0])
            if literal is None and (name != "Message" or any(
                    isinstance(part, ast.JoinedStr) for part in ast.walk(node.args[0]))):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            texts += literal or []
    if bad:
        raise SystemExit("engine messages must be literal templates (engine.messages): " + ", ".join(bad))
    return texts


def _literals(node: ast.expr) -> list[str] | None:
    """The texts an expression of string literals can be (`"a" "b"`, `"a" + "b"`, `"a" if x else "b"`), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, orelse = _literals(node.body), _literals(node.orelse)
        return None if body is None or orelse is None else body + orelse
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literals(node.left), _literals(node.right)
        return None if left is None or right is None else [a + b for a in left for b in right]
    return None


# pyqtgraph's files whose texts the window shows: the plots' context menus (the view box's, its axis controls,
# Plot Options), Export... and its dialog with the exporters. Their texts are read from the installed pyqtgraph
# (pinned in pyproject.toml: a new version's new texts need their Korean first).
PYQTGRAPH_FILES = ("graphicsItems/ViewBox/ViewBoxMenu.py", "graphicsItems/ViewBox/axisCtrlTemplate_generic.py",
                   "graphicsItems/PlotItem/PlotItem.py", "graphicsItems/PlotItem/plotConfigTemplate_generic.py",
                   "GraphicsScene/GraphicsScene.py", "GraphicsScene/exportDialog.py",
                   "GraphicsScene/exportDialogTemplate_generic.py", "exporters/*.py")
_TRANSLATE_CALL = re.compile(r"""translate\(\s*(["'])(\w+)\1\s*,\s*((["'])(?:\\.|(?!\4).)*\4)\s*\)""")
_EXPORTER_NAME = re.compile(r"""^\s*Name\s*=\s*((["']).*?\2)""", re.M)


def pyqtgraph_texts() -> list[tuple[str, str]]:
    """(context, text) of every text pyqtgraph translates in PYQTGRAPH_FILES (its .ui templates call
    `_translate("Form", ...)`, which lupdate does not read) and the exporters' names (translated as 'Exporter')."""
    import pyqtgraph

    root, texts = Path(pyqtgraph.__file__).parent, []
    for pattern in PYQTGRAPH_FILES:
        for path in sorted(root.glob(pattern)):
            source = path.read_text()
            texts += [(m[2], ast.literal_eval(m[3])) for m in _TRANSLATE_CALL.finditer(source)]
            texts += [("Exporter", ast.literal_eval(m[1])) for m in _EXPORTER_NAME.finditer(source)]
    return list(dict.fromkeys(texts))


def update(ts: Path, plurals_only: bool = False) -> None:
    """Add the texts new in the sources, the engine's and pyqtgraph's to `ts` (kept: the translations it has;
    dropped: texts no longer used); `plurals_only`: only those with a count ("%n iteration(s)"), which the
    source language's catalogue gives their plural forms. lupdate reads the engine's and pyqtgraph's from a file
    of translate() calls written for it."""
    with tempfile.TemporaryDirectory() as folder:
        engine = Path(folder) / "engine_texts.py"
        calls = [(ENGINE_CONTEXT, text) for text in engine_texts()] + pyqtgraph_texts()
        engine.write_text("".join(f"translate({context!r}, {text!r})\n" for context, text in calls))
        subprocess.run([_tool("pyside6-lupdate"), *map(str, sources()), str(engine), "-no-obsolete", "-locations",
                        "none", *(["-pluralonly"] if plurals_only else []), "-ts", str(ts)], check=True,
                       capture_output=True, text=True)


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


def misfilled(ts: Path) -> list[str]:
    """The messages of `ts` whose translation does not name the same `{fields}` as its source (the window fills
    them in with str.format: a field missing or extra would lose a value or fail), as 'context: text'."""
    wrong = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            source, translation = message.findtext("source") or "", message.find("translation")
            forms = [form.text or "" for form in translation] if translation is not None and len(translation) else [
                translation.text or "" if translation is not None else ""]
            if any(form and _fields(form) != _fields(source) for form in forms):
                wrong.append(f"{context.findtext('name')}: {source}")
    return wrong


def _fields(text: str) -> list[str]:
    """The str.format fields of `text`, sorted (with their format spec), or [] when it is no format text."""
    return sorted(re.findall(r"(?<!\{)\{([a-z_]\w*(?:![rs])?(?::[^{}]*)?)\}", text))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args()
    for language in LANGUAGES:
        ts = catalogue(language)
        if args.command == "update":
            update(ts, plurals_only=language == SOURCE_LANGUAGE)
        elif args.command == "release":
            release(ts, ts.with_suffix(".qm"))
        else:
            missing = unfinished(ts) + misfilled(ts)
            for line in unfinished(ts):
                print(f"{ts.relative_to(ROOT)}: untranslated: {line}")
            for line in misfilled(ts):
                print(f"{ts.relative_to(ROOT)}: fields differ from the source's: {line}")
            if missing:
                return 1
    print(f"{args.command}: done ({', '.join(p.name for p in FOLDER.glob('*.ts'))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
