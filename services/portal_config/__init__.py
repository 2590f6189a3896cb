"""Customer portal configurations, without Qt: the model, checks, diff, history, transfer.

- :mod:`.schema` — every field, read off the stripe SDK's create params.
- :mod:`.document` — a configuration as a canonical document; Dashboard defaults; the
  create/update parameters that send it.
- :mod:`.catalog` — products and prices (from the cache or Stripe) and their names.
- :mod:`.checks` — what Stripe would refuse (errors) and what is likely a mistake
  (warnings), each on its field, in plain words.
- :mod:`.diff` — field-level differences and the three-way merge for conflicts.
- :mod:`.summary` — what a customer can and cannot do, in plain words.
- :mod:`.api` — Stripe calls, including the conflict-checked save.
- :mod:`.history` — configurations and their versions in the cache.
- :mod:`.drafts` — unsaved edits kept in an owner-only file, written atomically.
- :mod:`.transfer` — export / import JSON and test → live mapping of products and prices.
- :mod:`.cli` — ``counterfoil portal-config export|import``.
- :mod:`.labels`, :mod:`.i18n` — on-screen words and the translation hook.
"""
