"""The cache file: private creation, WAL, per-thread connections, migrations, corruption."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database

from services.cache import Cache, CacheCorrupt, CacheTooNew, Store, search_customers
from services.cache.migrations import MIGRATION_NAMES, SCHEMA_VERSION, migrate
from tests.test_cache_objects import customer, subscription


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_open_creates_private_wal_file(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "c.sqlite3"
    old = os.umask(0o022)
    try:
        with Cache.open(path) as cache:
            Store(cache.connect()).upsert("customer", [customer()], source_ts=1)
            assert cache.connect().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
            assert cache.schema_version() == SCHEMA_VERSION
            for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                assert _mode(f) == 0o600, f
            assert _mode(path.parent) == 0o700
    finally:
        os.umask(old)


def test_open_tightens_an_existing_world_readable_file(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    Cache.open(path).close()
    assert _mode(path) == 0o600


def test_each_thread_gets_its_own_connection(tmp_path: Path) -> None:
    with Cache.open(tmp_path / "c.sqlite3") as cache:
        main = cache.connect()
        assert cache.connect() is main
        other: list[sqlite3.Connection] = []
        t = threading.Thread(target=lambda: other.append(cache.connect()))
        t.start()
        t.join()
        assert other and other[0] is not main


def test_reader_sees_whole_pages_only(tmp_path: Path) -> None:
    """WAL: a reader on another thread sees nothing of an uncommitted page."""
    with Cache.open(tmp_path / "c.sqlite3") as cache:
        store = Store(cache.connect())
        seen: list[int] = []
        with store.transaction() as conn:
            conn.execute("INSERT INTO customers (id, source_ts, raw) VALUES ('cus_half', 1, '{}')")

            def read() -> None:
                seen.append(cache.connect().execute("SELECT count(*) FROM customers").fetchone()[0])

            t = threading.Thread(target=read)
            t.start()
            t.join()
        assert seen == [0]
        assert store.count("customer") == 1


def test_older_schema_file_is_migrated_with_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    # Build a version-1 file as an older Counterfoil left it: no search index yet.
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(Database(conn), stop_before="0002_customer_search")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    old = customer(name="Ada Lovelace", email="ada@example.com")
    conn.execute(
        "INSERT INTO customers (id, account, created, name, email, source_ts, raw) "
        "VALUES (?, '', ?, ?, ?, 5, '{}')",
        (old["id"], old["created"], old["name"], old["email"]),
    )
    assert (
        conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'customers_fts'").fetchone()[
            0
        ]
        == 0
    )
    conn.close()

    with Cache.open(path) as cache:
        assert cache.schema_version() == SCHEMA_VERSION == 4
        applied = [
            r[0] for r in cache.connect().execute("SELECT name FROM _sqlite_migrations ORDER BY id")
        ]
        assert applied == list(MIGRATION_NAMES)
        # The old row is there and is found by the new index.
        hits = search_customers(cache.connect(), "lovel")
        assert [h["id"] for h in hits] == [old["id"]]


def test_failed_migration_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    """Migrations are transactional: a migration that fails is rolled back whole."""
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(Database(conn), stop_before="0002_customer_search")
    # Sabotage: a table with the name migration 2 wants to create.
    conn.execute("CREATE TABLE customers_fts (x)")
    conn.close()
    with pytest.raises(sqlite3.OperationalError):
        Cache.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    triggers = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='trigger'").fetchone()
    assert triggers[0] == 0
    conn.close()


def test_file_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Cache.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('counterfoil.cache', '0099_from_the_future', 'now')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(CacheTooNew) as info:
        Cache.open(path)
    assert info.value.unknown == ["0099_from_the_future"]


def test_garbage_file_raises_cache_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"this is not a database at all\n" * 200)
    with pytest.raises(CacheCorrupt) as info:
        Cache.open(path)
    assert info.value.path == path


def _damage_pages(path: Path) -> None:
    """Overwrite every page after the first with garbage, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    for off in range(page, len(data), page):
        data[off : off + 64] = b"\xde\xad\xbe\xef" * 16
    path.write_bytes(bytes(data))


def test_damaged_pages_are_detected(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with Cache.open(path) as cache:
        store = Store(cache.connect())
        store.upsert("customer", [customer() for _ in range(300)], source_ts=1)
        cache.connect().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert cache.integrity_ok()
    _damage_pages(path)
    with pytest.raises(CacheCorrupt):
        cache = Cache.open(path)
        try:
            # Either opening already noticed, or the first full check does.
            cache.check()
        finally:
            cache.close()


def test_rebuild_moves_the_bad_file_aside_and_starts_fresh(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    Path(f"{path}-wal").write_bytes(b"stale wal")
    with pytest.raises(CacheCorrupt):
        Cache.open(path)
    with Cache.rebuild(path) as cache:
        assert cache.replaced is not None
        assert cache.replaced.read_bytes() == b"garbage" * 1000
        assert cache.replaced.name.startswith("c.sqlite3.corrupt-")
        assert Path(f"{cache.replaced}-wal").read_bytes() == b"stale wal"
        assert cache.integrity_ok()
        assert Store(cache.connect()).count("customer") == 0
        assert _mode(path) == 0o600
    # A second rebuild keeps both old files.
    with Cache.rebuild(path) as again:
        assert again.replaced is not None and again.replaced.exists()
    assert len(list(tmp_path.glob("c.sqlite3.corrupt-*"))) >= 2


def test_stable_rowids_survive_updates(tmp_path: Path) -> None:
    with Cache.open(tmp_path / "c.sqlite3") as cache:
        store = Store(cache.connect())
        sub = subscription()
        store.upsert("subscription", [sub], source_ts=1)
        rid = cache.connect().execute("SELECT rid FROM subscriptions").fetchone()[0]
        store.upsert("subscription", [{**sub, "status": "past_due"}], source_ts=2)
        row = cache.connect().execute("SELECT rid, status FROM subscriptions").fetchone()
        assert row == (rid, "past_due")


def test_closed_cache_refuses_new_connections(tmp_path: Path) -> None:
    cache = Cache.open(tmp_path / "c.sqlite3")
    cache.close()
    with pytest.raises(RuntimeError):
        cache.connect()


def test_qt_pool_tasks_reuse_their_threads_connection(tmp_path: Path, qapp: object) -> None:
    """Each QThreadPool task runs with a fresh Python thread state; it must not open (and
    keep) a new connection every time -- one per pool thread is all the cache holds."""
    from PySide6.QtCore import QRunnable, QThreadPool

    seen: list[int] = []

    class Task(QRunnable):
        def __init__(self, cache: Cache) -> None:
            super().__init__()
            self.cache = cache

        def run(self) -> None:
            conn = self.cache.connect()
            conn.execute("SELECT 1").fetchone()
            seen.append(id(conn))

    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    with Cache.open(tmp_path / "c.sqlite3") as cache:
        for _ in range(40):
            pool.start(Task(cache))
        assert pool.waitForDone(30_000)
        assert len(seen) == 40
        assert len(set(seen)) <= 2
        assert len(cache._by_thread) <= 3  # the pool's threads (+ none left over)
