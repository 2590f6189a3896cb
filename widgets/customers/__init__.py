"""The Customers panel: search-as-you-type, customer detail, portal eligibility and sessions."""

from widgets.customers.panel import CustomersPanel

__all__ = ["CustomersPanel"]
