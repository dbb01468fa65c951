"""What the image-to-image families (pix2pix, cyclegan) share: their U-Net and PatchGAN `networks` and
the trainer base whose live recipe is the optimizers' settings."""
