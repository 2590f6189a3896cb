"""Versioned, transactional schema migrations of the cache file.

The migrations are a :class:`sqlite_utils.migrations.Migrations` set named
``counterfoil.cache``. Each one runs in its own transaction together with the record of
it having been applied (table ``_sqlite_migrations``), and also sets
``PRAGMA user_version`` to its number, so ``user_version`` is a cheap schema version.

Rules: a migration that has shipped is never edited; a schema change is a new migration
appended at the end, named ``NNNN_what``. A file that lists a migration this build does
not know came from a newer Counterfoil and is refused with :class:`CacheTooNew`.

Schema (version 4)
------------------
Every resource table has ``rid INTEGER PRIMARY KEY`` (a stable integer row id for lazy
table models), ``id``, ``account`` ('' for the platform, ``acct_…`` for a connected
account; unique together with ``id``), ``created``, ``livemode``, ``source_ts`` (Stripe's
clock when this version of the object was true: the HTTP ``Date`` of the page it came in,
or the ``created`` of the event that carried it), ``sync_gen`` (the full sync run that last
listed the row, for sweeping what Stripe no longer returns) and ``raw`` (the object's
JSON), plus flattened columns named in :mod:`services.cache.flatten`.

- ``customers`` (+ ``customers_fts``: FTS5 over name, email, phone, description, id and
  metadata values, prefix indexes of 2 and 3 characters, kept by triggers)
- ``subscriptions`` and ``subscription_items``
- ``products``, ``prices``, ``invoices``, ``payment_methods``
- ``portal_configurations`` and ``portal_configuration_versions`` (every distinct version
  seen by a sync or saved by the app, keyed by a digest of its JSON)
- ``accounts`` (connected accounts, as the platform sees them)
- ``events`` (events applied, pruned after 30 days), ``event_cursors`` (last event seen
  per account) and ``sync_checkpoints`` (key → JSON, written with the data they cover)
- ``portal_session_audit`` (0003, the Customers panel's audit trail: one row per customer
  portal session opened -- when, OS user, profile, livemode, account, customer, flow,
  subscription, configuration, locale, on_behalf_of, session id; never the session URL;
  see :mod:`services.customers.audit`)
- 0004 (Connect panel): partial indexes on ``subscriptions.transfer_destination`` and
  ``subscriptions.on_behalf_of`` (non-null), and on ``account`` of ``subscriptions`` and
  ``invoices`` for rows of connected accounts (``account != ''``), and on ``events`` by
  (``account``, ``created``) and, for platform events, by the ``account`` they name
  (``json_extract(raw, '$.account')``); see :mod:`services.connect.subscriptions` and
  :mod:`services.connect.activity`
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "counterfoil.cache"

migrations = Migrations(MIGRATION_SET)

# Columns every resource table starts and ends with.
_HEAD = """
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    created INTEGER,
    livemode INTEGER,"""
_TAIL = """
    deleted INTEGER NOT NULL DEFAULT 0,
    source_ts INTEGER NOT NULL,
    sync_gen INTEGER,
    raw TEXT NOT NULL,
    UNIQUE (id, account)"""

_V1 = f"""
CREATE TABLE customers ({_HEAD}
    name TEXT,
    email TEXT,
    phone TEXT,
    description TEXT,
    metadata_text TEXT,
    currency TEXT,
    balance INTEGER,
    delinquent INTEGER,
    default_payment_method TEXT,{_TAIL}
);
CREATE INDEX customers_created ON customers (created DESC, rid DESC);
CREATE INDEX customers_account_created ON customers (account, created DESC);
CREATE INDEX customers_name ON customers (name COLLATE NOCASE, rid);
CREATE INDEX customers_email ON customers (email COLLATE NOCASE);

CREATE TABLE subscriptions ({_HEAD}
    customer TEXT,
    status TEXT,
    collection_method TEXT,
    pause_behavior TEXT,
    pause_resumes_at INTEGER,
    cancel_at_period_end INTEGER,
    cancel_at INTEGER,
    canceled_at INTEGER,
    ended_at INTEGER,
    trial_end INTEGER,
    current_period_end INTEGER,
    currency TEXT,
    application_fee_percent REAL,
    transfer_destination TEXT,
    transfer_amount_percent REAL,
    on_behalf_of TEXT,
    schedule TEXT,
    charge_type TEXT,
    latest_invoice TEXT,
    default_payment_method TEXT,
    description TEXT,
    items_count INTEGER,{_TAIL}
);
CREATE INDEX subscriptions_created ON subscriptions (created DESC, rid DESC);
CREATE INDEX subscriptions_account_created ON subscriptions (account, created DESC);
CREATE INDEX subscriptions_customer ON subscriptions (customer);
CREATE INDEX subscriptions_status ON subscriptions (status);
CREATE INDEX subscriptions_paused ON subscriptions (created DESC, rid DESC)
    WHERE pause_behavior IS NOT NULL;

CREATE TABLE subscription_items ({_HEAD}
    subscription TEXT NOT NULL,
    price TEXT,
    product TEXT,
    quantity INTEGER,
    current_period_start INTEGER,
    current_period_end INTEGER,{_TAIL}
);
CREATE INDEX subscription_items_subscription ON subscription_items (subscription, account);
CREATE INDEX subscription_items_price ON subscription_items (price);

CREATE TABLE products ({_HEAD}
    name TEXT,
    active INTEGER,
    description TEXT,
    default_price TEXT,
    type TEXT,
    updated INTEGER,{_TAIL}
);
CREATE INDEX products_name ON products (name COLLATE NOCASE, rid);

CREATE TABLE prices ({_HEAD}
    product TEXT,
    active INTEGER,
    currency TEXT,
    unit_amount INTEGER,
    type TEXT,
    recurring_interval TEXT,
    recurring_interval_count INTEGER,
    lookup_key TEXT,
    nickname TEXT,{_TAIL}
);
CREATE INDEX prices_product ON prices (product);

CREATE TABLE invoices ({_HEAD}
    customer TEXT,
    subscription TEXT,
    status TEXT,
    collection_method TEXT,
    currency TEXT,
    amount_due INTEGER,
    amount_paid INTEGER,
    amount_remaining INTEGER,
    total INTEGER,
    number TEXT,
    due_date INTEGER,
    period_start INTEGER,
    period_end INTEGER,{_TAIL}
);
CREATE INDEX invoices_created ON invoices (created DESC, rid DESC);
CREATE INDEX invoices_customer ON invoices (customer);
CREATE INDEX invoices_subscription ON invoices (subscription);

CREATE TABLE payment_methods ({_HEAD}
    customer TEXT,
    type TEXT,
    card_brand TEXT,
    card_last4 TEXT,
    card_exp_month INTEGER,
    card_exp_year INTEGER,
    billing_name TEXT,
    billing_email TEXT,{_TAIL}
);
CREATE INDEX payment_methods_customer ON payment_methods (customer);

CREATE TABLE portal_configurations ({_HEAD}
    active INTEGER,
    is_default INTEGER,
    name TEXT,
    application TEXT,
    updated INTEGER,{_TAIL}
);

CREATE TABLE portal_configuration_versions (
    rid INTEGER PRIMARY KEY,
    config_id TEXT NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    updated INTEGER,
    origin TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    digest TEXT NOT NULL,
    raw TEXT NOT NULL,
    UNIQUE (config_id, account, digest)
);
CREATE INDEX portal_configuration_versions_config
    ON portal_configuration_versions (config_id, account, updated DESC);

CREATE TABLE accounts ({_HEAD}
    type TEXT,
    country TEXT,
    email TEXT,
    business_name TEXT,
    charges_enabled INTEGER,
    payouts_enabled INTEGER,
    details_submitted INTEGER,
    default_currency TEXT,{_TAIL}
);

CREATE TABLE events ({_HEAD}
    type TEXT,
    object_type TEXT,
    object_id TEXT,
    api_version TEXT,{_TAIL}
);
CREATE INDEX events_created ON events (created DESC);
CREATE INDEX events_object ON events (object_id);

CREATE TABLE event_cursors (
    account TEXT PRIMARY KEY,
    event_id TEXT,
    event_created INTEGER,
    polled_at INTEGER
);

CREATE TABLE sync_checkpoints (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    updated_at INTEGER NOT NULL
);
"""

# External-content FTS5 index over customers. Columns are the customers' own column
# names (so 'rebuild' can read them back); 'id' is indexed so "cus_abc" finds by id.
_V2 = """
CREATE VIRTUAL TABLE customers_fts USING fts5 (
    name, email, phone, description, id, metadata_text,
    content='customers', content_rowid='rid',
    prefix='2 3', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN
    INSERT INTO customers_fts (rowid, name, email, phone, description, id, metadata_text)
    VALUES (new.rid, new.name, new.email, new.phone, new.description, new.id,
            new.metadata_text);
END;
CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, name, email, phone, description, id,
                               metadata_text)
    VALUES ('delete', old.rid, old.name, old.email, old.phone, old.description, old.id,
            old.metadata_text);
END;
CREATE TRIGGER customers_fts_au AFTER UPDATE ON customers
WHEN old.name IS NOT new.name OR old.email IS NOT new.email OR old.phone IS NOT new.phone
    OR old.description IS NOT new.description OR old.id IS NOT new.id
    OR old.metadata_text IS NOT new.metadata_text
BEGIN
    INSERT INTO customers_fts (customers_fts, rowid, name, email, phone, description, id,
                               metadata_text)
    VALUES ('delete', old.rid, old.name, old.email, old.phone, old.description, old.id,
            old.metadata_text);
    INSERT INTO customers_fts (rowid, name, email, phone, description, id, metadata_text)
    VALUES (new.rid, new.name, new.email, new.phone, new.description, new.id,
            new.metadata_text);
END;
INSERT INTO customers_fts (customers_fts) VALUES ('rebuild');
"""


@migrations(name="0001_initial")
def _m0001_initial(db: Database) -> None:
    db.executescript(_V1)
    db.execute("PRAGMA user_version = 1")


@migrations(name="0002_customer_search")
def _m0002_customer_search(db: Database) -> None:
    db.executescript(_V2)
    db.execute("PRAGMA user_version = 2")


_V3_CUSTOMERS_PORTAL_AUDIT = """
CREATE TABLE portal_session_audit (
    rid INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    profile TEXT NOT NULL,
    livemode INTEGER NOT NULL,
    account TEXT NOT NULL DEFAULT '',
    customer TEXT NOT NULL,
    flow TEXT NOT NULL,
    subscription TEXT,
    configuration TEXT,
    locale TEXT,
    on_behalf_of TEXT,
    session_id TEXT NOT NULL
);
CREATE INDEX portal_session_audit_customer
    ON portal_session_audit (customer, created_at DESC);
"""


@migrations(name="0003_customers_portal_audit")
def _m0003_customers_portal_audit(db: Database) -> None:
    db.executescript(_V3_CUSTOMERS_PORTAL_AUDIT)
    db.execute("PRAGMA user_version = 3")


# The Connect panel lists a connected account's destination subscriptions
# (transfer_destination / on_behalf_of = the account), reads what lives on connected
# accounts and an account's events (its own, and platform events naming it); on a
# platform with a million subscriptions or events those were full scans.
_V4_CONNECT_INDEXES = """
CREATE INDEX subscriptions_transfer_destination ON subscriptions (transfer_destination)
    WHERE transfer_destination IS NOT NULL;
CREATE INDEX subscriptions_on_behalf_of ON subscriptions (on_behalf_of)
    WHERE on_behalf_of IS NOT NULL;
CREATE INDEX subscriptions_connected ON subscriptions (account) WHERE account != '';
CREATE INDEX invoices_connected ON invoices (account) WHERE account != '';
CREATE INDEX events_account_created ON events (account, created DESC);
CREATE INDEX events_platform_about_account ON events (json_extract(raw, '$.account'))
    WHERE account = '';
"""


@migrations(name="0004_connect_indexes")
def _m0004_connect_indexes(db: Database) -> None:
    db.executescript(_V4_CONNECT_INDEXES)
    db.execute("PRAGMA user_version = 4")


MIGRATION_NAMES: tuple[str, ...] = (
    "0001_initial",
    "0002_customer_search",
    "0003_customers_portal_audit",
    "0004_connect_indexes",
)
SCHEMA_VERSION = len(MIGRATION_NAMES)


def unknown_migrations(db: Database) -> list[str]:
    """Names of applied migrations this build does not know (the file is from a newer app)."""
    return [m.name for m in migrations.applied(db) if m.name not in MIGRATION_NAMES]


def migrate(db: Database, *, stop_before: str | None = None) -> None:
    """Apply every pending migration, each in its own transaction.

    ``stop_before`` stops before the named migration; tests use it to make an old file.
    """
    migrations.apply(db, stop_before=stop_before)
