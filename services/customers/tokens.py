"""Tokenising typed text exactly like the customer search index does.

The cache's ``customers_fts`` index uses SQLite's ``unicode61 remove_diacritics 2``
tokenizer. :func:`fold` reproduces it in Python (case folding, diacritics, which characters
separate words), with the folding table read off SQLite's own tokenizer once per process,
so a row can be checked against a query without asking FTS5 (see
:mod:`services.customers.search`). :func:`query_words` applies the cache's sanitising rules
(:func:`services.cache.search.tokens`: at most 8 words of at most 64 characters; one-letter
words dropped next to longer ones) and :func:`match_expression` quotes every word as a
prefix phrase, so no typed text can be an FTS5 syntax error.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
import unicodedata
from collections.abc import Sequence

from services.cache.search import MAX_TOKEN_LEN, MAX_TOKENS

MAX_QUERY_CHARS = 256
"""Longer input is cut here; nothing useful is typed past it."""
_CUSTOMER_ID = re.compile(r"^cus_[A-Za-z0-9]{4,}$")

_ASCII_SEPARATORS = re.compile(r"[^a-z0-9]+")


def _probe(points: list[int]) -> dict[int, str]:
    """Ask SQLite's tokenizer how it folds each code point in ``points``.

    Every character goes into an in-memory FTS5 table between two ``q`` and the terms come
    back through ``fts5vocab``: a separator maps to a space, a dropped mark to ``""``, a
    token character to its folded form. Only characters that change are returned.
    """
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(
            "CREATE VIRTUAL TABLE t USING fts5(a, tokenize='unicode61 remove_diacritics 2', "
            "detail=column)"
        )
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
        conn.executemany(
            "INSERT INTO t (rowid, a) VALUES (?, ?)", [(cp, f"q{chr(cp)}q") for cp in points]
        )
        terms: dict[int, set[str]] = {}
        for doc, term in conn.execute("SELECT doc, term FROM v"):
            terms.setdefault(int(doc), set()).add(str(term))
    finally:
        conn.close()
    out: dict[int, str] = {}
    for cp in points:
        found = terms.get(cp, set())
        term = next(iter(found)) if len(found) == 1 else ""
        folded = term[1:-1] if len(term) >= 2 and term != "q" else " "
        if folded != chr(cp):
            out[cp] = folded
    return out


@functools.cache
def _fold_table() -> dict[int, str]:
    """How ``unicode61 remove_diacritics 2`` folds each BMP character, for ``str.translate``
    (read off SQLite with :func:`_probe`; ASCII: letters lower-cased, everything but letters
    and digits a separator). Characters beyond the BMP are probed when first seen."""
    table: dict[int, str] = {c: " " for c in range(0x80) if not chr(c).isalnum()}
    table.update({c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})
    table.update(_probe([cp for cp in range(0x80, 0x10000) if not 0xD800 <= cp < 0xE000]))
    return table


_astral_lock = threading.Lock()
_astral_known: set[int] = set()
_astral_table: dict[int, str] = {}
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _fold_astral(text: str) -> str:
    points = {ord(ch) for ch in _ASTRAL.findall(text)}
    with _astral_lock:
        new = sorted(points - _astral_known)
        if new:
            _astral_table.update(_probe(new))
            _astral_known.update(new)
        return text.translate(_astral_table)


def fold(text: str) -> str:
    """``text`` folded like the index (case, diacritics), separators turned into spaces."""
    if text.isascii():
        return _ASCII_SEPARATORS.sub(" ", text.lower())
    folded = text.translate(_fold_table())
    if folded.isascii() or max(folded) <= "\uffff":
        return folded
    return _fold_astral(folded)


def words_of(text: str) -> list[str]:
    """The index's terms for ``text`` (folded words)."""
    return fold(text).split()


def query_words(text: str) -> list[str]:
    """The searchable words of typed ``text``: at most 8, each cut to 64 characters; one-letter
    words are left out when a longer word exists (see the module docstring)."""
    found = [w[:MAX_TOKEN_LEN] for w in words_of(text)][:MAX_TOKENS]
    if any(len(w) > 1 for w in found):
        return [w for w in found if len(w) > 1]
    return []


def _phrase(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def match_expression(words: Sequence[str]) -> str | None:
    """An FTS5 MATCH expression ANDing ``words`` as prefixes, or None for no words."""
    return " AND ".join(_phrase(w) for w in words) if words else None


def clean_text(text: str) -> str:
    """Typed text made safe to keep: control characters become spaces, cut, stripped."""
    text = "".join(
        " " if unicodedata.category(ch) == "Cc" else ch for ch in text[: MAX_QUERY_CHARS * 4]
    )
    return text.strip()[:MAX_QUERY_CHARS].strip()


def looks_like_customer_id(text: str) -> bool:
    """True for text shaped like a Stripe customer id (``cus_…``)."""
    return bool(_CUSTOMER_ID.match(text.strip()))


_warm_lock = threading.Lock()


def warm_up() -> None:
    """Build the folding table now (a worker calls this so the first keystroke need not)."""
    with _warm_lock:
        _fold_table()
