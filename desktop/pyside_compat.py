"""A guard against a PySide6 6.12 bug on CPython older than 3.12 (applied on import of desktop).

PySide6 6.12's binaries release references to ``None``, ``True`` and ``False`` that they never
took: every signal emission drops one reference to ``True``, every ``processEvents()`` one to
``None``, every Python ``QRunnable`` run by ``QThreadPool`` one to ``None``. On CPython 3.12+
these objects are immortal and the extra releases are harmless; on 3.11 the counts reach zero
after a few thousand calls and the interpreter aborts ("Fatal Python error: bool_dealloc" /
"none_dealloc"). :func:`apply` gives the three singletons the same effective immortality
3.12 has, by adding 2**40 to their reference counts, so the bug can never reach zero.

Remove this module once the project requires Python 3.12 or a fixed PySide6.
"""

from __future__ import annotations

import ctypes
import sys
from importlib import metadata

_HEADROOM = 1 << 40
_applied = False


def needed() -> bool:
    """True on CPython < 3.12 with PySide6 >= 6.12."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    try:
        version = metadata.version("PySide6")
    except metadata.PackageNotFoundError:
        return False
    parts = tuple(int(p) for p in version.split(".")[:2] if p.isdigit())
    return parts >= (6, 12)


def apply() -> bool:
    """Make ``None``/``True``/``False`` effectively immortal if needed; True if applied."""
    global _applied
    if _applied or not needed():
        return _applied
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _applied = True
    return True
