"""Neural style transfer without downloaded weights: one picture's content in another's style, made by
optimising the pixels (Gatys et al. 2016) against an objective that needs no ImageNet network.

- settings.py: what a person chooses (method, size, steps, strength, brush scale), each field declared once;
- objective.py: the interface every method serves (the loss at one scale of the picture) and the registry;
- patches.py, gram.py, adversarial.py: the methods (random-projection patch distributions, Gram matrices of
  untrained networks, a patch discriminator learned while it paints);
- transfer.py: the coarse-to-fine optimisation, one step at a time, so the window shows it as it converges.
"""
