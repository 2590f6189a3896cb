"""Errors that end a sync run; every one leaves the cache and its checkpoints consistent.

A sync that stops with any of these can be run again and resumes where it stopped.
Stripe's own errors (authentication, permissions) pass through as ``stripe.StripeError``
so :mod:`services.errors` can word them for the merchant.
"""

from __future__ import annotations


class SyncError(Exception):
    """Base class of errors that stop a sync run."""


class SyncOffline(SyncError):
    """Stripe could not be reached for longer than the sync is willing to wait."""

    def __init__(self, waited_s: float, detail: str) -> None:
        super().__init__(
            f"Stripe has not answered for {waited_s:.0f} s ({detail}). The sync stopped and "
            "will resume where it left off."
        )
        self.waited_s = waited_s
        self.detail = detail


class SyncCancelled(SyncError):
    """The sync was cancelled; what was fetched so far is kept and the next run resumes."""

    def __init__(self) -> None:
        super().__init__("The sync was cancelled; it will resume where it left off.")
