"""Counterfoil's application shell: the composition root, main window, task runner and CLI."""
