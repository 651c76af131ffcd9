"""Alembic environment: always run from natowatch.storage.migrate with a live connection.

There is no alembic.ini: the configuration is built in code (storage/migrate.py), so
migrations work from an installed package and any working directory.
"""
from alembic import context

from natowatch.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("storage migrations run through storage.Store.open(url, upgrade=True)")

context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
