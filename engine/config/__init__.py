"""Settings, each declared once beside its field (`fields`): a training run's (`train`: TrainConfig, in
parts: `run` for how it runs, `recipe` for the GAN recipe, and each family's own, declared in the family's
package), the named recipes (`presets`), and the window's tools' (`tools`: the latent explorer, the
alarms)."""

from engine.config.fields import ConfigError, Setting, Settings
from engine.config.presets import (DEFAULT_PRESET, PRESETS, Preset, apply_preset, default_config, default_preset,
                                   preset_of)
from engine.config.recipe import LOSSES, UPSAMPLINGS, Loss, Recipe
from engine.config.run import RunSettings
from engine.config.tools import ALARMS, AlarmConfig, ExplorerConfig
from engine.config.train import (
                                 DEFAULT_IMPLEMENTATION,
                                 FIELDS,
                                 IMPLEMENTATIONS,
                                 LIVE_FIELDS,
                                 RECIPE_FIELDS,
                                 FamilySettings,
                                 Field,
                                 TrainConfig,
                                 family_fields,
)

__all__ = ["ALARMS", "DEFAULT_IMPLEMENTATION", "DEFAULT_PRESET", "FIELDS", "IMPLEMENTATIONS", "LIVE_FIELDS", "LOSSES",
           "PRESETS", "RECIPE_FIELDS", "UPSAMPLINGS", "AlarmConfig", "ConfigError", "ExplorerConfig", "FamilySettings",
           "Field", "Loss", "Preset", "Recipe", "RunSettings", "Setting", "Settings",
           "TrainConfig", "apply_preset", "default_config", "default_preset", "family_fields", "preset_of"]
