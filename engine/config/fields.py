"""How a settings field is declared: its default, what it does, its bounds or choices, and what it is
to a run (live, fixed on resume), all beside the field, read by validation, the command line, the
window's widgets and the change log alike.

Why one declaration: a bound written in the widget and again in the validation drifts (the window once
let a learning rate go to 1e-6 while the config allowed anything above 0); a field's liveness written
in the trainer, the change log and the command line drifts the same way.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, fields
from typing import Any


class ConfigError(ValueError):
    """A setting has an invalid value; the message names the field."""


@dataclass(frozen=True)
class Setting:
    """What a field is, besides its type and default.

    Attributes:
        doc: what it does, where it comes from, what it costs: tooltips, --help and the README read it.
        label: its name in the window.
        short: its name on a curve's marker of a live change (`lr_G 1e-4 -> 2e-4`).
        low, high: its inclusive bounds (numbers); `low_open`: low itself is not allowed.
        choices: the values a text field may take (None: its settings class checks it).
        optional: None is allowed; `zero` says what it means.
        zero: what the value 0 (or None, if optional) means, e.g. "all", "never"; the window shows it as
            that word.
        live: how a change during a run takes effect, or "" if it cannot change then: "optimizer" (Adam's
            variables), "step" (a variable the compiled step reads), "graph" (compiles the step once for
            the new value, on its first use).
        switch_fixed: live, but not between 0 and another value (the weight average has its own variables).
        fixed_on_resume: a resumed run cannot change it (the data order, the noise or the networks'
            variables depend on it).
    """

    doc: str
    label: str = ""
    short: str = ""
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    choices: tuple[str, ...] | None = None
    optional: bool = False
    zero: str = ""
    live: str = ""
    switch_fixed: bool = False
    fixed_on_resume: bool = False

    @property
    def bounds(self) -> str:
        """The bounds in words: "in [0, 1]", "at least 1", "above 1", "0 (all) or up to 64"."""
        if self.zero and self.low == 0:
            return f"0 ({self.zero}) or up to {self.high}"
        if self.high is None:
            return f"{'above' if self.low_open else 'at least'} {self.low}"
        return f"in {'(' if self.low_open else '['}{self.low}, {self.high}]"


def setting(default: Any, doc: str, **declared: Any) -> Any:
    """A dataclass field with its Setting (see Setting for the keywords)."""
    return dataclasses.field(default=default, metadata={"setting": Setting(doc, **declared)})


def declared(cls_or_instance) -> dict[str, tuple[str, Setting]]:
    """The declared fields of a settings class, in order: name -> (type name, Setting)."""
    return {f.name: (f.type, f.metadata["setting"]) for f in fields(cls_or_instance) if "setting" in f.metadata}


def check_value(name: str, kind: str, value: Any, spec: Setting) -> None:
    """Raise ConfigError naming `name` if `value` is not of its type, bounds or choices."""
    if value is None and spec.optional:
        return
    if kind == "bool":
        if not isinstance(value, bool):
            raise ConfigError(f"{name} must be true or false, got {value!r}")
        return
    if kind == "str":
        if not isinstance(value, str):
            raise ConfigError(f"{name} must be text, got {value!r}")
        if spec.choices is not None and value not in spec.choices:
            raise ConfigError(f"{name} must be one of {', '.join(spec.choices)}, got {value!r}")
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"{name} must be a number, got {value!r}")
    if kind == "int" and not float(value).is_integer():
        raise ConfigError(f"{name} must be a whole number, got {value!r}")
    if not math.isfinite(value):
        raise ConfigError(f"{name} must be finite, got {value!r}")
    low, high = spec.low, spec.high
    below = low is not None and (value <= low if spec.low_open else value < low)
    if below or (high is not None and value > high):
        raise ConfigError(f"{name} must be {spec.bounds}, got {value!r}")


def as_type(name: str, kind: str, value: Any) -> Any:
    """`value` (text from the command line or a change log, or a JSON number) as the field's type.

    Raises:
        ConfigError: it is not.
    """
    if kind == "str":
        return str(value)
    if kind == "bool":
        if isinstance(value, bool):
            return value
        raise ConfigError(f"{name} must be true or false, got {value!r}")
    try:
        number = float(value)
        if kind == "int":
            if not number.is_integer():
                raise ValueError
            return int(number)
        return number
    except (TypeError, ValueError):
        raise ConfigError(f"{name} needs a {'whole ' if kind == 'int' else ''}number, got {value!r}") from None


class Settings:
    """A frozen dataclass of declared fields: validated on creation, by its declarations, then by its own
    `_check` (rules between fields)."""

    def __post_init__(self) -> None:
        for name, (kind, spec) in declared(self).items():
            check_value(name, kind, getattr(self, name), spec)
        self._check()

    def _check(self) -> None:
        """Rules between fields (ConfigError naming them)."""

    def replace(self, **changes: Any):
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)
