"""Settings of the window's tools that are not part of a run (they never change what is trained): the
latent explorer's and the training monitor's alarms'."""

from __future__ import annotations

from dataclasses import dataclass

from engine.config.fields import ConfigError, Settings, setting

ALARMS = ("nan", "d_wins", "collapse", "gradients")


@dataclass(frozen=True)
class ExplorerConfig(Settings):
    """Settings of the latent explorer."""

    directions: int = setting(8, "K, the number of direction sliders.", low=1, high=64)
    pca_samples: int = setting(2048, "Random latents the PCA of the generator's first block sees (GANSpace).",
                               low=256, high=65536)
    slider_range: float = setting(3.0, "Each slider reaches this many standard deviations either side of the base "
                                  "latent.", low=0.0, low_open=True, high=10.0)
    walk_frames: int = setting(48, "Frames of an exported latent walk.", low=2, high=1000)
    walk_frame_ms: int = setting(80, "Display time of each walk frame.", low=20, high=10000)
    image_scale: int = setting(8, "An exported PNG or walk is the 28x28 image enlarged this many times (nearest).",
                               low=1, high=32)


@dataclass(frozen=True)
class AlarmConfig(Settings):
    """When the training monitor (engine.training.alarms) raises each alarm; defaults suit the reference run."""

    d_wins_loss: float = setting(0.05, '"The discriminator wins" when its loss stays below this ...', low=0.0)
    d_wins_fake_acc: float = setting(0.99, "... or its accuracy on fakes stays above this ...", low=0.0, high=1.0)
    d_wins_iterations: int = setting(200, "... for this many iterations in a row.", low=1)
    collapse_coverage: float = setting(0.5, '"Mode collapse" when the class-coverage entropy of an evaluation falls '
                                       "below this (having been above it),", low=0.0, high=1.0)
    collapse_diversity: float = setting(0.25, "or when the fixed-seed samples' diversity (mean pairwise difference) "
                                        "falls below this share of the highest it has been in the run", low=0.0,
                                        high=1.0)
    collapse_frames: int = setting(3, "in this many grid frames in a row (young generators dip for a frame or two).",
                                   low=1)
    gradient_spike: float = setting(10.0, '"Exploding gradients" when a network\'s gradient norm exceeds this many '
                                    "times", low=1.0, low_open=True)
    gradient_window: int = setting(100, "the median of its last this-many iterations.", low=1)
    muted: tuple = ()  # alarm names (of ALARMS) not raised

    def _check(self) -> None:
        unknown = set(self.muted) - set(ALARMS)
        if unknown:
            raise ConfigError("unknown alarm(s) to mute: {unknown}; alarms are {alarms}", unknown=sorted(unknown),
                              alarms=ALARMS)
