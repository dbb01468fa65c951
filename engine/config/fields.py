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

from engine.messages import Explained, Message


class ConfigError(Explained, ValueError):
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
    def bounds(self) -> Message:
        """The bounds in words: "in [0, 1]", "at least 1", "above 1", "0 (all) or up to 64"."""
        values = {"low": self.low, "high": self.high}
        if self.zero and self.low == 0:
            return Message("0 ({zero}) or up to {high}", {**values, "zero": Message(self.zero)})
        if self.high is None:
            return Message("above {low}" if self.low_open else "at least {low}", values)
        return Message("in ({low}, {high}]" if self.low_open else "in [{low}, {high}]", values)


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
            raise ConfigError("{name} must be true or false, got {value!r}", name=name, value=value)
        return
    if kind == "str":
        if not isinstance(value, str):
            raise ConfigError("{name} must be text, got {value!r}", name=name, value=value)
        if spec.choices is not None and value not in spec.choices:
            raise ConfigError("{name} must be one of {choices}, got {value!r}", name=name,
                              choices=", ".join(spec.choices), value=value)
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError("{name} must be a number, got {value!r}", name=name, value=value)
    if kind == "int" and not float(value).is_integer():
        raise ConfigError("{name} must be a whole number, got {value!r}", name=name, value=value)
    if not math.isfinite(value):
        raise ConfigError("{name} must be finite, got {value!r}", name=name, value=value)
    low, high = spec.low, spec.high
    below = low is not None and (value <= low if spec.low_open else value < low)
    if below or (high is not None and value > high):
        raise ConfigError("{name} must be {bounds}, got {value!r}", name=name, bounds=spec.bounds, value=value)


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
        raise ConfigError("{name} must be true or false, got {value!r}", name=name, value=value)
    try:
        number = float(value)
        if kind == "int":
            if not number.is_integer():
                raise ValueError
            return int(number)
        return number
    except (TypeError, ValueError):
        if kind == "int":
            raise ConfigError("{name} needs a whole number, got {value!r}", name=name, value=value) from None
        raise ConfigError("{name} needs a number, got {value!r}", name=name, value=value) from None


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
