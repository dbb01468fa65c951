"""Changes of the recipe during a run (the window's Live panel, `train --change`), as a log.

Why a log and not just the current config: a run whose learning rate went from 1e-4 to 2e-4 at
iteration 500 is not reproduced by either value alone. The log records every change (iteration,
field, old, new) in the order applied; checkpoints carry it, the run folder gets it as `changes.csv`,
and the curves mark it. Changes scheduled for later iterations (from the command line) are kept
as pending until their iteration is reached, so a run resumed from a checkpoint applies them too.

A change at iteration i takes effect from the step that makes iteration i + 1: it is applied
between steps, after i iterations are done. A rewind is logged as a change of the field "rewind"
(old: the iteration left, new: the iteration returned to), so the log reads as the branch's story.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from engine.config import FIELDS, LIVE_FIELDS, ConfigError
from engine.messages import Message

# The settings a run may change while it trains are those declared live (engine.config.train), in the
# Live panel's order. Everything else is fixed for a run: the data order and noise (batch size, seed), or
# the networks' variables (dropout in G, spectral norm, upsampling; an EMA may change its decay but not be
# switched on or off).
REWIND = "rewind"
CSV_COLUMNS = ("iteration", "field", "old", "new")


def format_value(value) -> str:
    """Compact and exact enough to read on a plot: 1e-4, 2.5e-4, 0.9, 3, bce."""
    if isinstance(value, float) and value != 0 and abs(value) < 0.01:
        mantissa, exponent = f"{value:.3e}".split("e")
        return f"{mantissa.rstrip('0').rstrip('.')}e{int(exponent)}"
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


@dataclass(frozen=True)
class Change:
    """One change: `field` went from `old` to `new` after `iteration` iterations."""

    iteration: int
    field: str
    old: object
    new: object

    @property
    def label(self) -> str:
        """What a curve's marker says: `lr_G 1e-4 -> 2e-4`."""
        short = REWIND if self.field == REWIND else FIELDS[self.field].short
        return f"{short} {format_value(self.old)} -> {format_value(self.new)}"

    def describe(self) -> Message:
        """The whole change, for a tooltip or a terminal."""
        if self.field == REWIND:
            return Message("rewound from iteration {old} to iteration {new} (a new branch)", {
                "old": self.old, "new": self.new})
        return Message("iteration {iteration}: {field} {old} -> {new}", {
            "iteration": self.iteration, "field": self.field, "old": self.old, "new": self.new})

    def to_json(self) -> list:
        return [self.iteration, self.field, self.old, self.new]


def live_value(field: str, value) -> object:
    """`value` (a string from the command line, or a number) as the config field's type.

    Raises:
        ConfigError: `field` cannot change during a run, or `value` is not of its type.
    """
    if field not in LIVE_FIELDS:
        raise ConfigError("{field} cannot change during a run; the fields that can are {fields}", field=field,
                          fields=", ".join(LIVE_FIELDS))
    return FIELDS[field].parse(value)


def parse_change(text: str) -> tuple[int, str, object]:
    """`ITERATION:FIELD=VALUE` (e.g. `500:d_learning_rate=4e-4`) -> (iteration, field, value).

    Raises:
        ConfigError: malformed, an unknown or fixed field, or a value of the wrong type.
    """
    where, _, assignment = text.partition(":")
    field, equals, value = assignment.partition("=")
    if not (where.strip().isdigit() and equals and field.strip() and value.strip()):
        raise ConfigError("--change {text!r}: expected ITERATION:FIELD=VALUE, e.g. 500:d_learning_rate=4e-4",
                          text=text)
    return int(where), field.strip(), live_value(field.strip(), value.strip())


class ChangeLog:
    """The changes applied to a run, in order, and those scheduled for later iterations."""

    def __init__(self, applied: list[Change] | None = None, pending: list[tuple[int, str, object]] | None = None):
        self.applied: list[Change] = list(applied or [])
        self.pending: list[tuple[int, str, object]] = sorted(pending or [], key=lambda p: p[0])

    def __len__(self) -> int:
        return len(self.applied)

    def schedule(self, iteration: int, field: str, value) -> None:
        """Apply `field = value` when the run reaches `iteration` (see Trainer.apply_due_changes)."""
        self.pending.append((int(iteration), field, live_value(field, value)))
        self.pending.sort(key=lambda p: p[0])

    def due(self, iteration: int) -> list[tuple[str, object]]:
        """Take the pending changes due at or before `iteration`, in order."""
        due = [(field, value) for at, field, value in self.pending if at <= iteration]
        self.pending = [p for p in self.pending if p[0] > iteration]
        return due

    def last_iteration_of(self, names: tuple[str, ...]) -> int:
        """The iteration of the last applied change of any of `names` (0 if none)."""
        return max((c.iteration for c in self.applied if c.field in names), default=0)

    def to_json(self) -> dict:
        return {"applied": [c.to_json() for c in self.applied], "pending": [list(p) for p in self.pending]}

    @classmethod
    def from_json(cls, data) -> ChangeLog:
        """The log a checkpoint's metadata holds (None: a checkpoint from before logs: empty).

        Raises:
            ValueError: malformed.
        """
        if data is None:
            return cls()
        try:
            applied = []
            for iteration, field, old, new in data["applied"]:
                if field != REWIND:
                    old, new = live_value(field, old), live_value(field, new)
                if not isinstance(iteration, int) or iteration < 0:
                    raise ValueError
                applied.append(Change(iteration, field, old, new))
            pending = [(int(at), field, live_value(field, value)) for at, field, value in data["pending"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"its change log is malformed ({exc})") from None
        return cls(applied, pending)

    def write_csv(self, path: str | Path) -> None:
        """iteration, field, old, new: one row per applied change (a header only when there are none)."""
        with open(path, "w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(CSV_COLUMNS)
            for change in self.applied:
                writer.writerow([change.iteration, change.field, change.old, change.new])
