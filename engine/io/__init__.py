"""What goes to and from disk: the training `data` (Fashion-MNIST, MNIST digits, a folder of images), the
`checkpoint` file (written atomically, validated before anything is built), the run folder (`rundir`:
autosaves, CSVs, grid PNGs), `export` (GIFs and PNGs of `images`), `tensorboard` event files and the
`shipped` generator in resources/."""
