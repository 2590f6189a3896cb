"""Logging for Counterfoil: a private rotating log file that never contains a secret.

:func:`configure_logging` attaches to the root logger a size-rotated file handler whose
files are created owner-only (0600), and a :class:`RedactingFilter` that rewrites every
record passing through it (the formatted message, its arguments, exception text and
stack info) with :func:`services.redact.redact`. The filter sits on the *handler*, so it
also covers records propagated from library loggers such as ``stripe``.

Note: ``STRIPE_LOG=debug`` makes the stripe SDK print to stderr directly, bypassing
logging and therefore this filter; don't set it with live keys.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from services.config import ensure_private_dir
from services.redact import redact

LOG_FILE_NAME = "counterfoil.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 3
LOG_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"
_HANDLER_NAME = "counterfoil-file"


class RedactingFilter(logging.Filter):
    """Scrubs keys and portal session URLs out of each record; never drops a record."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # bad format args: keep what we can, safely
            message = f"{record.msg!r} % {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        # Formatters print exc_text when present; dropping exc_info makes sure nothing
        # re-renders the original (unscrubbed) traceback.
        record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A ``RotatingFileHandler`` whose files are created with mode 0600."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if sys.platform != "win32":
            os.fchmod(fd, 0o600)  # also tighten a file left by an older version
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(log_dir: Path, level: int | str = logging.INFO) -> logging.Handler:
    """Log to ``log_dir/counterfoil.log`` (rotated, 0600, redacted) at ``level``.

    Calling it again replaces the previous Counterfoil file handler. Existing root
    handlers (a console handler, say) get the redacting filter too. Returns the file
    handler (tests remove it with ``logging.getLogger().removeHandler``).
    """
    ensure_private_dir(log_dir)
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == _HANDLER_NAME]:
        root.removeHandler(old)
        old.close()
    handler = PrivateRotatingFileHandler(
        log_dir / LOG_FILE_NAME,
        maxBytes=MAX_BYTES,
        backupCount=BACKUP_COUNT,
        encoding="utf-8",
    )
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RedactingFilter())
    for existing in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in existing.filters):
            existing.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(level)
    return handler
