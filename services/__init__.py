"""Counterfoil's service layer: plain Python (never Qt) that talks to Stripe, keeps keys and caches data."""
