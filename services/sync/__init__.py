"""Filling the cache from Stripe: rate-limited parallel full sync with checkpoints, and event polling."""
