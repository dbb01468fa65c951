"""The window's language: English (the source texts) or Korean, chosen from the system's locale
(`LANG=ko_KR.UTF-8` gives Korean) unless View -> Language chose one, which QSettings remembers.

Why translations are installed before the window is built, and a change asks for a restart: every text is
set once, where its widget is made, through Qt's `tr()` (Qt Linguist's way: `lupdate` finds them); a live
switch would need every widget to set its texts again on `LanguageChange`, a second path through all of
them. The issue allows one clear "restart to apply", and View -> Language restarts on request.

How a text is marked: `self.tr("...")` in a widget class of its own, `translate("Context", "...")` elsewhere;
PySide6's `self.tr` takes its context from the object's class at run time, so a mixin's methods (RunView,
RunControls) name MainWindow's. Values go in by name, `.format(count=...)`, so a translation can put them where
its grammar wants them. A text kept in a constant is marked with QT_TRANSLATE_NOOP and translated where shown.

Texts that come from the engine (which knows nothing of Qt: field labels and tooltips, family, preset and
dataset names) are shown through `engine_text`, under the context "engine"; its messages and errors
(engine.messages: a template and named values) through `engine_message`. `scripts/translations.py` collects
both from the engine's declarations and raise statements into the same `.ts` file as the window's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from engine.messages import Explained, Message

LANGUAGES = {"en": "English", "ko": "한국어"}  # each in its own language, as a language menu lists them
SOURCE_LANGUAGE = "en"
FOLDER = Path(__file__).resolve().parent.parent / "resources" / "i18n"
SETTINGS_KEY = "language"
ENGINE_CONTEXT = "engine"

_installed: list[QTranslator] = []  # kept alive while installed
_language = SOURCE_LANGUAGE  # what install() made the application speak


def catalogue(language: str) -> Path:
    """The translation source of `language` (Qt Linguist's .ts) in resources/i18n; its compiled .qm beside it."""
    return FOLDER / f"gan_studio_{language}.ts"


def system_language() -> str:
    """The system locale's language if the window speaks it, else English."""
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else SOURCE_LANGUAGE


def chosen_language(settings: QSettings | None) -> str:
    """View -> Language's choice remembered in `settings`, else the system's."""
    value = settings.value(SETTINGS_KEY) if settings is not None else None
    return value if value in LANGUAGES else system_language()


def install(language: str, folder: Path = FOLDER) -> bool:
    """Make the application speak `language`: GAN Studio's compiled catalogue (in `folder`; English's holds only
    the plural forms of texts with a count, "%n iteration(s)"), Qt's own (standard dialogs' buttons) and the
    language's way of writing numbers (QLocale: `number`, `%Ln`). Call before the window is built.

    Returns:
        Whether GAN Studio's catalogue was found (False: its .qm is not built; `scripts/setup.sh` builds it).
    """
    global _language
    app = QCoreApplication.instance()
    _language = language
    QLocale.setDefault(QLocale(language))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    found = False
    for name, where in ((f"gan_studio_{language}", folder),
                        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator()
        if translator.load(name, str(where)):
            app.installTranslator(translator)
            _installed.append(translator)
            found = found or name.startswith("gan_studio")
    return found


def current_language() -> str:
    """The language install() last made the application speak (English until then)."""
    return _language


def number(value: int) -> str:
    """A whole number as the window's language writes it (1,234 in English and Korean alike)."""
    return QLocale().toString(int(value))


def engine_text(text: str) -> str:
    """A text of the engine's (a field's label or tooltip, a family's title ...) in the window's language."""
    return QCoreApplication.translate(ENGINE_CONTEXT, text)


def engine_message(message: Message | BaseException | str) -> str:
    """What the engine says (a Message, or an error: an Explained one's template translated, its values filled
    in, values that are messages translated too) in the window's language; any other error as Python words it."""
    if isinstance(message, Explained):
        message = message.message
    if not isinstance(message, Message):
        return str(message)
    values = {name: engine_message(value) if isinstance(value, (Message, Explained)) else value
              for name, value in message.values.items()}
    try:
        return engine_text(message.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation whose fields do not fit: the English, not nothing
        return str(message)


translate = QCoreApplication.translate  # translate(context, text[, disambiguation, n]): lupdate finds these calls
