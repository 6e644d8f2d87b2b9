"""Statement helpers shared by the repositories."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Executable
from sqlalchemy.sql.dml import Insert


def insert_for(dialect: str, table: Table) -> postgresql.Insert | sqlite.Insert:
    """The dialect's INSERT, which knows ``ON CONFLICT``."""
    return postgresql.insert(table) if dialect == "postgresql" else sqlite.insert(table)


def upsert(dialect: str, table: Table, keys: Sequence[str], update: Sequence[str]) -> Insert:
    """INSERT (values given at execution); on a conflict on ``keys`` overwrite ``update``."""
    statement = insert_for(dialect, table)
    return statement.on_conflict_do_update(
        index_elements=list(keys), set_={name: statement.excluded[name] for name in update}
    )


def insert_ignore(dialect: str, table: Table) -> Insert:
    """INSERT (values given at execution) unless it would violate a unique constraint/index."""
    return insert_for(dialect, table).on_conflict_do_nothing()


def execute(conn: Connection, statement: Executable, params: Mapping[str, Any]) -> int:
    """A unit of work running one write statement; returns the affected row count."""
    return conn.execute(statement, params).rowcount


def changed_any(conn: Connection, statement: Executable, params: Mapping[str, Any]) -> bool:
    """A unit of work running one write statement; True if it affected a row."""
    return execute(conn, statement, params) > 0
