"""The window itself: main_window composes the panels and tools; run_view shows what the worker reports,
run_controls sends what the controls ask, run_state is the run's state as a Qt-free model; the run bar,
the menus and help pages, the dialogs, what the window remembers (memory) and the wheel guard."""
