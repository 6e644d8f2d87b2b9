"""Pseudonymous user keys: the store and the audit know users only by a keyed hash."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets

from bot.cluster import Cluster, StartRefused
from bot.config import Settings

KEY_FILE = "secret.key"
# Names of the values shared by all instances (see :func:`shared_pseudonymiser`).
SHARED_KEY = "identity_key"
SHARED_FINGERPRINT = "identity_key_fingerprint"
_KNOWN_KEYS = 10_000  # user keys kept per process (a few hundred counsellors use one)


class KeyMismatch(StartRefused):
    """The configured key is not the one the database's pseudonyms were made with."""


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
        # Every message asks for its sender's key; an HMAC costs more than a dict lookup.
        self._known: dict[tuple[str, str], str] = {}

    def user_key(self, platform: str, user_id: str) -> str:
        known = self._known.get((platform, user_id))
        if known is not None:
            return known
        digest = hmac.new(self._secret, f"{platform}\x1f{user_id}".encode(), hashlib.sha256)
        key = digest.hexdigest()[:32]
        if len(self._known) >= _KNOWN_KEYS:  # bounded: drop everything rather than grow
            self._known.clear()
        self._known[(platform, user_id)] = key
        return key


def pseudonymiser_for(settings: Settings) -> Pseudonymiser:
    return Pseudonymiser(load_secret(settings))


def fingerprint(key: bytes) -> str:
    """Identifies a key without revealing it (stored in the database)."""
    return hmac.new(key, b"lotse identity key fingerprint", hashlib.sha256).hexdigest()


async def shared_pseudonymiser(settings: Settings, cluster: Cluster) -> Pseudonymiser:
    """The pseudonymiser every instance of this database uses.

    On a database several instances share, a key not given by ``LOTSE_SECRET_KEY`` is kept
    in the database (created once; an existing key file is adopted, so the pseudonyms made
    before stay valid), and a configured key must match the fingerprint of the key the
    database was started with: two instances with different keys would know one person by
    two keys and lose their acknowledgement and open questions between messages."""
    if not cluster.shared:
        return pseudonymiser_for(settings)
    if settings.secret_key is not None:
        key = settings.secret_key.get_secret_value().encode()
    else:
        path = settings.data_dir / KEY_FILE
        candidate = path.read_bytes().strip() if path.exists() else b""
        candidate = candidate or secrets.token_hex(32).encode()
        key = (await cluster.shared_value(SHARED_KEY, candidate.decode())).encode()
    expected = fingerprint(key)
    if await cluster.shared_value(SHARED_FINGERPRINT, expected) != expected:
        source = "LOTSE_SECRET_KEY" if settings.secret_key is not None else "the stored key"
        raise KeyMismatch(
            f"{source} is not the key this database was started with: its pseudonymous user "
            "keys would not match the stored data. Give every instance the same "
            "LOTSE_SECRET_KEY as before."
        )
    return Pseudonymiser(key)
