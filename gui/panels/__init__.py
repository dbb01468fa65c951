"""The window's panels: the New run and Live tabs (settings_panel, live_panel), the sample grid, the
Training curves tab (curves_tab with curves, quality_plot, alarm_banner) and the discriminator's view."""
