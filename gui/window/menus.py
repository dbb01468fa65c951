"""The window's menu bar: File, View, Help, with the shortcuts a desktop user expects (Ctrl+O, Ctrl+S,
Ctrl+Q...). The actions call the window's own methods, so a menu item, its button and its shortcut do
one thing one way."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from gui.i18n import LANGUAGES, translate
from gui.window.help_pages import CURVES, SHORTCUTS, show_about, show_page


def build_menus(window) -> dict[str, QAction]:
    """Create the menu bar of a MainWindow; returns its actions by objectName."""
    actions: dict[str, QAction] = {}

    def add(menu, name: str, text: str, slot, shortcut: str | None = None, tip: str = "",
            checkable: bool = False) -> QAction:
        action = QAction(text, window, checkable=checkable)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        (action.toggled if checkable else action.triggered).connect(slot)
        menu.addAction(action)
        actions[name] = action
        return action

    bar = window.menuBar()
    file = bar.addMenu(translate("Menus", "&File"))
    add(file, "newRunAction", translate("Menus", "&New run"), window.new_run, "Ctrl+N",
        translate("Menus", "End the run under way (asking to save it) and edit the settings of a new one"))
    add(file, "openAction", translate("Menus", "&Open checkpoint…"), window.load_checkpoint, "Ctrl+O",
        translate("Menus", "Load a checkpoint"))
    window.recent_menu = file.addMenu(translate("Menus", "Recent checkpoints"))
    window.recent_menu.setObjectName("recentMenu")
    add(file, "saveAction", translate("Menus", "&Save checkpoint…"), window.save_checkpoint, "Ctrl+S",
        translate("Menus", "Save a checkpoint of the run"))
    file.addSeparator()
    add(file, "exportGifAction", translate("Menus", "Export &GIF…"), window.export_gif, "Ctrl+E",
        translate("Menus", "Export the sample grid's evolution as a GIF"))
    add(file, "exportGeneratorAction", translate("Menus", "Export generator (.keras)…"), window.export_generator, None,
        translate("Menus", "Write the generator as a .keras file that keras.models.load_model opens"))
    file.addSeparator()
    add(file, "quitAction", translate("Menus", "&Quit"), window.close, "Ctrl+Q",
        translate("Menus", "Close GAN Studio (asks to save unsaved progress)"))

    view = bar.addMenu(translate("Menus", "&View"))
    for k in range(window.tabs.count()):
        add(view, f"showTab{k}Action", window.tabs.tabText(k), lambda _=False, k=k: window.tabs.setCurrentIndex(k),
            f"Ctrl+{k + 1}", window.tabs.tabToolTip(k))
    view.addSeparator()
    smooth = add(view, "smoothAction", translate("Menus", "Smooth curves"), window.smoothing.setChecked, None,
                 window.smoothing.toolTip(), checkable=True)
    window.smoothing.toggled.connect(smooth.setChecked)
    themes = QActionGroup(window)
    colours = translate("Menus", "Plot colours: dark for the screen, light for printing and projectors")
    for name, text, light in (("darkPlotsAction", translate("Menus", "Dark plots"), False),
                              ("lightPlotsAction", translate("Menus", "Light plots"), True)):
        action = add(view, name, text, lambda on, light=light: on and window.set_light_plots(light), None, colours,
                     checkable=True)
        themes.addAction(action)
    actions["darkPlotsAction"].setChecked(True)
    view.addSeparator()
    language = view.addMenu(translate("Menus", "Language"))
    language.setObjectName("languageMenu")
    languages = QActionGroup(window)
    tip = translate("Menus", "The window's language (from the next start)")
    for code, name in LANGUAGES.items():  # each in its own language
        action = add(language, f"language_{code}Action", name,
                     lambda on, code=code: on and window.choose_language(code), None, tip, checkable=True)
        languages.addAction(action)
    actions[f"language_{window.language}Action"].setChecked(True)

    help_menu = bar.addMenu(translate("Menus", "&Help"))
    curves = translate("Menus", "How to read these curves")
    add(help_menu, "curvesHelpAction", curves, lambda: show_page(window, curves, CURVES), None,
        translate("Menus", "What the losses, accuracies and quality mean; the ganhacks list"))
    shortcuts = translate("Menus", "Keyboard shortcuts")
    add(help_menu, "shortcutsAction", shortcuts, lambda: show_page(window, shortcuts, SHORTCUTS))
    add(help_menu, "aboutAction", translate("Menus", "About GAN Studio"), lambda: show_about(window), None,
        translate("Menus", "Versions in use"))
    return actions
