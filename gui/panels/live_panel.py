"""The Live panel: change the recipe of the run under way, from its next iteration on.

Edits are collected for LIVE_DELAY_MS after the last one and sent as one request (typing "0.0004"
is one change, not five); the worker applies them between steps (Trainer.apply_changes) and answers
with the config now in force, which the panel then shows: a change the config refuses is undone
on screen as well as in the run. The controls are made by the settings panel's field_widget from the
fields' declarations, so they have the same ranges and tooltips as the new-run settings.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QGroupBox, QLabel, QWidget

from engine.config import FIELDS, LIVE_FIELDS, TrainConfig
from engine.families import FAMILIES
from gui.i18n import engine_text, translate
from gui.panels.settings_panel import field_widget, show_value, widget_value

LIVE_DELAY_MS = 300
# (objectName, label, the config fields the control sets): a control per live field (engine.config
# LIVE_FIELDS, in their order), named e.g. gLearningRateLive; Adam's beta1 is one control for both networks.
_BOTH_BETAS = ("beta1Live", QT_TRANSLATE_NOOP("LivePanel", "Adam beta1 (G and D)"), ("g_beta1", "d_beta1"))
CONTROLS = tuple(
    _BOTH_BETAS if name == "g_beta1" else
    ("".join(w if i == 0 else w.title() for i, w in enumerate(name.split("_"))) + "Live", FIELDS[name].label, (name,))
    for name in LIVE_FIELDS if name != "d_beta1")
# What a control's tooltip says beyond its field's doc, when it is live: (text before, text after).
TIPS = {
    "beta1Live": (QT_TRANSLATE_NOOP("LivePanel", "Adam beta1 of both networks."), ""),
    "instanceNoiseDecayLive": (QT_TRANSLATE_NOOP("LivePanel", "Instance noise decays linearly to 0 over this many "
                                                 "iterations from the iteration it was last changed at (0: constant)."),
                               None),  # None: instead of the doc
    "lossLive": ("", QT_TRANSLATE_NOOP("LivePanel", "Switching to a loss for the first time in a run compiles its "
                                       "step once (a few seconds). Label smoothing and flipping must be 0 for hinge "
                                       "and wgan-gp.")),
    "emaLive": ("", QT_TRANSLATE_NOOP("LivePanel", "Its decay can change during a run that averages; switching the "
                                      "average on or off needs a new run.")),
}


def live_tip(name: str, field: str) -> str:
    """A live control's tooltip in the window's language: its field's doc with what TIPS adds."""
    before, after = TIPS.get(name, ("", ""))
    parts = [translate("LivePanel", before) if before else "",
             engine_text(FIELDS[field].doc) if after is not None else "",
             translate("LivePanel", after) if after else ""]
    return " ".join(part for part in parts if part)


class LivePanel(QGroupBox):
    """Controls for engine.training.changes.LIVE_FIELDS; emits changesRequested({field: value}) after edits."""

    changesRequested = Signal(dict)
    budgetChanged = Signal(int)  # bytes of memory for rewind points

    def __init__(self, config: TrainConfig, parent=None):
        super().__init__(self.tr("Changes apply from the next iteration"), parent)
        self.setObjectName("livePanel")
        self._config = config
        self._showing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LIVE_DELAY_MS)
        self._timer.timeout.connect(self._send)
        form = QFormLayout(self)
        self.controls: dict[str, tuple[QWidget, tuple]] = {}
        for name, label, targets in CONTROLS:
            widget = field_widget(targets[0], self._on_edit)
            widget.setObjectName(name)
            widget.setToolTip(live_tip(name, targets[0]))
            shown = translate("LivePanel", label) if name == _BOTH_BETAS[0] else engine_text(label)
            form.addRow(shown, widget)
            self.controls[name] = (widget, targets)
        self.budget = QDoubleSpinBox()
        self.budget.setObjectName("rewindBudget")
        self.budget.setRange(0.1, 64.0)
        self.budget.setSingleStep(0.5)
        self.budget.setSuffix(" GB")
        self.budget.setValue(1.0)
        self.budget.setToolTip(self.tr("Memory for rewind points (snapshots of the whole training state, one per grid "
                                       "frame: the newest 20 and older ones log-spaced). The oldest go first when "
                                       "full."))
        self.budget.valueChanged.connect(lambda gb: self.budgetChanged.emit(int(gb * (1 << 30))))
        form.addRow(self.tr("Rewind memory"), self.budget)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        form.addRow(self.note)
        self.show_config(config)

    def show_config(self, config: TrainConfig) -> None:
        """Show the recipe in force (a run's start, or after its changes were applied or refused)."""
        self._config = config
        self._timer.stop()
        self._showing = True
        try:
            for widget, targets in self.controls.values():
                show_value(widget, config.value(targets[0]))
        finally:
            self._showing = False
        family = FAMILIES[config.run.family]
        for widget, targets in self.controls.values():  # what the run's family reads (engine.families)
            widget.setEnabled(family.recipe_fields is None or targets[0] in family.recipe_fields)
        if family.recipe_fields is None:  # the DCGAN's: its average's decay is live while it averages
            ema, _ = self.controls["emaLive"]
            ema.setEnabled(bool(config.recipe.ema))
            self.note.setText("" if config.recipe.ema else self.tr("This run has no weight average (set it for a new "
                                                                   "run)."))
        else:
            self.note.setText(self.tr("A {family} run changes its learning rates and betas here.").format(
                family=engine_text(family.title)))

    def _on_edit(self, *args) -> None:
        if not self._showing:
            self._timer.start()

    def pending(self) -> dict:
        """The fields whose shown value differs from the run's recipe."""
        changes = {}
        for widget, targets in self.controls.values():
            value = widget_value(widget)
            if isinstance(widget, QDoubleSpinBox):  # the box rounds to its decimals: compare as it shows
                differs = any(abs(value - self._config.value(t)) > 0.5 * 10 ** -widget.decimals() for t in targets)
            else:
                differs = any(value != self._config.value(t) for t in targets)
            if differs:
                changes.update({t: value for t in targets})
        return changes

    def _send(self) -> None:
        changes = self.pending()
        if changes:
            self.changesRequested.emit(changes)
