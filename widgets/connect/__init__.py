"""The Connect panel: connected accounts and their direct, destination and platform-billing
subscriptions (see :mod:`widgets.connect.panel`)."""

from widgets.connect.panel import ConnectPanel

__all__ = ["ConnectPanel"]
