"""Subscriptions, items, schedules, invoices, payment methods, coupons and promotion codes."""
