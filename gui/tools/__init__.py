"""The tools that draw with a run's generator: the latent explorer (latent_panel with latent_box and
latent_exports) and the Pix2Pix sketch pad (sketch_pad with sketch_canvas)."""
