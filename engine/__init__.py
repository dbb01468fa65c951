"""GAN Studio's training engine: plain Python + TensorFlow, no Qt.

Importing `engine` is cheap: TensorFlow loads only when `engine.trainer` (or models/step) is
imported, so a window can appear before the ~6 s TensorFlow import finishes.
"""
