"""Counterfoil's panels and reusable Qt widgets, one module (or folder) per thing the user sees."""
