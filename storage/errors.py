"""Errors the repositories raise for conditions a caller can act on (admin commands)."""

from __future__ import annotations


class StorageError(ValueError):
    """Base of the storage errors; ``kind`` names the entity, ``key`` identifies it."""

    def __init__(self, kind: str, key: object, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.key = key


class NotFound(StorageError):
    """The referenced entity (e.g. a department) does not exist."""

    def __init__(self, kind: str, key: object) -> None:
        super().__init__(kind, key, f"{kind} not found: {key!r}")


class Conflict(StorageError):
    """The change would duplicate an existing entity (e.g. a department name)."""

    def __init__(self, kind: str, key: object) -> None:
        super().__init__(kind, key, f"{kind} already exists: {key!r}")
