"""Schema migrations, run programmatically (no ``alembic.ini`` needed).

Several Lotse processes may start at once: on PostgreSQL an advisory lock held for the
migration transaction makes the others wait and then find the schema current; on SQLite the
migration runs in one ``BEGIN IMMEDIATE`` transaction, which does the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection

from storage.engine import create_runner
from storage.runner import Runner

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# An arbitrary constant naming "Lotse schema migration" among advisory locks.
_PG_MIGRATION_LOCK = 0x4C6F747365


def make_config(url: str | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations (``url`` only for CLI-style use,
    e.g. ``alembic.command.revision(make_config(url), autogenerate=True, message=...)``)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if url is not None:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


async def upgrade(url: str, *, connect_args: Mapping[str, Any] | None = None) -> None:
    """Upgrade the database at ``url`` to the newest revision."""
    runner = create_runner(url, connect_args=connect_args)
    try:
        await upgrade_with(runner)
    finally:
        await runner.dispose()


async def current_revision(
    url: str, *, connect_args: Mapping[str, Any] | None = None
) -> str | None:
    """The revision the database is at; None for an empty (never migrated) database."""
    runner = create_runner(url, connect_args=connect_args)
    try:
        return await runner.run(_current_revision)
    finally:
        await runner.dispose()


async def is_up_to_date(url: str, *, connect_args: Mapping[str, Any] | None = None) -> bool:
    """Whether the database is at the newest revision."""
    runner = create_runner(url, connect_args=connect_args)
    try:
        return await is_up_to_date_with(runner)
    finally:
        await runner.dispose()


async def upgrade_with(runner: Runner) -> None:
    """Upgrade through an existing runner (used by :func:`storage.database.open_store`)."""
    await runner.transaction(run_alembic, command.upgrade, "head")


async def is_up_to_date_with(runner: Runner) -> bool:
    return await runner.run(_current_heads) == head_revisions()


async def serves_schema_with(runner: Runner) -> bool:
    """Whether this release may serve on the database: it is at this release's newest
    revision, or at a revision this release does not know, which a newer release wrote
    during a rolling upgrade (a release's migrations only add what the previous release
    ignores; see deploy/README.md). Behind, or never migrated: no."""
    heads = await runner.run(_current_heads)
    if heads == head_revisions():
        return True
    return bool(heads - _shipped_revisions())


@cache
def _shipped_revisions() -> frozenset[str]:
    script = ScriptDirectory.from_config(make_config())
    return frozenset(revision.revision for revision in script.walk_revisions())


def head_revisions() -> set[str]:
    """The newest revision(s) shipped with this package (read once: readiness probes ask)."""
    return set(_shipped_heads())


@cache
def _shipped_heads() -> frozenset[str]:
    return frozenset(ScriptDirectory.from_config(make_config()).get_heads())


def run_alembic(connection: Connection, action: Any, revision: str) -> None:
    """Run an Alembic command (``command.upgrade``/``downgrade``) on an open transaction."""
    if connection.dialect.name == "postgresql":
        # Transaction-scoped: released by the commit that also ends the migration.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    config = make_config()
    config.attributes["connection"] = connection
    action(config, revision)


def _current_heads(connection: Connection) -> set[str]:
    return set(MigrationContext.configure(connection).get_current_heads())


def _current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()
