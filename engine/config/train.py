"""The settings of one training run (TrainConfig), in parts: how the run runs (engine.config.run), the GAN
recipe (engine.config.recipe) and every family's own settings (declared in the family's package). Each
field is declared once beside it (engine.config.fields).

A config is saved inside every checkpoint, so it round-trips through JSON exactly, reads the flat form
every earlier version wrote, and rejects nonsense early, naming the field, before any TensorFlow work
starts. Code that knows what it reads reads a part (`config.recipe.batch_size`, `config.run.seed`,
`config.settings.l1_weight`); code that is handed a field by name (the command line, the widgets, the
change log, presets) goes through `value(name)`, `replace(**values)` and FIELDS.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from functools import cache
from typing import Any

from engine.config.fields import ConfigError, Setting, as_type, declared
from engine.config.recipe import Recipe
from engine.config.run import RunSettings

# How the networks' layers are computed; the networks, variables and maths are the same in all, so
# this is not part of a run's config and a checkpoint loads into any of them (engine.families.dcgan.networks;
# the discriminator's dropout masks are the same in all):
#   reference: Keras's own BatchNormalization, Conv2DTranspose and Conv2D, exactly as the tutorial;
#   fast: fused batch normalization (~6% faster steps on CPU; cuDNN's native BN on GPU) and, in
#     bfloat16, the 128-channel convolutions' kernel gradients as forward convolutions (~10% faster
#     steps on an AVX-512 BF16 CPU; engine.families.dcgan.layer_forms): the default;
#   subpixel: as fast, but the transposed convolutions as convolution + depth_to_space
#     (engine.families.dcgan.layer_forms).
IMPLEMENTATIONS = ("reference", "fast", "subpixel")
DEFAULT_IMPLEMENTATION = "fast"


@cache
def _registry():
    """The registered families (engine.families), the registry's own dict. Imported when first needed, not at
    the top: each family's package declares its settings with engine.config.fields, so it imports this
    package first."""
    from engine.families import FAMILIES

    return FAMILIES


class FamilySettings(Mapping):
    """Every registered family's own settings, by family name (a TrainConfig's `families` part): a run keeps
    all of them, so a window that switches families keeps what was typed for each."""

    def __init__(self, values: Mapping[str, Any] | None = None):
        families = _registry()
        values = dict(values or {})
        unknown = sorted(set(values) - set(families))
        if unknown:
            raise ConfigError("settings of unknown families {unknown}; families are {families}" if len(unknown) > 1
                              else "settings of unknown family {unknown}; families are {families}",
                              unknown=", ".join(unknown), families=", ".join(families))
        for name, value in values.items():
            if type(value) is not families[name].settings:
                raise ConfigError("the {name} settings must be {kind}, got {value!r}", name=name,
                                  kind=families[name].settings.__name__, value=value)
        self._values = {name: values.get(name) or family.settings() for name, family in families.items()}

    def __getitem__(self, name: str):
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FamilySettings) and self._values == other._values

    def __hash__(self) -> int:
        return hash(tuple(self._values.items()))

    def __repr__(self) -> str:
        return f"FamilySettings({self._values!r})"


@dataclass(frozen=True)
class TrainConfig:
    """Settings of one training run: `run` (how it runs), `recipe` (the GAN recipe, what a preset sets) and
    `families` (every family's own settings; `settings` is the run's family's).

    TrainConfig() is the TensorFlow DCGAN tutorial's recipe exactly (the "tutorial" preset), the reference
    everything compares with; new runs in the window and on the command line start from
    PRESETS[DEFAULT_PRESET] instead (default_config()).
    """

    run: RunSettings = field(default_factory=RunSettings)
    recipe: Recipe = field(default_factory=Recipe)
    families: FamilySettings = field(default_factory=FamilySettings)

    def __post_init__(self) -> None:
        for part, kind in (("run", RunSettings), ("recipe", Recipe), ("families", FamilySettings)):
            if not isinstance(getattr(self, part), kind):
                raise ConfigError("a config's {part} must be {kind}, got {value!r}", part=part, kind=kind.__name__,
                                  value=getattr(self, part))
        if self.run.family not in self.families:
            raise ConfigError("family must be one of {families}, got {family!r}", families=", ".join(self.families),
                              family=self.run.family)

    @property
    def settings(self):
        """The run's family's own settings (e.g. a Pix2Pix run's `config.settings.l1_weight`)."""
        return self.families[self.run.family]

    # -- fields by name ---------------------------------------------------------------------------------

    def value(self, name: str) -> Any:
        """A field's value by its name (a family's own field: the run's family's, or else the first family
        that has it)."""
        part = FIELDS[name].part
        if part in ("run", "recipe"):
            return getattr(getattr(self, part), name)
        owner = self.settings if name in declared(self.settings) else FamilySettings(dict(self.families))[part]
        return getattr(owner, name)

    def replace(self, **values: Any) -> TrainConfig:
        """A copy with fields changed by name (validated again); a family's own field changes in every family
        that has it (the conditional DCGAN's latent size is the DCGAN's too).

        Raises:
            ConfigError: an unknown field, or a value (or combination) the config refuses.
        """
        unknown = sorted(set(values) - set(FIELDS))
        if unknown:
            raise ConfigError("unknown config field(s): {unknown}", unknown=", ".join(unknown))
        parts = {}
        for part in ("run", "recipe"):
            mine = {name: v for name, v in values.items() if FIELDS[name].part == part}
            parts[part] = replace(getattr(self, part), **mine) if mine else getattr(self, part)
        families = {}
        for family, settings in FamilySettings(dict(self.families)).items():  # a family registered since too
            mine = {name: v for name, v in values.items() if name in declared(settings)}
            families[family] = replace(settings, **mine) if mine else settings
        return TrainConfig(parts["run"], parts["recipe"], FamilySettings(families))

    # -- JSON ---------------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {"run": asdict(self.run), "recipe": asdict(self.recipe),
                "families": {name: asdict(settings) for name, settings in self.families.items()}}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainConfig:
        """Build from a dict, nested as to_dict writes it or flat as versions before the parts wrote it;
        unknown keys are an error, so a typo is never silently ignored."""
        if not isinstance(data, dict):
            raise ConfigError("a config must be a JSON object, got {kind}", kind=type(data).__name__)
        if not {"run", "recipe", "families"} & set(data):
            return cls().replace(**{name: _from_json(name, value) for name, value in data.items()})
        unknown = sorted(set(data) - {"run", "recipe", "families"})
        if unknown:
            raise ConfigError("unknown config part(s): {unknown}", unknown=", ".join(unknown))
        families = data.get("families", {})
        if not isinstance(families, dict):
            raise ConfigError("a config's families must be a JSON object, got {kind}", kind=type(families).__name__)
        registry = _registry()
        return cls(_part(RunSettings, data.get("run", {}), "run"), _part(Recipe, data.get("recipe", {}), "recipe"),
                   FamilySettings({name: _part(registry[name].settings if name in registry else None, values, name)
                                   for name, values in families.items()}))

    @classmethod
    def from_saved(cls, data: dict[str, Any]) -> TrainConfig:
        """Build from a config saved in a checkpoint: fields the file predates take the value that run had then
        (SAVED_BEFORE), not today's default, so an old run continues as it was."""
        config = cls.from_dict(data)
        nested = {"run", "recipe", "families"} & set(data)
        present = ({name for part in ("run", "recipe") for name in data.get(part, {})}
                   | {name for values in data.get("families", {}).values() for name in values}) if nested else set(data)
        return config.replace(**{name: value for name, value in SAVED_BEFORE.items() if name not in present})

    @classmethod
    def from_json(cls, text: str) -> TrainConfig:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ConfigError("config is not valid JSON: {reason}", reason=exc) from None
        return cls.from_dict(data)


# What a run saved before a field existed was doing, by field: checkpoints written before `precision`
# trained in float32; before `image_size` and `channels`, on 28x28 grey images; before `save_minutes`,
# autosaved at every `save_every` epochs.
SAVED_BEFORE: dict[str, Any] = {"precision": "float32", "image_size": 28, "channels": 1, "save_minutes": 0.0}


def _from_json(name: str, value: Any) -> Any:
    """JSON has one number type: 1.0 for an int field is 1, and 1 for a float field is 1.0."""
    kind = FIELDS[name].kind if name in FIELDS else None
    if kind == "float" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if kind == "int" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _part(cls, values: Any, part: str):
    """One part of a nested config from its JSON object."""
    if cls is None:
        raise ConfigError("settings of unknown family {family!r}", family=part)
    if not isinstance(values, dict):
        raise ConfigError("a config's {part} must be a JSON object, got {kind}", part=part, kind=type(values).__name__)
    unknown = sorted(set(values) - {f.name for f in fields(cls)})
    if unknown:
        raise ConfigError("unknown config field(s) in {part}: {unknown}", part=part, unknown=", ".join(unknown))
    return cls(**{name: _from_json(name, value) for name, value in values.items()})


@dataclass(frozen=True)
class Field:
    """A config field as the command line, the window and the change log see it: its name, its type and its
    declaration (Setting), and the part it belongs to ("run", "recipe" or a family's name)."""

    name: str
    kind: str  # "int", "float", "bool" or "str"
    setting: Setting
    part: str

    def parse(self, value: Any) -> Any:
        """`value` (text, or a number) as this field's type (ConfigError if it is not)."""
        return as_type(self.name, self.kind, value)

    def __getattr__(self, name: str) -> Any:  # the Setting's: doc, label, low, high, live ...
        return getattr(self.__dict__["setting"], name)


class _Fields(Mapping):
    """Every config field by name, in order: the run's, the recipe's, then each registered family's own (a
    field two families share, such as the latent size, once: its first family's). Read from the
    declarations when first used, as the families' settings come from the registry (and again when the
    registry has changed)."""

    def __init__(self):
        self._fields: dict[str, Field] = {}
        self._families: tuple = ()

    def _all(self) -> dict[str, Field]:
        families = tuple(_registry().values())
        if len(families) != len(self._families) or any(a is not b for a, b in zip(families, self._families)):
            parts = [("run", RunSettings), ("recipe", Recipe), *((family.name, family.settings) for family in families)]
            found: dict[str, Field] = {}
            for part, cls in parts:
                for name, (kind, spec) in declared(cls).items():
                    found.setdefault(name, Field(name, kind.replace(" | None", ""), spec, part))
            self._fields, self._families = found, families
        return self._fields

    def __getitem__(self, name: str) -> Field:
        return self._all()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


FIELDS: Mapping[str, Field] = _Fields()
RECIPE_FIELDS = tuple(declared(Recipe))
LIVE_FIELDS = tuple(name for name, (_, spec) in declared(Recipe).items() if spec.live)


def family_fields() -> tuple[str, ...]:
    """The fields that are families' own settings (each once), in the registry's order."""
    return tuple(name for name, f in FIELDS.items() if f.part not in ("run", "recipe"))
