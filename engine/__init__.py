"""GAN Studio's training engine: plain Python + TensorFlow, no Qt, usable headless.

The packages, each answering one question a newcomer asks:
- `engine.config`: what a run's settings are, their defaults, bounds and which may change live.
- `engine.families`: the GANs a run can train, one package each (dcgan, conditional, pix2pix,
  cyclegan; translation holds what the image-to-image two share), registered in
  `engine/families/__init__.py`.
- `engine.training`: the loop every family shares (trainer), and what it owns: history, losses,
  optimizers, live recipe changes, rewind points, alarms.
- `engine.quality`: how good a generator is (FCD, KID, classifier score) against real data.
- `engine.io`: what goes to and from disk: data, checkpoints (where a checkpoint is validated), run
  folders, GIF/PNG export, TensorBoard, the shipped generator.
- `engine.compute`: where and how the arithmetic runs: precision, devices, replicas.
- `engine.messages`: what the engine tells a person (its errors), as templates a window can translate.

Importing `engine` is cheap: TensorFlow loads only with a family's trainer (or `engine.compute.devices`),
so a window can appear before the ~6 s TensorFlow import finishes.
"""
