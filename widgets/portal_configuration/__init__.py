"""The Portal configuration panel: list, edit, check, diff, merge, history and transfer.

The panel is :class:`widgets.portal_configuration.panel.PortalConfigurationPanel`; the
domain logic it shows lives in :mod:`services.portal_config` (no Qt there).
"""

from widgets.portal_configuration.panel import PortalConfigurationPanel

__all__ = ["PortalConfigurationPanel"]
