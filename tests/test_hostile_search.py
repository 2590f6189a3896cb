"""Hostile search, property-based: hostile *data* in the index, and a person finds it again.

``tests/test_cache_search.py`` and ``tests/test_customers_search.py`` prove that no typed
text makes an FTS5 syntax error. This adds the other half: customers whose name, email,
description and metadata are themselves hostile (FTS5 operators and column filters,
quotes, ``NEAR``, ``*``, ``^``, control characters, combining marks, right-to-left
overrides, astral characters, 2,000-character names) are written through the real
``Store.upsert`` (the search index's triggers included), and then:

- searching for any of them, by the whole name or by any of its words, with both search
  services (``services.cache.search`` and the Customers panel's
  ``services.customers.search``), never raises;
- searching by the exact name (as a person would type or paste it) finds that customer,
  whenever the name has something searchable;
- FTS5's own integrity check passes on the index afterwards;
- a megabyte of pasted text answers within a second.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import strategies as st

from services.cache import Cache, Store
from services.cache.search import search_customers
from services.customers.search import search_all, search_page
from services.customers.tokens import MAX_QUERY_CHARS, clean_text, words_of
from tests.test_reliability_support import variants

_hostile = st.sampled_from(
    ['"', "'", "*", "^", ":", "-", "(", ")", "{", "}", "NEAR", "NEAR(", "OR", "AND", "NOT",
     "name:", "email:", "customers_fts", "\\", "%", "_", "\x00", "\x1b", "\u202e", "\u0301",
     "🙂", "𝔘", "ǅ", "İ", "ß", "ﬁ", "ａ", "\u200b", "\t", "\n", " ", "  "]
)  # fmt: skip
_word = st.text(st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=12)
_name = st.lists(st.one_of(_hostile, _word), min_size=1, max_size=12).map("".join)

_ids = itertools.count()


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    with Cache.open(tmp_path_factory.mktemp("hostile-search") / "cache.sqlite3") as c:
        yield c


def add(cache: Cache, name: str, *, email: str | None = None, meta: str = "") -> str:
    cid = f"cus_H{next(_ids):08d}x"
    Store(cache.connect(), cache.path).upsert(
        "customer",
        [
            {
                "id": cid,
                "object": "customer",
                "created": 1_700_000_000 + next(_ids),
                "name": name,
                "email": email,
                "description": name[::-1],
                "metadata": {name[:40] or "k": meta or name[:500]},
            }
        ],
        source_ts=1,
    )
    return cid


def findable(name: str) -> bool:
    """Whether typing ``name`` is promised to find it: a word of two or more characters
    (the word tier), or a name that starts as typed (the name-prefix tier: one-letter
    names like "J" are found by their first letters, as long as no space precedes them)."""
    cleaned = clean_text(name)
    if not cleaned or len(name) > MAX_QUERY_CHARS:
        return False
    return any(len(w) > 1 for w in words_of(cleaned)) or name == cleaned


def _hostile_customers_are_stored_searched_and_found(
    cache: Cache, name: str, email_local: str
) -> None:
    cid = add(cache, name, email=f"{email_local}@example.com")
    conn = cache.connect()
    queries = [name, *words_of(name), name[: len(name) // 2], f'"{name}"', f"{name}*"]
    for text in queries:
        search_customers(conn, text)
        search_page(conn, text)
        search_page(conn, text, account="")
    if findable(name):
        found = [h.id for h in search_all(conn, name, limit=500)]
        assert cid in found, (name, clean_text(name), found[:5])


(
    test_hostile_customers_are_stored_searched_and_found,
    test_hostile_customers_are_stored_searched_and_found_long,
) = variants(
    _hostile_customers_are_stored_searched_and_found,
    {"name": _name, "email_local": _word},
    examples=300,
    long_examples=3000,
)


def test_two_thousand_character_names_and_fts_integrity(cache: Cache) -> None:
    long_name = ('NEAR("x" y) OR name:* ' * 100)[:2000]
    cid = add(cache, long_name)
    conn = cache.connect()
    search_page(conn, long_name)
    assert cid in [h.id for h in search_all(conn, "near x y", limit=5000)]
    conn.execute("INSERT INTO customers_fts(customers_fts) VALUES('integrity-check')")
    fts = conn.execute("SELECT count(*) FROM customers_fts").fetchone()[0]
    assert fts == conn.execute("SELECT count(*) FROM customers").fetchone()[0]


@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000,
        ('" OR * NEAR( ' * 100_000),
        "\x00" * 100_000,
        "🙂" * 200_000,
        "cus_" + "A" * 500_000,
        " ".join(f"w{i}" for i in range(100_000)),
    ],
    ids=["letters", "operators", "nul", "emoji", "long-id", "many-words"],
)
def test_a_megabyte_of_pasted_text_answers_at_once(cache: Cache, text: str) -> None:
    conn = cache.connect()
    started = time.perf_counter()
    search_page(conn, text)
    search_customers(conn, text)
    assert time.perf_counter() - started < 1.0


def test_the_check_can_fail(tmp_path: Path) -> None:
    """``findable`` is not vacuous: ordinary names are findable and are found."""
    with Cache.open(tmp_path / "c.sqlite3") as c:
        cid = add(c, "Zoë O'Brien-Smith")
        assert findable("Zoë O'Brien-Smith")
        assert [h.id for h in search_all(c.connect(), "Zoë O'Brien-Smith")] == [cid]
        assert not findable("\x00\t  ")
        conn = sqlite3.connect(":memory:")
        conn.close()
