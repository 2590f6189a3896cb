"""What a sync reports while it runs and when it ends.

The sync calls its ``progress`` callback with a :class:`SyncProgress` after every page
it commits to the cache, so the UI can refresh the rows that just landed. It is called
from the sync's own threads (the writer, or the thread running the sync for notices),
never the UI thread: a Qt caller re-emits it as a queued signal. ``fraction`` is an
estimate: Stripe's lists have no totals, so it counts finished lists plus how much of
each open list's ``created`` range has been covered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SyncProgress:
    """One step of a sync: a page (or a batch of events) has landed in the cache."""

    kind: str
    """``"full"`` or ``"incremental"``."""
    resource: str
    """The Stripe object type of the page (``"customer"``…), or ``""`` for notices."""
    account: str
    """'' for the platform, else the connected account the page belongs to."""
    count: int
    """Objects (or events) in this step."""
    totals: dict[str, int]
    """Objects written so far in this run, per resource."""
    fraction: float | None
    """Estimated share of the run done (0…1), or None when unknown."""
    elapsed_s: float
    message: str = ""
    """A sentence for the status line when something notable happened (resume, fallback)."""

    @property
    def total(self) -> int:
        """All objects written so far in this run."""
        return sum(self.totals.values())


ProgressCallback = Callable[[SyncProgress], None]


@dataclass
class SyncResult:
    """How a sync run ended (a run that stops early raises instead)."""

    kind: str
    totals: dict[str, int] = field(default_factory=dict)
    pages: int = 0
    requests: int = 0
    rate_limited: int = 0
    elapsed_s: float = 0.0
    resumed: bool = False
    notices: list[str] = field(default_factory=list)
    """Sentences worth showing: a fallback to a full sync, an account that was skipped."""

    @property
    def total(self) -> int:
        """All objects written in this run."""
        return sum(self.totals.values())
