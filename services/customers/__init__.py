"""Customer lookup and portal sessions: the Qt-free half of the Customers panel.

- :mod:`services.customers.tokens` -- tokenising typed text exactly like the search index;
- :mod:`services.customers.search` -- search-as-you-type over the cache (ranked tiers, lazy
  pages, fast paths that keep a million customers under 20 ms);
- :mod:`services.customers.remote` -- customers the cache does not have: Stripe's Search API
  and lookup of a pasted id;
- :mod:`services.customers.detail` -- one customer's profile, subscriptions, invoices and
  payment methods from the cache, and re-fetching them from Stripe;
- :mod:`services.customers.eligibility` -- what the customer portal will let a customer do
  with each subscription under a given portal configuration, and why not;
- :mod:`services.customers.portal` -- portal session requests: validation, parameters and
  creation; :mod:`services.customers.audit` -- the local audit trail (never the URL);
- :mod:`services.customers.cli` -- ``counterfoil customers search``.
"""
