"""How good a generator is against real data: the formulas (`metrics`: FCD, KID, classifier score,
class coverage; numpy only), the Fashion-MNIST `classifier` whose features they use, and the `evaluator`
that measures a generator against the test set next to the floor real images reach."""
