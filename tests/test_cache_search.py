"""Customer search: the FTS sanitiser never raises, and exact id/email matches rank first."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.cache import Cache, Store, fts_query, search_customers
from services.cache.search import MAX_TOKENS
from tests.test_cache_objects import customer, event


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cache]:
    path = tmp_path_factory.mktemp("search") / "c.sqlite3"
    with Cache.open(path) as c:
        store = Store(c.connect())
        store.upsert(
            "customer",
            [
                customer(
                    id="cus_Alpha01",
                    name="Jörg Müller",
                    email="jorg@example.com",
                    phone="+49 30 1234567",
                    metadata={"crm": "HUB-42"},
                ),
                customer(
                    id="cus_Beta02",
                    name="Joanna O'Brien",
                    email="jo@example.com",
                    description="Key account (VIP)",
                ),
                customer(id="cus_Gamma03", name="王小明", email="wang@example.cn"),
                customer(id="cus_Delta04", name="Mark Jorgensen", email="mark@jorg.example"),
                customer(id="cus_Eps05", name="Ann Other", email="ann@example.com"),
            ],
            source_ts=1,
        )
        store.upsert(
            "customer",
            [customer(id="cus_Conn06", name="Joe Connected", email="joe@example.com")],
            account="acct_1",
            source_ts=1,
        )
        yield c


def _ids(cache: Cache, text: str, **kw: object) -> list[str]:
    return [h["id"] for h in search_customers(cache.connect(), text, **kw)]  # type: ignore[arg-type]


def test_fts_query_quotes_prefixes_and_ands() -> None:
    assert fts_query("jo mü") == '"jo"* AND "mü"*'
    assert fts_query('a"b OR c*') == '"OR"*'  # 1-char words dropped next to longer ones
    assert fts_query("name:jo -(x)") == '"name"* AND "jo"*'
    assert fts_query("") is None
    assert fts_query("🙂 ** --") is None
    assert fts_query("j") is None  # one character: handled by the name-prefix path
    assert fts_query(" ".join(["word"] * 20)).count("AND") == MAX_TOKENS - 1  # type: ignore[union-attr]


@settings(max_examples=400, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=60))
def test_any_text_never_raises(cache: Cache, text: str) -> None:
    search_customers(cache.connect(), text)


@settings(max_examples=200)
@given(
    text=st.text(alphabet=st.sampled_from(list("\"*-:()^{}[]+.,;'NOTRAND 🙂éß_\\")), max_size=30)
)
def test_operator_soup_never_raises(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(a, prefix='2 3')")
    query = fts_query(text)
    if query is not None:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mull", ["cus_Alpha01"]),  # diacritics folded, prefix
        ("MÜLLER", ["cus_Alpha01"]),
        ("hub", ["cus_Alpha01"]),  # metadata values
        ("1234567", ["cus_Alpha01"]),  # phone
        ("vip", ["cus_Beta02"]),  # description
        ("o'brien", ["cus_Beta02"]),  # quote inside
        ("王小", ["cus_Gamma03"]),
        ("cus_Gamma", ["cus_Gamma03"]),  # id words
        ('"jorg" *', ["cus_Delta04", "cus_Alpha01"]),
        ("jorg OR ann", []),  # OR is a word to find, not an operator
        ("(ann) -other", ["cus_Eps05"]),
    ],
)
def test_text_matches(cache: Cache, text: str, expected: list[str]) -> None:
    assert _ids(cache, text, account="") == expected


def test_exact_id_then_exact_email_rank_first(cache: Cache) -> None:
    assert _ids(cache, "cus_Beta02")[0] == "cus_Beta02"
    # "jo@example.com" is exactly Joanna's email; prefix matches (Joe, Jörg) come after.
    hits = search_customers(cache.connect(), "JO@example.com")
    assert hits[0]["id"] == "cus_Beta02" and hits[0]["match"] == "email"
    assert all(h["match"] == "text" for h in hits[1:])
    assert len({h["id"] for h in hits}) == len(hits)


def test_account_filter(cache: Cache) -> None:
    assert _ids(cache, "joe") == ["cus_Conn06"]
    assert _ids(cache, "joe", account="") == []
    assert _ids(cache, "joe", account="acct_1") == ["cus_Conn06"]


def test_single_letter_uses_name_prefix(cache: Cache) -> None:
    hits = search_customers(cache.connect(), "j", account="")
    assert [h["id"] for h in hits] == ["cus_Beta02", "cus_Alpha01"]
    assert {h["match"] for h in hits} == {"name"}


@pytest.mark.parametrize("letter", ["z", "Z"])
def test_single_letter_prefix_ignores_case(tmp_path: Path, letter: str) -> None:
    """NOCASE folds "Z" to "z": the range's upper bound must be "{", not "[" (which sorts
    below every folded "z…" and ended the range before it began)."""
    with Cache.open(tmp_path / "c.sqlite3") as c:
        Store(c.connect()).upsert(
            "customer",
            [customer(id="cus_Zoe001", name="Zoë Lefèvre"), customer(id="cus_Yan02", name="Yan")],
            source_ts=1,
        )
        assert [h["id"] for h in search_customers(c.connect(), letter, account="")] == [
            "cus_Zoe001"
        ]


def test_limit_and_empty(cache: Cache) -> None:
    assert len(search_customers(cache.connect(), "example", limit=2)) == 2
    assert search_customers(cache.connect(), "   ") == []
    assert search_customers(cache.connect(), "🙂") == []


def test_deleted_customers_are_not_found(tmp_path: Path) -> None:
    with Cache.open(tmp_path / "c.sqlite3") as c:
        store = Store(c.connect())
        gone = customer(name="Ghost Person")
        store.upsert("customer", [gone], source_ts=1)
        assert _ids(c, "ghost") == [gone["id"]]
        store.apply_event(event(gone, "customer.deleted", 10))
        assert _ids(c, "ghost") == []
        assert _ids(c, gone["id"]) == []
        # A rename reindexes: the old words no longer match.
        other = customer(name="Old Name")
        store.upsert("customer", [other], source_ts=1)
        store.upsert("customer", [{**other, "name": "Fresh Title"}], source_ts=2)
        assert _ids(c, "old name") == []
        assert _ids(c, "fresh") == [other["id"]]
