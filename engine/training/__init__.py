"""The training loop every family shares and what it owns: the `trainer` (steps, exact resume,
checkpoints), its per-iteration `history`, the `losses` a recipe chooses, the `optimizers` (Adam with
a live beta1), the recipe's live `changes`, the `rewind` points, and the `alarms` that watch a run."""
