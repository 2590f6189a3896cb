"""The local SQLite cache: one file per profile, migrations, flattened rows beside raw JSON, FTS."""
