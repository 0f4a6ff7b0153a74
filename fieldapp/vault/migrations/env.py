"""Alembic environment: always run programmatically on the vault's own keyed connection."""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("vault migrations run only through fieldapp.vault.migrate")

context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
