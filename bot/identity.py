"""Pseudonymous user keys: the store and the audit know users only by a keyed hash."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets

from bot.config import Settings

KEY_FILE = "secret.key"


def load_secret(settings: Settings) -> bytes:
    """The configured key, or one generated once and kept in the data directory."""
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value().encode()
    path = settings.data_dir / KEY_FILE
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32).encode()
    # Created with owner-only permissions: the key turns audit hashes back into people.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


class Pseudonymiser:
    """Maps ``(platform, user id)`` to a stable key that reveals nothing without the secret."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def user_key(self, platform: str, user_id: str) -> str:
        digest = hmac.new(self._secret, f"{platform}\x1f{user_id}".encode(), hashlib.sha256)
        return digest.hexdigest()[:32]


def pseudonymiser_for(settings: Settings) -> Pseudonymiser:
    return Pseudonymiser(load_secret(settings))
