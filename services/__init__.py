"""Counterfoil's service layer: plain Python (never Qt) for Stripe, keys and the cache."""
