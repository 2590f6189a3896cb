"""A local, stateful, strict Stripe-shaped HTTP API server for the demo and every test.

Start it in-process with :class:`SandboxServer` (background thread) or from the command
line with ``counterfoil sandbox``; point the real stripe SDK at ``server.url`` through
``StripeClient(api_key, base_addresses={"api": url})``.
"""
