"""Settings, each declared once beside its field (`fields`): a training run's (`train`: how it runs, the
GAN recipe, each family's own), the named recipes (`presets`), and the window's tools' (`tools`: the
latent explorer, the alarms)."""

from engine.config.fields import ConfigError, Setting
from engine.config.presets import DEFAULT_PRESET, PRESETS, Preset, apply_preset, default_config, preset_of
from engine.config.tools import ALARMS, AlarmConfig, ExplorerConfig
from engine.config.train import (CONDITIONINGS, DEFAULT_IMPLEMENTATION, FIELDS, IMPLEMENTATIONS, LABELLED_LOSSES,
                                 LIVE_FIELDS, LOSSES, RECIPE_FIELDS, RESUME_FIXED, UPSAMPLINGS, Field, TrainConfig,
                                 family_fields)

__all__ = ["ALARMS", "CONDITIONINGS", "DEFAULT_IMPLEMENTATION", "DEFAULT_PRESET", "FIELDS", "IMPLEMENTATIONS",
           "LABELLED_LOSSES", "LIVE_FIELDS", "LOSSES", "PRESETS", "RECIPE_FIELDS", "RESUME_FIXED", "UPSAMPLINGS",
           "AlarmConfig", "ConfigError", "ExplorerConfig", "Field", "Preset", "Setting", "TrainConfig",
           "apply_preset", "default_config", "family_fields", "preset_of"]
