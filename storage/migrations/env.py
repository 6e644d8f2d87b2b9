"""Alembic environment, async-aware.

:mod:`storage.migrate` hands over an open connection (inside a transaction) in
``config.attributes["connection"]``; on PostgreSQL that connection lives inside
``AsyncConnection.run_sync``. Without one (the ``alembic`` command line, or
``alembic.command.revision(..., autogenerate=True)``) the URL in ``sqlalchemy.url`` is opened
with the same runners the application uses.
"""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from storage.engine import create_runner
from storage.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def _run(connection: Connection) -> None:
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()


async def _run_with_url(url: str) -> None:
    runner = create_runner(url)
    try:
        await runner.transaction(_run)
    finally:
        await runner.dispose()


def _run_offline(url: str) -> None:
    context.configure(
        url=url,
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=url.startswith("sqlite"),
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection and no sqlalchemy.url given to the migrations")
    if context.is_offline_mode():
        _run_offline(url)
    else:
        asyncio.run(_run_with_url(url))


main()
