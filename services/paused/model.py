"""What the paused-collections view and export are made of: kinds, behaviours, filters, rows.

Two kinds of "paused" never mix (:data:`PauseKind`):

* ``collection`` — ``pause_collection`` is set (``behavior`` ``keep_as_draft``,
  ``mark_uncollectible`` or ``void``, optional ``resumes_at``); the subscription keeps its
  status (usually ``active``) and Stripe keeps generating invoices, handled per behaviour.
* ``status`` — ``status = paused`` (the pause endpoint, or a trial that ended without a
  payment method); no invoices at all until it is resumed.

A subscription with ``status = paused`` is only ever a ``status`` row, even if it also has
``pause_collection``. :class:`PausedRow` is one subscription as the view shows it and the
CSV exports it; :class:`Filters` narrows the list the way the panel's filter bar does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

PauseKind = Literal["collection", "status"]
KINDS: tuple[PauseKind, ...] = ("collection", "status")

Behavior = Literal["keep_as_draft", "mark_uncollectible", "void"]
BEHAVIORS: tuple[Behavior, ...] = ("keep_as_draft", "mark_uncollectible", "void")

BEHAVIOR_MEANINGS: dict[str, str] = {
    "keep_as_draft": "Invoices are created but stay drafts; nothing is collected until "
    "collection resumes, then they can be finalised and collected.",
    "mark_uncollectible": "Invoices are finalised and immediately marked uncollectible; "
    "the customer is not charged and no dunning runs.",
    "void": "Invoices are finalised and immediately voided; the periods are never billed.",
}
"""What each behaviour does to the invoices Stripe creates while collection is paused
(English; the panel shows translated wording, the CLI's help uses these)."""

ResumeFilter = Literal["any", "within", "indefinite"]

PLATFORM = ""
"""The ``account`` of the platform's own subscriptions."""

DAY_S = 86_400


@dataclass(frozen=True)
class Filters:
    """Which paused subscriptions to list. Empty ``behaviors`` means every behaviour."""

    behaviors: frozenset[str] = frozenset()
    account: str | None = None
    """'' for the platform, ``acct_…`` for one connected account, None for all."""
    currency: str | None = None
    resumes: ResumeFilter = "any"
    within_days: int = 30
    """With ``resumes="within"``: resumes at most this many days from now."""
    search: str = ""
    """Text in the customer's name or email, or the subscription or customer id."""


class PausedRow(NamedTuple):
    """One paused subscription, as the view shows it and the CSV exports it.

    A named tuple: an export builds one per subscription, and tuples are the cheapest
    immutable records Python makes.
    """

    rid: int
    kind: PauseKind
    subscription_id: str
    account: str
    account_name: str | None
    customer_id: str | None
    customer_name: str | None
    customer_email: str | None
    status: str | None
    behavior: str | None
    resumes_at: int | None
    """None: indefinitely (until someone resumes collection)."""
    paused_since: int | None
    """When the current pause began, from synced events; None when not known."""
    currency: str | None
    amount_minor: int | None
    """The recurring amount per ``interval_count`` ``interval`` (minor units, list prices
    before discounts and taxes); None when the items bill on different intervals."""
    interval: str | None
    """``day``/``week``/``month``/``year``, ``mixed`` when items differ, None without items."""
    interval_count: int | None
    monthly_minor: int | None
    """The per-month equivalent of the recurring amount (minor units, rounded)."""
    amount_complete: bool
    """False when some item has no fixed price (metered or tiered): amounts are a floor."""
    items: str
    item_count: int
    collection_method: str | None
    latest_invoice: str | None
    latest_invoice_status: str | None
    created: int | None
    application: str | None
    """The Connect application that created it (``ca_…``), None when created directly."""

    def days_paused(self, now: int) -> int | None:
        """Whole days since :attr:`paused_since` at ``now``; None when not known."""
        if self.paused_since is None:
            return None
        return max(0, (now - self.paused_since) // DAY_S)


@dataclass(frozen=True)
class AccountOption:
    """A choice for the account filter: '' (the platform) or a connected account."""

    id: str
    name: str | None
    count: int


@dataclass(frozen=True)
class FilterOptions:
    """What the filter bar can offer for one kind: accounts and currencies present."""

    accounts: tuple[AccountOption, ...] = ()
    currencies: tuple[str, ...] = ()
    behaviors: dict[str, int] = field(default_factory=dict)


class Candidate(NamedTuple):
    """A subscription whose collection is not paused yet (the pause dialog's picker)."""

    subscription_id: str
    account: str
    account_name: str | None
    customer_id: str | None
    customer_name: str | None
    customer_email: str | None
    status: str | None
    currency: str | None
    application: str | None
