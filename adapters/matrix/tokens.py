"""The sync token, persisted in the store directory only after its events were handled."""

from __future__ import annotations

import os
from pathlib import Path

TOKEN_FILE = "sync_token"


class SyncTokenFile:
    """One token in a file, replaced atomically (a crash leaves the old or the new one)."""

    def __init__(self, store_path: Path) -> None:
        self._path = store_path / TOKEN_FILE

    def load(self) -> str | None:
        try:
            token = self._path.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return token or None

    def save(self, token: str) -> None:
        tmp = self._path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as handle:
            handle.write(token)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self._path)
