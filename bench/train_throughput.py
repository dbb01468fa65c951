"""Training throughput: GAN Studio's engine step against the TensorFlow DCGAN tutorial's own step, same process.

(a) The TensorFlow DCGAN tutorial's step as it wrote it: the whole train set scaled to [-1, 1] in a
    tf.data pipeline (shuffle over 60,000, batch 256), Keras Sequential models with Conv2DTranspose
    layers, `BinaryCrossentropy(from_logits=True)`, `@tf.function`, two GradientTapes. (Its models
    are declared with `keras.Input` instead of the notebook's `input_shape=` argument, which Keras 3
    deprecates; the layers are the same.)
(b) GAN Studio's engine: `engine.training.trainer.Trainer.step()`, everything included (batch indices, the
    metrics it returns to the host each step, history, grid frames at the default interval), in
    each precision: float32, bfloat16, and auto (what a user gets: engine.compute.precision decides).
(c) The other GAN families' steps (engine.families: Pix2Pix, CycleGAN), as a user gets them (auto),
    at the same batch size; their images/s count the training images a step goes through (CycleGAN's
    step takes a batch of each class).
(d) 64x64 colour, on the emoji dataset at batch 32, in rounds of their own: the engine's DCGAN at base
    widths 16, 32 and 64 (precision auto) against keras-io's "DCGAN to generate face images" as its
    example trains it (bench/colour_models.py), with each step's FLOPs per image and the share of the
    CPU's float32 or bfloat16 peak it reaches (an estimate from the vector units; see colour_models).

Same data, same batch size, after a warm-up; all are run alternately in rounds so that each sees
the same machine state, and the median round of each is reported.

    python bench/train_throughput.py [--batch-size 256] [--rounds 5] [--steps 6] [--all] [--devices N|all]

`--all` also times the engine's other implementations (engine.config.IMPLEMENTATIONS) and the tutorial's
step under Keras's mixed_bfloat16 policy in the same rounds. The last line reads
`ratio engine/tutorial: X.XX`: the engine as a user gets it (default implementation, precision auto)
against the TensorFlow DCGAN tutorial's step as it wrote it (float32). `--devices` runs the engine's rows on
several devices (engine.compute.devices: GPUs, or the CPU split into logical devices, which is not faster).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from cli.parser import devices_arg  # noqa: E402


def seed_notebook_step(train_images: np.ndarray, batch_size: int, noise_dim: int = 100,
                       policy: str = "float32"):
    """The TensorFlow DCGAN tutorial's models, losses, optimizers, dataset and train_step; returns step().
    `policy` is the Keras global dtype policy while its models are built (the notebook: float32)."""
    import keras
    import tensorflow as tf
    from keras import layers

    images = train_images.reshape(-1, 28, 28, 1).astype("float32")
    images = (images - 127.5) / 127.5
    dataset = tf.data.Dataset.from_tensor_slices(images).shuffle(60000).batch(batch_size)

    def make_generator_model():
        model = keras.Sequential()
        model.add(keras.Input((noise_dim,)))
        model.add(layers.Dense(7 * 7 * 256, use_bias=False))
        model.add(layers.BatchNormalization())
        model.add(layers.LeakyReLU())
        model.add(layers.Reshape((7, 7, 256)))
        model.add(layers.Conv2DTranspose(128, (5, 5), strides=(1, 1), padding="same", use_bias=False))
        model.add(layers.BatchNormalization())
        model.add(layers.LeakyReLU())
        model.add(layers.Conv2DTranspose(128, (5, 5), strides=(2, 2), padding="same", use_bias=False))
        model.add(layers.BatchNormalization())
        model.add(layers.LeakyReLU())
        model.add(layers.Conv2DTranspose(1, (5, 5), strides=(2, 2), padding="same", use_bias=False,
                                         activation="tanh"))
        return model

    def make_discriminator_model():
        model = keras.Sequential()
        model.add(keras.Input((28, 28, 1)))
        model.add(layers.Conv2D(64, (5, 5), strides=(2, 2), padding="same"))
        model.add(layers.LeakyReLU())
        model.add(layers.Dropout(0.3))
        model.add(layers.Conv2D(128, (5, 5), strides=(2, 2), padding="same"))
        model.add(layers.LeakyReLU())
        model.add(layers.Dropout(0.3))
        model.add(layers.Flatten())
        model.add(layers.Dense(1))
        return model

    previous = keras.config.dtype_policy()
    keras.config.set_dtype_policy(policy)
    try:
        generator = make_generator_model()
        discriminator = make_discriminator_model()
    finally:
        keras.config.set_dtype_policy(previous)
    cross_entropy = keras.losses.BinaryCrossentropy(from_logits=True)

    def discriminator_loss(real_output, fake_output):
        real_loss = cross_entropy(tf.ones_like(real_output), real_output)
        fake_loss = cross_entropy(tf.zeros_like(fake_output), fake_output)
        return real_loss + fake_loss

    def generator_loss(fake_output):
        return cross_entropy(tf.ones_like(fake_output), fake_output)

    generator_optimizer = keras.optimizers.Adam(1e-4)
    discriminator_optimizer = keras.optimizers.Adam(1e-4)

    @tf.function
    def train_step(images):
        noise = tf.random.normal([batch_size, noise_dim])
        with tf.GradientTape() as gen_tape, tf.GradientTape() as disc_tape:
            generated_images = generator(noise, training=True)
            real_output = discriminator(images, training=True)
            fake_output = discriminator(generated_images, training=True)
            gen_loss = generator_loss(fake_output)
            disc_loss = discriminator_loss(real_output, fake_output)
        gradients_of_generator = gen_tape.gradient(gen_loss, generator.trainable_variables)
        gradients_of_discriminator = disc_tape.gradient(disc_loss, discriminator.trainable_variables)
        generator_optimizer.apply_gradients(zip(gradients_of_generator, generator.trainable_variables))
        discriminator_optimizer.apply_gradients(zip(gradients_of_discriminator,
                                                    discriminator.trainable_variables))
        return gen_loss, disc_loss

    batches = iter(dataset.repeat())

    def step() -> None:
        batch = next(batches)
        if batch.shape[0] == batch_size:  # the notebook's last, partial batch would retrace
            gen_loss, _ = train_step(batch)
            float(gen_loss)  # the notebook reads the losses every step too

    return step


def engine_step(train_images_dataset, batch_size: int, implementation: str, precision: str,
                family: str = "dcgan", devices: int = 1):
    from engine.config import TrainConfig
    from engine.training.trainer import Trainer

    trainer = Trainer(TrainConfig().replace(batch_size=batch_size, precision=precision, family=family, devices=devices),
                      train_images_dataset, implementation)
    batches = trainer.batches_per_epoch

    def step() -> None:
        if trainer.position_in_epoch == batches - 1:  # skip the partial batch, as (a) does
            trainer.iteration += 1
        trainer.step()

    return step


def images_per_second(step, steps: int, batch_size: int) -> float:
    start = time.perf_counter()
    for _ in range(steps):
        step()
    return steps * batch_size / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--steps", type=int, default=6, help="steps per round")
    parser.add_argument("--all", action="store_true", help="also time the other engine implementations")
    parser.add_argument("--devices", type=devices_arg, default=1, metavar="N|all",
                        help="the engine's rows on N devices (engine.compute.devices; default 1)")
    args = parser.parse_args()

    import tensorflow as tf

    from engine.compute import devices

    devices.prepare(args.devices)  # before anything starts TensorFlow
    from engine.compute.precision import bf16_hardware, cpu_model_and_flags, resolve
    from engine.config import DEFAULT_IMPLEMENTATION, IMPLEMENTATIONS
    from engine.io.idx import load_fashion_mnist

    model, flags = cpu_model_and_flags()
    gpu = devices.gpu_capability()
    auto = resolve("auto", gpu, flags)
    engine_devices = devices.use(args.devices)
    dataset = load_fashion_mnist()
    steps = {"TensorFlow DCGAN tutorial": seed_notebook_step(dataset.train_images, args.batch_size)}
    if args.all:
        steps["TensorFlow DCGAN tutorial, bfloat16"] = seed_notebook_step(dataset.train_images, args.batch_size,
                                                              policy="mixed_bfloat16")
    for implementation in IMPLEMENTATIONS if args.all else (DEFAULT_IMPLEMENTATION,):
        for precision in ("float32", "bfloat16"):
            steps[f"engine, {implementation}, {precision}"] = engine_step(
                dataset, args.batch_size, implementation, precision, devices=args.devices)
    user = f"engine, {DEFAULT_IMPLEMENTATION}, {auto.name}"  # auto is one of the two: not timed twice
    if engine_devices.replicas > 1:  # what the devices give against one, in the same rounds
        steps["engine on 1 device, auto"] = engine_step(dataset, args.batch_size, DEFAULT_IMPLEMENTATION, "auto")
    for family in ("pix2pix", "cyclegan"):
        steps[f"{family}, auto"] = engine_step(dataset, args.batch_size, DEFAULT_IMPLEMENTATION, "auto", family,
                                               devices=args.devices)
    for step in steps.values():  # warm-up: tracing, oneDNN primitive caches, allocator
        for _ in range(3):
            step()
    results = {name: [] for name in steps}
    for _ in range(args.rounds):
        for name, step in steps.items():
            results[name].append(images_per_second(step, args.steps, args.batch_size))
    rates = {name: float(np.median(values)) for name, values in results.items()}
    seed_rate = rates["TensorFlow DCGAN tutorial"]
    print(f"CPU: {model or 'unknown'}, {os.cpu_count()} cores; bfloat16 hardware flags: "
          f"{', '.join(bf16_hardware(flags)) or 'none'}; GPU compute capability: {gpu or 'no GPU'}")
    print(f"engine trained on {engine_devices}; TensorFlow DCGAN tutorial on {devices.use(1)}")
    print(f"tensorflow {tf.__version__}, batch {args.batch_size}, {args.rounds} alternating rounds of "
          f"{args.steps} steps, median round; precision auto here: {auto}")
    for name, rate in rates.items():
        print(f"{name:36s} {rate:7.1f} images/s  {1000 * args.batch_size / rate:6.1f} ms/step  "
              f"x{rate / seed_rate:.2f}")
    colour_rows(args.rounds, args.steps, flags, auto)
    print(f"ratio engine/tutorial: {rates[user] / seed_rate:.2f}")


def colour_rows(rounds: int, steps: int, flags: set[str], auto) -> None:
    """(d): the 64x64 colour DCGAN at three widths against the keras-io faces DCGAN, batch 32, same rounds."""
    from colour_models import cpu_peak_flops, peer_step, step_flops

    from engine.config import TrainConfig
    from engine.io.data import load_dataset
    from engine.training.trainer import Trainer

    batch = 32
    emoji = load_dataset("emoji")
    peer, peer_g, peer_d = peer_step(np.asarray(emoji.train_images), batch)
    runs = {"keras-io faces DCGAN (peer), float32": (peer, step_flops(peer_g, peer_d), "float32")}
    for width in (16, 32, 64):
        trainer = Trainer(TrainConfig().replace(data="emoji", width=width, batch_size=batch), emoji)
        runs[f"engine 64x64 colour, width {width}, {auto.name}"] = (
            trainer.step, step_flops(trainer.generator, trainer.discriminator), auto.name)
    for step, _, _ in runs.values():
        for _ in range(3):
            step()
    results = {name: [] for name in runs}
    for _ in range(rounds):
        for name, (step, _, _) in runs.items():
            results[name].append(images_per_second(step, steps, batch))
    fp32, bf16, how = cpu_peak_flops(flags)
    peer_rate = float(np.median(results[next(iter(runs))]))
    print(f"\n64x64 colour, emoji, batch {batch}; peak estimate: float32 {fp32 / 1e9:.0f} GFLOP/s, bfloat16 "
          f"{bf16 / 1e9:.0f} GFLOP/s ({how})")
    for name, (_, flops, precision) in runs.items():
        rate = float(np.median(results[name]))
        peak = bf16 if precision == "bfloat16" else fp32
        print(f"{name:44s} {rate:7.1f} images/s  x{rate / peer_rate:5.1f} the peer  {flops / 1e9:6.2f} GFLOP/image  "
              f"{100 * rate * flops / peak:4.1f}% of the {precision} peak")


if __name__ == "__main__":
    main()
