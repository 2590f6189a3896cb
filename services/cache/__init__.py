"""The local SQLite cache: one file per profile, migrations, flattened rows beside raw JSON, FTS.

Entry points: :class:`Cache` (the file and its per-thread connections), :class:`Store`
(transactional writes), :func:`search_customers` (search-as-you-type) and the errors
:class:`CacheCorrupt` / :class:`CacheTooNew`. See :mod:`services.cache.migrations` for
the schema.
"""

from services.cache.db import Cache
from services.cache.errors import CacheCorrupt, CacheError, CacheTooNew, is_corruption
from services.cache.search import fts_query, search_customers
from services.cache.store import PLATFORM, Store, UpsertResult

__all__ = [
    "PLATFORM",
    "Cache",
    "CacheCorrupt",
    "CacheError",
    "CacheTooNew",
    "Store",
    "UpsertResult",
    "fts_query",
    "is_corruption",
    "search_customers",
]
