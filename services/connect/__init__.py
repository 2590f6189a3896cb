"""Connect subscriptions, without Qt: the rules of Stripe's Connect + Billing guide (seed 001).

A platform juggles three kinds of subscriptions for each connected account
(:mod:`services.connect.kinds`): *direct* ones living on the connected account (requests
carry ``Stripe-Account``), *destination* ones on the platform paying out to the account
(``transfer_data.destination``, maybe ``on_behalf_of``), and *platform billing*, where the
platform bills the account itself through one platform customer that represents it
(metadata ``connected_account``).

Modules:

- :mod:`~services.connect.kinds` — the three kinds, Dashboard access, who created an object.
- :mod:`~services.connect.accounts` — connected accounts from the cache (search, sort, lazy
  pages), plus accounts Stripe no longer lists (disconnected) and checking them.
- :mod:`~services.connect.platform_app` — which Connect application is this platform's.
- :mod:`~services.connect.subscriptions` — an account's subscriptions, all three kinds.
- :mod:`~services.connect.rules` — which actions Stripe allows, and why not.
- :mod:`~services.connect.wizard` — the create-subscription wizard's validation and request.
- :mod:`~services.connect.operations` — the writes (create, change fee, cancel, invoice fee),
  each with an idempotency key, written through to the cache.
- :mod:`~services.connect.billing` — find or create the one customer that represents an
  account, and subscribe it to a platform price.
- :mod:`~services.connect.deauthorized` — disconnected accounts whose platform
  subscriptions still run, and cancelling them in bulk.
- :mod:`~services.connect.activity` — the Connect and subscription events of an account.

Every function that talks to Stripe runs on a worker thread and lets the SDK's errors
propagate (``services.errors.describe`` turns them into words at the edge). Nothing here
produces user-facing sentences: results carry codes and values, and ``widgets/connect``
words them (translatably).
"""
