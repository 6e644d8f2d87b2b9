"""Persistence for Lotse: SQLAlchemy 2 (async) on SQLite or PostgreSQL, migrated by Alembic.

``open_store(url)`` returns a :class:`SqlStore` implementing :class:`bot.ports.Store`.
"""

from __future__ import annotations

from storage.database import SqlStore, open_store
from storage.errors import Conflict, NotFound, StorageError
from storage.migrate import current_revision, is_up_to_date, upgrade

__all__ = [
    "Conflict",
    "NotFound",
    "SqlStore",
    "StorageError",
    "current_revision",
    "is_up_to_date",
    "open_store",
    "upgrade",
]
