"""Paused collections: every paused subscription, across accounts, viewed, changed and exported.

Qt-free and strictly typed, so the panel (``widgets/paused_collections``), the CLI
(``counterfoil export paused-collection``) and the tests share it:

* :mod:`~services.paused.model` — the two pause kinds, behaviours, filters, the row type;
* :mod:`~services.paused.query` — the one query behind the view and the export;
* :mod:`~services.paused.items` — items in words and recurring amounts, per signature;
* :mod:`~services.paused.money` — minor/major units per currency, per-month amounts;
* :mod:`~services.paused.summary` — totals per currency and the chart's buckets;
* :mod:`~services.paused.csvfile` — the CSV format, formula neutralisation, atomic files;
* :mod:`~services.paused.export` — the streamed, consistent, atomic export;
* :mod:`~services.paused.history` — when collection was paused, from Stripe's events;
* :mod:`~services.paused.actions` — pausing and resuming collection in batches;
* :mod:`~services.paused.cli` — the headless export command.
"""
