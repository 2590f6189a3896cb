"""Counterfoil's application shell: the composition root, main window, task runner and CLI."""

from desktop import pyside_compat

pyside_compat.apply()
