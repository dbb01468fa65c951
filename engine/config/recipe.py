"""The GAN recipe (Recipe): the optimizers' settings and the tricks of the "ganhacks" list, what a preset
sets; each field declared once beside it (engine.config.fields). The defaults are the TensorFlow DCGAN
tutorial's."""

from __future__ import annotations

from dataclasses import dataclass

from engine.config.fields import ConfigError, Settings, setting


@dataclass(frozen=True)
class Loss:
    """What a loss is to the recipe and the window (its functions are engine.training.losses.FUNCTIONS, keyed
    alike): whether it has real/fake targets, which label smoothing and flipping change, and whether D's
    outputs are judged as they are (least squares: targets 0 and 1) rather than as logits."""

    labelled: bool
    least_squares: bool = False


# The losses a recipe can choose, by name: the one list the config, the window and the step read.
LOSSES = {"bce": Loss(labelled=True), "lsgan": Loss(labelled=True, least_squares=True), "hinge": Loss(labelled=False),
          "wgan-gp": Loss(labelled=False)}
UPSAMPLINGS = ("transpose", "resize")
_LR = dict(low=0.0, low_open=True, high=1.0, live="optimizer")


@dataclass(frozen=True)
class Recipe(Settings):
    """The recipe of a run (a TrainConfig's `recipe` part), in the order the window and the Live panel show
    it. The DCGAN's step reads all of it, the translation families the optimizers' settings
    (engine.families.family.Family.recipe_fields)."""

    batch_size: int = setting(256, "Images per iteration. Smaller batches give more, noisier updates per second "
                              "of training.", label="Batch size", low=1, high=8192,
                              fixed_on_resume=True)
    g_learning_rate: float = setting(1e-4, "Generator Adam learning rate. Tutorial 1e-4; DCGAN paper 2e-4.",
                                     short="lr_G", label="G learning rate", **_LR)
    d_learning_rate: float = setting(1e-4, "Discriminator Adam learning rate. Tutorial 1e-4; DCGAN paper 2e-4.",
                                     short="lr_D", label="D learning rate", **_LR)
    g_beta1: float = setting(0.9, "Generator Adam beta1 (momentum). Keras default 0.9 (tutorial); the DCGAN "
                             "paper found 0.5 steadier for GANs (Radford et al. 2016). Free.",
                             short="beta1_G", label="G Adam beta1", low=0.0, high=0.999, live="optimizer")
    g_beta2: float = setting(0.999, "Generator Adam beta2. 0.999 (Keras, DCGAN paper); 0.9 or 0.99 with "
                             "hinge/WGAN-GP (Gulrajani et al. 2017, Miyato et al. 2018). Free.",
                             label="G Adam beta2", low=0.0, high=0.9999)
    d_beta1: float = setting(0.9, "Discriminator Adam beta1 (momentum); see G's. Free.",
                             short="beta1_D", label="D Adam beta1", low=0.0, high=0.999, live="optimizer")
    d_beta2: float = setting(0.999, "Discriminator Adam beta2; see G's. Free.",
                             label="D Adam beta2", low=0.0, high=0.9999)
    d_steps: int = setting(
        1, "Discriminator updates per generator update (ganhacks 14; WGAN's n_critic): the generator updates "
        "every d_steps-th iteration, the discriminator every iteration. Iterations without a generator update "
        "skip its backward pass (cheaper).", short="D steps", label="D steps per G step", low=1,
        high=5, live="step")
    label_smoothing: float = setting(
        0.0, "One-sided label smoothing (ganhacks 6; Salimans et al. 2016): real images' target 1 - s instead of "
        "1 (e.g. 0.1 -> 0.9), so D cannot become over-confident. bce/lsgan only. Free.",
        short="smoothing", label="Label smoothing", low=0.0, high=0.3, live="step")
    label_flip: float = setting(
        0.0, "Label flipping (ganhacks 6): each image in D's loss gets the other class's target with this "
        "probability (e.g. 0.05). bce/lsgan only. Free.", short="flip", label="Label flipping",
        low=0.0, high=0.3, live="step")
    instance_noise: float = setting(
        0.0, "Instance noise (ganhacks 13; Sonderby et al. 2017, Arjovsky & Bottou 2017): Gaussian noise of this "
        "sigma (image range -1..1) added to real and fake images before D, so their distributions overlap "
        "early. Costs ~1% of a step.", short="noise", label="Instance noise", low=0.0, high=2.0,
        live="step")
    instance_noise_decay: int = setting(
        0, "Iterations over which instance noise decays linearly to 0 (0: constant).",
        short="noise decay", label="Noise decay (it)", low=0, high=10**7, live="step")
    loss: str = setting(
        "bce", "bce: the tutorial's non-saturating cross-entropy (Goodfellow et al. 2014). lsgan: least squares "
        "(Mao et al. 2017), steadier gradients. hinge: (Lim & Ye 2017; SAGAN, BigGAN). wgan-gp: Wasserstein "
        "with gradient penalty (Gulrajani et al. 2017), costs a third D pass per step. Accuracy means D(x) on "
        "the right side of the loss's decision boundary.", short="loss", label="Loss",
        choices=tuple(LOSSES), live="graph")
    gp_weight: float = setting(10.0, "Gradient-penalty weight of wgan-gp (lambda, 10 in the paper); unused by other "
                               "losses.", short="GP weight", label="GP weight", low=0.0,
                               high=1000.0, live="step")
    ema: float = setting(
        0.0, "Exponential moving average of the generator's weights with this decay (e.g. 0.999, warmed up as "
        "min(decay, (1+n)/(10+n)) after n updates; Yazici et al. 2019, Karras et al. 2018), used for the grid, "
        "the explorer and quality; its batch-norm statistics are re-estimated for the averaged weights (a pass "
        "over 512 latents) whenever samples are drawn, or the averaged weights would be judged with the "
        "training weights' statistics. 0: off (tutorial). Costs ~2% of a step.",
        short="EMA", label="G weight average", low=0.0, high=0.9999, live="step", switch_fixed=True,
        fixed_on_resume=True)
    g_dropout: float = setting(
        0.0, "Dropout in the generator after each hidden block (ganhacks 17, pix2pix), training only, so the "
        "fixed-seed grid stays fixed. 0: off (tutorial).", label="Dropout in G", low=0.0,
        high=0.9, fixed_on_resume=True)
    spectral_norm: bool = setting(
        False, "Spectral normalisation of D's layers (Miyato et al. 2018): each weight divided by its largest "
        "singular value (one power iteration per step), keeping D 1-Lipschitz-ish. Costs a few % of a step.",
        label="Spectral norm in D", fixed_on_resume=True)
    upsampling: str = setting(
        "transpose", "transpose: the tutorial's stride-2 transposed convolutions. resize: nearest-neighbour "
        "upsampling then a 5x5 convolution of the same width (Odena et al. 2016, 'Deconvolution and "
        "checkerboard artifacts'): no checkerboard, ~1.8x slower per step on a 2-core CPU.",
        label="Upsampling", choices=UPSAMPLINGS, fixed_on_resume=True)

    def _check(self) -> None:
        if not LOSSES[self.loss].labelled and (self.label_smoothing or self.label_flip):
            labelled = [name for name, loss in LOSSES.items() if loss.labelled]
            raise ConfigError("label smoothing and flipping change the targets of the {labelled} losses; the {loss} "
                              "loss has none", labelled="/".join(labelled), loss=self.loss)
