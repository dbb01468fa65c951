"""Where and how a step's arithmetic runs: `precision` (float32 or bfloat16, and what `auto` picks on this
machine), `devices` (one device, or a tf.distribute strategy over several) and `replica` (what a step does
as one replica of several). A family's step is written once and runs on any of them."""
