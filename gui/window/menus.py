"""The window's menu bar: File, View, Help, with the shortcuts a desktop user expects (Ctrl+O, Ctrl+S,
Ctrl+Q...). The actions call the window's own methods, so a menu item, its button and its shortcut do
one thing one way."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

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
    file = bar.addMenu("&File")
    add(file, "newRunAction", "&New run", window.new_run, "Ctrl+N",
        "End the run under way (asking to save it) and edit the settings of a new one")
    add(file, "openAction", "&Open checkpoint…", window.load_checkpoint, "Ctrl+O", "Load a checkpoint")
    window.recent_menu = file.addMenu("Recent checkpoints")
    window.recent_menu.setObjectName("recentMenu")
    add(file, "saveAction", "&Save checkpoint…", window.save_checkpoint, "Ctrl+S", "Save a checkpoint of the run")
    file.addSeparator()
    add(file, "exportGifAction", "Export &GIF…", window.export_gif, "Ctrl+E",
        "Export the sample grid's evolution as a GIF")
    add(file, "exportGeneratorAction", "Export generator (.keras)…", window.export_generator, None,
        "Write the generator as a .keras file that keras.models.load_model opens")
    file.addSeparator()
    add(file, "quitAction", "&Quit", window.close, "Ctrl+Q", "Close GAN Studio (asks to save unsaved progress)")

    view = bar.addMenu("&View")
    for k in range(window.tabs.count()):
        add(view, f"showTab{k}Action", window.tabs.tabText(k), lambda _=False, k=k: window.tabs.setCurrentIndex(k),
            f"Ctrl+{k + 1}", window.tabs.tabToolTip(k))
    view.addSeparator()
    smooth = add(view, "smoothAction", "Smooth curves", window.smoothing.setChecked, None,
                 window.smoothing.toolTip(), checkable=True)
    window.smoothing.toggled.connect(smooth.setChecked)
    themes = QActionGroup(window)
    for name, text, light in (("darkPlotsAction", "Dark plots", False), ("lightPlotsAction", "Light plots", True)):
        action = add(view, name, text, lambda on, light=light: on and window.set_light_plots(light), None,
                     "Plot colours: dark for the screen, light for printing and projectors", checkable=True)
        themes.addAction(action)
    actions["darkPlotsAction"].setChecked(True)

    help_menu = bar.addMenu("&Help")
    add(help_menu, "curvesHelpAction", "How to read these curves", lambda: show_page(window, "How to read these "
        "curves", CURVES), None, "What the losses, accuracies and quality mean; the ganhacks list")
    add(help_menu, "shortcutsAction", "Keyboard shortcuts", lambda: show_page(window, "Keyboard shortcuts",
        SHORTCUTS))
    add(help_menu, "aboutAction", "About GAN Studio", lambda: show_about(window), None, "Versions in use")
    return actions
