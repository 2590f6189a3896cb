"""The Paused collections panel: paused subscriptions across accounts, actions and the CSV.

Modules: :mod:`.panel` (the panel), :mod:`.kind_page` (one tab), :mod:`.table_model` (the
lazy table), :mod:`.filter_bar`, :mod:`.revenue` (totals and chart), :mod:`.pause_dialog`,
:mod:`.batch_dialog` and :mod:`.formatting`. The domain logic lives in
:mod:`services.paused`.
"""

from widgets.paused_collections.panel import PausedCollectionsPanel

__all__ = ["PausedCollectionsPanel"]
